"""Migration 0018_hardship matches the models, seeds the 低保 and the rules, and can be undone."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import inspect, select

from unionoffice.core.database import open_database
from unionoffice.core.schema import load_all_models
from unionoffice.db.migrate import downgrade, upgrade
from unionoffice.hardship.models import HardshipRule, PovertyLine


def test_migration_matches_models_seeds_the_figures_and_downgrades(tmp_path: Path) -> None:
    db = open_database(f"sqlite:///{tmp_path / 'm.sqlite'}")
    upgrade(db)
    with db.engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), load_all_models())
    assert [d for d in diff if "hardship" in str(d)] == []
    with db.read() as s:
        lines = {(r.base, r.effective_from): r.monthly_fen for r in s.execute(select(PovertyLine)).scalars()}
        rule = s.execute(select(HardshipRule)).scalar_one()
    assert lines[("新乡", date(2026, 1, 1))] == 70_000 and len(lines) == 6
    assert (rule.notice_working_days, rule.follow_up_months, rule.relative_pct) == (5, 6, 200)
    downgrade(db, "0017_dues")
    assert not [t for t in inspect(db.engine).get_table_names() if t.startswith("hardship_")]
    upgrade(db)
    assert "hardship_files" in inspect(db.engine).get_table_names()
    db.dispose()
