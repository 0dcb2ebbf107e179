"""Gap-free number sequences (member, claim and certificate numbers).

The counter row is incremented inside the caller's transaction: a rollback returns the
number, and concurrent writers queue on the row lock (SQLite: the write lock), so committed
numbers have neither gaps nor duplicates.
"""

from __future__ import annotations

from sqlalchemy import Integer, String, select, update
from sqlalchemy.orm import Mapped, Session, mapped_column

from unionoffice.db.base import Base


class NumberSequence(Base):
    __tablename__ = "number_sequences"
    __audited__ = False

    name: Mapped[str] = mapped_column(String(100), primary_key=True)
    next_value: Mapped[int] = mapped_column(Integer, nullable=False, default=1)


def next_number(session: Session, name: str) -> int:
    """Take the next number of sequence ``name`` (created at 1 on first use)."""
    taken = session.execute(
        update(NumberSequence)
        .where(NumberSequence.name == name)
        .values(next_value=NumberSequence.next_value + 1)
        .returning(NumberSequence.next_value)
    ).scalar_one_or_none()
    if taken is not None:
        return taken - 1
    # First use: a savepoint lets a concurrent creator win without aborting our transaction.
    from sqlalchemy.exc import IntegrityError

    try:
        with session.begin_nested():
            session.add(NumberSequence(name=name, next_value=2))
            session.flush()
        return 1
    except IntegrityError:
        return next_number(session, name)


def advance_to(session: Session, name: str, value: int) -> int:
    """Make ``value`` the next number of ``name`` when it lies ahead (numbers issued outside the
    app); never moves a sequence back. Returns the next number now."""
    current = peek_next(session, name)
    if value <= current:
        return current
    updated = session.execute(
        update(NumberSequence).where(NumberSequence.name == name).values(next_value=value)
    )
    if getattr(updated, "rowcount", 0) == 0:
        session.add(NumberSequence(name=name, next_value=value))
        session.flush()
    return value


def peek_next(session: Session, name: str) -> int:
    value = session.execute(select(NumberSequence.next_value).where(NumberSequence.name == name)).scalar()
    return value or 1
