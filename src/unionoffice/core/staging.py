"""Files uploaded for a two-step job (check, then apply), kept where every server process sees them.

An import is two user actions: choose the file (the services check every row and show the
preview) and confirm (they write). The file crosses the network once: the check stages it here
and the confirmation names it. Staged files belong to the user who uploaded them and are
dropped after a day. They hold what the spreadsheet holds (identity numbers, phone numbers), so
they are stored encrypted with the data key, bound to their row like every sensitive value.
A check's result may also be kept in this process's memory (``remember``): a confirmation that
reaches the same process skips checking the file again, one that reaches another process (or
arrives after a restart) checks it again from the staged file.
"""

from __future__ import annotations

import threading
import uuid
from collections import OrderedDict
from datetime import timedelta
from typing import Any

from sqlalchemy import DateTime, Integer, LargeBinary, String, delete, select, update
from sqlalchemy.orm import Mapped, Session, mapped_column

from unionoffice.core.auth.actor import Actor
from unionoffice.core.crypto import vault
from unionoffice.db.base import Base, utcnow
from unionoffice.db.database import Database
from unionoffice.foundation.contract import FileData
from unionoffice.foundation.errors import NotFound
from unionoffice.foundation.i18n import translate

KEEP = timedelta(days=1)
_MEMORY = 4  # checked imports kept in memory (a 100,000-row plan is a few hundred MiB at most)


class StagedFile(Base):
    __tablename__ = "staged_files"
    __audited__ = False  # a working copy; the import itself is audited when it writes

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    user_id: Mapped[int | None] = mapped_column(Integer, nullable=True)
    name: Mapped[str] = mapped_column(String(255), nullable=False)
    content: Mapped[bytes] = mapped_column(LargeBinary, nullable=False)
    created_at: Mapped[Any] = mapped_column(DateTime, default=utcnow, nullable=False)


_CONTEXT = "staged_files.content"


def _seal(content: bytes, row_id: str, key: bytes | None = None) -> bytes:
    key = key or vault.data_key()
    kid = vault.key_id(key)
    return kid.encode("ascii") + vault.encrypt_bytes(content, vault.binding(_CONTEXT, row_id, kid), key)


def _unseal(sealed: bytes, row_id: str) -> bytes:
    kid = sealed[: vault.KEY_ID_LENGTH].decode("ascii", "replace")
    return vault.decrypt_bytes(
        sealed[vault.KEY_ID_LENGTH :], vault.binding(_CONTEXT, row_id, kid), vault.key_for(kid)
    )


def stage(db: Database, actor: Actor, file: FileData) -> str:
    key = str(uuid.uuid4())
    with db.transaction(actor) as s:
        s.execute(delete(StagedFile).where(StagedFile.created_at < utcnow() - KEEP))
        s.add(StagedFile(id=key, user_id=actor.user_id, name=file.name, content=_seal(file.content, key)))
    return key


def reseal_staged(s: Session, new_key: bytes) -> int:
    """Key rotation: staged files under the new key (in the rotation's transaction)."""
    rows = s.execute(select(StagedFile.id, StagedFile.content)).all()
    for row_id, sealed in rows:
        s.execute(
            update(StagedFile)
            .where(StagedFile.id == row_id)
            .values(content=_seal(_unseal(bytes(sealed), row_id), row_id, new_key))
        )
    return len(rows)


def staged(db: Database, actor: Actor, key: str) -> FileData:
    with db.read(actor) as s:
        row = s.execute(
            select(StagedFile.name, StagedFile.content).where(
                StagedFile.id == key, StagedFile.user_id.is_not_distinct_from(actor.user_id)
            )
        ).first()
    if row is None:
        raise NotFound(
            translate("Staging", "找不到要导入的文件（已超过一天或不是您上传的），请重新选择文件。")
        )
    return FileData(row.name, _unseal(bytes(row.content), key))


def unstage(db: Database, actor: Actor, key: str) -> None:
    with db.transaction(actor) as s:
        s.execute(delete(StagedFile).where(StagedFile.id == key))
    with _lock:
        _kept.pop(key, None)


_lock = threading.Lock()
_kept: OrderedDict[str, Any] = OrderedDict()


def remember(key: str, value: Any) -> None:
    with _lock:
        _kept[key] = value
        while len(_kept) > _MEMORY:
            _kept.popitem(last=False)


def recall(key: str) -> Any | None:
    with _lock:
        return _kept.get(key)
