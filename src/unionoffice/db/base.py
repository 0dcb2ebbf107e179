"""Declarative base and the mixins every editable entity uses."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any, ClassVar

from sqlalchemy import DateTime, Integer, MetaData, Table
from sqlalchemy.orm import DeclarativeBase, Mapped, declared_attr, mapped_column

# Stable constraint names, so Alembic batch migrations on SQLite can find and alter them.
NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def utcnow() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    if TYPE_CHECKING:
        # Every model here maps one Table (SQLAlchemy types it as any FromClause).
        __table__: ClassVar[Table]

    # Entities set this to False to stay out of the audit log (e.g. the log itself).
    __audited__: ClassVar[bool] = True
    # Chinese name of the entity for audit lists and conflict messages.
    __label__: ClassVar[str] = ""


class Versioned:
    """Optimistic locking plus who/when of the last change.

    SQLAlchemy checks ``version`` on every UPDATE; a stale write raises ``StaleDataError``,
    which services turn into ``ConcurrentEditError`` naming who changed the record and when.
    """

    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, nullable=False)
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow, nullable=False)

    # No foreign key on purpose: users are never deleted, and it keeps table creation order free.
    updated_by_id: Mapped[int | None] = mapped_column(Integer, nullable=True)

    @declared_attr.directive
    def __mapper_args__(cls) -> dict[str, Any]:  # noqa: N805
        return {"version_id_col": cls.version}
