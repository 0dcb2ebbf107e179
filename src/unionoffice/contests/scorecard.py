"""Contest entries for the branch scorecard (extension point ``scorecard.indicators``).

An entry is one contestant in one contest (withdrawn entries do not count), booked to the branch
union they registered with, as ``entry_counts`` counts them (0 for a branch union without
entries). A quarter has the contests held in it (``contest_date``; a contest without a date counts
in the last quarter of its year, when contests are held).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import ColumnElement, and_, func, or_, select
from sqlalchemy.orm import Session

from unionoffice.contests.labels import EntryStatus
from unionoffice.contests.models import Contest, Contestant
from unionoffice.foundation.i18n import translate
from unionoffice.members.api import members_on


def entries_held(session: Session, start: date, end: date) -> dict[int, int]:
    """Branch union → entries of the contests held from ``start`` to ``end``."""
    held: ColumnElement[bool] = Contest.contest_date.between(start, end)
    if end.month == 12 and start.year == end.year:
        held = or_(held, and_(Contest.contest_date.is_(None), Contest.year == end.year))
    rows = session.execute(
        select(Contestant.branch_id, func.count(Contestant.id))
        .join(Contest, Contest.id == Contestant.contest_id)
        .where(held, Contestant.status == EntryStatus.ENTERED)
        .group_by(Contestant.branch_id)
    )
    return {branch_id: n for branch_id, n in rows}


@dataclass(frozen=True)
class ContestEntries:
    key: str = "contests.entries"
    label: str = "竞赛参赛人次"
    unit: str = "人次"
    higher_is_better: bool = True

    def values(self, session: Session, start: date, end: date) -> dict[int, Decimal]:
        held = entries_held(session, start, end)
        return {branch: Decimal(held.get(branch, 0)) for branch in members_on(session, end)}


INDICATORS = (ContestEntries(),)


def _strings() -> tuple[str, ...]:
    """Label and unit as lupdate collects them: the scorecard shows them through ``translate("Scorecard", …)``."""
    return (translate("Scorecard", "竞赛参赛人次"), translate("Scorecard", "人次"))
