"""Opening the app's database: the engine from ``db``, plus what only core knows.

``db.Database`` is the engine and its sessions and knows nothing of the app's tables. Here every
model is loaded (relationships and foreign keys need every table), the audit hooks are
registered on every session, and a lost optimistic-locking race is described by who changed
what. Everything that opens the app's data goes through ``open_database``.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy.engine import URL

from unionoffice.core.concurrency import conflict_error
from unionoffice.core.crypto import fields
from unionoffice.core.schema import load_all_models
from unionoffice.db.database import Database


def open_database(url: URL | str, *, echo: bool = False, **options: Any) -> Database:
    """``options`` go to the engine (the union server sizes its pools, migrations lift limits)."""
    load_all_models()
    from unionoffice.core.audit import recorder  # noqa: F401 - importing it registers the session hooks

    fields.register()  # encrypted values sealed for their rows before a flush, opened on load
    return Database(url, echo=echo, describe_conflict=conflict_error, **options)
