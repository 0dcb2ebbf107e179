"""Mutual-aid enrolment for the branch scorecard (extension point ``scorecard.indicators``).

Enrolment is yearly, so every quarter of a year shows the enrolment in that year's scheme of the
union's own fund, counted as ``enrolment_counts`` counts it: of the branch union's 在会 members
(as the register stands), the share not among its "active but not enrolled". Like that count it
follows the register as it is now, so a past year's figure moves when members leave.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import and_, func, select
from sqlalchemy.orm import Session

from unionoffice.foundation.i18n import translate
from unionoffice.medical.models import Enrolment, Fund, SchemeYear
from unionoffice.members.api import Member, MemberStatus, per_hundred


def enrolment_by_branch(session: Session, year: int) -> dict[int, tuple[int, int]]:
    """Branch union → (在会 members, 在会 members not enrolled in the union fund's scheme of ``year``)."""
    scheme = select(SchemeYear.id).where(SchemeYear.fund == Fund.UNION, SchemeYear.year == year)
    missing = func.count().filter(Enrolment.id.is_(None))
    rows = session.execute(
        select(Member.branch_id, func.count(), missing)
        .outerjoin(
            Enrolment,
            and_(Enrolment.member_id == Member.id, Enrolment.scheme_year_id.in_(scheme.scalar_subquery())),
        )
        .where(Member.status == MemberStatus.ACTIVE)
        .group_by(Member.branch_id)
    )
    return {branch_id: (active, not_enrolled) for branch_id, active, not_enrolled in rows}


@dataclass(frozen=True)
class EnrolmentRate:
    key: str = "medical.enrolment"
    label: str = "互助参保率"
    unit: str = "%"
    higher_is_better: bool = True

    def values(self, session: Session, start: date, end: date) -> dict[int, Decimal]:
        return {
            branch: per_hundred(active - not_enrolled, active)
            for branch, (active, not_enrolled) in enrolment_by_branch(session, start.year).items()
            if active
        }


INDICATORS = (EnrolmentRate(),)


def _strings() -> tuple[str, ...]:
    """The label as lupdate collects it: the scorecard shows it through ``translate("Scorecard", …)``."""
    return (translate("Scorecard", "互助参保率"),)
