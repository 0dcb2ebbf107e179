"""What every command-line job needs: the database named by ``--db``, checked and migrated, and
the user named by ``--user`` signed in. Module commands (``<module>/cli.py``) use these."""

# Imports inside functions: the command line is parsed before anything heavy loads; SQLAlchemy and
# the services load only when a command runs.

from __future__ import annotations

import argparse
import getpass
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, TypeAlias

if TYPE_CHECKING:  # the GUI's start-up parses the command line before SQLAlchemy is loaded
    from unionoffice.core.auth.actor import Actor
    from unionoffice.db.database import Database

    # What ``add_subparsers`` returns; each module's ``cli.register`` adds its commands to it.
    SubParsers: TypeAlias = argparse._SubParsersAction[argparse.ArgumentParser]


def open_db(args: argparse.Namespace, migrate: bool = True) -> Database:
    """The database named by --db / UNIONOFFICE_DB_URL, checked and migrated."""
    from unionoffice.core.database import open_database
    from unionoffice.db.database import resolve_url
    from unionoffice.db.startup import prepare_database
    from unionoffice.foundation.paths import backups_dir

    db = open_database(resolve_url(args.db))
    if migrate:
        prepare_database(db, backups_dir())
    if getattr(args, "user", None) and migrate:
        signed_in(args, db)
    return db


def signed_in(args: argparse.Namespace, db: Database) -> Actor:
    """Sign in as ``--user`` (password asked, or read from UNIONOFFICE_PASSWORD_FILE for scripts)."""
    from unionoffice.core.auth.service import initialise_keys, login

    cached = getattr(args, "_actor", None)
    if cached is not None:
        return cached
    password_file = os.environ.get("UNIONOFFICE_PASSWORD_FILE")
    if password_file:
        password = Path(password_file).read_text(encoding="utf-8").strip()
    else:
        password = getpass.getpass(f"{args.user} 的密码：")
    actor = login(db, args.user, password)
    # An administrator's first sign-in on a database without keys creates them, as in the app.
    code = initialise_keys(db, actor, password)
    if code:
        print(
            f"已创建数据密钥。恢复码（请打印保存，丢失管理员密码时用它找回数据）：\n    {code}",
            file=sys.stderr,
        )
    args._actor = actor
    return actor


def command_actor(args: argparse.Namespace, db: Database) -> Actor:
    """Who a command-line job acts as: the user signed in with ``--user``, whose permissions are
    checked and who is named in the audit log (never an anonymous "system")."""
    from unionoffice.foundation.errors import UserError

    if not getattr(args, "user", None):
        raise UserError(
            "此命令须以用户身份登录：请加 --user 用户名"
            "（会询问密码；脚本可用 UNIONOFFICE_PASSWORD_FILE 指向密码文件）。"
        )
    return signed_in(args, db)
