"""Chores the union server does once per period, whichever of its processes gets there first
(exporting the audit chain's head, dropping expired sessions and stored replies)."""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import DateTime, String, Text, select
from sqlalchemy.orm import Mapped, mapped_column

from unionoffice.db.base import Base, utcnow
from unionoffice.db.database import Database
from unionoffice.db.dialect import insert_ignoring_duplicates


class ServerJob(Base):
    __tablename__ = "server_jobs"
    __audited__ = False

    name: Mapped[str] = mapped_column(String(64), primary_key=True)
    last_run: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    note: Mapped[str] = mapped_column(Text, nullable=False, default="")


def claim_due(db: Database, name: str, every: timedelta, *, now: datetime | None = None) -> bool:
    """True (and the job marked as run now) when ``name`` last ran ``every`` ago or never. The
    row lock makes exactly one of several processes asking at once get True."""
    now = now or utcnow()
    with db.transaction(None) as s:
        insert_ignoring_duplicates(
            ServerJob.__table__, s.connection(), [{"name": name, "last_run": None, "note": ""}]
        )
        job = s.execute(select(ServerJob).where(ServerJob.name == name).with_for_update()).scalar_one()
        if job.last_run is not None and now - job.last_run < every:
            return False
        job.last_run = now
        return True


def note(db: Database, name: str, text: str) -> None:
    with db.transaction(None) as s:
        job = s.get(ServerJob, name)
        if job is not None:
            job.note = text


def unclaim(db: Database, name: str) -> None:
    """The job failed: due again at once (the next check runs it)."""
    with db.transaction(None) as s:
        job = s.get(ServerJob, name)
        if job is not None:
            job.last_run = None
