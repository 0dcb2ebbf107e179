"""The year's welfare report: payments per branch union and item, with the caps that applied and
the budget used, as a PDF for the committee or a workbook for the accounts."""

# Imports inside functions: ReportLab (and the PDF toolkit's document module) loads only when a PDF is written.

from __future__ import annotations

from collections import defaultdict
from datetime import date
from pathlib import Path

from sqlalchemy import select

from unionoffice.core.auth.actor import Actor
from unionoffice.core.org.labels import UnitKind
from unionoffice.core.org.models import OrgUnit
from unionoffice.db.database import Database
from unionoffice.dues import stats
from unionoffice.dues.labels import BudgetCategory, WelfareItem
from unionoffice.dues.perms import DuesPerm
from unionoffice.dues.stats import BudgetFigure, WelfareFigure
from unionoffice.dues.welfare import cap_infos
from unionoffice.foundation.i18n import translate
from unionoffice.foundation.money import Money
from unionoffice.foundation.xlsx import FEN, Sheet, write_xlsx


def _figures(
    db: Database, actor: Actor, year: int
) -> tuple[list[WelfareFigure], list[BudgetFigure], list[str], str]:
    actor.require(DuesPerm.READ)
    welfare = stats.welfare_paid(db, actor, year)
    budgets = stats.budget_used(db, actor, year)
    with db.read(actor) as s:
        caps = [c.text for c in cap_infos(s, date(year, 12, 31))]
        company = s.execute(select(OrgUnit.name).where(OrgUnit.kind == UnitKind.COMPANY)).scalar() or ""
    return welfare, budgets, list(dict.fromkeys(caps)), company


def title(year: int) -> str:
    return translate("Dues", "{year}年慰问福利发放情况").format(year=year)


def _matrix(welfare: list[WelfareFigure]) -> tuple[list[str], list[list[object]]]:
    """Rows per branch union, a count and an amount column per item, totals last."""
    branches = list(dict.fromkeys(f.branch for f in welfare))
    cells: dict[tuple[str, str], WelfareFigure] = {(f.branch, f.item): f for f in welfare}
    headers = [translate("Dues", "分工会")]
    for item in WelfareItem:
        headers += [item.label + translate("Dues", "（人次）"), item.label + translate("Dues", "（元）")]
    headers += [translate("Dues", "合计（人次）"), translate("Dues", "合计（元）")]
    rows: list[list[object]] = []
    column_totals: dict[int, int] = defaultdict(int)
    for branch in [*branches, None]:
        row: list[object] = [branch or translate("Dues", "合计")]
        count_sum = fen_sum = 0
        for i, item in enumerate(WelfareItem):
            if branch is None:
                n, fen = column_totals[2 * i], column_totals[2 * i + 1]
            else:
                found = cells.get((branch, item.value))
                n, fen = (found.payments, found.amount_fen) if found else (0, 0)
                column_totals[2 * i] += n
                column_totals[2 * i + 1] += fen
            row += [n, fen]
            count_sum, fen_sum = count_sum + n, fen_sum + fen
        rows.append([*row, count_sum, fen_sum])
    return headers, rows


def write_report_xlsx(year: int, welfare: list[WelfareFigure], budgets: list[BudgetFigure], caps: list[str],
                      path: str | Path) -> None:  # fmt: skip
    headers, rows = _matrix(welfare)
    money_columns = {i: FEN for i in range(2, len(headers), 2)}
    budget_rows = [
        [b.branch, BudgetCategory(b.category).label, b.budget_fen, b.spent_fen,
         None if b.budget_fen is None else b.budget_fen - b.spent_fen]
        for b in budgets
    ]  # fmt: skip
    write_xlsx(
        path,
        [
            Sheet(title(year), headers, rows, number_formats=money_columns),
            Sheet(
                translate("Dues", "预算执行"),
                [
                    translate("Dues", "分工会"),
                    translate("Dues", "支出类别"),
                    translate("Dues", "预算（元）"),
                    translate("Dues", "已用（元）"),
                    translate("Dues", "结余（元）"),
                ],
                budget_rows,
                number_formats={2: FEN, 3: FEN, 4: FEN},
            ),
            Sheet(translate("Dues", "发放标准"), [translate("Dues", "标准")], [[c] for c in caps]),
        ],
    )


def write_report_pdf(year: int, welfare: list[WelfareFigure], budgets: list[BudgetFigure], caps: list[str],
                     company: str, path: str | Path) -> None:  # fmt: skip
    from reportlab.lib.units import mm
    from reportlab.platypus import Spacer

    from unionoffice.foundation.pdf import (
        build_document,
        chinese_date,
        make_table,
        paragraph,
        paragraph_styles,
    )

    styles = paragraph_styles(size=9.5)
    per_item: dict[str, tuple[int, int]] = defaultdict(lambda: (0, 0))
    for f in welfare:
        n, fen = per_item[f.item]
        per_item[f.item] = (n + f.payments, fen + f.amount_fen)
    branches = list(dict.fromkeys(f.branch for f in welfare))
    by_branch = {(f.branch, f.item): f for f in welfare}
    head: list[object] = [translate("Dues", "项目"), *branches, translate("Dues", "合计")]
    body: list[list[object]] = [head]
    for item in WelfareItem:
        n_total, fen_total = per_item.get(item.value, (0, 0))
        cells: list[object] = [item.label]
        for branch in branches:
            found = by_branch.get((branch, item.value))
            cells.append(f"{found.payments} 人次\n{Money(found.amount_fen)}" if found else "—")
        cells.append(f"{n_total} 人次\n{Money(fen_total)}" if n_total else "—")
        body.append(cells)
    grand = sum(fen for _, fen in per_item.values())
    body.append(
        [translate("Dues", "合计"),
         *(str(Money(sum(f.amount_fen for f in welfare if f.branch == b))) for b in branches),
         str(Money(grand))]
    )  # fmt: skip
    width = 170 * mm
    first = 34 * mm
    rest = (width - first) / max(len(branches) + 1, 1)
    budget_body: list[list[object]] = [
        [translate("Dues", "分工会"), translate("Dues", "支出类别"), translate("Dues", "预算（元）"),
         translate("Dues", "已用（元）"), translate("Dues", "结余（元）")]
    ]  # fmt: skip
    for b in budgets:
        if b.budget_fen is None and not b.spent_fen:
            continue
        budget_body.append(
            [b.branch, BudgetCategory(b.category).label,
             str(Money(b.budget_fen)) if b.budget_fen is not None else translate("Dues", "未设定"),
             str(Money(b.spent_fen)),
             str(Money(b.budget_fen - b.spent_fen)) if b.budget_fen is not None else "—"]
        )  # fmt: skip
    story = [
        paragraph(title(year), styles["title"]),
        paragraph(
            translate(
                "Dues", "单位：{company}　　统计：{year}年全年（不含已撤销的发放）　　制表日期：{today}"
            ).format(company=company, year=year, today=chinese_date(date.today(), day=True)),
            styles["small"],
        ),
        Spacer(1, 4 * mm),
        make_table(body, [first] + [rest] * (len(branches) + 1), styles=styles),
        Spacer(1, 6 * mm),
        paragraph(translate("Dues", "预算执行"), styles["heading"]),
        make_table(budget_body, [40 * mm, 36 * mm, 32 * mm, 32 * mm, 30 * mm], styles=styles),
        Spacer(1, 6 * mm),
        paragraph(translate("Dues", "发放标准"), styles["heading"]),
        *(paragraph(c, styles["small"]) for c in caps),
    ]
    build_document(path, story, title=title(year), header_text=company)


def export_report(db: Database, actor: Actor, year: int, path: str | Path) -> int:
    """Write the year's report to ``path`` (.pdf or .xlsx by its suffix); returns the payments counted."""
    welfare, budgets, caps, company = _figures(db, actor, year)
    if Path(path).suffix.lower() == ".pdf":
        write_report_pdf(year, welfare, budgets, caps, company, path)
    else:
        write_report_xlsx(year, welfare, budgets, caps, path)
    return sum(f.payments for f in welfare)
