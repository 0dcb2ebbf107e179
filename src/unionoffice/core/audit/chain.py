"""Tamper evidence for the audit log: a chain of HMACs under the audit key, with signed checkpoints.

Each entry's ``hash`` is HMAC-SHA256 under the audit key of the previous entry's hash and the
entry's own fields. Without the key nobody can compute a valid hash, so editing, deleting,
inserting or reordering entries behind the app's back — even rewriting every later hash — is
found by ``verify`` (docs/security.md). ``audit_head`` keeps the newest sealed entry and a MAC of
it (its row lock also serialises writers on PostgreSQL); ``audit_checkpoints`` are signed
milestones (key set-up, rotation, the upgrade that scrubbed the log) whose MACs can be kept
outside the database to catch a log cut back to an older, consistent state.

Entries written by someone without the audit key (a failed sign-in, a viewer's or judge's work,
a command before any key exists) are stored *pending*, with an empty hash, and sealed in order
by the next write of someone who holds the key; until then they are only as safe as the rows
around them. ``verify`` reports how many are pending.
"""

from __future__ import annotations

import hashlib
import hmac
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import DateTime, Integer, String, Text, bindparam, func, insert, select, update
from sqlalchemy.orm import Mapped, Session, mapped_column

from unionoffice.core.audit.contract import ChainReport
from unionoffice.core.audit.models import AuditEntry
from unionoffice.core.crypto import vault
from unionoffice.db.base import Base, utcnow
from unionoffice.foundation.i18n import translate

GENESIS = "0" * 64
PENDING = ""
HASHED_FIELDS = ("at", "user_id", "username", "action", "entity", "entity_id", "summary", "changes")


class AuditHead(Base):
    __tablename__ = "audit_head"
    __audited__ = False

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    last_hash: Mapped[str] = mapped_column(String(64), nullable=False)
    last_id: Mapped[int | None] = mapped_column(Integer, nullable=True)  # newest sealed entry
    mac: Mapped[str | None] = mapped_column(String(64), nullable=True)


class AuditCheckpoint(Base):
    """A signed milestone of the chain: entry ``entry_id`` had hash ``entry_hash`` and was the
    ``entries``-th sealed entry. ``mac`` is NULL until someone with the audit key signs it."""

    __tablename__ = "audit_checkpoints"
    __audited__ = False

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, nullable=False)
    entry_id: Mapped[int | None] = mapped_column(Integer, nullable=True)
    entry_hash: Mapped[str] = mapped_column(String(64), nullable=False, default="")
    entries: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    reason: Mapped[str] = mapped_column(Text, nullable=False, default="")
    username: Mapped[str] = mapped_column(String(64), nullable=False, default="")
    key_id: Mapped[str | None] = mapped_column(String(16), nullable=True)
    mac: Mapped[str | None] = mapped_column(String(64), nullable=True)


def _canonical(value: Any) -> Any:
    if isinstance(value, datetime):
        return value.replace(tzinfo=None).isoformat(timespec="microseconds")
    return value


def _mac(key: bytes, *parts: Any) -> str:
    payload = json.dumps([_canonical(p) for p in parts], ensure_ascii=False, separators=(",", ":"))
    return hmac.new(key, payload.encode("utf-8"), hashlib.sha256).hexdigest()


def entry_hash(previous: str, row: dict[str, Any]) -> str:
    """The unkeyed SHA-256 link of revision 0002. Released migration 0002 imports it under this
    name and must not change, so it stays here; nothing else may use it (anyone can forge it)."""
    payload = json.dumps(
        [previous, *(_canonical(row[f]) for f in HASHED_FIELDS)], ensure_ascii=False, separators=(",", ":")
    )
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def entry_mac(previous: str, row: dict[str, Any], key: bytes) -> str:
    return _mac(key, "unionoffice/audit-entry", previous, *(row[f] for f in HASHED_FIELDS))


def head_mac(key: bytes, last_id: int | None, last_hash: str) -> str:
    return _mac(key, "unionoffice/audit-head", last_id, last_hash)


def checkpoint_mac(key: bytes, c: AuditCheckpoint | dict[str, Any]) -> str:
    get = c.get if isinstance(c, dict) else lambda f: getattr(c, f)
    fields = ("at", "entry_id", "entry_hash", "entries", "reason", "username")
    return _mac(key, "unionoffice/audit-checkpoint", *(get(f) for f in fields))


def _entry_values(row: Any) -> dict[str, Any]:
    return {f: getattr(row, f) for f in HASHED_FIELDS}


def append(session: Session, rows: list[dict[str, Any]]) -> None:
    """Insert audit rows in order: sealed into the chain when this process holds the audit key
    (after sealing any pending ones first), pending otherwise."""
    if not rows:
        return
    # Core statements only: this runs inside the ORM's after_flush hook, where flushing is not allowed.
    head = session.execute(select(AuditHead).where(AuditHead.id == 1).with_for_update()).scalar_one_or_none()
    key = vault.audit_key()
    if key is None:
        for row in rows:
            row["hash"] = PENDING
        session.execute(insert(AuditEntry), rows)
        return
    previous = head.last_hash if head is not None else GENESIS
    last_id = head.last_id if head is not None else None
    previous, last_id, _sealed = _seal_pending(session, key, previous, last_id)
    for row in rows:
        row["hash"] = previous = entry_mac(previous, row, key)
    session.execute(insert(AuditEntry), rows)
    last_id = session.execute(select(AuditEntry.id).order_by(AuditEntry.id.desc()).limit(1)).scalar_one()
    _move_head(session, head is None, key, last_id, previous)
    _sign_checkpoints(session, key)


def _seal_pending(
    session: Session, key: bytes, previous: str, last_id: int | None
) -> tuple[str, int | None, int]:
    query = select(*(getattr(AuditEntry, f) for f in ("id", *HASHED_FIELDS))).where(
        AuditEntry.hash == PENDING
    )
    if last_id is not None:
        query = query.where(AuditEntry.id > last_id)
    sealed = []
    for entry in session.execute(query.order_by(AuditEntry.id)).all():
        previous = entry_mac(previous, _entry_values(entry), key)
        sealed.append({"_id": entry.id, "_hash": previous})
        last_id = entry.id
    if sealed:
        statement = (
            update(AuditEntry).where(AuditEntry.id == bindparam("_id")).values(hash=bindparam("_hash"))
        )
        session.connection().execute(statement, sealed)
    return previous, last_id, len(sealed)


def _move_head(session: Session, new: bool, key: bytes, last_id: int | None, last_hash: str) -> None:
    values = {"last_hash": last_hash, "last_id": last_id, "mac": head_mac(key, last_id, last_hash)}
    if new:
        session.execute(insert(AuditHead).values(id=1, **values))
    else:
        session.execute(update(AuditHead).where(AuditHead.id == 1).values(**values))


def seal_pending(session: Session) -> int:
    """Seal pending entries now (before a checkpoint or a check). Returns how many were sealed."""
    key = vault.audit_key()
    if key is None:
        return 0
    head = session.execute(select(AuditHead).where(AuditHead.id == 1).with_for_update()).scalar_one_or_none()
    previous = head.last_hash if head is not None else GENESIS
    before = head.last_id if head is not None else None
    previous, last_id, sealed = _seal_pending(session, key, previous, before)
    if sealed:
        _move_head(session, head is None, key, last_id, previous)
    _sign_checkpoints(session, key)
    return sealed


def _sign_checkpoints(session: Session, key: bytes) -> None:
    """Sign checkpoints recorded without the key (the upgrade's) once their entry is sealed."""
    waiting = session.execute(select(AuditCheckpoint).where(AuditCheckpoint.mac.is_(None))).scalars().all()
    for c in waiting:
        if c.entry_id is None:
            continue
        found = session.execute(
            select(AuditEntry.hash).where(AuditEntry.id == c.entry_id)
        ).scalar_one_or_none()
        if not found:
            continue  # not sealed yet
        values = {
            "at": c.at,
            "entry_id": c.entry_id,
            "entry_hash": found,
            "entries": c.entries,
            "reason": c.reason,
            "username": c.username,
        }
        session.execute(
            update(AuditCheckpoint)
            .where(AuditCheckpoint.id == c.id)
            .values(entry_hash=found, key_id=vault.key_id(key), mac=checkpoint_mac(key, values))
        )


def checkpoint(session: Session, reason: str) -> AuditCheckpoint | None:
    """Record a signed checkpoint at the newest sealed entry (None without the audit key)."""
    key = vault.audit_key()
    if key is None:
        return None
    session.flush()  # the entries this transaction wrote are in the chain first
    seal_pending(session)
    head = session.execute(select(AuditHead).where(AuditHead.id == 1)).scalar_one_or_none()
    if head is None or head.last_id is None:
        return None
    entries = session.execute(
        select(func.count())
        .select_from(AuditEntry)
        .where(AuditEntry.id <= head.last_id, AuditEntry.hash != PENDING)
    ).scalar_one()
    actor = session.info.get("actor")
    values = {
        "at": utcnow(),
        "entry_id": head.last_id,
        "entry_hash": head.last_hash,
        "entries": entries,
        "reason": reason,
        "username": getattr(actor, "username", "system"),
    }
    made = AuditCheckpoint(**values, key_id=vault.key_id(key), mac=checkpoint_mac(key, values))
    session.add(made)
    session.flush()
    return made


@dataclass
class _Walk:
    checked: int = 0
    pending: int = 0
    previous: str = GENESIS
    last_sealed: int | None = None


def verify_rows(
    rows: Iterable[Any], head: AuditHead | None, checkpoints: Sequence[AuditCheckpoint], key: bytes
) -> ChainReport:
    """Walk the log in id order: sealed entries must chain under ``key``, pending ones may only
    follow them; then the head and every checkpoint must agree with what was walked."""
    walk = _Walk()
    hashes: dict[int, tuple[str, int]] = {}  # entry id → (hash, position) for the checkpoints
    for row in rows:
        if row.hash == PENDING:
            walk.pending += 1
            continue
        if walk.pending:
            return _broken(
                walk, row.id, translate("Audit", "第 {id} 条日志出现在未封存的记录之后（被插入或调换过）。")
            )
        if entry_mac(walk.previous, _entry_values(row), key) != row.hash:
            return _broken(
                walk,
                row.id,
                translate("Audit", "第 {id} 条日志与记录时的内容不一致（被修改、删除或插入过）。"),
            )
        walk.previous, walk.last_sealed = row.hash, row.id
        walk.checked += 1
        hashes[row.id] = (row.hash, walk.checked)
    if head is not None and walk.checked:
        if head.mac != head_mac(key, head.last_id, head.last_hash):
            return _broken(walk, None, translate("Audit", "日志链的末尾标记被改动过。"))
        if head.last_id != walk.last_sealed or head.last_hash != walk.previous:
            return _broken(walk, None, translate("Audit", "日志末尾的记录被删除或替换过。"))
    elif walk.checked:
        return _broken(walk, None, translate("Audit", "日志链的末尾标记丢失。"))
    newest = ""
    for c in checkpoints:
        if c.mac is None:
            continue
        if c.mac != checkpoint_mac(key, c):
            return _broken(walk, None, translate("Audit", "第 {n} 个检查点的签名不符。").format(n=c.id))
        found = hashes.get(c.entry_id or 0)
        if found is None or found[0] != c.entry_hash or found[1] != c.entries:
            return _broken(
                walk,
                c.entry_id,
                translate("Audit", "第 {n} 个检查点之前的日志被删除、插入或改动过。").format(n=c.id),
            )
        newest = c.mac
    return ChainReport(walk.checked, pending=walk.pending, checkpoint=newest)


def _broken(walk: _Walk, entry_id: int | None, reason: str) -> ChainReport:
    return ChainReport(walk.checked, entry_id, reason.format(id=entry_id), pending=walk.pending)
