"""The dues ledger: a month's lines as a list, its summary, the totals per branch union (dues
stay with the base union: nothing is remitted upward), and dues paid at the office."""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import Select, and_, case, func, select, update
from sqlalchemy.orm import Session, aliased

from unionoffice.core.audit.recorder import record
from unionoffice.core.auth.actor import Actor
from unionoffice.core.listing import QuerySource
from unionoffice.core.org.labels import UnitKind
from unionoffice.core.org.models import OrgUnit
from unionoffice.db.database import Database
from unionoffice.dues.contract import BranchTotals, DuesFilter, DuesTotals, MonthSummary, dues_columns
from unionoffice.dues.labels import DuesStatus, PaidVia
from unionoffice.dues.models import DuesLine
from unionoffice.dues.perms import DuesPerm
from unionoffice.dues.rules import month_label
from unionoffice.foundation.errors import FieldProblem, UserError, ValidationError
from unionoffice.foundation.i18n import translate
from unionoffice.foundation.money import format_fen
from unionoffice.members.api import Member, search_clause_on


def months(s: Session, actor: Actor) -> list[date]:
    """Months with dues lines in the actor's scope, newest first."""
    return list(
        s.execute(
            select(DuesLine.month)
            .where(actor.branch_clause(DuesLine.branch_id))
            .group_by(DuesLine.month)
            .order_by(DuesLine.month.desc())
        ).scalars()
    )


def dues_source(db: Database, actor: Actor, flt: DuesFilter, month: date | None) -> QuerySource:
    actor.require(DuesPerm.READ)
    line, branch, group = DuesLine.__table__.c, aliased(OrgUnit), aliased(OrgUnit)
    m = Member.__table__.c
    criteria = [actor.branch_clause(line.branch_id), line.month == month]
    if flt.branch_id is not None:
        criteria.append(line.branch_id == flt.branch_id)
    if flt.status:
        criteria.append(line.status == flt.status)
    clause = search_clause_on(flt.text, m.name, m.name_pinyin, m.name_initials, line.employee_no)
    if clause is not None:
        criteria.append(clause)
    query: Select = (
        select(
            line.id,
            line.employee_no,
            m.name,
            branch.name,
            group.name,
            line.wage_fen,
            line.dues_fen,
            line.status,
            line.paid_via,
            line.paid_on,
        )
        .select_from(DuesLine.__table__)
        .join(Member.__table__, m.id == line.member_id)
        .join(branch, branch.id == line.branch_id)
        .outerjoin(group, group.id == line.group_id)
        .where(*criteria)
    )

    def fmt(row: Any) -> tuple[Any, ...]:
        number, name, branch_name, group_name, wage, dues, status, via, paid_on = row
        if via:
            paid = PaidVia(via).label + (f" {str(paid_on)[:10]}" if paid_on else "")
        elif status == DuesStatus.UNPAID and wage is None:
            paid = translate("Dues", "不在本月工资表中")
        else:
            paid = ""
        return (
            number or "",
            name,
            branch_name,
            group_name or "",
            format_fen(wage),
            format_fen(dues) if dues is not None else "—",
            DuesStatus(status).label,
            paid,
        )

    return QuerySource(
        db,
        query,
        dues_columns(),
        {
            "employee_no": line.employee_no,
            "name": m.name_pinyin,
            "branch": branch.sort_order,
            "group": group.sort_order,
            "wage": line.wage_fen,
            "dues": line.dues_fen,
            "status": line.status,
        },
        default_order=(branch.sort_order, group.sort_order, line.employee_no, line.id),
        formatter=fmt,
    )


def _figures(where: list[Any], group_by_branch: bool) -> Select:
    line = DuesLine.__table__.c
    counted = line.status != DuesStatus.EXEMPT
    columns = [
        func.count(),
        func.sum(case((line.status == DuesStatus.PAID, 1), else_=0)),
        func.sum(case((line.status == DuesStatus.UNPAID, 1), else_=0)),
        func.sum(case((line.status == DuesStatus.EXEMPT, 1), else_=0)),
        func.coalesce(func.sum(case((counted, line.dues_fen), else_=0)), 0),
        func.coalesce(func.sum(case((line.status == DuesStatus.PAID, line.paid_fen), else_=0)), 0),
    ]
    if group_by_branch:
        return select(line.branch_id, *columns).where(*where).group_by(line.branch_id)
    return select(*columns).where(*where)


def month_summary(s: Session, actor: Actor, month: date) -> MonthSummary:
    members, paid, unpaid, exempt, due, collected = s.execute(
        _figures([DuesLine.month == month, actor.branch_clause(DuesLine.branch_id)], False)
    ).one()
    return MonthSummary(
        month=month,
        members=members,
        paid=paid or 0,
        unpaid=unpaid or 0,
        exempt=exempt or 0,
        due_fen=int(due or 0),
        paid_fen=int(collected or 0),
    )


def branch_totals(
    s: Session, actor: Actor, first: date, last: date
) -> tuple[list[BranchTotals], BranchTotals]:
    """Per branch union (in the actor's scope) and in total, for the months ``first`` … ``last``."""
    where = [DuesLine.month >= first, DuesLine.month <= last, actor.branch_clause(DuesLine.branch_id)]
    found = {row[0]: row[1:] for row in s.execute(_figures(where, True))}
    branches = s.execute(
        select(OrgUnit.id, OrgUnit.name)
        .where(OrgUnit.kind == UnitKind.BRANCH, actor.branch_clause(OrgUnit.id))
        .order_by(OrgUnit.sort_order, OrgUnit.id)
    ).all()
    rows = []
    for branch_id, name in branches:
        figures = found.get(branch_id)
        if figures is None:
            continue
        members, paid, unpaid, exempt, due, collected = figures
        rows.append(
            BranchTotals(
                branch_id=branch_id,
                branch=name,
                members=members,
                paid=paid or 0,
                unpaid=unpaid or 0,
                exempt=exempt or 0,
                due_fen=int(due or 0),
                paid_fen=int(collected or 0),
            )
        )
    total = BranchTotals(
        branch_id=None,
        branch=translate("Dues", "合计"),
        members=sum(r.members for r in rows),
        paid=sum(r.paid for r in rows),
        unpaid=sum(r.unpaid for r in rows),
        exempt=sum(r.exempt for r in rows),
        due_fen=sum(r.due_fen for r in rows),
        paid_fen=sum(r.paid_fen for r in rows),
    )
    return rows, total


def dues_totals(db: Database, actor: Actor, month: date) -> DuesTotals:
    actor.require(DuesPerm.READ)
    month = month.replace(day=1)
    with db.read(actor) as s:
        rows, total = branch_totals(s, actor, month, month)
        year_rows, year_total = branch_totals(s, actor, date(month.year, 1, 1), month)
    return DuesTotals(month=month, rows=rows, total=total, year_rows=year_rows, year_total=year_total)


def mark_paid(db: Database, actor: Actor, line_ids: tuple[int, ...], paid_on: date | None) -> int:
    """Dues paid at the office (现金补交) for unpaid lines; the lines must be in the actor's scope."""
    actor.require(DuesPerm.WRITE)
    if not line_ids:
        raise UserError(translate("Dues", "请先选择要登记的会费记录。"))
    if paid_on is None or paid_on > date.today():
        raise ValidationError(
            FieldProblem(translate("Dues", "缴纳日期"), translate("Dues", "不能为空或晚于今天"))
        )
    with db.transaction(actor) as s:
        rows = s.execute(
            select(DuesLine.id, DuesLine.status, DuesLine.month, DuesLine.branch_id, Member.name)
            .join(Member, Member.id == DuesLine.member_id)
            .where(DuesLine.id.in_(line_ids))
        ).all()
        visible = [r for r in rows if actor.can_see_branch(r.branch_id)]
        if len(visible) != len(set(line_ids)):
            raise UserError(translate("Dues", "所选记录有的已不存在或不在您的管理范围内，请刷新后重试。"))
        settled = [r for r in visible if r.status != DuesStatus.UNPAID]
        if settled:
            names = "、".join(f"{r.name}（{month_label(r.month)}）" for r in settled[:5])
            raise UserError(
                translate("Dues", "只有未交的记录可以登记补交：{names} 已交或免交。").format(names=names)
            )
        s.execute(
            update(DuesLine)
            .where(and_(DuesLine.id.in_(line_ids), DuesLine.status == DuesStatus.UNPAID))
            .values(
                status=DuesStatus.PAID, paid_via=PaidVia.CASH, paid_on=paid_on, paid_fen=DuesLine.dues_fen
            )
        )
        record(
            s,
            "update",
            DuesLine.__tablename__,
            None,
            translate("Dues", "登记现金补交会费 {n} 条（{on}）").format(
                n=len(visible), on=paid_on.isoformat()
            ),
            {"ids": sorted(line_ids)},
        )
    return len(visible)
