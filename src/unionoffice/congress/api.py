"""What other modules may use of the congress module: a session's proposal figures (the
dashboard's resolution rate) and the on-time share per branch union (the scorecard's figure)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from unionoffice.congress.contract import SessionStats
from unionoffice.congress.models import CongressSession
from unionoffice.congress.perms import CongressPerm
from unionoffice.congress.proposals import on_time_by_branch, session_stats
from unionoffice.core.auth.actor import Actor


@dataclass(frozen=True)
class CongressStatistics:
    session: str  # the latest session's name, "" when there is none
    stats: SessionStats | None


def statistics(session: Session, actor: Actor, today: date) -> CongressStatistics:
    """The latest session's proposals: total, accepted, closed, overdue and the resolution rate."""
    actor.require(CongressPerm.READ)
    latest = session.execute(
        select(CongressSession.id, CongressSession.name).order_by(CongressSession.held_on.desc()).limit(1)
    ).first()
    if latest is None:
        return CongressStatistics("", None)
    return CongressStatistics(latest.name, session_stats(session, actor, latest.id, today))


__all__ = ["CongressPerm", "CongressStatistics", "SessionStats", "on_time_by_branch", "statistics"]
