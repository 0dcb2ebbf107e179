"""Hardship alert: members whose self-paid medical costs in a year pass the threshold the
admin sets, so the union committee can offer a subsidy without waiting for an application."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from sqlalchemy import Select, case, func, select
from sqlalchemy.orm import aliased

from unionoffice.core.auth.actor import Actor
from unionoffice.core.concurrency import check_version
from unionoffice.core.listing import QuerySource
from unionoffice.core.org.models import OrgUnit
from unionoffice.db.database import Database
from unionoffice.foundation.errors import FieldProblem, ValidationError
from unionoffice.foundation.i18n import translate
from unionoffice.foundation.money import format_fen
from unionoffice.foundation.xlsx import FEN, Sheet, write_xlsx
from unionoffice.medical.contract import HardshipRow, hardship_columns
from unionoffice.medical.models import CAP_COUNTED, FILED, Claim
from unionoffice.medical.perms import MedicalPerm
from unionoffice.medical.service.common import load_scheme, money_problem
from unionoffice.members.api import Member, MemberStatus

# Counts filed claims only: drafts are unfinished and rejected claims may be duplicates.
_SELF_PAID = func.sum(Claim.covered_self_fen + Claim.uncovered_self_fen)
_AID = func.sum(case((Claim.status.in_(CAP_COUNTED), Claim.payable_fen), else_=0))
_TOTAL = func.sum(Claim.total_fen)


def _query(actor: Actor, scheme_year_id: int, threshold: int) -> tuple[Select, Any]:
    branch = aliased(OrgUnit)
    query = (
        select(
            Claim.member_id,
            Member.name,
            Member.employee_no,
            branch.name,
            func.count(),
            _TOTAL,
            _SELF_PAID,
            _AID,
            Member.status,
        )
        .join(Member, Member.id == Claim.member_id)
        .join(branch, branch.id == Member.branch_id)
        .where(
            Claim.scheme_year_id == scheme_year_id,
            Claim.status.in_(FILED),
            actor.branch_clause(Claim.branch_id),
        )
        .group_by(Claim.member_id, Member.name, Member.employee_no, branch.name, Member.status)
        .having(_SELF_PAID > threshold)
    )
    return query, branch


def _row(r: Sequence[Any]) -> HardshipRow:
    return HardshipRow(
        int(r[0]), r[1], r[2] or "", r[3], int(r[4]), int(r[5]), int(r[6]), int(r[7]), str(r[8])
    )


def threshold_of(db: Database, actor: Actor, scheme_year_id: int, threshold_fen: int | None) -> int:
    if threshold_fen is not None:
        return threshold_fen
    with db.read(actor) as s:
        return load_scheme(s, scheme_year_id).hardship_threshold_fen


def hardship_list(
    db: Database, actor: Actor, scheme_year_id: int, threshold_fen: int | None = None
) -> tuple[int, list[HardshipRow]]:
    """(threshold used, members above it, largest self-paid first)."""
    actor.require(MedicalPerm.READ)
    with db.read(actor) as s:
        scheme = load_scheme(s, scheme_year_id)
        threshold = scheme.hardship_threshold_fen if threshold_fen is None else threshold_fen
        query, _branch = _query(actor, scheme_year_id, threshold)
        rows = s.execute(query.order_by(_SELF_PAID.desc(), Claim.member_id)).all()
        return threshold, [_row(r) for r in rows]


def hardship_source(db: Database, actor: Actor, scheme_year_id: int, threshold_fen: int) -> QuerySource:
    """The same list for the lazy table, largest self-paid first unless sorted otherwise."""
    actor.require(MedicalPerm.READ)
    query, branch = _query(actor, scheme_year_id, threshold_fen)
    sort = {
        "name": Member.name,
        "employee_no": Member.employee_no,
        "branch": branch.name,
        "claims": func.count(),
        "total": _TOTAL,
        "self_paid": _SELF_PAID,
        "aid": _AID,
        "burden": _SELF_PAID - _AID,
        "status": Member.status,
    }

    def fmt(raw: Sequence[Any]) -> tuple[Any, ...]:
        r = _row((0, *raw))
        return (
            r.name,
            r.employee_no,
            r.branch_name,
            r.claims,
            format_fen(r.total_fen),
            format_fen(r.self_paid_fen),
            format_fen(r.aid_fen),
            format_fen(r.burden_fen),
            MemberStatus(r.member_status).label,
        )

    return QuerySource(
        db,
        query,
        hardship_columns(),
        sort,
        default_order=(_SELF_PAID.desc(), Claim.member_id),
        formatter=fmt,
    )


def export_hardship(
    db: Database, actor: Actor, scheme_year_id: int, threshold_fen: int | None, path: str | Path
) -> int:
    """The list as .xlsx with amounts as numbers (yuan); returns the row count."""
    _threshold, rows = hardship_list(db, actor, scheme_year_id, threshold_fen)
    headers = [c.title for c in hardship_columns()]
    values = [
        [
            r.name,
            r.employee_no,
            r.branch_name,
            r.claims,
            r.total_fen,
            r.self_paid_fen,
            r.aid_fen,
            r.burden_fen,
        ]
        for r in rows
    ]
    sheet = Sheet(
        translate("Medical", "困难预警"), headers, values, number_formats={4: FEN, 5: FEN, 6: FEN, 7: FEN}
    )
    write_xlsx(path, [sheet])
    return len(values)


def set_hardship_threshold(
    db: Database, actor: Actor, scheme_year_id: int, threshold_fen: int | None, expected_version: int
) -> int:
    """Store the year's threshold; returns the scheme's new version."""
    actor.require(MedicalPerm.ADMIN)

    problem = money_problem(translate("Medical", "困难预警线"), threshold_fen)
    if problem is None and threshold_fen == 0:
        problem = FieldProblem(translate("Medical", "困难预警线"), translate("Medical", "应大于 0"))
    if problem:
        raise ValidationError(problem)
    assert threshold_fen is not None  # money_problem refuses a missing amount
    with db.transaction(actor) as s:
        scheme = load_scheme(s, scheme_year_id)
        check_version(s, scheme, expected_version)
        scheme.hardship_threshold_fen = threshold_fen
        s.flush()
        return scheme.version
