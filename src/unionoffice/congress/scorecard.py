"""The congress indicator of the branch scorecard (extension point "scorecard.indicators", see
the scorecard module): proposals due in the quarter closed by their due date, per branch of the
proposer — the same figure as ``api.on_time_by_branch``."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy.orm import Session

from unionoffice.congress.proposals import on_time_by_branch
from unionoffice.foundation.i18n import translate


@dataclass(frozen=True)
class OnTimeIndicator:
    key: str = "congress.on_time"
    label: str = "提案按期办结率"
    unit: str = "%"
    higher_is_better: bool = True

    def values(self, session: Session, start: date, end: date) -> dict[int, Decimal]:
        return on_time_by_branch(session, start, end)


INDICATORS = (OnTimeIndicator(),)


def _strings() -> tuple[str, ...]:
    """The labels as lupdate collects them: the scorecard shows them through ``translate("Scorecard", …)``."""
    return (translate("Scorecard", "提案按期办结率"),)
