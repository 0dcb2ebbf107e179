"""Contest figures for the dashboard and the yearly report: entries per trade and base.

An entry is one contestant in one contest; the branch union is the one the contestant
registered with, so a member who later moves still counts where they competed.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select

from unionoffice.contests.labels import EntryStatus
from unionoffice.contests.models import Contest, Contestant
from unionoffice.contests.perms import ContestsPerm
from unionoffice.core.auth.actor import Actor
from unionoffice.db.database import Database


@dataclass(frozen=True)
class EntryCount:
    trade: str
    base: str  # "" when the contest is not tied to one production base
    contests: int
    entries: int


def entry_counts(db: Database, actor: Actor, year: int, branch_id: int | None = None) -> list[EntryCount]:
    """Entries of the year's contests per (trade, base), within the actor's branch scope."""
    actor.require(ContestsPerm.READ)
    scope = actor.branch_clause(Contestant.branch_id)
    if branch_id is not None:
        actor.require_branch(branch_id)
        scope = Contestant.branch_id == branch_id
    query = (
        select(Contest.trade, Contest.base, func.count(func.distinct(Contest.id)), func.count(Contestant.id))
        .join(Contestant, Contestant.contest_id == Contest.id)
        .where(Contest.year == year, scope, Contestant.status == EntryStatus.ENTERED)
        .group_by(Contest.trade, Contest.base)
        .order_by(Contest.trade, Contest.base)
    )
    with db.read(actor) as s:
        return [EntryCount(trade, base or "", int(c), int(n)) for trade, base, c, n in s.execute(query)]


def contest_years(db: Database, actor: Actor) -> list[int]:
    actor.require(ContestsPerm.READ)
    with db.read(actor) as s:
        return [int(y) for y in s.execute(select(Contest.year).distinct().order_by(Contest.year)).scalars()]
