"""Five-small results per 100 members for the branch scorecard (extension point ``scorecard.indicators``).

A quarter's results are those of its release round once the round is closed, as the studios'
``statistics`` counts them in ``five_small_by_quarter`` (an open round's grades are provisional),
per 100 在会 members of the branch union at the quarter's end.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from unionoffice.foundation.i18n import translate
from unionoffice.members.api import members_on, per_hundred
from unionoffice.studios.labels import RoundStatus
from unionoffice.studios.models import Achievement, EvaluationRound


def released_by_branch(session: Session, year: int, quarter: int) -> dict[int, int]:
    """Branch union → results of the closed release round of ``year`` Q``quarter``."""
    rows = session.execute(
        select(Achievement.branch_id, func.count())
        .join(EvaluationRound, EvaluationRound.id == Achievement.round_id)
        .where(
            EvaluationRound.year == year,
            EvaluationRound.quarter == quarter,
            EvaluationRound.status == RoundStatus.CLOSED,
        )
        .group_by(Achievement.branch_id)
    )
    return {branch_id: n for branch_id, n in rows}


@dataclass(frozen=True)
class FiveSmallPerHundred:
    key: str = "studios.five_small"
    label: str = "五小成果"
    unit: str = "项/百人"
    higher_is_better: bool = True

    def values(self, session: Session, start: date, end: date) -> dict[int, Decimal]:
        released = released_by_branch(session, start.year, (start.month - 1) // 3 + 1)
        return {
            branch: per_hundred(released.get(branch, 0), members)
            for branch, members in members_on(session, end).items()
            if members
        }


INDICATORS = (FiveSmallPerHundred(),)


def _strings() -> tuple[str, ...]:
    """Label and unit as lupdate collects them: the scorecard shows them through ``translate("Scorecard", …)``."""
    return (translate("Scorecard", "五小成果"), translate("Scorecard", "项/百人"))
