"""Write calls that may arrive twice: the reply is stored under the call's key in the SAME
transaction as the call's writes.

A client that lost its connection after sending a write cannot know whether it was done, so it
sends it again with the same key. The dispatcher (``core.services``) runs a keyed write as one unit
of work that first claims the key (an insert: a second copy of the call arriving meanwhile waits on
it), then does the work, stores the encoded reply and commits everything together. A repeat finds
the reply and gets it back; nothing is written twice, and nothing is stored for a refused call
(it wrote nothing, and running it again refuses it again).
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta

from sqlalchemy import DateTime, Integer, LargeBinary, String, delete, select, update
from sqlalchemy.orm import Mapped, Session, mapped_column

from unionoffice.db.base import Base, utcnow
from unionoffice.db.database import Database
from unionoffice.db.dialect import insert_ignoring_duplicates
from unionoffice.foundation.errors import UserError
from unionoffice.foundation.i18n import translate

KEEP = timedelta(days=2)  # far longer than any client keeps retrying
_KEY = re.compile(r"[A-Za-z0-9_-]{16,64}")


class StoredReply(Base):
    __tablename__ = "idempotent_replies"
    __audited__ = False  # the call's own writes are audited

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    user_id: Mapped[int | None] = mapped_column(Integer, nullable=True)
    operation: Mapped[str] = mapped_column(String(64), nullable=False)
    created_at: Mapped[datetime] = mapped_column(DateTime, nullable=False, default=utcnow, index=True)
    reply: Mapped[bytes | None] = mapped_column(LargeBinary, nullable=True)


def valid_key(key: str) -> bool:
    return bool(_KEY.fullmatch(key))


def _misused() -> UserError:
    return UserError(translate("Idempotency", "请求编号已被另一项操作使用，操作没有执行。"))


def stored(db: Database, key: str, user_id: int | None, operation: str) -> bytes | None:
    """The reply kept for ``key``, if the call was done; a key of someone else's call is refused."""
    with db.rows() as conn:
        row = conn.execute(
            select(StoredReply.user_id, StoredReply.operation, StoredReply.reply).where(
                StoredReply.key == key
            )
        ).first()
    if row is None:
        return None
    if row.user_id != user_id or row.operation != operation:
        raise _misused()
    return row.reply


def claim(s: Session, key: str, user_id: int | None, operation: str) -> bool:
    """Claim ``key`` as the unit of work's first statement; False when a copy of this call
    already committed (an in-flight copy makes this wait until it ends)."""
    inserted = insert_ignoring_duplicates(
        StoredReply.__table__,
        s.connection(),
        [{"key": key, "user_id": user_id, "operation": operation, "created_at": utcnow(), "reply": None}],
    )
    return inserted == 1


def keep(s: Session, key: str, reply: bytes) -> None:
    s.execute(update(StoredReply).where(StoredReply.key == key).values(reply=reply))


def drop_old(db: Database, *, now: datetime | None = None) -> int:
    with db.transaction(None) as s:
        gone = s.execute(
            delete(StoredReply)
            .where(StoredReply.created_at < (now or utcnow()) - KEEP)
            .returning(StoredReply.key)
        ).all()
    return len(gone)
