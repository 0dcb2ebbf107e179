"""Sign-off sheets (领取签字表): who receives what, one section per union group, each starting on
its own page so a group leader can take theirs round; a signature column wide enough to sign in.
The returned sheets are ticked in the app (``welfare.mark_paid``)."""

# Imports inside functions: ReportLab (and the PDF toolkit's document module) loads only when a sheet is written.

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import aliased

from unionoffice.core.auth.actor import Actor
from unionoffice.core.org.labels import UnitKind
from unionoffice.core.org.models import OrgUnit
from unionoffice.db.database import Database
from unionoffice.dues.contract import SignoffRequest
from unionoffice.dues.labels import COUNTED, PaymentStatus, WelfareItem
from unionoffice.dues.models import WelfareBatch, WelfarePayment
from unionoffice.dues.perms import DuesPerm
from unionoffice.dues.rules import month_label
from unionoffice.foundation.errors import UserError
from unionoffice.foundation.i18n import translate
from unionoffice.foundation.money import Money
from unionoffice.members.api import Member


@dataclass(frozen=True)
class SheetLine:
    name: str
    employee_no: str
    item: str
    amount_fen: int
    status: str


@dataclass
class Section:
    branch: str
    group: str
    lines: list[SheetLine] = field(default_factory=list)

    @property
    def total_fen(self) -> int:
        return sum(line.amount_fen for line in self.lines)


def sections(db: Database, actor: Actor, request: SignoffRequest) -> tuple[str, list[Section]]:
    """The sheet's title and its sections, by branch union and group in the organisation's order."""
    actor.require(DuesPerm.READ)
    item = WelfareItem(request.item)
    month = request.month.replace(day=1)
    following = date(month.year + month.month // 12, month.month % 12 + 1, 1)
    branch, group = aliased(OrgUnit), aliased(OrgUnit)
    p = WelfarePayment
    query = (
        select(branch.name, group.name, Member.name, Member.employee_no, p.item, p.amount_fen, p.status)
        .join(Member, Member.id == p.member_id)
        .join(branch, branch.id == p.branch_id)
        .outerjoin(group, group.id == p.group_id)
        .where(
            actor.branch_clause(p.branch_id),
            p.item == item,
            p.status.in_([c.value for c in COUNTED]),
            p.event_date >= month,
            p.event_date < following,
        )
        .order_by(branch.sort_order, branch.id, group.sort_order, group.id, Member.name_pinyin, p.id)
    )
    if request.batch_id is not None:
        query = query.where(p.batch_id == request.batch_id)
    if request.branch_id is not None:
        actor.require_branch(request.branch_id)
        query = query.where(p.branch_id == request.branch_id)
    with db.read(actor) as s:
        rows = s.execute(query).all()
        title = None
        if request.batch_id is not None:
            batch = s.get(WelfareBatch, request.batch_id)
            title = batch.title if batch is not None else None
        company = s.execute(select(OrgUnit.name).where(OrgUnit.kind == UnitKind.COMPANY)).scalar() or ""
    found: dict[tuple[str, str], Section] = {}
    for branch_name, group_name, name, number, it, amount, status in rows:
        shown_group = group_name or translate("Dues", "（未分小组）")
        section = found.setdefault((branch_name, shown_group), Section(branch_name, shown_group))
        section.lines.append(SheetLine(name, number or "", WelfareItem(it).label, amount, status))
    heading = title or translate("Dues", "{month}{item}").format(month=month_label(month), item=item.label)
    return f"{company} {heading}".strip(), list(found.values())


def write_signoff_pdf(title: str, groups: list[Section], path: str | Path) -> None:
    from reportlab.lib.enums import TA_RIGHT
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import KeepTogether, PageBreak, Spacer, Table

    from unionoffice.foundation.pdf import build_document, make_table, paragraph, paragraph_styles

    if not groups:
        raise UserError(translate("Dues", "所选月份没有该项目的发放记录，没有可打印的签字表。"))
    styles = paragraph_styles(size=10.5)
    figure = ParagraphStyle("figure", parent=styles["cell"], alignment=TA_RIGHT)
    story: list[object] = []
    for index, section in enumerate(groups):
        if index:
            story.append(PageBreak())
        story.append(paragraph(translate("Dues", "领取签字表"), styles["title"]))
        story.append(paragraph(title, styles["heading"]))
        story.append(
            paragraph(
                translate(
                    "Dues", "分工会：{branch}　　工会小组：{group}　　共 {n} 人，合计 {total} 元"
                ).format(
                    branch=section.branch,
                    group=section.group,
                    n=len(section.lines),
                    total=Money(section.total_fen),
                ),
                styles["body"],
            )
        )
        story.append(Spacer(1, 3 * mm))
        body: list[list[object]] = [
            [
                translate("Dues", "序号"),
                translate("Dues", "姓名"),
                translate("Dues", "工号"),
                translate("Dues", "项目"),
                translate("Dues", "金额（元）"),
                translate("Dues", "领取人签字"),
                translate("Dues", "领取日期"),
            ]
        ]
        for n, line in enumerate(section.lines, start=1):
            signed = translate("Dues", "（已签领）") if line.status == PaymentStatus.PAID else ""
            body.append(
                [str(n), line.name, line.employee_no, line.item, paragraph(str(Money(line.amount_fen)), figure),
                 signed, ""]
            )  # fmt: skip
        body.append(
            ["", translate("Dues", "合计"), "", "", paragraph(str(Money(section.total_fen)), figure), "", ""]
        )
        table = make_table(
            body, [12 * mm, 22 * mm, 22 * mm, 30 * mm, 22 * mm, 39 * mm, 27 * mm], styles=styles
        )
        # Room to sign by hand: every person's row is as tall as a signature needs.
        table.setStyle([("TOPPADDING", (0, 1), (-1, -2), 8), ("BOTTOMPADDING", (0, 1), (-1, -2), 9)])
        story.append(table)
        story.append(Spacer(1, 8 * mm))
        story.append(
            KeepTogether(
                Table(
                    [
                        [
                            paragraph(translate("Dues", "小组长："), styles["body"]),
                            paragraph(translate("Dues", "经办人："), styles["body"]),
                            paragraph(translate("Dues", "分工会审核："), styles["body"]),
                        ]
                    ],
                    colWidths=[58 * mm, 58 * mm, 58 * mm],
                    hAlign="LEFT",
                )  # fmt: skip
            )
        )
    build_document(path, story, title=title, header_text=title)


def export_signoff(db: Database, actor: Actor, request: SignoffRequest, path: str | Path) -> int:
    """Write the sheets; returns how many people they list."""
    title, groups = sections(db, actor, request)
    write_signoff_pdf(title, groups, path)
    return sum(len(g.lines) for g in groups)
