"""``pg_dump`` before a migration: the server's database is backed up by PostgreSQL's own tool
(custom format, restorable with ``pg_restore``), never by copying files."""

from __future__ import annotations

import os
import shutil
import subprocess
from datetime import datetime
from glob import glob
from pathlib import Path

from sqlalchemy.engine import URL

from unionoffice.foundation.errors import UserError


def find_pg_dump() -> str:
    found = shutil.which("pg_dump")
    if found:
        return found
    # Debian keeps each server version's tools apart; the newest can dump every older server.
    candidates = sorted(glob("/usr/lib/postgresql/*/bin/pg_dump"), key=lambda p: int(Path(p).parts[-3]))
    if candidates:
        return candidates[-1]
    raise UserError(
        "找不到 pg_dump（PostgreSQL 客户端工具）：请安装后再迁移，或确认数据库为空后加 --no-backup。"
    )


def pg_dump(url: URL, folder: Path, reason: str) -> Path:
    """Dump the whole database to ``folder``; the password goes through the environment."""
    folder.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = folder / f"unionoffice-{url.database}-{stamp}-{reason}.dump"
    command = [find_pg_dump(), "--format=custom", "--no-password", f"--file={target}"]
    for flag, value in (("--host", url.host), ("--port", url.port), ("--username", url.username)):
        if value:
            command.append(f"{flag}={value}")
    command.append(f"--dbname={url.database}")
    env = dict(os.environ)
    if url.password:
        env["PGPASSWORD"] = str(url.password)
    done = subprocess.run(command, env=env, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        target.unlink(missing_ok=True)
        raise UserError(f"pg_dump 备份失败，没有迁移：{done.stderr.strip()[:500]}")
    return target
