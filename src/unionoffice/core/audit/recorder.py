"""Writes an audit entry for every insert, update and delete flushed by a service session.

Hooked on the ORM session, so a service cannot forget it. Bulk imports that bypass the ORM
call ``record`` themselves with one summary entry.

An entry names the record (table and id), the fields that changed and who changed them; it never
holds a value of the record, masked or not. Values stay in the record itself (encrypted where
they are sensitive), so anonymising or correcting a record leaves nothing behind in the log, and
a copy of the log reveals no one's identity number, phone or diagnosis. Services that call
``record`` themselves pass facts about the operation (counts, ids, file names), not personal data.

Entries wait in the session until its transaction commits and are chained just before the commit
(``_chain_before_commit``). The chain's head row is therefore the LAST lock a writer takes and is
held only for the moment of its commit: two writers can never wait for each other through it, which
is what once made every PostgreSQL writer queue behind one union-wide lock.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from sqlalchemy import event, inspect
from sqlalchemy.orm import Session, SessionTransaction, UOWTransaction

from unionoffice.core.audit.chain import append
from unionoffice.db.base import Base, utcnow
from unionoffice.db.database import Database

if TYPE_CHECKING:
    from unionoffice.core.auth.actor import Actor

_SKIP_FIELDS = {"version", "created_at", "updated_at", "updated_by_id"}


def _entity_id(obj: Any) -> str:
    # New rows have their key values after the INSERT but no identity key until the flush ends.
    values = inspect(obj).mapper.primary_key_from_instance(obj)
    return ",".join(str(v) for v in values if v is not None)


def changed_fields(obj: Any, mode: str) -> list[str]:
    """The names of the fields a create, update or delete touched (never their values)."""
    state = inspect(obj)
    out = []
    for attr in state.mapper.column_attrs:
        key = attr.key
        if key in _SKIP_FIELDS:
            continue
        if mode == "create":
            if getattr(obj, key) is not None:
                out.append(key)
        elif mode == "delete":
            out.append(key)
        else:
            history = state.attrs[key].history
            if history.has_changes():
                before = history.deleted[0] if history.deleted else None
                after = history.added[0] if history.added else None
                if before != after:
                    out.append(key)
    return out


def record(
    session: Session,
    action: str,
    entity: str,
    entity_id: str | int | None = None,
    summary: str = "",
    changes: dict[str, Any] | None = None,
) -> None:
    """Add an entry for something the ORM hook does not see (login, bulk import, lock). Changes
    made before it are flushed first, so their entries come before it, as they happened."""
    session.flush()
    actor = session.info.get("actor")
    _queue(
        session,
        [
            {
                "at": utcnow(),
                "user_id": getattr(actor, "user_id", None),
                "username": getattr(actor, "username", "system"),
                "action": action,
                "entity": entity,
                "entity_id": None if entity_id is None else str(entity_id),
                "summary": summary,
                "changes": json.dumps(changes or {}, ensure_ascii=False, default=str),
            }
        ],
    )


@event.listens_for(Session, "before_flush")
def _stamp_editor(session: Session, _context: UOWTransaction, _instances: object) -> None:
    actor = session.info.get("actor")
    user_id = getattr(actor, "user_id", None)
    for obj in list(session.new) + list(session.dirty):
        if hasattr(obj, "updated_by_id") and session.is_modified(obj):
            obj.updated_by_id = user_id


@event.listens_for(Session, "after_flush")
def _write_entries(session: Session, _context: UOWTransaction) -> None:
    if session.info.get("audit_off"):
        return
    actor = session.info.get("actor")
    rows = []
    for mode, objects in (("create", session.new), ("update", session.dirty), ("delete", session.deleted)):
        for obj in objects:
            if not isinstance(obj, Base) or not type(obj).__audited__:
                continue
            if mode == "update" and not session.is_modified(obj):
                continue
            fields = changed_fields(obj, mode)
            if mode == "update" and not fields:
                continue
            rows.append(
                {
                    "at": utcnow(),
                    "user_id": getattr(actor, "user_id", None),
                    "username": getattr(actor, "username", "system"),
                    "action": mode,
                    "entity": obj.__tablename__,
                    "entity_id": _entity_id(obj),
                    "summary": type(obj).__label__,  # what kind of record, not whose
                    "changes": json.dumps({"fields": fields}, ensure_ascii=False),
                }
            )
    _queue(session, rows)


# Entries waiting for the commit, per session; a savepoint's mark is where its entries start.
_PENDING = "audit_pending"
_MARKS = "audit_savepoint_marks"


def _queue(session: Session, rows: list[dict[str, Any]]) -> None:
    if rows:
        session.info.setdefault(_PENDING, []).extend(rows)


@event.listens_for(Session, "before_commit")
def _chain_before_commit(session: Session) -> None:
    """Chain the transaction's entries as its last statements (a savepoint's release waits for
    the real commit). The flush first: the commit's own flush would come after this hook."""
    if session.in_nested_transaction():
        return
    session.flush()
    session.info.pop(_MARKS, None)
    rows = session.info.pop(_PENDING, None)
    if rows:
        append(session, rows)


@event.listens_for(Session, "after_transaction_create")
def _mark_savepoint(session: Session, transaction: SessionTransaction) -> None:
    if transaction.nested:
        session.info.setdefault(_MARKS, {})[transaction] = len(session.info.get(_PENDING, ()))


@event.listens_for(Session, "after_soft_rollback")
def _forget_rolled_back(session: Session, previous_transaction: SessionTransaction) -> None:
    """Entries of writes that were undone are not logged: all of them after a rollback, those
    since the savepoint after a rollback to it."""
    if previous_transaction.nested:
        mark = session.info.get(_MARKS, {}).pop(previous_transaction, None)
        if mark is not None and _PENDING in session.info:
            del session.info[_PENDING][mark:]
    elif previous_transaction.parent is None:
        session.info.pop(_PENDING, None)
        session.info.pop(_MARKS, None)


def record_view(
    db: Database, actor: Actor, entity: str, entity_id: str | int | None, summary: str = ""
) -> None:
    """Log that ``actor`` looked at sensitive data (an unmasked identity number, a medical detail)."""
    with db.transaction(actor) as session:
        record(session, "view", entity, entity_id, summary)
