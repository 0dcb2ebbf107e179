"""The first start of a newer release backs up the database before using it, even without a
schema change; later starts of the same release do not."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from unionoffice.core.database import open_database
from unionoffice.db import backup
from unionoffice.db.migrate import program_stamp, program_version_number
from unionoffice.db.startup import prepare_database

OLD_FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "db_rev0001.sqlite"


def _user_version(path: Path) -> int:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("PRAGMA user_version").fetchone()[0]
    finally:
        conn.close()


def _set_user_version(path: Path, value: int) -> None:
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {value}")
    conn.commit()
    conn.close()


@pytest.mark.parametrize(
    ("version", "number"),
    [("0.1.0", 1_000), ("1.2.3", 1_002_003), ("2.0", 2_000_000), ("1.4.0rc2", 1_004_000)],
)
def test_release_numbers_order_like_releases(version, number):
    assert program_version_number(version) == number


def test_a_new_database_is_stamped_with_this_release(tmp_path):
    db = open_database(f"sqlite:///{tmp_path / 'new.sqlite'}")
    assert prepare_database(db, tmp_path / "backups") is None
    assert program_stamp(db) == program_version_number()
    db.dispose()


def test_the_first_start_of_a_newer_release_backs_up_once(db, db_path, tmp_path):
    folder = tmp_path / "backups"
    db.dispose()
    _set_user_version(db_path, program_version_number("0.0.9"))  # last opened by an older release
    made = prepare_database(open_database(f"sqlite:///{db_path}"), folder)
    assert made is not None and made.name.endswith("-upgrade.sqlite")
    assert _user_version(made) == program_version_number("0.0.9")  # the backup is the file as it was
    assert _user_version(db_path) == program_version_number()
    # Second start: nothing new.
    assert prepare_database(open_database(f"sqlite:///{db_path}"), folder) is None
    assert [b.reason for b in backup.list_backups(db_path, folder)] == ["upgrade"]


def test_a_file_from_a_newer_release_is_not_stamped_down(db, db_path, tmp_path):
    db.dispose()
    newer = program_version_number() + 1
    _set_user_version(db_path, newer)
    assert prepare_database(open_database(f"sqlite:///{db_path}"), tmp_path / "backups") is None
    assert _user_version(db_path) == newer


def test_the_old_fixture_keeps_all_rows_and_leaves_one_backup(tmp_path):
    path = tmp_path / "unionoffice.sqlite"
    shutil.copyfile(OLD_FIXTURE, path)
    folder = tmp_path / "backups"
    made = prepare_database(open_database(f"sqlite:///{path}"), folder)
    assert made is not None and [b.path for b in backup.list_backups(path, folder)] == [made]
    conn = sqlite3.connect(made)
    assert conn.execute("SELECT count(*) FROM members").fetchone()[0] == 50
    assert conn.execute("SELECT version_num FROM alembic_version").fetchone()[0] == "0001_core"
    conn.close()
