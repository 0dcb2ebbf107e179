"""The yearly union work report: a PDF with vector charts and an .xlsx with one sheet per module.

Both files are written from the same ``Figures`` and the same tables (``report_tables``), so the
printed report, the workbook and the dashboard cannot disagree.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, KeepTogether, Spacer
from reportlab.platypus import Table as Layout

from unionoffice.core.auth.actor import Actor
from unionoffice.dashboard.contract import format_value
from unionoffice.dashboard.service import QUARTER_GRADES, Figures, dashboard_figures
from unionoffice.db.database import Database
from unionoffice.foundation.errors import UserError
from unionoffice.foundation.i18n import translate
from unionoffice.foundation.money import format_fen
from unionoffice.foundation.pdf import (
    SANS,
    bar_chart,
    build_document,
    chinese_date,
    make_table,
    paragraph,
    paragraph_styles,
)
from unionoffice.foundation.progress import NO_PROGRESS, Progress
from unionoffice.foundation.xlsx import Sheet, write_xlsx
from unionoffice.medical.api import BenefitType
from unionoffice.studios.api import PATENT_KINDS


@dataclass(frozen=True)
class Table:
    title: str
    headers: list[str]
    rows: list[list[Any]]  # fen columns hold integer fen
    fen_columns: tuple[int, ...] = ()


@dataclass(frozen=True)
class Section:
    sheet: str  # the workbook's sheet name for this module
    heading: str
    tables: list[Table]


def report_title(f: Figures) -> str:
    scope = "" if f.branch_id is None else f.scope_name
    return translate("Report", "{scope}{year} 年度工会工作报告").format(scope=scope, year=f.year)


def report_tables(f: Figures) -> list[Section]:
    total = translate("Report", "合计")
    y, prev = f.year, f.year - 1
    summary = Table(
        translate("Report", "主要数据"),
        [
            translate("Report", "指标"),
            translate("Report", "{y} 年").format(y=y),
            translate("Report", "{y} 年").format(y=prev),
            translate("Report", "变化"),
        ],
        [
            [h.title, h.text, "" if h.previous is None else _format(h.previous, h.kind), h.change_text]
            for h in f.headlines
        ],
    )
    rates = [[r.branch, r.headcount or 0, r.members, r.rate_text] for r in f.rates]
    headcount, members = sum(r.headcount or 0 for r in f.rates), sum(r.members for r in f.rates)
    rates.append([total, headcount, members, f.headline("rate").text])
    aid = [[year, fen, helped, claims] for year, fen, helped, claims in f.aid_by_year]
    benefits = {k: (n, m, fen) for k, n, m, fen in f.benefits}
    by_kind = [benefits.get(b, (0, 0, 0)) for b in BenefitType]
    kinds: list[list[object]] = [[b.label, *counts] for b, counts in zip(BenefitType, by_kind, strict=True)]
    kinds.append([total, sum(n for n, _, _ in by_kind), "", sum(fen for _, _, fen in by_kind)])
    entries = [[e.trade, e.base or translate("Report", "未分基地"), e.contests, e.entries] for e in f.entries]
    entries.append([total, "", sum(e.contests for e in f.entries), sum(e.entries for e in f.entries)])
    counts = [
        [
            *[f.quarters[q].get(g, 0) for g in QUARTER_GRADES],
            sum(f.quarters[q].get(g, 0) for g in QUARTER_GRADES),
        ]
        for q in range(1, 5)
    ]
    quarters: list[list[object]] = [
        [translate("Report", "第{q}季度").format(q=q), *row] for q, row in enumerate(counts, start=1)
    ]
    quarters.append([total, *[sum(row[i] for row in counts) for i in range(len(QUARTER_GRADES) + 1)]])
    years = sorted(set(f.patents_by_year) | set(f.benefit_by_year))
    patents = [
        [
            year,
            *[f.patents_by_year.get(year, {}).get(k, 0) for k in PATENT_KINDS],
            sum(f.patents_by_year.get(year, {}).values()),
            f.benefit_by_year.get(year, 0),
        ]
        for year in years
    ]
    return [
        Section(translate("Report", "主要数据"), translate("Report", "一、主要数据"), [summary]),
        Section(
            translate("Report", "会员"),
            translate("Report", "二、会员与入会率"),
            [
                Table(
                    translate("Report", "各分工会入会率"),
                    [
                        translate("Report", "分工会"),
                        translate("Report", "职工人数"),
                        translate("Report", "在会会员"),
                        translate("Report", "入会率"),
                    ],
                    rates,
                )
            ],
        ),
        Section(
            translate("Report", "医疗互助"),
            translate("Report", "三、医疗互助"),
            [
                Table(
                    translate("Report", "历年互助金支付"),
                    [
                        translate("Report", "年度"),
                        translate("Report", "支付金额（元）"),
                        translate("Report", "受助人数"),
                        translate("Report", "支付人次"),
                    ],
                    aid,
                    (1,),
                ),
                Table(
                    translate("Report", "{y} 年按补助类别").format(y=y),
                    [
                        translate("Report", "类别"),
                        translate("Report", "支付人次"),
                        translate("Report", "受助人数"),
                        translate("Report", "金额（元）"),
                    ],
                    kinds,
                    (3,),
                ),
            ],
        ),
        Section(
            translate("Report", "劳动竞赛"),
            translate("Report", "四、劳动竞赛"),
            [
                Table(
                    translate("Report", "{y} 年参赛人次（按工种和基地）").format(y=y),
                    [
                        translate("Report", "工种"),
                        translate("Report", "基地"),
                        translate("Report", "竞赛数"),
                        translate("Report", "参赛人次"),
                    ],
                    entries,
                )
            ],
        ),
        Section(
            translate("Report", "创新成果"),
            translate("Report", "五、创新工作室与五小成果"),
            [
                Table(
                    translate("Report", "{y} 年五小成果（按季度和等级）").format(y=y),
                    [translate("Report", "季度"), *[g.label for g in QUARTER_GRADES], total],
                    quarters,
                ),
                Table(
                    translate("Report", "授权专利与经济效益（按年度）"),
                    [
                        translate("Report", "年度"),
                        *[k.label for k in PATENT_KINDS],
                        translate("Report", "专利合计"),
                        translate("Report", "经济效益（元）"),
                    ],
                    patents,
                    (len(PATENT_KINDS) + 2,),
                ),
            ],
        ),
    ]


def _format(value: int, kind: str) -> str:
    return format_value(value, kind)


def _summary_text(f: Figures) -> str:
    h = {x.key: x for x in f.headlines}
    return translate(
        "Report",
        "{year} 年，{scope}有在会会员 {members} 人，入会率 {rate}；支付医疗互助金 {aid}，{helped} 名会员受助；"
        "组织劳动竞赛参赛 {entries} 人次；评审五小成果 {five} 项，授权专利 {patents} 件，创新成果创效 {benefit}；"
        "现有创新工作室 {studios} 个。",
    ).format(
        year=f.year,
        scope=f.scope_name,
        members=h["members"].text,
        rate=h["rate"].text,
        aid=h["aid"].text,
        helped=h["helped"].text,
        entries=h["entries"].text,
        five=h["five_small"].text,
        patents=h["patents"].text,
        benefit=h["benefit"].text,
        studios=f.studios,
    )


def _cell(value: Any, column: int, table: Table) -> Any:
    return format_fen(value) if column in table.fen_columns and isinstance(value, int) else value


def _wan(fen: int) -> Decimal:
    return (Decimal(fen) / 1_000_000).quantize(Decimal("0.1"))


def _charts(f: Figures, width: float, height: float) -> dict[str, Any]:
    """One vector chart per section, each a single series of the dashboard's chart of that name."""
    members = bar_chart(
        [(r.branch.removesuffix("分工会"), r.members) for r in f.rates],
        width,
        height,
        title=translate("Report", "各分工会在会会员（人）"),
    )
    aid = bar_chart(
        [(str(y), _wan(fen)) for y, fen, _m, _n in f.aid_by_year] or [("", 0)],
        width,
        height,
        title=translate("Report", "历年互助金支付（万元）"),
    )
    trades: dict[str, int] = {}
    for e in f.entries:
        trades[e.trade] = trades.get(e.trade, 0) + e.entries
    entries = bar_chart(
        sorted(trades.items()) or [("", 0)],
        width,
        height,
        title=translate("Report", "{y} 年参赛人次（按工种）").format(y=f.year),
    )
    five = bar_chart(
        [(translate("Report", "第{q}季度").format(q=q), sum(f.quarters[q].values())) for q in range(1, 5)],
        width,
        height,
        title=translate("Report", "{y} 年五小成果（按季度）").format(y=f.year),
    )
    history = [y for y in sorted(f.patents_by_year) if y <= f.year][-6:]
    patents = bar_chart(
        [(str(y), sum(f.patents_by_year[y].values())) for y in history] or [("", 0)],
        width,
        height,
        title=translate("Report", "授权专利（按年度，件）"),
    )
    return {"members": [members], "aid": [aid], "entries": [entries], "studios": [five, patents]}


def write_report_pdf(f: Figures, path: str | Path) -> Path:
    st = paragraph_styles()
    title = report_title(f)
    story: list[Any] = [
        paragraph(title, st["title"]),
        paragraph(
            translate("Report", "范围：{scope}　　编制日期：{day}").format(
                scope=f.scope_name, day=chinese_date(date.today())
            ),
            st["small"],
        ),
        Spacer(1, 3 * mm),
        paragraph(_summary_text(f), st["indented"]),
    ]
    usable = 174 * mm
    wide, half = _charts(f, usable, 52 * mm), _charts(f, usable / 2 - 3 * mm, 52 * mm)
    chart_of = {1: wide["members"], 2: wide["aid"], 3: wide["entries"], 4: half["studios"]}
    for index, section in enumerate(report_tables(f)):
        story += [CondPageBreak(60 * mm), paragraph(section.heading, st["heading"])]
        drawings = chart_of.get(index, [])
        if len(drawings) == 1:
            story.append(drawings[0])
        elif drawings:
            layout = Layout([drawings], colWidths=[usable / 2] * 2)
            layout.setStyle([("FONT", (0, 0), (-1, -1), SANS, 9), ("VALIGN", (0, 0), (-1, -1), "TOP")])
            story.append(layout)
        for table in section.tables:
            body = [table.headers] + [[_cell(v, i, table) for i, v in enumerate(row)] for row in table.rows]
            widths = [usable / len(table.headers)] * len(table.headers)
            story.append(
                KeepTogether(
                    [
                        paragraph(table.title, st["small"]),
                        make_table(body, widths, styles=st),
                        Spacer(1, 3 * mm),
                    ]
                )
            )
    target = Path(path)
    build_document(target, story, title=title, header_text=title)
    return target


def write_report_xlsx(f: Figures, path: str | Path) -> Path:
    """One sheet per module; a module's later tables follow its first after a blank row and a title.

    Money is written as yuan numbers (Decimal), not through a column format: tables sharing a
    sheet have money in different columns.
    """

    def cells(table: Table, row: list[Any]) -> list[Any]:
        return [
            Decimal(v).scaleb(-2) if i in table.fen_columns and isinstance(v, int) else v
            for i, v in enumerate(row)
        ]

    sheets = []
    for section in report_tables(f):
        first, *rest = section.tables
        rows: list[list[Any]] = [cells(first, r) for r in first.rows]
        for table in rest:
            rows += [[], [table.title], list(table.headers)] + [cells(table, r) for r in table.rows]
        sheets.append(Sheet(section.sheet, first.headers, rows))
    target = Path(path)
    write_xlsx(target, sheets)
    return target


def write_report(
    db: Database,
    actor: Actor,
    year: int,
    path: str | Path,
    branch_id: int | None = None,
    progress: Progress = NO_PROGRESS,
) -> Figures:
    """Compute the year's figures and write them as .pdf or .xlsx, chosen by the file name."""
    suffix = Path(path).suffix.lower()
    if suffix not in (".pdf", ".xlsx"):
        raise UserError(translate("Report", "报告文件名应以 .pdf 或 .xlsx 结尾。"))
    figures = dashboard_figures(db, actor, year, branch_id, progress)
    progress.step(4, 5, translate("Report", "正在写入报告文件…"))
    if suffix == ".pdf":
        write_report_pdf(figures, path)
    else:
        write_report_xlsx(figures, path)
    progress.step(5, 5)
    return figures
