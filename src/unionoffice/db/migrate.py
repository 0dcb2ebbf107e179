"""Schema migrations (Alembic, shipped inside the package) and the start-up routine.

Start-up order: integrity check → backup (when a migration is due) → migrate, all in one
transaction per step so a failed migration leaves the previous schema intact.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from sqlalchemy import inspect, text

from unionoffice.db.database import Database

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"


def _config():  # type: ignore[no-untyped-def]
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config


@lru_cache(maxsize=1)
def head_revisions() -> frozenset[str]:
    from alembic.script import ScriptDirectory

    return frozenset(ScriptDirectory.from_config(_config()).get_heads())


def current_revisions(db: Database) -> frozenset[str]:
    with db.engine.connect() as conn:
        if not inspect(conn).has_table("alembic_version"):
            return frozenset()
        return frozenset(conn.execute(text("SELECT version_num FROM alembic_version")).scalars())


def needs_upgrade(db: Database) -> bool:
    return current_revisions(db) != head_revisions()


def upgrade(db: Database, revision: str = "heads") -> None:
    from alembic import command

    config = _config()
    with db.engine.begin() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, revision)


def downgrade(db: Database, revision: str) -> None:
    from alembic import command

    config = _config()
    with db.engine.begin() as conn:
        config.attributes["connection"] = conn
        command.downgrade(config, revision)
