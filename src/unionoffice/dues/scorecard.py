"""What the dues module gives the branch scorecard (extension point ``scorecard.indicators``):
dues collected per branch union in the quarter, from ``ledger.branch_totals``, the same function
the dues totals page and the dashboard's per-branch figures use."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy.orm import Session

from unionoffice.core.auth.actor import SYSTEM_ACTOR
from unionoffice.dues.ledger import branch_totals
from unionoffice.foundation.i18n import translate


@dataclass(frozen=True)
class DuesCollected:
    key: str = "dues.collected"
    label: str = "会费收缴额"  # shown through translate("Scorecard", label)
    unit: str = "元"
    higher_is_better: bool = True

    def values(self, session: Session, start: date, end: date) -> dict[int, Decimal]:
        """Branch union id → dues collected (yuan) in the months ``start`` … ``end``. Branches with
        no dues lines in those months are left out (the scorecard decides what a gap means)."""
        rows, _total = branch_totals(session, SYSTEM_ACTOR, start.replace(day=1), end.replace(day=1))
        return {r.branch_id: Decimal(r.paid_fen) / 100 for r in rows if r.branch_id is not None}


INDICATORS = (DuesCollected(),)


def _strings() -> tuple[str, ...]:
    """The labels as lupdate collects them: the scorecard shows them through ``translate("Scorecard", …)``."""
    return (translate("Scorecard", "会费收缴额"), translate("Scorecard", "元"))
