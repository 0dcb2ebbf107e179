"""Opening a database at start: integrity check, backup before migrating, migrate."""

from __future__ import annotations

from pathlib import Path

from unionoffice.db import backup as backups
from unionoffice.db.database import Database
from unionoffice.db.migrate import (
    _config,
    current_revisions,
    head_revisions,
    needs_upgrade,
    program_stamp,
    program_version_number,
    stamp_program,
    upgrade,
)
from unionoffice.foundation.errors import UserError
from unionoffice.foundation.i18n import translate


class DatabaseDamaged(UserError):
    """``PRAGMA integrity_check`` failed; the app offers to restore the latest good backup."""

    def __init__(self, path: Path, problems: list[str]) -> None:
        super().__init__(
            translate("Backup", "数据库文件“{path}”已损坏（{detail}）。可以从最近的完好备份恢复。").format(
                path=path, detail=problems[0] if problems else ""
            )
        )
        self.path = path
        self.problems = problems


class DatabaseTooNew(UserError):
    pass


def prepare_database(db: Database, backups_dir: Path, check: bool = True) -> Path | None:
    """Prepare ``db`` for use. Returns the backup made first, if any.

    A migration is always preceded by a "premigrate" backup. The first start of a newer program
    on an existing file also leaves an "upgrade" backup even when the schema is unchanged: a new
    release may write data differently, and the clerk must be able to go back to the old one.
    """
    path = db.sqlite_path
    made = None
    if path is not None and path.exists() and path.stat().st_size > 0:
        if check:
            # quick_check (page structure) blocks start-up; the full integrity_check, three times
            # slower, runs right after the window opens (app.py: IntegrityWatcher).
            problems = backups.integrity_problems(path, quick=True)
            if problems:
                raise DatabaseDamaged(path, problems)
        if needs_upgrade(db):
            _refuse_newer(db)
            made = backups.make_backup(path, backups_dir, "premigrate")
            upgrade(db)
        elif program_stamp(db) < program_version_number():
            made = backups.make_backup(path, backups_dir, "upgrade")
            stamp_program(db)
    elif needs_upgrade(db):
        _refuse_newer(db)
        upgrade(db)
    return made


def _refuse_newer(db: Database) -> None:
    current = current_revisions(db)
    from alembic.script import ScriptDirectory  # imported here: Alembic loads only for a migration

    known = {rev.revision for rev in ScriptDirectory.from_config(_config()).walk_revisions()}
    unknown = current - known
    if unknown:
        raise DatabaseTooNew(
            translate("Backup", "该数据库由更新版本的工会办公创建（版本 {rev}），请先升级本软件。").format(
                rev=", ".join(sorted(unknown))
            )
        )


def latest_good_backup(db_path: Path, backups_dir: Path) -> Path | None:
    for info in backups.list_backups(db_path, backups_dir):
        if not backups.integrity_problems(info.path):
            return info.path
    return None


__all__ = ["DatabaseDamaged", "DatabaseTooNew", "head_revisions", "latest_good_backup", "prepare_database"]
