"""The membership rate for the branch scorecard (extension point ``scorecard.indicators``).

The rate at the quarter's end is counted by ``rates.rates_in`` (through ``rates_on``), the same function behind
``membership_rates`` (the rates screen, the dashboard, ``members rates``): 在会 members on that day
over the headcount recorded for that month.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy.orm import Session

from unionoffice.foundation.i18n import translate
from unionoffice.members.rates import per_hundred, rates_on


@dataclass(frozen=True)
class MembershipRate:
    key: str = "members.rate"
    label: str = "入会率"
    unit: str = "%"
    higher_is_better: bool = True

    def values(self, session: Session, start: date, end: date) -> dict[int, Decimal]:
        return {
            r.branch_id: per_hundred(r.members, r.headcount) for r in rates_on(session, end) if r.headcount
        }


INDICATORS = (MembershipRate(),)


def _strings() -> tuple[str, ...]:
    """The label as lupdate collects it: the scorecard shows it through ``translate("Scorecard", …)``."""
    return (translate("Scorecard", "入会率"),)
