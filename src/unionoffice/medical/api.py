"""What other modules may use of the medical mutual-aid module: its yearly figures and labels, and
the hospital stays its claims record (``hospital_stays``: for the welfare register's visit prompts;
dates only, never the hospital or the diagnosis); each member's medical burden of a year
(``year_burdens``: the hardship module's candidate list)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from unionoffice.medical.models import FILED, BenefitType, Claim, ClaimStatus, Fund, SchemeYear
from unionoffice.medical.service import ledger
from unionoffice.medical.service.reports import scheme_by_year
from unionoffice.medical.service.schemes import list_schemes

__all__ = [
    "BenefitType",
    "ClaimStatus",
    "Fund",
    "HospitalStay",
    "YearBurden",
    "hospital_stays",
    "ledger",
    "list_schemes",
    "scheme_by_year",
    "year_burdens",
]


@dataclass(frozen=True)
class HospitalStay:
    member_id: int
    admitted: date
    discharged: date
    claim_no: str | None


def hospital_stays(session: Session, since: date, until: date) -> list[HospitalStay]:
    """Inpatient stays of filed claims (not drafts, not rejected) admitted ``since`` … ``until``,
    oldest first. The caller scopes the members it shows."""
    rows = session.execute(
        select(Claim.member_id, Claim.admission_date, Claim.discharge_date, Claim.claim_no)
        .where(
            Claim.benefit_type == BenefitType.INPATIENT,
            Claim.status.in_([s.value for s in FILED]),
            Claim.admission_date >= since,
            Claim.admission_date <= until,
        )
        .order_by(Claim.admission_date, Claim.id)
    )
    return [HospitalStay(m, a, d, n) for m, a, d, n in rows]


# Claims that mean a serious illness or a sudden accident.
SERIOUS = (BenefitType.CRITICAL, BenefitType.ACCIDENT)


@dataclass(frozen=True)
class YearBurden:
    """A member's filed claims (not drafts, not rejected) for treatment in one year, both funds."""

    member_id: int
    claims: int
    total_fen: int  # the bills
    largest_fen: int  # the largest single bill
    self_paid_fen: int  # what the member paid under the union's own fund (the hardship alert's figure)
    alert_fen: int  # the union fund's hardship alert line that year (0: none set)
    serious: int  # critical-illness or accident claims among them

    @property
    def alerted(self) -> bool:
        """Above the medical module's own hardship alert (its 困难预警 list)."""
        return self.alert_fen > 0 and self.self_paid_fen > self.alert_fen


def year_burdens(session: Session, year: int) -> list[YearBurden]:
    """Every member with a filed claim in ``year``'s schemes. No scope: callers filter by branch."""
    union_fund = SchemeYear.fund == Fund.UNION
    self_paid = case((union_fund, Claim.covered_self_fen + Claim.uncovered_self_fen), else_=0)
    alert = case((union_fund, SchemeYear.hardship_threshold_fen), else_=0)
    serious = case((Claim.benefit_type.in_(SERIOUS), 1), else_=0)
    rows = session.execute(
        select(
            Claim.member_id,
            func.count(),
            func.sum(Claim.total_fen),
            func.max(Claim.total_fen),
            func.sum(self_paid),
            func.max(alert),
            func.sum(serious),
        )
        .join(SchemeYear, SchemeYear.id == Claim.scheme_year_id)
        .where(SchemeYear.year == year, Claim.status.in_(FILED))
        .group_by(Claim.member_id)
        .order_by(Claim.member_id)
    ).all()
    return [YearBurden(*(int(v or 0) for v in row)) for row in rows]
