"""Enrolling members in a scheme year and recording who paid the fee and when."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from datetime import date, timedelta
from typing import Any

from sqlalchemy import Row, and_, func, insert, select, update
from sqlalchemy.orm import Session, aliased

from unionoffice.core.audit.recorder import record
from unionoffice.core.auth.actor import Actor
from unionoffice.core.listing import QuerySource
from unionoffice.core.org.models import OrgUnit
from unionoffice.db.database import Database
from unionoffice.foundation.errors import UserError
from unionoffice.foundation.i18n import translate
from unionoffice.foundation.money import format_fen
from unionoffice.foundation.progress import NO_PROGRESS, Progress
from unionoffice.medical.contract import (
    EnrolmentCounts,
    EnrolmentFilter,
    EnrolResult,
    MemberHit,
    PaymentResult,
    enrolment_columns,
)
from unionoffice.medical.models import Enrolment, LedgerEntry, LedgerKind, SchemeYear
from unionoffice.medical.perms import MedicalPerm
from unionoffice.medical.service.common import load_scheme
from unionoffice.members.api import Member, MemberStatus

CHUNK = 2000


def covered_from(scheme: SchemeYear, enrolled_on: date) -> date:
    """Members who join after coverage starts wait ``waiting_days`` before treatment counts."""
    if enrolled_on <= scheme.coverage_start:
        return scheme.coverage_start
    return enrolled_on + timedelta(days=scheme.waiting_days)


def enrol(
    db: Database,
    actor: Actor,
    scheme_year_id: int,
    *,
    branch_id: int | None = None,
    member_ids: list[int] | None = None,
    enrolled_on: date | None = None,
    progress: Progress = NO_PROGRESS,
) -> EnrolResult:
    """Enrol all active members of a branch union, or the chosen members; already enrolled are skipped."""
    actor.require(MedicalPerm.WRITE)
    if (branch_id is None) == (member_ids is None):
        raise UserError(translate("Medical", "请选择一个分工会，或选择要参保的会员。"))
    if branch_id is not None:
        actor.require_branch(branch_id)
    with db.transaction(actor) as s:
        scheme = load_scheme(s, scheme_year_id)
        on = enrolled_on or min(date.today(), scheme.coverage_end)
        if on > scheme.coverage_end:
            raise UserError(translate("Medical", "参保日期晚于保障期结束日，不能参保。"))
        query = select(Member.id, Member.branch_id, Member.status).where(
            actor.branch_clause(Member.branch_id)
        )
        if branch_id is not None:
            query = query.where(Member.branch_id == branch_id)
        candidates: list[Row[int, int, str]] = []
        if member_ids is not None:
            wanted = sorted(set(member_ids))
            for start in range(0, len(wanted), CHUNK):
                candidates += s.execute(query.where(Member.id.in_(wanted[start : start + CHUNK]))).all()
            if len(candidates) != len(wanted):
                raise UserError(
                    translate("Medical", "所选会员中有 {n} 人不存在或不在您的管辖范围内。").format(
                        n=len(wanted) - len(candidates)
                    )
                )
        else:
            candidates = list(s.execute(query).all())
        existing = set(
            s.execute(select(Enrolment.member_id).where(Enrolment.scheme_year_id == scheme.id)).scalars()
        )
        start_cover = covered_from(scheme, on)
        rows = []
        refused = already = 0
        for member_id, member_branch, status in candidates:
            if status != MemberStatus.ACTIVE:
                refused += 1
            elif member_id in existing:
                already += 1
            else:
                rows.append(
                    {
                        "scheme_year_id": scheme.id,
                        "member_id": member_id,
                        "branch_id": member_branch,
                        "enrolled_on": on,
                        "covered_from": start_cover,
                        "fee_fen": scheme.fee_fen,
                        "version": 1,
                        "updated_by_id": actor.user_id,
                    }
                )
        for start in range(0, len(rows), CHUNK):
            progress.step(start, len(rows), translate("Medical", "正在登记参保…"))
            s.execute(insert(Enrolment), rows[start : start + CHUNK])
        if rows:
            record(
                s,
                "enrol",
                Enrolment.__tablename__,
                scheme.id,
                translate("Medical", "{year} 年度批量参保 {n} 人").format(year=scheme.year, n=len(rows)),
                {"member_ids": [r["member_id"] for r in rows][:50], "count": len(rows)},
            )
        return EnrolResult(len(rows), already, refused)


def record_payments(
    db: Database,
    actor: Actor,
    scheme_year_id: int,
    member_ids: list[int],
    paid_on: date,
    progress: Progress = NO_PROGRESS,
) -> PaymentResult:
    """Mark fees as paid and book one fee-income entry per branch union in the ledger."""
    actor.require(MedicalPerm.WRITE)
    if paid_on > date.today():
        raise UserError(translate("Medical", "缴费日期不能晚于今天。"))
    with db.transaction(actor) as s:
        scheme = load_scheme(s, scheme_year_id)
        wanted = sorted(set(member_ids))
        rows: list[Row[int, int, int, date | None]] = []
        for start in range(0, len(wanted), CHUNK):
            rows += s.execute(
                select(Enrolment.id, Enrolment.branch_id, Enrolment.fee_fen, Enrolment.paid_on).where(
                    Enrolment.scheme_year_id == scheme.id,
                    Enrolment.member_id.in_(wanted[start : start + CHUNK]),
                    actor.branch_clause(Enrolment.branch_id),
                )
            ).all()
        if len(rows) != len(wanted):
            raise UserError(
                translate("Medical", "所选会员中有 {n} 人尚未参保 {year} 年度，请先登记参保。").format(
                    n=len(wanted) - len(rows), year=scheme.year
                )
            )
        to_pay = [r for r in rows if r.paid_on is None]
        by_branch: dict[int, int] = defaultdict(int)
        for r in to_pay:
            by_branch[r.branch_id] += r.fee_fen
        ids = [r.id for r in to_pay]
        for start in range(0, len(ids), CHUNK):
            progress.step(start, len(ids), translate("Medical", "正在登记缴费…"))
            s.execute(
                update(Enrolment)
                .where(Enrolment.id.in_(ids[start : start + CHUNK]))
                .values(paid_on=paid_on, version=Enrolment.version + 1, updated_by_id=actor.user_id)
            )
        for branch, amount in sorted(by_branch.items()):
            s.add(
                LedgerEntry(
                    scheme_year_id=scheme.id,
                    branch_id=branch,
                    kind=LedgerKind.FEE,
                    amount_fen=amount,
                    entry_date=paid_on,
                    created_by_id=actor.user_id,
                    memo=translate("Medical", "{n} 人缴纳 {year} 年度会费").format(
                        n=sum(1 for r in to_pay if r.branch_id == branch), year=scheme.year
                    ),
                )
            )
        if ids:
            record(
                s,
                "pay_fee",
                Enrolment.__tablename__,
                scheme.id,
                translate("Medical", "登记 {n} 人缴费").format(n=len(ids)),
                {"enrolment_ids": ids[:50], "count": len(ids)},
            )
        return PaymentResult(len(ids), len(rows) - len(ids), sum(by_branch.values()))


def enrolment_of(s: Session, scheme_year_id: int, member_id: int) -> Enrolment | None:
    return s.execute(
        select(Enrolment).where(Enrolment.scheme_year_id == scheme_year_id, Enrolment.member_id == member_id)
    ).scalar_one_or_none()


def enrolment_source(db: Database, actor: Actor, flt: EnrolmentFilter) -> QuerySource:
    actor.require(MedicalPerm.READ)
    branch = aliased(OrgUnit)
    query = (
        select(
            Enrolment.member_id,
            Member.name,
            Member.employee_no,
            branch.name,
            Enrolment.enrolled_on,
            Enrolment.covered_from,
            Enrolment.fee_fen,
            Enrolment.paid_on,
        )
        .join(Member, Member.id == Enrolment.member_id)
        .join(branch, branch.id == Enrolment.branch_id)
        .where(Enrolment.scheme_year_id == flt.scheme_year_id, actor.branch_clause(Enrolment.branch_id))
    )
    if flt.branch_id is not None:
        query = query.where(Enrolment.branch_id == flt.branch_id)
    if flt.unpaid_only:
        query = query.where(Enrolment.paid_on.is_(None))
    text = flt.text.strip()
    if text:
        query = query.where(
            Member.name.startswith(text)
            | Member.name_initials.startswith(text.lower())
            | (Member.employee_no == text)
        )
    sort = {
        "name": Member.name,
        "employee_no": Member.employee_no,
        "branch": branch.name,
        "enrolled_on": Enrolment.enrolled_on,
        "covered_from": Enrolment.covered_from,
        "fee": Enrolment.fee_fen,
        "paid_on": Enrolment.paid_on,
    }

    def fmt(row: Sequence[Any]) -> tuple[Any, ...]:
        name, emp, branch_name, enrolled, cover, fee, paid = row
        return (
            name,
            emp or "",
            branch_name,
            enrolled.isoformat(),
            cover.isoformat(),
            format_fen(fee),
            paid.isoformat() if paid else translate("Medical", "未缴"),
        )

    return QuerySource(db, query, enrolment_columns(), sort, default_order=(Enrolment.id,), formatter=fmt)


def enrolment_counts(
    db: Database, actor: Actor, scheme_year_id: int, branch_id: int | None = None
) -> EnrolmentCounts:
    actor.require(MedicalPerm.READ)
    with db.read(actor) as s:
        return counts_in(s, actor, scheme_year_id, branch_id)


def counts_in(s: Session, actor: Actor, scheme_year_id: int, branch_id: int | None = None) -> EnrolmentCounts:
    """Enrolled, paid and active-but-not-enrolled members of a year (one branch union or all in scope)."""
    where = [Enrolment.scheme_year_id == scheme_year_id, actor.branch_clause(Enrolment.branch_id)]
    if branch_id is not None:
        where.append(Enrolment.branch_id == branch_id)
    enrolled, paid = s.execute(select(func.count(), func.count(Enrolment.paid_on)).where(*where)).one()
    member_where = [Member.status == MemberStatus.ACTIVE, actor.branch_clause(Member.branch_id)]
    if branch_id is not None:
        member_where.append(Member.branch_id == branch_id)
    missing = s.execute(
        select(func.count())
        .select_from(Member)
        .outerjoin(
            Enrolment, and_(Enrolment.member_id == Member.id, Enrolment.scheme_year_id == scheme_year_id)
        )
        .where(*member_where, Enrolment.id.is_(None))
    ).scalar_one()
    return EnrolmentCounts(enrolled, paid, missing)


def search_members(db: Database, actor: Actor, text: str, limit: int = 30) -> list[MemberHit]:
    """Members a clerk may file a claim for, by name, pinyin initials or employee number."""
    actor.require(MedicalPerm.READ)
    text = text.strip()
    if not text:
        return []
    branch = aliased(OrgUnit)
    with db.read(actor) as s:
        rows = s.execute(
            select(Member.id, Member.name, Member.employee_no, branch.name, Member.status)
            .join(branch, branch.id == Member.branch_id)
            .where(
                actor.branch_clause(Member.branch_id),
                Member.name.startswith(text)
                | Member.name_initials.startswith(text.lower())
                | (Member.employee_no == text.upper()),
            )
            .order_by(Member.name, Member.id)
            .limit(limit)
        ).all()
    return [MemberHit(r[0], r[1], r[2] or "", r[3], MemberStatus(r[4]).label) for r in rows]
