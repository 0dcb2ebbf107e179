"""Key holders (each user who may read sensitive data, and the recovery code), the key ring and
the grants of its keys to holders. No key is stored in clear."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import DateTime, ForeignKey, Integer, LargeBinary, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from unionoffice.db.base import Base, utcnow

FORMAT_LEGACY = 1  # before issue #17: ``wrapped`` is the data key itself, under the password's key
FORMAT_HOLDER = 2  # ``wrapped`` is the holder's X25519 private key; keys reach it as grants


class WrappedKey(Base):
    """A key holder: a user's (``user_id``) or the recovery code's (``kind`` "recovery")."""

    __tablename__ = "wrapped_keys"
    __audited__ = False

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    kind: Mapped[str] = mapped_column(String(16), nullable=False)
    user_id: Mapped[int | None] = mapped_column(
        ForeignKey("users.id", ondelete="CASCADE"), nullable=True, unique=True
    )
    salt: Mapped[bytes] = mapped_column(LargeBinary, nullable=False)
    wrapped: Mapped[bytes] = mapped_column(LargeBinary, nullable=False)
    # Legacy rows: the data key's id. Holders: unused ("").
    key_id: Mapped[str] = mapped_column(String(16), nullable=False)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, nullable=False)
    format: Mapped[int] = mapped_column(Integer, nullable=False, default=FORMAT_LEGACY)
    # Argon2id parameters of the password's key, "argon2id:t:m:p" (NULL: the legacy 2:65536:2).
    kdf: Mapped[str | None] = mapped_column(String(64), nullable=True)
    public_key: Mapped[bytes | None] = mapped_column(LargeBinary, nullable=True)
    # HMAC of the holder under the current data key, made by someone holding that key: grants go
    # only to certified holders, so a holder row written behind the app's back receives nothing.
    certificate: Mapped[str | None] = mapped_column(String(64), nullable=True)


class KeyRingEntry(Base):
    """A key's id, purpose and state; the key itself exists only in grants (and in memory)."""

    __tablename__ = "key_ring"
    __audited__ = False

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    purpose: Mapped[str] = mapped_column(String(8), nullable=False)  # data | audit
    key_id: Mapped[str] = mapped_column(String(16), nullable=False, unique=True)
    state: Mapped[str] = mapped_column(String(8), nullable=False)  # current | retired
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, nullable=False)
    retired_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)


class KeyGrant(Base):
    """One key of the ring, sealed to one holder's public key."""

    __tablename__ = "key_grants"
    __audited__ = False
    __table_args__ = (UniqueConstraint("holder_id", "key_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    holder_id: Mapped[int] = mapped_column(ForeignKey("wrapped_keys.id", ondelete="CASCADE"), nullable=False)
    key_id: Mapped[str] = mapped_column(ForeignKey("key_ring.key_id", ondelete="CASCADE"), nullable=False)
    sealed: Mapped[bytes] = mapped_column(LargeBinary, nullable=False)
