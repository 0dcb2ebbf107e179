"""The data key, wrapped once per user and once for the recovery code."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import DateTime, ForeignKey, Integer, LargeBinary, String
from sqlalchemy.orm import Mapped, mapped_column

from unionoffice.db.base import Base, utcnow


class WrappedKey(Base):
    __tablename__ = "wrapped_keys"
    __audited__ = False

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    # Exactly one of: a user's copy, or the recovery copy (user_id NULL, kind "recovery").
    kind: Mapped[str] = mapped_column(String(16), nullable=False)
    user_id: Mapped[int | None] = mapped_column(
        ForeignKey("users.id", ondelete="CASCADE"), nullable=True, unique=True
    )
    salt: Mapped[bytes] = mapped_column(LargeBinary, nullable=False)
    wrapped: Mapped[bytes] = mapped_column(LargeBinary, nullable=False)
    # Identifies the data key generation, so rotation can tell stale copies apart.
    key_id: Mapped[str] = mapped_column(String(16), nullable=False)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, nullable=False)
