"""The monthly change return (会员增减情况表) as a PDF page and as a workbook; the figures come
from ``register.monthly_return``."""

# Imports inside functions: ReportLab loads only when a return is printed, not with the register.
from __future__ import annotations

from datetime import date
from pathlib import Path

from sqlalchemy import select

from unionoffice.core.auth.actor import Actor
from unionoffice.core.org.labels import UnitKind
from unionoffice.core.org.models import OrgUnit
from unionoffice.db.database import Database
from unionoffice.foundation.i18n import translate
from unionoffice.foundation.xlsx import Sheet, write_xlsx
from unionoffice.members.contract import MonthlyReturn, ReturnRow, field_label, return_columns, return_figures
from unionoffice.members.register import monthly_return


def title(report: MonthlyReturn) -> str:
    return translate("Members", "{year} 年 {month} 月会员增减情况表").format(
        year=report.month.year, month=report.month.month
    )


def notes() -> list[str]:
    return [
        translate(
            "Members",
            "月末人数 = 月初人数 + 新入会 + 转入 − 转出 − 退会（含除名）− 去世；月初人数即上月月末人数。",
        ),
        translate(
            "Members", "在册会员含在会和保留会籍（退休、失业）会员；保留会籍会员免交会费，入会率另计。"
        ),
        translate(
            "Members", "分工会一行的转入、转出含分工会之间的调动；合计一行只计与外单位工会之间的会籍接转。"
        ),
    ]


def _lines(report: MonthlyReturn) -> list[ReturnRow]:
    return [*report.rows, report.total]


def write_xlsx_return(report: MonthlyReturn, path: str | Path) -> None:
    headers = [field_label("branch"), *return_columns()]
    rows: list[list[object]] = [[r.branch, *return_figures(r)] for r in _lines(report)]
    rows.append([])
    rows += [[note] for note in notes()]
    write_xlsx(path, [Sheet(title(report), headers, rows)])


def write_pdf_return(report: MonthlyReturn, path: str | Path, union: str = "") -> None:
    # ReportLab loads only when a PDF is written (the toolkit's document module imports it).
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_RIGHT
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import Spacer, Table

    from unionoffice.foundation.pdf import (
        build_document,
        chinese_date,
        make_table,
        paragraph,
        paragraph_styles,
    )

    styles = paragraph_styles(size=10)
    figure = ParagraphStyle("figure", parent=styles["cell"], alignment=TA_RIGHT)
    heading: list[object] = [field_label("branch"), *return_columns()]
    body: list[list[object]] = [heading]
    for r in _lines(report):
        body.append([r.branch, *(paragraph(str(n), figure) for n in return_figures(r))])
    widths = [38 * mm] + [20 * mm] * len(return_columns())
    table = make_table(body, widths, styles=styles)
    # The total line stands out: it is the figure the higher union adds up.
    table.setStyle([("BACKGROUND", (0, len(body) - 1), (-1, len(body) - 1), colors.HexColor("#EEF1F5"))])
    subtitle = translate("Members", "填报单位：{union}；统计期：{first} 至 {last}").format(
        union=union or translate("Members", "（本会）"),
        first=chinese_date(report.month, day=True),
        last=chinese_date(_month_end(report.month), day=True),
    )
    story = [
        paragraph(title(report), styles["title"]),
        paragraph(subtitle, styles["small"]),
        Spacer(1, 4 * mm),
        table,
        Spacer(1, 4 * mm),
        *(paragraph(note, styles["small"]) for note in notes()),
        Spacer(1, 10 * mm),
        Table(
            [
                [
                    paragraph(translate("Members", "填表人："), styles["body"]),
                    paragraph(translate("Members", "审核人："), styles["body"]),
                    paragraph(
                        translate("Members", "填报日期：{today}").format(
                            today=chinese_date(date.today(), day=True)
                        ),
                        styles["body"],
                    ),
                ]
            ],
            colWidths=[70 * mm, 70 * mm, 100 * mm],
            hAlign="LEFT",
        ),
    ]
    build_document(path, story, title=title(report), header_text=union, landscape_pages=True)


def _month_end(first: date) -> date:
    following = date(first.year + first.month // 12, first.month % 12 + 1, 1)
    return date.fromordinal(following.toordinal() - 1)


def export_return(db: Database, actor: Actor, month: date, path: str | Path) -> MonthlyReturn:
    """Write the month's return to ``path`` (.pdf or .xlsx, by its suffix)."""
    report = monthly_return(db, actor, month)
    if Path(path).suffix.lower() == ".pdf":
        with db.read(actor) as s:
            union = s.execute(select(OrgUnit.name).where(OrgUnit.kind == UnitKind.COMPANY)).scalar() or ""
        write_pdf_return(report, path, union)
    else:
        write_xlsx_return(report, path)
    return report
