from __future__ import annotations

import shutil
from pathlib import Path

from sqlalchemy import inspect, text

from unionoffice.core.database import open_database
from unionoffice.core.schema import load_all_models
from unionoffice.db import backup
from unionoffice.db.migrate import current_revisions, head_revisions, needs_upgrade, upgrade
from unionoffice.db.startup import prepare_database


def test_an_empty_file_is_migrated_to_the_newest_schema(tmp_path):
    db = open_database(f"sqlite:///{tmp_path / 'new.sqlite'}")
    assert needs_upgrade(db)
    prepare_database(db, tmp_path / "backups")
    assert current_revisions(db) == head_revisions()
    tables = set(inspect(db.engine).get_table_names())
    assert set(load_all_models().tables) <= tables


def test_the_schema_matches_the_models(tmp_path):
    """A model change without a migration fails here (Alembic's own comparison)."""
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    db = open_database(f"sqlite:///{tmp_path / 'new.sqlite'}")
    upgrade(db)
    with db.engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), load_all_models())
    assert diff == []


OLD_FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "db_rev0001.sqlite"


def test_a_database_made_by_the_first_release_keeps_its_data_after_upgrading(tmp_path):
    """The fixture was written by schema 0001_core (tools/make_old_fixture.py); upgrading must keep it all."""
    path = tmp_path / "old.sqlite"
    shutil.copyfile(OLD_FIXTURE, path)
    db = open_database(f"sqlite:///{path}")
    assert current_revisions(db) == {"0001_core"}
    folder = tmp_path / "backups"
    made = prepare_database(db, folder)
    assert current_revisions(db) == head_revisions()
    if head_revisions() != {"0001_core"}:
        assert made is not None and backup.list_backups(path, folder)[0].reason == "premigrate"
        assert current_revisions(open_database(f"sqlite:///{made}")) == {"0001_core"}
    with db.read() as s:
        assert s.execute(text("SELECT count(*) FROM members")).scalar_one() == 50
        assert (
            s.execute(text("SELECT name FROM org_units WHERE kind='company'")).scalar_one() == "集团公司工会"
        )
        assert s.execute(text("SELECT count(*) FROM users")).scalar_one() == 3


def test_the_fast_head_reader_agrees_with_alembic():
    from alembic.script import ScriptDirectory

    from unionoffice.db.migrate import _config

    assert head_revisions() == frozenset(ScriptDirectory.from_config(_config()).get_heads())
