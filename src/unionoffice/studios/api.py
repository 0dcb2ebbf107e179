"""What other modules may use of the studios module: its statistics and labels; the studios'
table (for a choice of studios and their names); and recording an honour in the registry (the
congress module writes awarded honours through it)."""

from __future__ import annotations

from sqlalchemy.orm import Session

from unionoffice.core.auth.actor import Actor
from unionoffice.db.database import Database
from unionoffice.studios.contract import HonourInput
from unionoffice.studios.labels import GRADED, Grade, Kind, Level, Recipient
from unionoffice.studios.models import Studio
from unionoffice.studios.perms import StudiosPerm
from unionoffice.studios.service.honours import create_honour, create_honour_in
from unionoffice.studios.service.stats import PATENT_KINDS, Statistics, statistics

__all__ = [
    "GRADED",
    "PATENT_KINDS",
    "Grade",
    "HonourInput",
    "Kind",
    "Level",
    "Recipient",
    "Statistics",
    "Studio",
    "record_honour",
    "record_honour_in",
    "statistics",
]


def record_honour(db: Database, actor: Actor, data: HonourInput) -> int:
    """Write one honour to the registry in its own transaction; its id. The honour form's checks:
    the studios write permission, every field (``ValidationError`` naming each), the recipient's
    branch union within the actor's scope. Nothing is written when a check fails."""
    return create_honour(db, actor, data)


def record_honour_in(session: Session, actor: Actor, data: HonourInput) -> int:
    """As ``record_honour``, inside the caller's transaction (an award and its honour together)."""
    actor.require(StudiosPerm.WRITE)
    return create_honour_in(session, actor, data)
