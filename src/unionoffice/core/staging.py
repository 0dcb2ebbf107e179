"""Files uploaded for a two-step job (check, then apply), kept where every server process sees them.

An import is two user actions: choose the file (the services check every row and show the
preview) and confirm (they write). The file crosses the network once: the check stages it here
and the confirmation names it. Staged files belong to the user who uploaded them and are
dropped after a day. A check's result may also be kept in this process's memory (``remember``):
a confirmation that reaches the same process skips checking the file again, one that reaches
another process (or arrives after a restart) checks it again from the staged file.
"""

from __future__ import annotations

import threading
import uuid
from collections import OrderedDict
from datetime import timedelta
from typing import Any

from sqlalchemy import DateTime, Integer, LargeBinary, String, delete, select
from sqlalchemy.orm import Mapped, mapped_column

from unionoffice.core.auth.actor import Actor
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


def stage(db: Database, actor: Actor, file: FileData) -> str:
    key = str(uuid.uuid4())
    with db.transaction(actor) as s:
        s.execute(delete(StagedFile).where(StagedFile.created_at < utcnow() - KEEP))
        s.add(StagedFile(id=key, user_id=actor.user_id, name=file.name, content=file.content))
    return key


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
    return FileData(row.name, bytes(row.content))


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
