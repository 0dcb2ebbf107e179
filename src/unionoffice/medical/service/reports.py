"""What the yearly report says, gathered once so the PDF and the spreadsheet agree."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import aliased

from unionoffice.core.auth.actor import Actor
from unionoffice.core.org.models import OrgUnit
from unionoffice.db.database import Database
from unionoffice.foundation.errors import NotFound
from unionoffice.foundation.i18n import translate
from unionoffice.medical.models import BenefitType, Claim, ClaimStatus, Fund, SchemeYear
from unionoffice.medical.perms import MedicalPerm
from unionoffice.medical.service import hardship, ledger
from unionoffice.medical.service.enrolment import enrolment_counts
from unionoffice.medical.service.schemes import SchemeInfo, first_year_in, get_scheme
from unionoffice.members.api import Member


@dataclass(frozen=True)
class YearReport:
    scheme: SchemeInfo
    branches: list[ledger.LedgerRow]  # the total row last
    benefits: list[tuple[str, int, int, int]]  # type, claims, members, fen
    statuses: dict[str, tuple[int, int]]
    history: ledger.AidTotals  # every year of the fund up to this one
    enrolled: int
    paid_enrolments: int
    hardship_threshold_fen: int
    hardship_members: int
    scope_note: str  # empty for the whole union; names the branches for a clerk

    @property
    def total(self) -> ledger.LedgerRow:
        return self.branches[-1]


def scheme_by_year(db: Database, actor: Actor, year: int, fund: str = Fund.UNION) -> int:
    actor.require(MedicalPerm.READ)
    with db.read(actor) as s:
        found = s.execute(
            select(SchemeYear.id).where(SchemeYear.year == year, SchemeYear.fund == fund)
        ).scalar()
    if found is None:
        raise NotFound(
            translate("Medical", "没有 {year} 年度的{fund}方案。").format(year=year, fund=Fund(fund).label)
        )
    return found


def year_report(db: Database, actor: Actor, scheme_year_id: int) -> YearReport:
    actor.require(MedicalPerm.READ)
    scheme = get_scheme(db, actor, scheme_year_id)
    with db.read(actor) as s:
        first = first_year_in(s, scheme.fund)
    counts = enrolment_counts(db, actor, scheme_year_id)
    threshold, needy = hardship.hardship_list(db, actor, scheme_year_id)
    rows = ledger.ledger_summary(db, actor, scheme_year_id)
    note = ""
    if actor.is_branch_scoped:
        note = translate("Medical", "本报告仅含：{names}").format(
            names="、".join(r.branch_name for r in rows[:-1] if r.branch_id is not None)
        )
    return YearReport(
        scheme,
        rows,
        ledger.benefit_breakdown(db, actor, scheme_year_id),
        ledger.status_counts(db, actor, scheme_year_id),
        ledger.aid_totals(db, actor, scheme.fund, first, scheme.year),
        counts.enrolled,
        counts.paid,
        threshold,
        len(needy),
        note,
    )


def paid_claim_rows(db: Database, actor: Actor, scheme_year_id: int) -> list[tuple]:
    """The year's paid claims for the report's detail sheet (amounts in fen)."""
    actor.require(MedicalPerm.READ)
    branch = aliased(OrgUnit)
    with db.read(actor) as s:
        rows = s.execute(
            select(
                Claim.claim_no,
                Member.name,
                branch.name,
                Claim.benefit_type,
                Claim.discharge_date,
                Claim.covered_self_fen,
                Claim.payable_fen,
                Claim.paid_on,
                # Our payment voucher, or the province's reference for the provincial scheme.
                func.coalesce(func.nullif(Claim.outcome_reference, ""), Claim.voucher_no),
            )
            .join(Member, Member.id == Claim.member_id)
            .join(branch, branch.id == Claim.branch_id)
            .where(
                Claim.scheme_year_id == scheme_year_id,
                Claim.status == ClaimStatus.PAID,
                actor.branch_clause(Claim.branch_id),
            )
            .order_by(Claim.claim_no)
        ).all()
    return [(r[0], r[1], r[2], BenefitType(r[3]).label, *r[4:]) for r in rows]
