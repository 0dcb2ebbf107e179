"""The proposals report for the congress (PDF and .xlsx): the figures, the proposals by category,
every proposal with its handling, and the overdue ones."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date
from io import BytesIO
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session, aliased

from unionoffice.congress.contract import SessionStats
from unionoffice.congress.labels import ProposalCategory, ProposalStatus, Satisfaction
from unionoffice.congress.models import Proposal, Representative
from unionoffice.congress.perms import CongressPerm
from unionoffice.congress.proposals import session_stats
from unionoffice.congress.sessions import load_session
from unionoffice.core.auth.actor import Actor
from unionoffice.core.org.models import OrgUnit
from unionoffice.db.database import Database
from unionoffice.foundation.i18n import translate
from unionoffice.members.api import Member

# Imports inside functions: ReportLab and openpyxl load only when a report is written.


@dataclass(frozen=True)
class ReportLine:
    number: int
    title: str
    proposer: str
    branch: str
    category: str
    status: str
    department: str
    due_on: date | None
    replied_on: date | None
    satisfaction: str
    overdue: bool


@dataclass(frozen=True)
class ReportData:
    session: str
    held_on: date
    today: date
    stats: SessionStats
    lines: list[ReportLine]

    def count(self, status: ProposalStatus) -> int:
        return sum(1 for line in self.lines if line.status == status.label)


def report_data(db: Database, actor: Actor, session_id: int, today: date) -> ReportData:
    actor.require(CongressPerm.READ)
    with db.read(actor) as s:
        return _gather(s, actor, session_id, today)


def _gather(s: Session, actor: Actor, session_id: int, today: date) -> ReportData:
    congress = load_session(s, session_id)
    proposer = aliased(Member)
    rows = s.execute(
        select(Proposal, proposer.name, OrgUnit.name)
        .join(Representative, Representative.id == Proposal.proposer_id)
        .join(proposer, proposer.id == Representative.member_id)
        .join(OrgUnit, OrgUnit.id == Proposal.branch_id)
        .where(Proposal.session_id == session_id, actor.branch_clause(Proposal.branch_id))
        .order_by(Proposal.number)
    ).all()
    lines = [
        ReportLine(
            p.number,
            p.title,
            name,
            branch,
            ProposalCategory(p.category).label,
            ProposalStatus(p.status).label,
            p.department,
            p.due_on,
            p.replied_on,
            Satisfaction(p.satisfaction).label if p.satisfaction else "",
            p.status == ProposalStatus.ASSIGNED and p.due_on is not None and p.due_on < today,
        )
        for p, name, branch in rows
    ]
    return ReportData(
        congress.name, congress.held_on, today, session_stats(s, actor, session_id, today), lines
    )


def _rate(stats: SessionStats) -> str:
    return f"{stats.rate}%" if stats.rate else "—"


def summary_rows(data: ReportData) -> list[tuple[str, object]]:
    satisfaction = Counter(line.satisfaction for line in data.lines if line.satisfaction)
    return [
        (translate("Congress", "征集提案"), data.stats.total),
        (translate("Congress", "立案"), data.stats.accepted),
        (translate("Congress", "转为意见建议"), data.count(ProposalStatus.OPINION)),
        (translate("Congress", "不予立案"), data.count(ProposalStatus.REJECTED)),
        (translate("Congress", "已办结"), data.stats.closed),
        (translate("Congress", "办结率（办结 ÷ 立案）"), _rate(data.stats)),
        (translate("Congress", "逾期未答复"), data.stats.overdue),
        *(
            (translate("Congress", "提案人{label}").format(label=s.label), satisfaction[s.label])
            for s in Satisfaction
        ),
    ]


def category_rows(data: ReportData) -> list[tuple[str, int, int]]:
    total = Counter(line.category for line in data.lines)
    closed = Counter(line.category for line in data.lines if line.status == ProposalStatus.CLOSED.label)
    return [(c.label, total[c.label], closed[c.label]) for c in ProposalCategory if total[c.label]]


def _day(value: date | None) -> str:
    return value.isoformat() if value else ""


def write_pdf(data: ReportData, target: Path | BytesIO) -> None:
    from reportlab.lib.units import mm
    from reportlab.platypus import Spacer

    from unionoffice.foundation.pdf import (
        build_document,
        chinese_date,
        make_table,
        paragraph,
        paragraph_styles,
    )

    styles = paragraph_styles()
    title = translate("Congress", "{session}提案工作报告").format(session=data.session)
    story = [
        paragraph(title, styles["title"]),
        paragraph(
            translate("Congress", "会议召开日期：{held}　统计截至：{today}").format(
                held=chinese_date(data.held_on, day=True), today=chinese_date(data.today, day=True)
            ),
            styles["body"],
        ),
        Spacer(1, 4 * mm),
        paragraph(
            translate(
                "Congress",
                "本次大会共征集提案 {total} 件，经审查立案 {accepted} 件，已办结 {closed} 件，办结率 {rate}。",
            ).format(
                total=data.stats.total,
                accepted=data.stats.accepted,
                closed=data.stats.closed,
                rate=_rate(data.stats),
            ),
            styles["indented"],
        ),
        paragraph(translate("Congress", "一、总体情况"), styles["heading"]),
        make_table(
            [(translate("Congress", "项目"), translate("Congress", "数量")), *summary_rows(data)],
            [90 * mm, 40 * mm],
            styles=styles,
        ),
        paragraph(translate("Congress", "二、分类情况"), styles["heading"]),
        make_table(
            [
                (
                    translate("Congress", "类别"),
                    translate("Congress", "提案数"),
                    translate("Congress", "已办结"),
                ),
                *category_rows(data),
            ],
            [60 * mm, 35 * mm, 35 * mm],
            styles=styles,
        ),
        paragraph(translate("Congress", "三、提案办理明细"), styles["heading"]),
        make_table(
            [
                (
                    translate("Congress", "提案号"),
                    translate("Congress", "案由"),
                    translate("Congress", "提案人"),
                    translate("Congress", "承办部门"),
                    translate("Congress", "状态"),
                    translate("Congress", "办理期限"),
                    translate("Congress", "满意度"),
                ),
                *(
                    (
                        line.number,
                        line.title,
                        line.proposer,
                        line.department,
                        translate("Congress", "逾期未答复") if line.overdue else line.status,
                        _day(line.due_on),
                        line.satisfaction,
                    )
                    for line in data.lines
                ),
            ],
            [12 * mm, 56 * mm, 18 * mm, 26 * mm, 22 * mm, 22 * mm, 18 * mm],
            styles=styles,
        ),
    ]
    overdue = [line for line in data.lines if line.overdue]
    if overdue:
        story += [
            paragraph(translate("Congress", "四、逾期未答复的提案"), styles["heading"]),
            make_table(
                [
                    (
                        translate("Congress", "提案号"),
                        translate("Congress", "案由"),
                        translate("Congress", "承办部门"),
                        translate("Congress", "办理期限"),
                    ),
                    *((line.number, line.title, line.department, _day(line.due_on)) for line in overdue),
                ],
                [14 * mm, 90 * mm, 40 * mm, 30 * mm],
                styles=styles,
            ),
        ]
    build_document(target, story, title=title, header_text=title)


def write_xlsx(data: ReportData, target: Path) -> None:
    from unionoffice.foundation.xlsx import DATE, Sheet
    from unionoffice.foundation.xlsx import write_xlsx as write

    headers = [
        translate("Congress", "提案号"),
        translate("Congress", "案由"),
        translate("Congress", "提案人"),
        translate("Congress", "分工会"),
        translate("Congress", "类别"),
        translate("Congress", "状态"),
        translate("Congress", "承办部门"),
        translate("Congress", "办理期限"),
        translate("Congress", "答复日期"),
        translate("Congress", "满意度"),
    ]
    rows = [
        (
            line.number,
            line.title,
            line.proposer,
            line.branch,
            line.category,
            translate("Congress", "逾期未答复") if line.overdue else line.status,
            line.department,
            line.due_on,
            line.replied_on,
            line.satisfaction,
        )
        for line in data.lines
    ]
    write(
        target,
        [
            Sheet(
                translate("Congress", "概况"),
                [translate("Congress", "项目"), translate("Congress", "数量")],
                summary_rows(data),
            ),
            Sheet(translate("Congress", "提案"), headers, rows, number_formats={7: DATE, 8: DATE}),
            Sheet(
                translate("Congress", "逾期未答复"),
                headers,
                [row for row, line in zip(rows, data.lines, strict=True) if line.overdue],
                number_formats={7: DATE, 8: DATE},
            ),
        ],
    )


def report_bytes(data: ReportData, kind: str) -> tuple[str, bytes]:
    """The report as a file name and its bytes (``kind``: "pdf" or "xlsx")."""
    name = translate("Congress", "{session}提案工作报告").format(session=data.session)
    if kind == "xlsx":
        import tempfile

        with tempfile.TemporaryDirectory() as folder:
            path = Path(folder) / "report.xlsx"
            write_xlsx(data, path)
            return f"{name}.xlsx", path.read_bytes()
    buffer = BytesIO()
    write_pdf(data, buffer)
    return f"{name}.pdf", buffer.getvalue()
