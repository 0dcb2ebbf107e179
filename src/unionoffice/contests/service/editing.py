"""What the in-app scheme editor needs beyond the definition itself: the version to save against,
whether the scheme may still change (and why not), and copying a scheme as next year's contest."""

from __future__ import annotations

from dataclasses import replace

from sqlalchemy import func, select

from unionoffice.contests.contract import SchemeForEdit
from unionoffice.contests.models import ContestEvent, Mark, ScoringItem
from unionoffice.contests.service.common import load_contest, require_admin
from unionoffice.contests.service.definition import create_contest, read_scheme
from unionoffice.core.auth.actor import Actor
from unionoffice.db.database import Database
from unionoffice.foundation.i18n import translate


def load_for_edit(db: Database, actor: Actor, contest_id: int) -> SchemeForEdit:
    require_admin(actor)
    with db.read(actor) as s:
        contest = load_contest(s, actor, contest_id)
        marks = s.execute(
            select(func.count(Mark.id))
            .join(ScoringItem, ScoringItem.id == Mark.item_id)
            .join(ContestEvent, ContestEvent.id == ScoringItem.event_id)
            .where(ContestEvent.contest_id == contest_id)
        ).scalar_one()
        return SchemeForEdit(contest.id, contest.version, read_scheme(s, contest), marks, contest.locked)


def copy_contest(db: Database, actor: Actor, contest_id: int, year: int, name: str | None = None) -> int:
    """A new contest with this contest's scheme (events, items, rules, awards) for ``year``; dates are
    cleared, contestants, judges and marks are not copied. Returns the new contest's id."""
    require_admin(actor)
    with db.read(actor) as s:
        source = read_scheme(s, load_contest(s, actor, contest_id))
    copy = source.for_year(year, name)
    if copy.name == source.name:  # same year, or a name without the year in it
        copy = replace(copy, name=translate("ContestEditing", "{name}（副本）").format(name=source.name))
    return create_contest(db, actor, copy)
