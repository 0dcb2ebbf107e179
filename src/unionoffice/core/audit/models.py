"""Audit entries. Written by the session hook, never edited through the app."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import DateTime, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from unionoffice.db.base import Base, utcnow


class AuditEntry(Base):
    __tablename__ = "audit_log"
    __audited__ = False

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, nullable=False, index=True)
    user_id: Mapped[int | None] = mapped_column(Integer, nullable=True)
    username: Mapped[str] = mapped_column(String(64), nullable=False)
    action: Mapped[str] = mapped_column(String(32), nullable=False)
    entity: Mapped[str] = mapped_column(String(64), nullable=False, index=True)
    entity_id: Mapped[str | None] = mapped_column(String(64), nullable=True)
    summary: Mapped[str] = mapped_column(Text, default="", nullable=False)
    # JSON object {field: [before, after]}; sensitive fields are masked before they get here.
    changes: Mapped[str] = mapped_column(Text, default="{}", nullable=False)
    # SHA-256 chained to the previous entry (core/audit/chain.py).
    hash: Mapped[str] = mapped_column(String(64), default="", nullable=False)
