"""What other modules may use of the studios module: its statistics and labels; the studios'
table (for a choice of studios and their names); and ``record_honour``, writing an honour won
into the honours registry within the caller's transaction (with the registry's own checks)."""

from __future__ import annotations

from datetime import date

from sqlalchemy.orm import Session

from unionoffice.core.auth.actor import Actor
from unionoffice.studios.labels import GRADED, Grade, Kind, Level, Recipient
from unionoffice.studios.models import Studio
from unionoffice.studios.service.honours import HonourInput, create_honour_in
from unionoffice.studios.service.stats import PATENT_KINDS, Statistics, statistics


def record_honour(
    session: Session,
    actor: Actor,
    *,
    title: str,
    level: Level,
    body: str,
    awarded_on: date,
    member_id: int | None = None,
    studio_id: int | None = None,
    certificate_no: str = "",
) -> int:
    """An honour won by a member (or a studio), in the registry; returns its id."""
    recipient = Recipient.MEMBER if member_id is not None else Recipient.STUDIO
    data = HonourInput(
        title=title,
        level=level,
        body=body,
        year=awarded_on.year,
        recipient=recipient,
        member_id=member_id,
        studio_id=studio_id,
        certificate_no=certificate_no,
        awarded_on=awarded_on,
    )
    return create_honour_in(session, actor, data)


__all__ = [
    "GRADED",
    "PATENT_KINDS",
    "Grade",
    "Kind",
    "Level",
    "Statistics",
    "Studio",
    "record_honour",
    "statistics",
]
