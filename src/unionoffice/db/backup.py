"""Backups of the SQLite file with SQLite's online backup API, rotation, restore, integrity check.

The backup API copies a consistent snapshot even while the app (or another process) writes.
PostgreSQL servers are backed up by their own tools; these functions refuse them clearly.
"""

from __future__ import annotations

import re
import shutil
import sqlite3
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from unionoffice.foundation.errors import UserError
from unionoffice.foundation.i18n import translate

BACKUP_SUFFIX = ".sqlite"
KEEP_RECENT = 10
KEEP_DAILY = 14
_STAMP = re.compile(r"-(\d{8}-\d{6})-([a-z]+)(?:-\d+)?\.sqlite$")


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    taken_at: datetime
    reason: str
    size: int


def _connect(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(str(path), timeout=10)


def backup_file(source: Path, target: Path) -> None:
    """Copy a live SQLite database to ``target`` consistently (online backup API)."""
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_suffix(target.suffix + ".part")
    src = _connect(source)
    try:
        dst = sqlite3.connect(str(partial))
        try:
            src.backup(dst)
            dst.execute("PRAGMA journal_mode=DELETE")  # a backup is one self-contained file
        finally:
            dst.close()
    finally:
        src.close()
    partial.replace(target)  # only complete backups ever carry the final name


def make_backup(db_path: Path, backups: Path, reason: str) -> Path:
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = backups / f"{db_path.stem}-{stamp}-{reason}{BACKUP_SUFFIX}"
    counter = 1
    while target.exists():  # two backups in one second (tests, quick restarts)
        target = backups / f"{db_path.stem}-{stamp}-{reason}-{counter}{BACKUP_SUFFIX}"
        counter += 1
    backup_file(db_path, target)
    rotate(db_path, backups)
    return target


def list_backups(db_path: Path, backups: Path) -> list[BackupInfo]:
    """Backups of this database, newest first."""
    found = []
    for path in backups.glob(f"{db_path.stem}-*{BACKUP_SUFFIX}"):
        match = _STAMP.search(path.name)
        if not match:
            continue
        try:
            taken = datetime.strptime(match.group(1), "%Y%m%d-%H%M%S")
        except ValueError:
            continue
        found.append(BackupInfo(path, taken, match.group(2), path.stat().st_size))
    return sorted(found, key=lambda b: (b.taken_at, b.path.name), reverse=True)


def rotate(db_path: Path, backups: Path) -> None:
    """Keep the newest ``KEEP_RECENT`` backups plus the newest one of each of ``KEEP_DAILY`` days."""
    keep: set[Path] = set()
    days: dict[date, Path] = {}
    all_backups = list_backups(db_path, backups)
    for info in all_backups[:KEEP_RECENT]:
        keep.add(info.path)
    for info in all_backups:
        day = info.taken_at.date()
        if day not in days and len(days) < KEEP_DAILY:
            days[day] = info.path
    keep.update(days.values())
    for info in all_backups:
        if info.path not in keep:
            info.path.unlink(missing_ok=True)


def has_backup_today(db_path: Path, backups: Path) -> bool:
    today = date.today()
    return any(b.taken_at.date() == today for b in list_backups(db_path, backups))


def integrity_problems(path: Path, quick: bool = False) -> list[str]:
    """Empty when the file is sound; otherwise SQLite's own findings."""
    try:
        conn = _connect(path)
        try:
            pragma = "quick_check" if quick else "integrity_check"
            rows = [r[0] for r in conn.execute(f"PRAGMA {pragma}").fetchall()]
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        return [str(exc)]
    except UnicodeDecodeError as exc:
        # A damaged schema page can put any bytes into SQLite's own message, which Python then fails
        # to decode: that is a finding too, not a crash.
        return [f"database disk image is malformed (unreadable text at byte {exc.start})"]
    return [] if rows == ["ok"] else rows


def restore(backup: Path, db_path: Path) -> None:
    """Replace the database with a backup; the current file is kept beside it first."""
    problems = integrity_problems(backup)
    if problems:
        raise UserError(
            translate("Backup", "备份文件“{name}”已损坏，不能用于恢复：{detail}").format(
                name=backup.name, detail=problems[0]
            )
        )
    if not _looks_like_unionoffice(backup):
        raise UserError(translate("Backup", "“{name}”不是工会办公的数据库备份。").format(name=backup.name))
    if db_path.exists():
        keep = db_path.with_name(
            f"{db_path.stem}-before-restore-{datetime.now():%Y%m%d-%H%M%S}{db_path.suffix}"
        )
        try:
            backup_file(db_path, keep)
        except sqlite3.DatabaseError:
            shutil.copy2(db_path, keep)  # a damaged file cannot be backed up by SQLite itself
    for extra in (db_path.with_name(db_path.name + "-wal"), db_path.with_name(db_path.name + "-shm")):
        extra.unlink(missing_ok=True)
    backup_file(backup, db_path)


def _looks_like_unionoffice(path: Path) -> bool:
    try:
        conn = _connect(path)
        try:
            tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        finally:
            conn.close()
    except sqlite3.DatabaseError:
        return False
    return {"alembic_version", "users", "org_units"} <= tables
