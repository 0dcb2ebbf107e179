"""Migration 0006_medical matches the models and can be undone."""

from __future__ import annotations

from pathlib import Path

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import inspect

from unionoffice.core.database import open_database
from unionoffice.core.schema import load_all_models
from unionoffice.db.migrate import downgrade, upgrade


def test_migration_matches_models_and_downgrades(tmp_path: Path) -> None:
    db = open_database(f"sqlite:///{tmp_path / 'm.sqlite'}")
    upgrade(db)
    with db.engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), load_all_models())
    assert [d for d in diff if "medical" in str(d)] == []
    downgrade(db, "0001_core")
    tables = inspect(db.engine).get_table_names()
    assert not [t for t in tables if t.startswith("medical_")] and "members" in tables
    upgrade(db)
    assert "medical_claims" in inspect(db.engine).get_table_names()
