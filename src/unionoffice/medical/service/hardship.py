"""Hardship alert: members whose self-paid medical costs in a year pass the threshold the
admin sets, so the union committee can offer a subsidy without waiting for an application."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import case, func, select
from sqlalchemy.orm import aliased

from unionoffice.core.auth.actor import Actor
from unionoffice.core.concurrency import check_version
from unionoffice.core.org.models import OrgUnit
from unionoffice.db.database import Database
from unionoffice.foundation.errors import FieldProblem, ValidationError
from unionoffice.foundation.i18n import translate
from unionoffice.medical.models import CAP_COUNTED, FILED, Claim
from unionoffice.medical.perms import MedicalPerm
from unionoffice.medical.service.common import load_scheme, money_problem
from unionoffice.members.api import Member


@dataclass(frozen=True)
class HardshipRow:
    member_id: int
    name: str
    employee_no: str
    branch_name: str
    claims: int
    total_fen: int
    self_paid_fen: int  # policy-covered self-paid + outside the policy list
    aid_fen: int  # approved or paid mutual aid
    member_status: str

    @property
    def burden_fen(self) -> int:
        """What the member still carries after the fund's help."""
        return self.self_paid_fen - self.aid_fen


def hardship_list(
    db: Database, actor: Actor, scheme_year_id: int, threshold_fen: int | None = None
) -> tuple[int, list[HardshipRow]]:
    """(threshold used, members above it, largest self-paid first). Counts filed claims only:
    drafts are unfinished and rejected claims may be duplicates."""
    actor.require(MedicalPerm.READ)
    with db.read(actor) as s:
        scheme = load_scheme(s, scheme_year_id)
        threshold = scheme.hardship_threshold_fen if threshold_fen is None else threshold_fen
        branch = aliased(OrgUnit)
        self_paid = func.sum(Claim.covered_self_fen + Claim.uncovered_self_fen)
        aid = func.sum(case((Claim.status.in_(CAP_COUNTED), Claim.payable_fen), else_=0))
        rows = s.execute(
            select(
                Claim.member_id,
                Member.name,
                Member.employee_no,
                branch.name,
                func.count(),
                func.sum(Claim.total_fen),
                self_paid,
                aid,
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
            .having(self_paid > threshold)
            .order_by(self_paid.desc(), Claim.member_id)
        ).all()
        return threshold, [
            HardshipRow(r[0], r[1], r[2] or "", r[3], int(r[4]), int(r[5]), int(r[6]), int(r[7]), r[8])
            for r in rows
        ]


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
