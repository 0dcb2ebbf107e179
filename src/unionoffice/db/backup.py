"""Backups of the SQLite file with SQLite's online backup API, rotation, restore, integrity check.

The backup API copies a consistent snapshot even while the app (or another process) writes.
PostgreSQL servers are backed up by their own tools; these functions refuse them clearly.
"""

from __future__ import annotations

import os
import re
import shutil
import sqlite3
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from unionoffice.db import lockfile
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


_MAGIC = b"SQLite format 3\x00"
# Header bytes 18 and 19: the file format's write and read versions (1 rollback journal, 2 WAL).
# A higher write version opens read-only, where every write fails with "attempt to write a
# readonly database" while integrity_check still says "ok"; a higher read version does not open.
_KNOWN_VERSIONS = (1, 2)


def header_problem(path: Path) -> str | None:
    """What is wrong with the file's 100-byte header, or None."""
    try:
        with open(path, "rb") as handle:
            header = handle.read(100)
    except OSError as exc:
        return str(exc)
    if len(header) < 100 or not header.startswith(_MAGIC):
        return translate("Backup", "不是 SQLite 数据库文件（文件头不对）")
    write_version, read_version = header[18], header[19]
    if write_version not in _KNOWN_VERSIONS or read_version not in _KNOWN_VERSIONS:
        return translate(
            "Backup",
            "文件头标记为只读或未知的格式版本（写版本 {write}、读版本 {read}），打开后无法写入",
        ).format(write=write_version, read=read_version)
    return None


def integrity_problems(path: Path, quick: bool = False) -> list[str]:
    """Empty when the file is sound; otherwise SQLite's own findings (the header first)."""
    header = header_problem(path)
    if header is not None:
        return [header]
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


def _writable_problem(path: Path) -> str | None:
    """Open ``path`` read-write as the app will (WAL, a write) and roll the write back."""
    try:
        conn = sqlite3.connect(str(path), timeout=10, isolation_level=None)
        try:
            conn.execute("PRAGMA journal_mode=WAL")
            conn.execute("BEGIN IMMEDIATE")
            conn.execute("CREATE TABLE _unionoffice_restore_probe(x)")
            conn.execute("ROLLBACK")
            conn.execute("PRAGMA journal_mode=DELETE")
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        return str(exc)
    return None


def restore(backup: Path, db_path: Path) -> None:
    """Replace the database with a backup; the current file is kept beside it first.

    The backup is checked (header versions, integrity, tables) and copied beside the database;
    the copy is opened read-write before it replaces anything, so a file that opens but cannot
    be written (a read-only header) is refused instead of breaking every later start.
    """
    problems = integrity_problems(backup)
    if problems:
        raise UserError(
            translate("Backup", "备份文件“{name}”已损坏，不能用于恢复：{detail}").format(
                name=backup.name, detail=problems[0]
            )
        )
    if not _looks_like_unionoffice(backup):
        raise UserError(translate("Backup", "“{name}”不是工会办公的数据库备份。").format(name=backup.name))
    candidate = db_path.with_name(db_path.name + ".restore-part")
    candidate.unlink(missing_ok=True)
    try:
        backup_file(backup, candidate)
        problem = header_problem(candidate) or _writable_problem(candidate)
        if problem is not None:
            raise UserError(
                translate("Backup", "备份文件“{name}”无法以读写方式打开，不能用于恢复：{detail}").format(
                    name=backup.name, detail=problem
                )
            )
        with lockfile.exclusive(db_path):  # waits for other programs to close it, else names them
            _replace_with(candidate, db_path)
    finally:
        for leftover in (candidate, *_sidecars(candidate)):
            leftover.unlink(missing_ok=True)


def _sidecars(path: Path) -> tuple[Path, Path]:
    return path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")


def _replace_with(candidate: Path, db_path: Path) -> None:
    """Keep the current file beside it, then move the checked copy in."""
    if db_path.exists():
        keep = db_path.with_name(
            f"{db_path.stem}-before-restore-{datetime.now():%Y%m%d-%H%M%S}{db_path.suffix}"
        )
        try:
            backup_file(db_path, keep)
        except sqlite3.DatabaseError:
            shutil.copy2(db_path, keep)  # a damaged file cannot be backed up by SQLite itself
    for extra in _sidecars(db_path):
        extra.unlink(missing_ok=True)
    os.replace(candidate, db_path)


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
