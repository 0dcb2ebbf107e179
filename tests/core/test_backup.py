from __future__ import annotations

import sqlite3

import pytest
from factories import add_member
from sqlalchemy import func, select

from unionoffice.core.database import open_database
from unionoffice.db import backup
from unionoffice.db.startup import DatabaseDamaged, latest_good_backup, prepare_database
from unionoffice.foundation.errors import UserError
from unionoffice.members.models import Member


def _members(path) -> int:
    db = open_database(f"sqlite:///{path}")
    try:
        with db.read() as s:
            return s.execute(select(func.count(Member.id))).scalar_one()
    finally:
        db.dispose()


def test_backup_and_restore_round_trip(db, db_path, org, tmp_path):
    add_member(db, org["branch_a"], None, "张坤", 1)
    folder = tmp_path / "backups"
    made = backup.make_backup(db_path, folder, "manual")
    add_member(db, org["branch_a"], None, "李娜", 2)
    db.dispose()
    backup.restore(made, db_path)
    assert _members(db_path) == 1
    kept = list(tmp_path.glob("unionoffice-before-restore-*.sqlite"))
    assert len(kept) == 1 and _members(kept[0]) == 2


def test_restore_refuses_a_damaged_or_foreign_file(db_path, tmp_path):
    junk = tmp_path / "junk.sqlite"
    junk.write_bytes(b"SQLite format 3\x00" + b"\xff" * 5000)
    with pytest.raises(UserError):
        backup.restore(junk, db_path)
    other = tmp_path / "other.sqlite"
    sqlite3.connect(other).execute("create table x(a)").connection.commit()
    with pytest.raises(UserError, match="不是工会办公"):
        backup.restore(other, db_path)


def test_rotation_keeps_the_newest_backups(db_path, tmp_path, monkeypatch):
    monkeypatch.setattr(backup, "KEEP_RECENT", 3)
    folder = tmp_path / "backups"
    for _ in range(6):
        backup.make_backup(db_path, folder, "manual")
    assert len(backup.list_backups(db_path, folder)) == 3  # all on one day: only the recent rule applies


def _corrupt(path) -> None:
    """Overwrite the middle of the file: SQLite's integrity check must notice."""
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    conn.close()
    with open(path, "r+b") as handle:
        size = handle.seek(0, 2)
        for offset in range(page_size * 2, size, page_size * 3):
            handle.seek(offset + 40)
            handle.write(b"\x13" * 200)


def test_integrity_failure_is_reported_and_the_latest_good_backup_restores(db, db_path, org, tmp_path):
    for i in range(200):
        add_member(db, org["branch_a"], None, "张坤", i + 1)
    folder = tmp_path / "backups"
    backup.make_backup(db_path, folder, "daily")
    db.dispose()
    _corrupt(db_path)
    with pytest.raises(DatabaseDamaged) as damaged:
        prepare_database(open_database(f"sqlite:///{db_path}"), folder)
    assert "已损坏" in str(damaged.value)
    good = latest_good_backup(db_path, folder)
    assert good is not None
    backup.restore(good, db_path)
    prepare_database(open_database(f"sqlite:///{db_path}"), folder)
    assert _members(db_path) == 200


def _with_header_byte(source, target, offset: int, value: int) -> None:
    data = bytearray(source.read_bytes())
    data[offset] = value
    target.write_bytes(bytes(data))


@pytest.mark.parametrize("offset", [18, 19])
def test_a_backup_whose_header_marks_it_read_only_is_refused(db, db_path, org, tmp_path, offset):
    add_member(db, org["branch_a"], None, "张坤", 1)
    made = backup.make_backup(db_path, tmp_path / "backups", "manual")
    db.dispose()
    before = db_path.read_bytes()
    bad = tmp_path / "read-only.sqlite"
    _with_header_byte(made, bad, offset, 3)
    with pytest.raises(UserError, match="只读或未知的格式版本") as refused:
        backup.restore(bad, db_path)
    assert "read-only.sqlite" in str(refused.value)
    assert db_path.read_bytes() == before  # the clerk's database is untouched
    assert not list(tmp_path.glob("*.restore-part*"))
    assert latest_good_backup(db_path, tmp_path / "backups") == made  # it is not offered at start-up


def test_a_live_database_with_a_read_only_header_is_reported_at_start(db, db_path, tmp_path):
    db.dispose()
    _with_header_byte(db_path, db_path, 18, 3)
    with pytest.raises(DatabaseDamaged, match="只读"):
        prepare_database(open_database(f"sqlite:///{db_path}"), tmp_path / "backups")
