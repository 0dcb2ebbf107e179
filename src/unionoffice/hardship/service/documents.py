"""Paper the hardship work needs: the sign-off sheet of a programme's payouts (领取签字表: the
household signs for what it received) and the yearly report, as PDF (foundation/pdf) and .xlsx
(foundation/xlsx)."""

# Imports inside functions: ReportLab (≈0.3 s) loads only when a PDF is written.

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, aliased

from unionoffice.core.auth.actor import Actor
from unionoffice.core.org.labels import UnitKind
from unionoffice.core.org.models import OrgUnit
from unionoffice.db.database import Database
from unionoffice.foundation.errors import UserError
from unionoffice.foundation.i18n import translate
from unionoffice.foundation.money import format_fen
from unionoffice.foundation.pdf import chinese_date
from unionoffice.foundation.progress import NO_PROGRESS, Progress
from unionoffice.foundation.xlsx import FEN, Sheet, write_xlsx
from unionoffice.hardship.contract import YearTotals
from unionoffice.hardship.labels import ELIGIBLE, Category, CloseReason, Origin, Programme
from unionoffice.hardship.models import HardshipFile, HouseholdPerson, Payout
from unionoffice.hardship.perms import HardshipPerm
from unionoffice.hardship.service.payouts import year_totals
from unionoffice.hardship.service.stats import YearStatistics, year_statistics
from unionoffice.members.api import Member


def company_name(s: Session) -> str:
    name = s.execute(select(OrgUnit.name).where(OrgUnit.kind == UnitKind.COMPANY)).scalar_one_or_none()
    return name or translate("Hardship", "工会")


# The sign-off sheet ---------------------------------------------------------------------------------
@dataclass(frozen=True)
class SheetLine:
    branch: str
    file_no: str
    name: str
    category: str
    student: str
    amount_fen: int
    paid_on: date


@dataclass(frozen=True)
class SignOffSheet:
    company: str
    programme: Programme
    year: int
    scope: str  # the branch union, or all of them
    lines: list[SheetLine]

    @property
    def total_fen(self) -> int:
        return sum(line.amount_fen for line in self.lines)


def sign_off_sheet(
    db: Database, actor: Actor, programme: Programme, year: int, branch_id: int | None
) -> SignOffSheet:
    actor.require(HardshipPerm.READ)
    if branch_id is not None:
        actor.require_branch(branch_id)
    branch = aliased(OrgUnit)
    scope = [Payout.programme == programme, Payout.year == year, actor.branch_clause(Payout.branch_id)]
    if branch_id is not None:
        scope.append(Payout.branch_id == branch_id)
    with db.read(actor) as s:
        rows = s.execute(
            select(Payout, HardshipFile.file_no, Member.name, branch.name, HardshipFile.category)
            .join(HardshipFile, HardshipFile.id == Payout.file_id)
            .join(Member, Member.id == HardshipFile.member_id)
            .join(branch, branch.id == Payout.branch_id)
            .where(*scope)
            .order_by(branch.sort_order, Payout.paid_on, HardshipFile.file_no, Payout.id)
        ).all()
        people = {
            p.id: p.person_name
            for p in s.execute(
                select(HouseholdPerson).where(
                    HouseholdPerson.id.in_(sorted({p.person_id for p, *_ in rows if p.person_id is not None}))
                )
            ).scalars()
        }
        company = company_name(s)
        unit = s.get(OrgUnit, branch_id) if branch_id is not None else None
        where = unit.name if unit is not None else translate("Hardship", "全部分工会")
    if not rows:
        raise UserError(
            translate("Hardship", "{year} 年度没有{programme}的发放记录，无法生成签字表。").format(
                year=year, programme=programme.label
            )
        )
    lines = [
        SheetLine(
            branch_name,
            file_no,
            name,
            Category(category).label,
            people.get(p.person_id or 0, ""),
            p.amount_fen,
            p.paid_on,
        )
        for p, file_no, name, branch_name, category in rows
    ]
    return SignOffSheet(company, programme, year, where or "", lines)


def write_sign_off_pdf(sheet: SignOffSheet, target: str | Path) -> None:
    """A4 landscape; each household signs in the wide column (tall rows leave room for a hand)."""
    from reportlab.lib.enums import TA_RIGHT
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import Spacer, Table, TableStyle

    from unionoffice.foundation.pdf import build_document, make_table, paragraph, paragraph_styles

    st = paragraph_styles()
    money = ParagraphStyle("money", parent=st["cell"], alignment=TA_RIGHT)
    title = translate("Hardship", "{year} 年度{programme}领取签字表").format(
        year=sheet.year, programme=sheet.programme.label
    )
    schooling = sheet.programme == Programme.SCHOOLING
    headers = [
        translate("Hardship", "序号"),
        translate("Hardship", "分工会"),
        translate("Hardship", "档案号"),
        translate("Hardship", "户主（会员）"),
        translate("Hardship", "困难类别"),
    ]
    widths = [12, 34, 26, 24, 20]
    if schooling:
        headers.append(translate("Hardship", "受助学生"))
        widths.append(22)
    headers += [
        translate("Hardship", "金额（元）"),
        translate("Hardship", "发放日期"),
        translate("Hardship", "领取人签字"),
        translate("Hardship", "备注"),
    ]
    widths += [22, 24, 48, 0]
    widths[-1] = 261 - sum(widths)  # what is left of the landscape page's width
    body: list[list[Any]] = [headers]
    for n, line in enumerate(sheet.lines, start=1):
        row: list[Any] = [n, line.branch, line.file_no, line.name, line.category]
        if schooling:
            row.append(line.student)
        row += [paragraph(format_fen(line.amount_fen), money), line.paid_on.isoformat(), "", ""]
        body.append(row)
    total_row: list[Any] = [
        translate("Hardship", "合计"),
        "",
        "",
        translate("Hardship", "{n} 户").format(n=len(sheet.lines)),
        "",
    ]
    if schooling:
        total_row.append("")
    total_row += [paragraph(format_fen(sheet.total_fen), money), "", "", ""]
    body.append(total_row)
    table = make_table(body, [w * mm for w in widths], styles=st)
    table.setStyle(
        TableStyle(
            [
                ("TOPPADDING", (0, 1), (-1, -1), 9),
                ("BOTTOMPADDING", (0, 1), (-1, -1), 10),
                ("SPAN", (0, -1), (2, -1)),
            ]
        )
    )
    story = [
        paragraph(title, st["title"]),
        paragraph(
            translate("Hardship", "单位：{company}；范围：{scope}；共 {n} 户，金额合计 {total} 元").format(
                company=sheet.company,
                scope=sheet.scope,
                n=len(sheet.lines),
                total=format_fen(sheet.total_fen),
            ),
            st["body"],
        ),
        Spacer(1, 3 * mm),
        table,
        Spacer(1, 8 * mm),
        Table(
            [
                [
                    paragraph(translate("Hardship", "经办人：＿＿＿＿＿＿＿＿"), st["body"]),
                    paragraph(translate("Hardship", "审核人：＿＿＿＿＿＿＿＿"), st["body"]),
                    paragraph(translate("Hardship", "工会负责人（盖章）：＿＿＿＿＿＿＿＿"), st["body"]),
                ]
            ],
            colWidths=[80 * mm, 80 * mm, 101 * mm],
        ),
        paragraph(
            translate("Hardship", "制表日期：{day}").format(day=chinese_date(date.today(), day=True)),
            st["body"],
        ),
        paragraph(
            translate(
                "Hardship", "说明：领取人本人签字；代领的，注明代领人姓名及与户主关系。本表随发放凭证归档。"
            ),
            st["small"],
        ),
    ]
    build_document(target, story, title=title, header_text=sheet.company, landscape_pages=True)


# The yearly report ----------------------------------------------------------------------------------
@dataclass(frozen=True)
class YearReport:
    company: str
    scope_note: str
    stats: YearStatistics
    totals: YearTotals
    payouts: list[
        tuple[date, str, str, str, str, str, int, str]
    ]  # date, programme, file, name, branch, category, fen, student


def year_report(db: Database, actor: Actor, year: int, progress: Progress = NO_PROGRESS) -> YearReport:
    actor.require(HardshipPerm.READ)
    progress.step(0, 3, translate("Hardship", "正在统计…"))
    branch = aliased(OrgUnit)
    with db.read(actor) as s:
        stats = year_statistics(s, actor, year)
        company = company_name(s)
        rows = s.execute(
            select(Payout, HardshipFile.file_no, Member.name, branch.name, HardshipFile.category)
            .join(HardshipFile, HardshipFile.id == Payout.file_id)
            .join(Member, Member.id == HardshipFile.member_id)
            .join(branch, branch.id == Payout.branch_id)
            .where(Payout.year == year, actor.branch_clause(Payout.branch_id))
            .order_by(Payout.paid_on, Payout.id)
        ).all()
        students: dict[int, str] = {}
        if actor.can(HardshipPerm.DETAILS):
            wanted = sorted({p.person_id for p, *_ in rows if p.person_id is not None})
            students = {
                p.id: p.person_name
                for p in s.execute(select(HouseholdPerson).where(HouseholdPerson.id.in_(wanted))).scalars()
            }
    progress.step(1, 3)
    totals = year_totals(db, actor, year)
    scope_note = (
        translate("Hardship", "本报告只含以下分工会：{names}").format(
            names="、".join(b.branch for b in stats.branches)
        )
        if actor.is_branch_scoped
        else ""
    )
    payouts = [
        (
            p.paid_on,
            Programme(p.programme).label,
            file_no,
            name,
            branch_name,
            Category(category).label,
            p.amount_fen,
            students.get(p.person_id or 0, ""),
        )
        for p, file_no, name, branch_name, category in rows
    ]
    progress.step(2, 3)
    return YearReport(company, scope_note, stats, totals, payouts)


def _summary(r: YearReport) -> str:
    st = r.stats
    record = st.on_record()
    paid = {p.programme: p for p in st.payouts}
    spring, schooling, emergency = (paid.get(p) for p in Programme)
    total = sum(p.total_fen for p in st.payouts)
    return translate(
        "Hardship",
        "截至 {year} 年末在档困难职工家庭 {on_record} 户，"
        "其中深度困难 {deep} 户、相对困难 {relative} 户、意外致困 {accident} 户。"
        "本年新建档案 {opened} 份（其中免申即享 {candidate} 份，本人申请 {applied} 份），"
        "销档 {closed} 份（已脱困 {recovered} 份）。"
        "全年发放帮扶资金 {total} 元：送温暖 {spring_n} 户 {spring} 元，金秋助学 {school_n} 人次 {school} 元，"
        "应急救助 {emergency_n} 人次 {emergency} 元。",
    ).format(
        year=st.year,
        on_record=sum(record.values()),
        deep=record[Category.DEEP],
        relative=record[Category.RELATIVE],
        accident=record[Category.ACCIDENT],
        opened=sum(st.opened_by_origin.values()),
        candidate=st.opened_by_origin.get(Origin.CANDIDATE, 0),
        applied=st.opened_by_origin.get(Origin.APPLICATION, 0),
        closed=sum(st.closed_by_reason.values()),
        recovered=st.closed_by_reason.get(CloseReason.RECOVERED, 0),
        total=format_fen(total),
        spring_n=spring.households if spring else 0,
        spring=format_fen(spring.total_fen if spring else 0),
        school_n=schooling.payouts if schooling else 0,
        school=format_fen(schooling.total_fen if schooling else 0),
        emergency_n=emergency.payouts if emergency else 0,
        emergency=format_fen(emergency.total_fen if emergency else 0),
    )


def _title(r: YearReport) -> str:
    return translate("Hardship", "{year} 年度困难职工帮扶工作报告").format(year=r.stats.year)


def branch_table(r: YearReport) -> tuple[list[str], list[list[Any]]]:
    headers = (
        [translate("Hardship", "分工会")]
        + [c.label for c in ELIGIBLE]
        + [
            translate("Hardship", "在档合计"),
            translate("Hardship", "办理中"),
            translate("Hardship", "本年建档"),
            translate("Hardship", "本年销档"),
        ]
    )
    rows: list[list[Any]] = []
    for b in r.stats.branches:
        counts = [b.by_category.get(c, 0) for c in ELIGIBLE]
        rows.append([b.branch, *counts, sum(counts), b.in_progress, b.opened, b.closed])
    if rows:
        rows.append(
            [translate("Hardship", "合计"), *(sum(row[i] for row in rows) for i in range(1, len(headers)))]
        )
    return headers, rows


def programme_table(r: YearReport) -> tuple[list[str], list[list[Any]]]:
    headers = [
        translate("Hardship", "帮扶项目"),
        translate("Hardship", "受助户数"),
        translate("Hardship", "发放笔数"),
        translate("Hardship", "金额（元）"),
    ]
    rows: list[list[Any]] = [
        [p.programme.label, p.households, p.payouts, p.total_fen] for p in r.totals.programmes
    ]
    rows.append(
        [
            translate("Hardship", "合计"),
            len(r.totals.households),
            sum(p.payouts for p in r.totals.programmes),
            sum(p.total_fen for p in r.totals.programmes),
        ]
    )
    return headers, rows


def household_table(r: YearReport) -> tuple[list[str], list[list[Any]]]:
    headers = [
        translate("Hardship", "档案号"),
        translate("Hardship", "户主（会员）"),
        translate("Hardship", "分工会"),
        translate("Hardship", "困难类别"),
        *(p.label for p in Programme),
        translate("Hardship", "合计（元）"),
    ]
    rows = [
        [h.file_no, h.name, h.branch, Category(h.category).label, *h.by_programme, h.total_fen]
        for h in r.totals.households
    ]
    return headers, rows


def write_report_pdf(r: YearReport, target: str | Path) -> None:
    from reportlab.lib.enums import TA_RIGHT
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import Spacer

    from unionoffice.foundation.pdf import build_document, make_table, paragraph, paragraph_styles

    st = paragraph_styles()
    figure = ParagraphStyle("figure", parent=st["cell"], alignment=TA_RIGHT)

    def table(headers: list[str], rows: list[list[Any]], widths: list[int], first_figure: int) -> Any:
        """Figures (columns from ``first_figure`` on) to the right, as accounts are read."""
        body = [
            [v if i < first_figure else paragraph(str(v), figure) for i, v in enumerate(row)] for row in rows
        ]
        return make_table([headers, *body], [w * mm for w in widths], styles=st)

    story = [paragraph(_title(r), st["title"])]
    if r.scope_note:
        story.append(paragraph(r.scope_note, st["small"]))
    story += [paragraph(_summary(r), st["indented"]), Spacer(1, 4 * mm)]
    story.append(paragraph(translate("Hardship", "一、各分工会困难职工档案"), st["heading"]))
    headers, rows = branch_table(r)
    story.append(table(headers, rows, [34] + [20] * (len(headers) - 1), 1))
    story.append(paragraph(translate("Hardship", "二、帮扶资金发放"), st["heading"]))
    headers, rows = programme_table(r)
    shown = [[name, h, n, format_fen(fen)] for name, h, n, fen in rows]
    story.append(table(headers, shown, [40, 30, 30, 40], 1))
    story.append(paragraph(translate("Hardship", "三、各户全年受助明细"), st["heading"]))
    headers, rows = household_table(r)
    shown = [[*row[:4], *(format_fen(v) if v else "" for v in row[4:])] for row in rows]
    if shown:
        story.append(table(headers, shown, [26, 18, 28, 18] + [21] * (len(headers) - 4), 4))
    else:
        story.append(paragraph(translate("Hardship", "本年没有发放记录。"), st["body"]))
    build_document(target, story, title=_title(r), header_text=r.company)


def write_report_xlsx(r: YearReport, target: str | Path) -> None:
    headers, rows = branch_table(r)
    sheets = [Sheet(translate("Hardship", "各分工会档案"), headers, rows)]
    headers, rows = programme_table(r)
    sheets.append(Sheet(translate("Hardship", "帮扶项目"), headers, rows, number_formats={3: FEN}))
    headers, rows = household_table(r)
    money = {i: FEN for i in range(4, len(headers))}
    sheets.append(Sheet(translate("Hardship", "各户受助"), headers, rows, number_formats=money))
    detail_headers = [
        translate("Hardship", "发放日期"),
        translate("Hardship", "项目"),
        translate("Hardship", "档案号"),
        translate("Hardship", "户主（会员）"),
        translate("Hardship", "分工会"),
        translate("Hardship", "困难类别"),
        translate("Hardship", "金额（元）"),
        translate("Hardship", "受助学生"),
    ]
    sheets.append(
        Sheet(
            translate("Hardship", "发放明细"),
            detail_headers,
            [list(p) for p in r.payouts],
            number_formats={6: FEN},
        )
    )
    write_xlsx(target, sheets)
