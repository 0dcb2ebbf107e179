"""Members behind with their dues: how many months in a row they have not paid, up to a month.

A run counts the unpaid lines after the member's last paid (or exempt) month; months nobody
imported are no lines and break nothing, so a member unpaid January to June is on July's list
with 6 months whether or not July's payroll is in yet. The same run feeds the members module's
six-month review (``LAPSES``, offered at ``members.dues_lapses``): the committee decides, the
ledger only says how long.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import ColumnElement, Select, Subquery, func, select
from sqlalchemy.orm import Session, aliased

from unionoffice.core.auth.actor import Actor
from unionoffice.core.listing import QuerySource
from unionoffice.core.org.models import OrgUnit
from unionoffice.db.database import Database
from unionoffice.dues.contract import ArrearsFilter, arrears_columns
from unionoffice.dues.labels import DuesStatus
from unionoffice.dues.models import DuesLine
from unionoffice.dues.perms import DuesPerm
from unionoffice.dues.rules import first_of_month, month_label
from unionoffice.foundation.i18n import translate
from unionoffice.foundation.money import format_fen
from unionoffice.foundation.xlsx import FEN, Sheet, write_xlsx
from unionoffice.members.api import LapsedMember, Member, MemberStatus, search_clause_on


def runs(as_of: date) -> Subquery:
    """Per member: unpaid months in a row up to ``as_of`` (months), the first (since) and last
    (until) of them, the dues known for them (owed) and the last settled month before them."""
    line = DuesLine.__table__.c
    other = DuesLine.__table__.alias("settled")
    # Start from the few unpaid lines and probe each member's later months on the (member, month)
    # key, rather than grouping every settled line of every member: 50 -> a few ms on the demo.
    settled_after = (
        select(other.c.id)
        .where(
            other.c.member_id == line.member_id,
            other.c.status != DuesStatus.UNPAID,
            other.c.month > line.month,
            other.c.month <= as_of,
        )
        .exists()
    )
    run = (
        select(
            line.member_id,
            func.count().label("months"),
            func.min(line.month).label("since"),
            func.max(line.month).label("until"),
            # None when no month of the run was on a payroll: unknown, not nothing owed.
            func.sum(line.dues_fen).label("owed"),
        )
        .where(line.status == DuesStatus.UNPAID, line.month <= as_of, ~settled_after)
        .group_by(line.member_id)
        .subquery("run")
    )
    last_paid = (
        select(func.max(other.c.month))
        .where(
            other.c.member_id == run.c.member_id, other.c.status != DuesStatus.UNPAID, other.c.month <= as_of
        )
        .scalar_subquery()
    )
    return select(run, last_paid.label("last_paid")).subquery("runs")


def latest_month(s: Session, actor: Actor) -> date | None:
    return s.execute(select(func.max(DuesLine.month)).where(actor.branch_clause(DuesLine.branch_id))).scalar()


def _as_date(value: Any) -> date | None:
    if value is None or isinstance(value, date):
        return value
    return date.fromisoformat(str(value)[:10])


def _query(actor: Actor, flt: ArrearsFilter, as_of: date) -> tuple[Select, Subquery, dict[str, Any]]:
    r = runs(as_of)
    m = Member.__table__.c
    branch, group = aliased(OrgUnit), aliased(OrgUnit)
    criteria: list[ColumnElement[bool]] = [
        actor.branch_clause(m.branch_id),
        m.status == MemberStatus.ACTIVE,
        r.c.months >= max(flt.min_months, 1),
    ]
    if flt.branch_id is not None:
        criteria.append(m.branch_id == flt.branch_id)
    clause = search_clause_on(flt.text, m.name, m.name_pinyin, m.name_initials, m.employee_no)
    if clause is not None:
        criteria.append(clause)
    query = (
        select(
            m.id,
            m.name,
            m.employee_no,
            branch.name,
            group.name,
            r.c.months,
            r.c.since,
            r.c.owed,
            r.c.last_paid,
            r.c.until,
        )
        .select_from(r)
        .join(Member.__table__, m.id == r.c.member_id)
        .join(branch, branch.id == m.branch_id)
        .outerjoin(group, group.id == m.group_id)
        .where(*criteria)
    )
    sort = {
        "name": m.name_pinyin,
        "employee_no": m.employee_no,
        "branch": branch.sort_order,
        "group": group.sort_order,
        "months": r.c.months,
        "since": r.c.since,
        "owed": r.c.owed,
    }
    return query, r, sort


def arrears_source(db: Database, actor: Actor, flt: ArrearsFilter, as_of: date | None) -> QuerySource:
    actor.require(DuesPerm.READ)
    month = first_of_month(as_of) if as_of else date(1900, 1, 1)
    query, r, sort = _query(actor, flt, month)

    def fmt(row: Any) -> tuple[Any, ...]:
        name, number, branch_name, group_name, months, since, owed, last_paid, _until = row
        since_day, paid_day = _as_date(since), _as_date(last_paid)
        return (
            name,
            number or "",
            branch_name,
            group_name or "",
            months,
            f"{since_day:%Y-%m}" if since_day else "",
            format_fen(int(owed)) if owed is not None else "—",
            f"{paid_day:%Y-%m}" if paid_day else translate("Dues", "无记录"),
        )

    return QuerySource(
        db,
        query,
        arrears_columns(),
        sort,
        default_order=(r.c.months.desc(), sort["branch"], sort["name"]),
        formatter=fmt,
    )


def six_or_more(s: Session, actor: Actor, as_of: date) -> int:
    query, _r, _sort = _query(actor, ArrearsFilter(min_months=6), as_of)
    return int(s.execute(select(func.count()).select_from(query.subquery())).scalar_one())


def export_arrears(db: Database, actor: Actor, flt: ArrearsFilter, path: str | Path) -> int:
    """The list as a workbook: one row per member, with what the ledger shows in words."""
    actor.require(DuesPerm.READ)
    with db.read(actor) as s:
        as_of = first_of_month(flt.month) if flt.month else latest_month(s, actor)
    if as_of is None:
        rows: list[list[Any]] = []
    else:
        query, r, sort = _query(actor, flt, as_of)
        with db.rows() as conn:
            found = conn.execute(query.order_by(r.c.months.desc(), sort["branch"], sort["name"])).all()
        rows = []
        for _id, name, number, branch_name, group_name, months, since, owed, last_paid, until in found:
            since_day, until_day, paid_day = _as_date(since), _as_date(until), _as_date(last_paid)
            rows.append(
                [
                    branch_name,
                    group_name or "",
                    name,
                    number or "",
                    months,
                    f"{since_day:%Y-%m}" if since_day else "",
                    f"{until_day:%Y-%m}" if until_day else "",
                    int(owed) if owed is not None else None,
                    f"{paid_day:%Y-%m}" if paid_day else "",
                ]
            )
    headers = [
        translate("Dues", "分工会"),
        translate("Dues", "工会小组"),
        translate("Dues", "姓名"),
        translate("Dues", "工号"),
        translate("Dues", "连续未交（月）"),
        translate("Dues", "起始月份"),
        translate("Dues", "截至月份"),
        translate("Dues", "欠缴金额（已知）"),
        translate("Dues", "最近一次交纳"),
    ]
    title = (
        translate("Dues", "截至{month}会费欠缴名单").format(month=month_label(as_of))
        if as_of
        else translate("Dues", "会费欠缴名单")
    )
    write_xlsx(path, [Sheet(title, headers, rows, number_formats={7: FEN})])
    return len(rows)


def evidence(since: date, until: date, months: int) -> str:
    return translate("Dues", "{since}起未交会费，连续 {n} 个月（截至{until}，据会费记录）").format(
        since=month_label(since), n=months, until=month_label(until)
    )


@dataclass(frozen=True)
class DuesLedgerLapses:
    """The members module's ``DuesLapses``: members whose unpaid run up to ``on``'s month is at
    least ``months`` long."""

    def lapsed(self, session: Session, on: date, months: int) -> Iterator[LapsedMember]:
        r = runs(first_of_month(on))
        for member_id, count, since, until in session.execute(
            select(r.c.member_id, r.c.months, r.c.since, r.c.until).where(r.c.months >= months)
        ):
            first, last = _as_date(since), _as_date(until)
            assert first is not None and last is not None
            yield LapsedMember(member_id, first, evidence(first, last, count))


LAPSES = DuesLedgerLapses()
