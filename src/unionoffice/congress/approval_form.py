"""The recommendation approval form (推荐审批表) of one candidate, prefilled from the register,
the candidate's deeds, the committee meeting and the public notice; opinions left for signing."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from io import BytesIO

from sqlalchemy import select
from sqlalchemy.orm import Session

from unionoffice.congress.honours import _candidate, _notice
from unionoffice.congress.labels import CandidateKind, PostCategory
from unionoffice.congress.perms import CongressPerm
from unionoffice.core.auth.actor import Actor
from unionoffice.core.org.models import OrgUnit
from unionoffice.db.database import Database
from unionoffice.foundation.i18n import translate
from unionoffice.members.api import Member
from unionoffice.studios.api import Level, Studio

# Imports inside functions: ReportLab loads only when a form is drawn.


@dataclass(frozen=True)
class FormData:
    honour_title: str
    level: str
    issuer: str
    year: int
    kind: CandidateKind
    facts: list[tuple[str, str]]  # (label, value) pairs, two to a row
    deeds: str
    meeting_on: date | None
    minutes: str
    notice_from: date | None
    notice_until: date | None


def form_data(db: Database, actor: Actor, candidate_id: int) -> FormData:
    actor.require(CongressPerm.READ)
    with db.read(actor) as s:
        return _gather(s, actor, candidate_id)


def _day(value: date | None) -> str:
    return f"{value.year}年{value.month}月{value.day}日" if value else ""


def _gather(s: Session, actor: Actor, candidate_id: int) -> FormData:
    c = _candidate(s, actor, candidate_id)
    notice = _notice(s, c.notice_id)
    branch = s.execute(select(OrgUnit.name).where(OrgUnit.id == c.branch_id)).scalar_one()
    category = PostCategory(c.category).label
    if c.member_id is not None:
        # Only the columns the form shows: the identity number stays encrypted and unread.
        m = s.execute(
            select(
                Member.name,
                Member.gender,
                Member.birth_date,
                Member.employee_no,
                Member.post,
                Member.title,
                Member.trade,
                Member.education,
                Member.hire_date,
                Member.join_date,
            ).where(Member.id == c.member_id)
        ).one()
        facts = [
            (translate("Congress", "姓名"), m.name),
            (
                translate("Congress", "性别"),
                translate("Congress", "女") if m.gender == "F" else translate("Congress", "男"),
            ),
            (translate("Congress", "出生年月"), f"{m.birth_date.year}年{m.birth_date.month}月"),
            (translate("Congress", "工号"), m.employee_no or ""),
            (translate("Congress", "所在分工会"), branch),
            (translate("Congress", "岗位类别"), category),
            (translate("Congress", "职务"), m.post or ""),
            (translate("Congress", "职称"), m.title or ""),
            (translate("Congress", "工种/岗位"), m.trade or ""),
            (translate("Congress", "学历"), m.education or ""),
            (translate("Congress", "参加工作时间"), _day(m.hire_date)),
            (translate("Congress", "入会时间"), _day(m.join_date)),
        ]
    else:
        studio = s.get(Studio, c.studio_id)
        assert studio is not None
        leader = s.execute(select(Member.name).where(Member.id == studio.leader_id)).scalar_one()
        facts = [
            (translate("Congress", "工作室名称"), studio.name),
            (translate("Congress", "带头人"), leader),
            (translate("Congress", "所在分工会"), branch),
            (translate("Congress", "岗位类别"), category),
            (translate("Congress", "研究领域"), studio.field),
            (translate("Congress", "现有级别"), Level(studio.level).label),
        ]
    return FormData(
        notice.honour_title,
        Level(notice.level).label,
        notice.issuer,
        notice.year,
        CandidateKind(c.kind),
        facts,
        c.deeds,
        c.meeting_on,
        c.minutes,
        c.notice_from,
        c.notice_until,
    )


def render(data: FormData) -> bytes:
    from reportlab.lib import colors
    from reportlab.lib.units import mm
    from reportlab.platypus import Spacer, Table, TableStyle

    from unionoffice.foundation.pdf import build_document, paragraph, paragraph_styles
    from unionoffice.foundation.pdf.document import HEADER_GREY

    styles = paragraph_styles(size=10.5)
    cell, head = styles["cell"], styles["cell_header"]
    title = translate("Congress", "{year}年度{honour}推荐审批表").format(
        year=data.year, honour=data.honour_title
    )
    label_w, value_w = 28 * mm, 59 * mm
    rows: list[list[object]] = []
    for i in range(0, len(data.facts), 2):
        pair = data.facts[i : i + 2]
        row: list[object] = []
        for label, value in pair:
            row += [paragraph(label, head), paragraph(value, cell)]
        while len(row) < 4:
            row.append("")
        rows.append(row)
    facts = len(rows)
    notice_text = (
        translate("Congress", "{start}至{end}在本单位公示，公示期间无异议。").format(
            start=_day(data.notice_from), end=_day(data.notice_until)
        )
        if data.notice_from
        else ""
    )
    meeting_text = (
        translate("Congress", "经{on}工会委员会会议研究，同意推荐。会议纪要：{minutes}").format(
            on=_day(data.meeting_on), minutes=data.minutes
        )
        if data.meeting_on
        else ""
    )
    signature = translate("Congress", "（盖章）　　______年____月____日")
    blocks = [
        (translate("Congress", "主要事迹"), data.deeds, 90 * mm),
        (translate("Congress", "公示情况"), notice_text, 14 * mm),
        (translate("Congress", "基层工会意见"), meeting_text + "\n\n" + signature, 34 * mm),
        (translate("Congress", "上级工会意见"), "\n\n\n" + signature, 30 * mm),
    ]
    heights: list[float | None] = [9 * mm] * facts
    for label, text, height in blocks:
        rows.append([paragraph(label, head), paragraph(text, cell), "", ""])
        heights.append(height)
    table = Table(rows, colWidths=[label_w, value_w, label_w, value_w], rowHeights=heights)
    commands: list[tuple] = [
        # every cell is a Paragraph, but the table still names a font: keep it off Helvetica
        ("FONT", (0, 0), (-1, -1), cell.fontName, cell.fontSize),
        ("GRID", (0, 0), (-1, -1), 0.6, colors.black),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("BACKGROUND", (0, 0), (0, -1), HEADER_GREY),
        ("BACKGROUND", (2, 0), (2, facts - 1), HEADER_GREY),
    ]
    for r in range(facts, facts + len(blocks)):
        commands += [("SPAN", (1, r), (3, r)), ("VALIGN", (1, r), (1, r), "TOP")]
    table.setStyle(TableStyle(commands))
    subtitle = translate("Congress", "推荐级别：{level}；评选单位：{issuer}").format(
        level=data.level, issuer=data.issuer
    )
    story = [paragraph(title, styles["title"]), paragraph(subtitle, styles["body"]), Spacer(1, 3 * mm), table]
    buffer = BytesIO()
    build_document(buffer, story, title=title)
    return buffer.getvalue()
