"""The fund ledger: fee income, allocations and payouts per year and branch union, and the
aid totals ("paid X yuan to N members") computed from the claims themselves."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, distinct, func, select
from sqlalchemy.orm import Session, aliased

from unionoffice.core.auth.actor import Actor
from unionoffice.core.listing import QuerySource
from unionoffice.core.org.labels import UnitKind
from unionoffice.core.org.models import OrgUnit
from unionoffice.db.database import Database
from unionoffice.foundation.errors import FieldProblem, ValidationError
from unionoffice.foundation.i18n import translate
from unionoffice.foundation.money import format_fen
from unionoffice.medical.contract import AidTotals, LedgerRow, ledger_columns
from unionoffice.medical.models import Claim, ClaimStatus, Enrolment, LedgerEntry, LedgerKind, SchemeYear
from unionoffice.medical.perms import MedicalPerm
from unionoffice.medical.service.common import load_scheme, money_problem


def add_allocation(
    db: Database,
    actor: Actor,
    scheme_year_id: int,
    branch_id: int | None,
    amount_fen: int | None,
    entry_date: date,
    memo: str,
) -> int:
    """Money put into the fund (the company's or the higher union's allocation)."""
    actor.require(MedicalPerm.ADMIN)
    problems = []
    problem = money_problem(translate("Medical", "金额"), amount_fen)
    if problem:
        problems.append(problem)
    elif amount_fen == 0:
        problems.append(FieldProblem(translate("Medical", "金额"), translate("Medical", "应大于 0")))
    if not memo.strip():
        problems.append(
            FieldProblem(translate("Medical", "摘要"), translate("Medical", "必须填写（如：公司拨款）"))
        )
    if entry_date > date.today():
        problems.append(FieldProblem(translate("Medical", "日期"), translate("Medical", "不能晚于今天")))
    if problems:
        raise ValidationError(problems)
    with db.transaction(actor) as s:
        load_scheme(s, scheme_year_id)
        row = LedgerEntry(
            scheme_year_id=scheme_year_id,
            branch_id=branch_id,
            kind=LedgerKind.ALLOCATION,
            amount_fen=amount_fen,
            entry_date=entry_date,
            memo=memo.strip()[:255],
            created_by_id=actor.user_id,
        )
        s.add(row)
        s.flush()
        return row.id


def ledger_source(
    db: Database, actor: Actor, scheme_year_id: int, branch_id: int | None = None
) -> QuerySource:
    actor.require(MedicalPerm.READ)
    branch = aliased(OrgUnit)
    query = (
        select(
            LedgerEntry.id,
            LedgerEntry.entry_date,
            LedgerEntry.kind,
            branch.name,
            LedgerEntry.amount_fen,
            LedgerEntry.memo,
            LedgerEntry.reference,
        )
        .outerjoin(branch, branch.id == LedgerEntry.branch_id)
        .where(LedgerEntry.scheme_year_id == scheme_year_id, _scope(actor))
    )
    if branch_id is not None:
        query = query.where(LedgerEntry.branch_id == branch_id)
    columns = ledger_columns()
    sort = {
        "date": LedgerEntry.entry_date,
        "kind": LedgerEntry.kind,
        "branch": branch.name,
        "income": LedgerEntry.amount_fen,
        "expense": LedgerEntry.amount_fen,
    }

    def fmt(row: Sequence[Any]) -> tuple[Any, ...]:
        when, kind, branch_name, amount, memo, reference = row
        income = LedgerKind(kind).is_income
        return (
            when.isoformat(),
            LedgerKind(kind).label,
            branch_name or translate("Medical", "全会"),
            format_fen(amount) if income else "",
            "" if income else format_fen(amount),
            memo + (translate("Medical", "（省总回执 {ref}）").format(ref=reference) if reference else ""),
        )

    return QuerySource(
        db,
        query,
        columns,
        sort,
        default_order=(LedgerEntry.entry_date.desc(), LedgerEntry.id.desc()),
        formatter=fmt,
    )


def _scope(actor: Actor) -> ColumnElement[bool]:
    # Company-wide entries (no branch) are visible to everyone who may read the fund.
    if not actor.is_branch_scoped:
        return actor.branch_clause(LedgerEntry.branch_id)
    return LedgerEntry.branch_id.is_(None) | actor.branch_clause(LedgerEntry.branch_id)


def ledger_summary(db: Database, actor: Actor, scheme_year_id: int) -> list[LedgerRow]:
    """One row per branch union (plus company-wide entries), then the total row last."""
    actor.require(MedicalPerm.READ)
    with db.read(actor) as s:
        load_scheme(s, scheme_year_id)
        return summary_in(s, actor, scheme_year_id)


def summary_in(s: Session, actor: Actor, scheme_year_id: int) -> list[LedgerRow]:
    """``ledger_summary`` inside a session the caller holds (a screen's one opening call)."""
    money: dict[int | None, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for branch, kind, amount in s.execute(
        select(LedgerEntry.branch_id, LedgerEntry.kind, func.sum(LedgerEntry.amount_fen))
        .where(LedgerEntry.scheme_year_id == scheme_year_id, _scope(actor))
        .group_by(LedgerEntry.branch_id, LedgerEntry.kind)
    ):
        money[branch][kind] = int(amount)
    enrolled: dict[int, int] = {
        b: n
        for b, n in s.execute(
            select(Enrolment.branch_id, func.count())
            .where(Enrolment.scheme_year_id == scheme_year_id, actor.branch_clause(Enrolment.branch_id))
            .group_by(Enrolment.branch_id)
        )
    }
    helped = {
        b: (n, m, int(paid))
        for b, n, m, paid in s.execute(
            select(
                Claim.branch_id,
                func.count(),
                func.count(distinct(Claim.member_id)),
                func.sum(Claim.payable_fen),
            )
            .where(
                Claim.scheme_year_id == scheme_year_id,
                Claim.status == ClaimStatus.PAID,
                actor.branch_clause(Claim.branch_id),
            )
            .group_by(Claim.branch_id)
        )
    }
    branches = list(
        s.execute(
            select(OrgUnit.id, OrgUnit.name)
            .where(OrgUnit.kind == UnitKind.BRANCH, actor.branch_clause(OrgUnit.id))
            .order_by(OrgUnit.sort_order)
        ).all()
    )
    known = {b for b, _ in branches}
    # Retired branches that still hold money in this year are shown too.
    extra = [b for b in set(money) | set(enrolled) if b is not None and b not in known]
    if extra:
        branches += s.execute(select(OrgUnit.id, OrgUnit.name).where(OrgUnit.id.in_(extra))).all()
    rows = []
    for branch_id, name in branches:
        m = money.get(branch_id, {})
        n, h, aid = helped.get(branch_id, (0, 0, 0))
        rows.append(
            LedgerRow(
                branch_id,
                name,
                enrolled.get(branch_id, 0),
                m.get(LedgerKind.FEE, 0),
                m.get(LedgerKind.ALLOCATION, 0),
                m.get(LedgerKind.PAYOUT, 0),
                n,
                h,
                m.get(LedgerKind.REMITTANCE, 0),
                aid,
            )
        )
    if None in money:
        m = money[None]
        rows.append(
            LedgerRow(
                None,
                translate("Medical", "全会（不分分工会）"),
                0,
                m.get(LedgerKind.FEE, 0),
                m.get(LedgerKind.ALLOCATION, 0),
                m.get(LedgerKind.PAYOUT, 0),
                0,
                0,
                m.get(LedgerKind.REMITTANCE, 0),
                0,
            )
        )
    total_helped = s.execute(
        select(func.count(distinct(Claim.member_id))).where(
            Claim.scheme_year_id == scheme_year_id,
            Claim.status == ClaimStatus.PAID,
            actor.branch_clause(Claim.branch_id),
        )
    ).scalar_one()
    rows.append(
        LedgerRow(
            None,
            translate("Medical", "合计"),
            sum(r.enrolled for r in rows),
            sum(r.fee_fen for r in rows),
            sum(r.allocation_fen for r in rows),
            sum(r.payout_fen for r in rows),
            sum(r.claims_paid for r in rows),
            total_helped,
            sum(r.remitted_fen for r in rows),
            sum(r.aid_paid_fen for r in rows),
        )
    )
    return rows


def _branch_only(actor: Actor, branch_id: int | None) -> ColumnElement[bool]:
    """The actor's scope, narrowed to one branch union when asked (dashboard and report filters)."""
    if branch_id is None:
        return actor.branch_clause(Claim.branch_id)
    actor.require_branch(branch_id)
    return Claim.branch_id == branch_id


def aid_totals(
    db: Database, actor: Actor, fund: str, year_from: int, year_to: int, branch_id: int | None = None
) -> AidTotals:
    """Paid claims of a fund over a span of years, from the claims themselves."""
    actor.require(MedicalPerm.READ)
    with db.read(actor) as s:
        return aid_totals_in(s, actor, fund, year_from, year_to, branch_id)


def aid_totals_in(
    s: Session,
    actor: Actor,
    fund: str,
    year_from: int,
    year_to: int,
    branch_id: int | None = None,
    by_year: bool = True,
) -> AidTotals:
    """``aid_totals`` inside a session the caller holds; ``by_year=False`` leaves out the
    yearly breakdown (one statement instead of two)."""
    where = (
        SchemeYear.fund == fund,
        SchemeYear.year.between(year_from, year_to),
        Claim.status == ClaimStatus.PAID,
        _branch_only(actor, branch_id),
    )
    base = select().select_from(Claim).join(SchemeYear, SchemeYear.id == Claim.scheme_year_id).where(*where)
    paid, members, claims = s.execute(
        base.add_columns(
            func.coalesce(func.sum(Claim.payable_fen), 0),
            func.count(distinct(Claim.member_id)),
            func.count(),
        )
    ).one()
    if not by_year:
        return AidTotals(fund, year_from, year_to, int(paid), int(members), int(claims), ())
    years = tuple(
        (int(year), int(paid_fen), int(helped), int(count))
        for year, paid_fen, helped, count in s.execute(
            base.add_columns(
                SchemeYear.year,
                func.sum(Claim.payable_fen),
                func.count(distinct(Claim.member_id)),
                func.count(),
            )
            .group_by(SchemeYear.year)
            .order_by(SchemeYear.year)
        )
    )
    return AidTotals(fund, year_from, year_to, int(paid), int(members), int(claims), years)


def status_counts(db: Database, actor: Actor, scheme_year_id: int) -> dict[str, tuple[int, int]]:
    """Status → (claims, amount in fen) for a year, within the actor's scope."""
    actor.require(MedicalPerm.READ)
    with db.read(actor) as s:
        rows = s.execute(
            select(Claim.status, func.count(), func.coalesce(func.sum(Claim.payable_fen), 0))
            .where(Claim.scheme_year_id == scheme_year_id, actor.branch_clause(Claim.branch_id))
            .group_by(Claim.status)
        )
        return {status: (int(n), int(total)) for status, n, total in rows}


def benefit_breakdown(
    db: Database, actor: Actor, scheme_year_id: int, branch_id: int | None = None
) -> list[tuple[str, int, int, int]]:
    """Benefit type → (paid claims, members, paid fen) for a year."""
    actor.require(MedicalPerm.READ)
    with db.read(actor) as s:
        rows = s.execute(
            select(
                Claim.benefit_type,
                func.count(),
                func.count(distinct(Claim.member_id)),
                func.sum(Claim.payable_fen),
            )
            .where(
                Claim.scheme_year_id == scheme_year_id,
                Claim.status == ClaimStatus.PAID,
                _branch_only(actor, branch_id),
            )
            .group_by(Claim.benefit_type)
        )
        return [(kind, int(n), int(m), int(total)) for kind, n, m, total in rows]
