"""The yearly report's later sections: dues and welfare (from ``dues.api``) and the workers'
congress proposals (from ``congress.api``), each present only when the user may see them."""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING, Any

from unionoffice.dashboard.dues_figures import DuesFigures
from unionoffice.dashboard.report_parts import Section, Table
from unionoffice.dues.api import BudgetCategory, WelfareItem
from unionoffice.foundation.i18n import translate
from unionoffice.foundation.pdf import bar_chart

if TYPE_CHECKING:
    from unionoffice.congress.api import CongressStatistics
    from unionoffice.dashboard.service import Figures


def _numerals() -> list[str]:
    """Section numbers after the first five (一 … 五 are written into their headings)."""
    return [translate("Report", "六"), translate("Report", "七")]


def _wan(fen: int) -> Decimal:
    return (Decimal(fen) / 1_000_000).quantize(Decimal("0.1"))


def later_sections(f: Figures) -> list[Section]:
    sections: list[Section] = []
    numbers = iter(_numerals())
    if f.dues is not None:
        heading = translate("Report", "{n}、经费与福利").format(n=next(numbers))
        sections.append(Section(translate("Report", "经费与福利"), heading, dues_tables(f.dues), "dues"))
    if f.congress is not None and f.congress.stats is not None:
        heading = translate("Report", "{n}、职代会提案").format(n=next(numbers))
        sections.append(
            Section(translate("Report", "职代会提案"), heading, [congress_table(f.congress)], "congress")
        )
    return sections


def later_summary(f: Figures) -> str:
    """The summary paragraph's sentences for the dues and congress figures (nothing when hidden)."""
    h = {x.key: x for x in f.headlines}
    text = ""
    if f.dues is not None:
        text += translate("Report", "收缴会费 {dues}，支出福利慰问 {welfare}，预算执行率 {budget}。").format(
            dues=h["dues"].text, welfare=h["welfare"].text, budget=h["budget"].text
        )
    if "resolution" in h and f.congress is not None:
        text += translate("Report", "{session}提案办结率 {rate}。").format(
            session=f.congress.session, rate=h["resolution"].text
        )
    return text


def dues_tables(d: DuesFigures) -> list[Table]:
    total = translate("Report", "合计")
    y = d.year
    months: list[list[Any]] = [
        [
            translate("Report", "{m}月").format(m=m.month.month),
            m.members,
            m.paid,
            m.unpaid,
            m.due_fen,
            m.paid_fen,
        ]
        for m in d.months
    ]
    months.append(
        [
            total,
            sum(m.members for m in d.months),
            sum(m.paid for m in d.months),
            sum(m.unpaid for m in d.months),
            sum(m.due_fen for m in d.months),
            sum(m.paid_fen for m in d.months),
        ]
    )
    branches: list[list[Any]] = [[b.branch, b.paid, b.unpaid, b.due_fen, b.paid_fen] for b in d.branches]
    branches.append(
        [
            total,
            sum(b.paid for b in d.branches),
            sum(b.unpaid for b in d.branches),
            sum(b.due_fen for b in d.branches),
            sum(b.paid_fen for b in d.branches),
        ]
    )
    items: list[list[Any]] = []
    for item in WelfareItem:
        rows = [w for w in d.welfare if w.item == item]
        if rows:
            items.append([item.label, sum(w.payments for w in rows), sum(w.amount_fen for w in rows)])
    items.append([total, sum(w.payments for w in d.welfare), d.welfare_fen])
    by_branch: list[list[Any]] = []
    for branch in dict.fromkeys(w.branch for w in d.welfare):
        rows = [w for w in d.welfare if w.branch == branch]
        by_branch.append([branch, sum(w.payments for w in rows), sum(w.amount_fen for w in rows)])
    by_branch.append([total, sum(w.payments for w in d.welfare), d.welfare_fen])
    budgets: list[list[Any]] = []
    for b in d.budgets:
        if b.budget_fen is None and not b.spent_fen:
            continue  # neither planned nor spent: nothing to report
        used = f"{Decimal(b.spent_fen * 100) / b.budget_fen:.1f}%" if b.budget_fen else "—"
        planned: Any = b.budget_fen if b.budget_fen is not None else translate("Report", "未设定")
        budgets.append([b.branch, BudgetCategory(b.category).label, planned, b.spent_fen, used])
    money = translate("Report", "{what}（元）")
    return [
        Table(
            translate("Report", "{y} 年会费收缴（按月）").format(y=y),
            [
                translate("Report", "月份"),
                translate("Report", "应缴人数"),
                translate("Report", "已交"),
                translate("Report", "未交"),
                money.format(what=translate("Report", "应缴")),
                money.format(what=translate("Report", "实缴")),
            ],
            months,
            (4, 5),
        ),
        Table(
            translate("Report", "{y} 年会费收缴（按分工会）").format(y=y),
            [
                translate("Report", "分工会"),
                translate("Report", "已交人次"),
                translate("Report", "未交人次"),
                money.format(what=translate("Report", "应缴")),
                money.format(what=translate("Report", "实缴")),
            ],
            branches,
            (3, 4),
        ),
        Table(
            translate("Report", "{y} 年福利慰问支出（按项目）").format(y=y),
            [translate("Report", "项目"), translate("Report", "人次"), translate("Report", "金额（元）")],
            items,
            (2,),
        ),
        Table(
            translate("Report", "{y} 年福利慰问支出（按分工会）").format(y=y),
            [translate("Report", "分工会"), translate("Report", "人次"), translate("Report", "金额（元）")],
            by_branch,
            (2,),
        ),
        Table(
            translate("Report", "{y} 年预算执行").format(y=y),
            [
                translate("Report", "分工会"),
                translate("Report", "支出类别"),
                translate("Report", "预算（元）"),
                translate("Report", "已用（元）"),
                translate("Report", "执行率"),
            ],
            budgets,
            (2, 3),
        ),
    ]


def congress_table(c: CongressStatistics) -> Table:
    assert c.stats is not None
    s = c.stats
    return Table(
        translate("Report", "最近一次职代会提案办理情况"),
        [
            translate("Report", "会议"),
            translate("Report", "提案"),
            translate("Report", "立案"),
            translate("Report", "已办结"),
            translate("Report", "办结率"),
            translate("Report", "逾期未答复"),
        ],
        [[c.session, s.total, s.accepted, s.closed, f"{s.rate}%" if s.rate else "—", s.overdue]],
    )


def dues_report_charts(d: DuesFigures, width: float, height: float) -> list[Any]:
    """Two half-width charts: dues collected per month, welfare paid per branch union."""
    by_month = {m.month.month: m.paid_fen for m in d.months}
    dues = bar_chart(
        [(str(m), _wan(by_month.get(m, 0))) for m in range(1, 13)],
        width,
        height,
        title=translate("Report", "{y} 年会费实缴（按月，万元）").format(y=d.year),
    )
    per_branch: dict[str, int] = {}
    for w in d.welfare:
        short = w.branch.removesuffix("分工会")
        per_branch[short] = per_branch.get(short, 0) + w.amount_fen
    welfare = bar_chart(
        [(b, _wan(fen)) for b, fen in per_branch.items()] or [("", 0)],
        width,
        height,
        title=translate("Report", "{y} 年福利慰问支出（按分工会，万元）").format(y=d.year),
    )
    return [dues, welfare]
