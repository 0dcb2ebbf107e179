"""The dashboard's cards and charts from the dues module (dues collected, welfare paid, budget
used) and the congress module (the latest session's proposal resolution rate).

Nothing is counted here either: the rows come from ``dues.api`` and ``congress.api`` as they are;
this file only sums them for the cards and lays them out for the charts.

Drills open the dues tab (``DuesTab.show_filtered``): ``page`` "dues" with ``month`` (ISO date
text, the first of the month), ``branch_id``, ``status``; ``page`` "welfare" with ``year``,
``item``, ``branch_id``. The tab has no budget page, so the budget card and bars carry none.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from unionoffice.congress.api import CongressStatistics
from unionoffice.dashboard.contract import Chart, ChartSet, Drill, Headline, drill
from unionoffice.dashboard.labels import ValueKind
from unionoffice.dues.api import (
    BudgetFigure,
    DuesBranch,
    DuesMonth,
    DuesStatus,
    WelfareFigure,
    WelfareItem,
)
from unionoffice.foundation.i18n import translate


@dataclass(frozen=True, kw_only=True)
class DuesFigures:
    """The dues module's rows for the year (and the year before, for the change), as ``dues.api``
    gave them, already narrowed to the chosen branch union."""

    year: int
    months: list[DuesMonth]
    months_before: list[DuesMonth]
    branches: list[DuesBranch]  # for the report only (empty on the tab's figures)
    welfare: list[WelfareFigure]
    welfare_before: list[WelfareFigure]
    budgets: list[BudgetFigure]
    budgets_before: list[BudgetFigure]
    branch_id: int | None = None  # the chosen branch union (None: the whole union), for the drills

    @property
    def collected_fen(self) -> int:
        return sum(m.paid_fen for m in self.months)

    @property
    def welfare_fen(self) -> int:
        return sum(w.amount_fen for w in self.welfare)


def budget_permille(budgets: list[BudgetFigure]) -> int | None:
    """Spent of the budgeted lines ÷ their budget, in tenths of a percent; None without a budget.
    Spending in a category with no budget set is left out (it has nothing to be measured against)."""
    planned = [b for b in budgets if b.budget_fen is not None]
    total = sum(b.budget_fen or 0 for b in planned)
    return round(sum(b.spent_fen for b in planned) * 1000 / total) if total else None


def same_months_before(d: DuesFigures) -> int | None:
    """Dues collected in the same months a year earlier, like for like; None when any of those
    months has no payroll on record then (the ledger started later): a change against a part
    year would read as growth that never happened."""
    before = {m.month.month: m.paid_fen for m in d.months_before}
    months = [m.month.month for m in d.months]
    if not months or any(month not in before for month in months):
        return None
    return sum(before[month] for month in months)


def dues_month_drill(d: DuesFigures, month: date, status: str | None = None) -> Drill:
    """The dues page of ``month`` (as ISO text: drills cross the wire as plain values)."""
    return drill("dues", page="dues", month=month.isoformat(), branch_id=d.branch_id, status=status)


def welfare_drill(d: DuesFigures, item: str | None = None, branch_id: int | None = None) -> Drill:
    """The welfare register of the year, of ``item`` and ``branch_id`` (else the chosen branch)."""
    branch = d.branch_id if branch_id is None else branch_id
    return drill("dues", page="welfare", year=d.year, item=item, branch_id=branch)


def dues_headlines(d: DuesFigures) -> list[Headline]:
    used, used_before = budget_permille(d.budgets), budget_permille(d.budgets_before)
    dues_before = same_months_before(d)
    latest = max((m.month for m in d.months), default=None)  # the card opens the year's last month
    return [
        Headline(
            "dues",
            translate("Dashboard", "会费收缴"),
            d.collected_fen,
            dues_before,
            ValueKind.FEN,
            None if latest is None else dues_month_drill(d, latest),
            "" if dues_before is not None else translate("Dashboard", "上年同期无完整记录"),
        ),
        Headline(
            "welfare",
            translate("Dashboard", "福利慰问支出"),
            d.welfare_fen,
            sum(w.amount_fen for w in d.welfare_before),
            ValueKind.FEN,
            welfare_drill(d),
        ),
        Headline(
            "budget",
            translate("Dashboard", "预算执行率"),
            used or 0,
            used_before if used is not None else None,
            ValueKind.PERMILLE,
            None,  # the dues tab has no budget page to open
            "" if used is not None else translate("Dashboard", "未设定预算"),
        ),
    ]


def congress_headline(c: CongressStatistics, branch_scope: bool) -> Headline | None:
    """The latest session's closed ÷ accepted, as the congress module writes it; None without a session.
    The congress api counts the whole union: with a branch union chosen the card says so."""
    if c.stats is None:
        return None
    note = (
        c.session
        if not branch_scope
        else translate("Dashboard", "全会 · {session}").format(session=c.session)
    )
    return Headline(
        "resolution",
        translate("Dashboard", "提案办结率"),
        int(Decimal(c.stats.rate) * 10) if c.stats.rate else 0,
        None,
        ValueKind.PERMILLE,
        drill("congress"),  # the proposals of the latest session, with the same rate above the list
        note,
    )


def _short(branch: str) -> str:
    return branch.removesuffix("分工会")


def dues_charts(d: DuesFigures) -> list[Chart]:
    months = range(1, 13)
    by_month = {m.month.month: m for m in d.months}
    items = [i for i in WelfareItem if any(w.item == i for w in d.welfare)]
    welfare_branches = list(dict.fromkeys((w.branch_id, w.branch) for w in d.welfare))
    paid = {(w.branch_id, w.item): w.amount_fen for w in d.welfare}
    budget_branches = list(dict.fromkeys(b.branch for b in d.budgets))

    def planned(branch: str) -> int:
        return sum(b.budget_fen or 0 for b in d.budgets if b.branch == branch)

    def spent(branch: str) -> int:
        return sum(b.spent_fen for b in d.budgets if b.branch == branch)

    return [
        Chart(
            key="dues_months",
            title=translate("Dashboard", "{year} 年会费收缴（按月）").format(year=d.year),
            unit=translate("Dashboard", "万元"),
            categories=[translate("Dashboard", "{m}月").format(m=m) for m in months],
            sets=[
                ChartSet(
                    translate("Dashboard", "应缴"),
                    [by_month[m].due_fen if m in by_month else 0 for m in months],
                    [dues_month_drill(d, by_month[m].month) if m in by_month else None for m in months],
                ),
                ChartSet(
                    translate("Dashboard", "实缴"),
                    [by_month[m].paid_fen if m in by_month else 0 for m in months],
                    [
                        dues_month_drill(d, by_month[m].month, DuesStatus.PAID.value)
                        if m in by_month
                        else None
                        for m in months
                    ],
                ),
            ],
            value_kind=ValueKind.FEN,
        ),
        Chart(
            key="welfare",
            title=translate("Dashboard", "{year} 年福利慰问支出（按项目和分工会）").format(year=d.year),
            unit=translate("Dashboard", "万元"),
            categories=[i.label for i in items],
            sets=[
                ChartSet(
                    _short(branch),
                    [paid.get((branch_id, i.value), 0) for i in items],
                    [
                        welfare_drill(d, i.value, branch_id) if (branch_id, i.value) in paid else None
                        for i in items
                    ],
                )
                for branch_id, branch in welfare_branches
            ],
            stacked=True,
            horizontal=True,
            value_kind=ValueKind.FEN,
        ),
        Chart(
            key="budget",
            title=translate("Dashboard", "{year} 年预算执行（按分工会）").format(year=d.year),
            unit=translate("Dashboard", "万元"),
            categories=[_short(b) for b in budget_branches],  # no drills: no budget page
            sets=[
                ChartSet(
                    translate("Dashboard", "预算"),
                    [planned(b) for b in budget_branches],
                    [None for _ in budget_branches],
                ),
                ChartSet(
                    translate("Dashboard", "已支出"),
                    [spent(b) for b in budget_branches],
                    [None for _ in budget_branches],
                ),
            ],
            value_kind=ValueKind.FEN,
        ),
    ]
