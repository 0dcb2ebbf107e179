"""Schema migrations (Alembic, shipped inside the package) and the start-up routine.

Start-up order: integrity check → backup (when a migration is due) → migrate, all in one
transaction per step so a failed migration leaves the previous schema intact.
"""

# Imports inside functions: Alembic loads only when a migration runs; start-up compares revisions
# without it (db/revisions.py).

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

from sqlalchemy import Connection, inspect, text

from unionoffice import __version__
from unionoffice.db.database import Database
from unionoffice.db.revisions import MIGRATIONS_DIR, head_revisions

if TYPE_CHECKING:
    from alembic.config import Config


def _config() -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config


def current_revisions(db: Database) -> frozenset[str]:
    with db.engine.connect() as conn:
        if not inspect(conn).has_table("alembic_version"):
            return frozenset()
        return frozenset(conn.execute(text("SELECT version_num FROM alembic_version")).scalars())


def needs_upgrade(db: Database) -> bool:
    return current_revisions(db) != head_revisions()


@contextmanager
def _migrating(db: Database) -> Iterator[Connection]:
    """One transaction for a whole migration run.

    On SQLite the foreign keys are off while it runs and checked in full before it commits:
    SQLite's own recipe for changing a table, which batch mode does by copying it, dropping the
    old one and renaming the copy. With the keys on, dropping a table that other rows point at
    (claims under ledger entries and invoices) fails on any database that holds data.
    """
    with db.engine.connect() as conn:
        # The pragma only takes effect outside a transaction: set on the bare connection first.
        raw = conn.connection.dbapi_connection if db.is_sqlite else None
        if raw is not None:
            raw.execute("PRAGMA foreign_keys=OFF")
        try:
            with conn.begin():
                yield conn
                if raw is not None:
                    broken = conn.exec_driver_sql("PRAGMA foreign_key_check").all()
                    if broken:
                        raise RuntimeError(f"migration left rows pointing at nothing: {broken[:5]}")
        finally:
            if raw is not None:
                raw.execute("PRAGMA foreign_keys=ON")


def upgrade(db: Database, revision: str = "heads") -> None:
    from alembic import command

    config = _config()
    with _migrating(db) as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, revision)
    stamp_program(db)


def program_version_number(version: str | None = None) -> int:
    """``"1.2.3"`` → ``1002003``: a program release as the integer SQLite keeps in its header."""
    if version is None:
        version = __version__
    # Leading digits only: "0rc2" is release 0 (a candidate never outranks its release).
    parts = [int(m.group()) if (m := re.match(r"\d+", part)) else 0 for part in version.split(".")[:3]]
    parts += [0] * (3 - len(parts))
    return parts[0] * 1_000_000 + parts[1] * 1_000 + parts[2]


def program_stamp(db: Database) -> int:
    """The newest program release that opened this SQLite file (0: before releases were stamped).

    Kept in the file's own header (``PRAGMA user_version``), so it travels with copies and
    restored backups, and needs no table. PostgreSQL servers are not stamped: they are backed up
    by the server's own tools, not by the program on start.
    """
    if not db.is_sqlite:
        return program_version_number()
    with db.engine.connect() as conn:
        return int(conn.exec_driver_sql("PRAGMA user_version").scalar_one())


def stamp_program(db: Database) -> None:
    if not db.is_sqlite:
        return
    number = program_version_number()
    with db.engine.begin() as conn:
        if int(conn.exec_driver_sql("PRAGMA user_version").scalar_one()) < number:
            conn.exec_driver_sql(f"PRAGMA user_version = {number:d}")


def downgrade(db: Database, revision: str) -> None:
    from alembic import command

    config = _config()
    with _migrating(db) as conn:
        config.attributes["connection"] = conn
        command.downgrade(config, revision)
