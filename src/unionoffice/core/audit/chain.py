"""Tamper evidence for the audit log: every entry's hash covers the previous entry's hash.

Editing, deleting or inserting a row behind the app's back breaks the chain at that row, and
``verify`` names the first broken link. The newest hash is also kept in ``audit_head``, whose row
lock serialises writers on PostgreSQL so concurrent transactions cannot fork the chain.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from datetime import datetime
from typing import Any

from sqlalchemy import Integer, String, insert, select, update
from sqlalchemy.orm import Mapped, Session, mapped_column

from unionoffice.core.audit.contract import ChainReport
from unionoffice.core.audit.models import AuditEntry
from unionoffice.db.base import Base
from unionoffice.foundation.i18n import translate

GENESIS = "0" * 64
HASHED_FIELDS = ("at", "user_id", "username", "action", "entity", "entity_id", "summary", "changes")


class AuditHead(Base):
    __tablename__ = "audit_head"
    __audited__ = False

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    last_hash: Mapped[str] = mapped_column(String(64), nullable=False)


def _canonical(value: Any) -> Any:
    if isinstance(value, datetime):
        return value.replace(tzinfo=None).isoformat(timespec="microseconds")
    return value


def entry_hash(previous: str, row: dict[str, Any]) -> str:
    payload = json.dumps(
        [previous, *(_canonical(row[f]) for f in HASHED_FIELDS)], ensure_ascii=False, separators=(",", ":")
    )
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def append(session: Session, rows: list[dict[str, Any]]) -> None:
    """Insert audit rows in order, each chained to the one before."""
    if not rows:
        return
    # Core statements only: this runs inside the ORM's after_flush hook, where flushing is not allowed.
    head = session.execute(
        select(AuditHead.last_hash).where(AuditHead.id == 1).with_for_update()
    ).scalar_one_or_none()
    previous = head or GENESIS
    for row in rows:
        row["hash"] = previous = entry_hash(previous, row)
    session.execute(insert(AuditEntry), rows)
    if head is None:
        session.execute(insert(AuditHead).values(id=1, last_hash=previous))
    else:
        session.execute(update(AuditHead).where(AuditHead.id == 1).values(last_hash=previous))


def verify_rows(rows: Iterable[Any], head_hash: str | None) -> ChainReport:
    previous = GENESIS
    checked = 0
    for row in rows:
        values = {f: getattr(row, f) for f in HASHED_FIELDS}
        if entry_hash(previous, values) != row.hash:
            return ChainReport(
                checked,
                row.id,
                translate("Audit", "第 {id} 条日志与记录时的内容不一致（被修改、删除或插入过）。").format(
                    id=row.id
                ),
            )
        previous = row.hash
        checked += 1
    if head_hash is not None and head_hash != previous:
        return ChainReport(checked, None, translate("Audit", "日志末尾的记录被删除或替换过。"))
    return ChainReport(checked)
