"""What other modules may use of the medical mutual-aid module: its yearly figures and labels, and
the hospital stays its claims record (``hospital_stays``: for the welfare register's visit prompts;
dates only, never the hospital or the diagnosis)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from unionoffice.medical.models import FILED, BenefitType, Claim, ClaimStatus, Fund
from unionoffice.medical.service import ledger
from unionoffice.medical.service.reports import scheme_by_year
from unionoffice.medical.service.schemes import list_schemes

__all__ = [
    "BenefitType",
    "ClaimStatus",
    "Fund",
    "HospitalStay",
    "hospital_stays",
    "ledger",
    "list_schemes",
    "scheme_by_year",
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
