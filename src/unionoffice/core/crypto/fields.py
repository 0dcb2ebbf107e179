"""Encrypted columns: declared with ``EncryptedText``, sealed and opened by the ORM around each row.

The ciphertext is bound to its row id (vault.py), which an INSERT learns only from the database;
so the sealing happens in the session's ``before_flush`` hook, after the row got its id from
``allocate_ids``, and opening happens when a row is loaded (``load``/``refresh``), where its id
is known. Services keep using ``member.id_number`` as plain text. Core statements pass values
made by ``sealed_row`` (bulk inserts) or read the stored text and call ``vault.open_text``.
Keyed hashes declared on a column (duplicate detection, suffix search) are computed in the same
step, and recomputed by key rotation from the same declaration.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from itertools import chain
from typing import Any

from sqlalchemy import Column, MetaData, Table, Text, event, func, select, text
from sqlalchemy.orm import Session, UOWTransaction, attributes
from sqlalchemy.types import TypeDecorator

from unionoffice.core.crypto import vault
from unionoffice.db.base import Base


class UnsealedValue(TypeError):
    """Plain text reached an encrypted column without being sealed: a programming error."""


def _whole(value: str) -> str:
    return value


@dataclass(frozen=True)
class KeyedHash:
    """A column holding ``keyed_hash(purpose, part(clear text))`` of an encrypted column."""

    column: str
    purpose: str
    part: Callable[[str], str] = _whole

    def of(self, plain: str, key: bytes | None = None) -> str | None:
        return vault.keyed_hash(self.purpose, self.part(plain), key) if plain else None


class EncryptedText(TypeDecorator[str]):
    """Stored as ``e2:<key id>:<base64>``; ``context`` names the column (``table.column``)."""

    impl = Text
    cache_ok = True

    def __init__(self, context: str, hashes: Sequence[KeyedHash] = ()) -> None:
        super().__init__()
        self.context = context
        self.hashes = tuple(hashes)

    def process_bind_param(self, value: Any, dialect: Any) -> str | None:
        if value is None or value == "":  # empty: nothing to hide (an anonymised record)
            return None if value is None else ""
        if isinstance(value, (vault.Sealed, vault.Locked)):
            return value.stored
        if isinstance(value, Stored):
            return str(value)
        raise UnsealedValue(f"{self.context}: a value must be sealed for its row (crypto.fields)")

    def process_result_value(self, value: Any, dialect: Any) -> str | None:
        return None if value is None else Stored(value)


class Stored(str):
    """What an encrypted column holds, as read by a Core statement: open it with the row id."""


def encrypted_columns(metadata: MetaData) -> list[tuple[Table, Column[Any], EncryptedText]]:
    """(table, column, its type) of every encrypted column, for key set-up and rotation."""
    return [
        (table, column, column.type)
        for table in metadata.sorted_tables
        for column in table.columns
        if isinstance(column.type, EncryptedText)
    ]


_attrs_of: dict[type, tuple[tuple[str, EncryptedText], ...]] = {}


def _encrypted_attrs(cls: type) -> tuple[tuple[str, EncryptedText], ...]:
    """(attribute, type) of a mapped class's encrypted columns; worked out once per class."""
    found = _attrs_of.get(cls)
    if found is None:
        table = getattr(cls, "__table__", None)
        columns = table.columns if table is not None else ()
        found = _attrs_of[cls] = tuple((c.key, c.type) for c in columns if isinstance(c.type, EncryptedText))
    return found


def allocate_ids(session: Session, table: Table, count: int) -> list[int]:
    """Ids for rows about to be inserted, so their values can be bound to them first.

    Writers take turns (BEGIN IMMEDIATE on SQLite, an advisory lock on PostgreSQL), so the
    highest id plus one is free on SQLite; PostgreSQL draws from the column's own sequence.
    """
    if count <= 0:
        return []
    conn = session.connection()
    if conn.dialect.name == "postgresql":
        sequence = text(
            f"SELECT nextval(pg_get_serial_sequence('{table.name}', 'id')) FROM generate_series(1, :n)"
        )
        return [int(v) for v in conn.execute(sequence, {"n": count}).scalars()]
    highest = conn.execute(select(func.coalesce(func.max(table.c.id), 0))).scalar_one()
    return list(range(int(highest) + 1, int(highest) + 1 + count))


def sealed_row(table: Table, row_id: int, values: dict[str, Any]) -> dict[str, Any]:
    """``values`` for a bulk insert or update of row ``row_id``: encrypted columns sealed for
    that row, their keyed hashes added."""
    out = dict(values)
    for column in table.columns:
        kind = column.type
        if not isinstance(kind, EncryptedText) or column.key not in values:
            continue
        plain = values[column.key]
        if plain is None:
            continue
        if isinstance(plain, (vault.Locked, Stored)):  # sealed for some row, maybe another: unusable here
            raise UnsealedValue(f"{kind.context}: a stored value cannot be copied to another row")
        # A ``Sealed`` value is clear text read from some row: sealed again, for this row.
        out[column.key] = vault.seal_text(str(plain), kind.context, row_id)
        for keyed in kind.hashes:
            out[keyed.column] = keyed.of(str(plain))
    return out


def sealed_rows(session: Session, table: Table, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Rows for a bulk Core insert into ``table``: ids given to rows without one, encrypted values
    sealed for their row, keyed hashes filled in (refused under a replaced data key)."""
    encrypted = [c.key for c in table.columns if isinstance(c.type, EncryptedText)]
    if not rows or not any(row.get(key) is not None for row in rows for key in encrypted):
        return rows
    from unionoffice.core.crypto.keys import require_current_key  # imported here: keys imports this module

    require_current_key(session)
    missing = [row for row in rows if row.get("id") is None]
    for row, new_id in zip(missing, allocate_ids(session, table, len(missing)), strict=True):
        row["id"] = new_id
    return [sealed_row(table, row["id"], row) for row in rows]


def open_row(table: Table, row: dict[str, Any]) -> dict[str, Any]:
    """A row read with Core (``row["id"]`` among its values) with its encrypted values opened."""
    out = dict(row)
    for column in table.columns:
        value = out.get(column.key)
        if isinstance(column.type, EncryptedText) and isinstance(value, str):
            out[column.key] = vault.open_text(value, column.type.context, row["id"])
    return out


def _needs_sealing(obj: Base, key: str) -> bool:
    """Clear text set on the row, or a value opened from another row (``b.id_number =
    a.id_number``: its ciphertext is bound to ``a``) — anything assigned since the row was loaded.
    Values only ever come in as loaded (``_open_loaded``, no history) or assigned."""
    value = obj.__dict__.get(key)
    if not isinstance(value, str) or value == "" or isinstance(value, Stored):
        return False
    if not isinstance(value, (vault.Sealed, vault.Locked)):
        return True
    if not attributes.get_history(obj, key).added:
        return False
    if isinstance(value, vault.Locked):  # copied without the key: it cannot be sealed again
        raise UnsealedValue(f"{type(obj).__name__}.{key}: a locked value cannot be copied to another row")
    return True


def _seal_before_flush(session: Session, _context: UOWTransaction, _instances: object) -> None:
    """Give new rows with encrypted values their ids, then seal every changed encrypted value.

    A process that holds a data key the administrator has since replaced writes nothing at all
    (its users are told to sign in again), encrypted or not."""
    from unionoffice.core.crypto.keys import require_current_key  # imported here: keys imports this module

    if vault.has_data_key():
        require_current_key(session)
    waiting: list[tuple[Base, list[tuple[str, EncryptedText]]]] = []
    for obj in chain(session.new, session.dirty):
        columns = [(k, t) for k, t in _encrypted_attrs(type(obj)) if _needs_sealing(obj, k)]
        if columns:
            waiting.append((obj, columns))
    if not waiting:
        return
    require_current_key(session)
    # Every new row of such a table gets its id here, with or without a value to seal: one left
    # to the database would take the same "highest plus one" as an id handed out here.
    without_id: dict[Table, list[Base]] = {}
    for obj in session.new:
        if _encrypted_attrs(type(obj)) and getattr(obj, "id", None) is None:
            without_id.setdefault(type(obj).__table__, []).append(obj)
    for table, objects in without_id.items():
        for obj, new_id in zip(objects, allocate_ids(session, table, len(objects)), strict=True):
            row: Any = obj  # every table with an encrypted column has an integer ``id``
            row.id = new_id
    for obj, columns in waiting:
        row = obj
        for key, kind in columns:
            plain = str(obj.__dict__[key])  # a copied ``Sealed`` value: its clear text
            setattr(obj, key, vault.seal_text(plain, kind.context, row.id))
            for keyed in kind.hashes:
                setattr(obj, keyed.column, keyed.of(plain))


def _open_loaded(target: Base, *_args: Any) -> None:
    """A loaded (or refreshed) row's encrypted values become clear text (``Locked`` without a key)."""
    row: Any = target  # every table with an encrypted column has an integer ``id``
    for key, kind in _encrypted_attrs(type(target)):
        raw = target.__dict__.get(key)
        if isinstance(raw, Stored):
            attributes.set_committed_value(target, key, vault.open_or_lock(raw, kind.context, row.id))


def register(hooks_on: Iterable[type] = (Session,)) -> None:
    """Install the hooks (``core.database.open_database`` does, once)."""
    for target in hooks_on:
        if not event.contains(target, "before_flush", _seal_before_flush):
            event.listen(target, "before_flush", _seal_before_flush)
    if not event.contains(Base, "load", _open_loaded):
        event.listen(Base, "load", _open_loaded, propagate=True)
        event.listen(Base, "refresh", _open_loaded, propagate=True)
