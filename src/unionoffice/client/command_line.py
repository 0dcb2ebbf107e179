"""The services a command-line job works through, chosen as the window chooses them:

- ``--server URL`` (or the union server chosen in the settings): ``RemoteServices``, signed in as
  ``--user`` (required: the server trusts no machine owner);
- otherwise this office's database (``--db``, ``UNIONOFFICE_DB_URL`` or the data folder's file),
  checked and migrated: signed in as ``--user`` (required: a job acts, and is logged, as a user).

The password is asked, or read from the file ``UNIONOFFICE_PASSWORD_FILE`` names (scripts).
"""

# Imports inside functions: the command line is parsed before anything heavy loads; SQLAlchemy
# (local) or httpx (remote) loads only when a command runs.

from __future__ import annotations

import argparse
import getpass
import os
from pathlib import Path
from typing import TYPE_CHECKING

from unionoffice.foundation.errors import UserError
from unionoffice.foundation.settings import Settings

if TYPE_CHECKING:
    from unionoffice.foundation.contract import Services


def union_server_of(args: argparse.Namespace) -> tuple[str, str] | None:
    """``--server`` / ``--ca``, else the settings' server unless a database was named."""
    server = getattr(args, "server", None)
    if server:
        return server, getattr(args, "ca", None) or Settings.load().server_ca
    if getattr(args, "db", None) or os.environ.get("UNIONOFFICE_DB_URL"):
        return None
    settings = Settings.load()
    return (settings.server_url, settings.server_ca) if settings.server_url else None


def password_for(username: str) -> str:
    password_file = os.environ.get("UNIONOFFICE_PASSWORD_FILE")
    if password_file:
        return Path(password_file).read_text(encoding="utf-8").strip()
    return getpass.getpass(f"{username} 的密码：")


def services_for(args: argparse.Namespace) -> Services:
    """Signed-in services for a command (kept on ``args``: one sign-in per command)."""
    cached: Services | None = getattr(args, "_services", None)
    if cached is not None:
        return cached
    services: Services
    remote = union_server_of(args)
    if remote is not None:
        from unionoffice.client.remote import RemoteServices
        from unionoffice.core.auth.contract import SIGN_IN, Credentials

        if not getattr(args, "user", None):
            raise UserError("连接工会服务器时请用 --user 指定账号（服务器只认账号，不认本机）。")
        services = RemoteServices(remote[0], remote[1] or None)
        services.call(SIGN_IN, Credentials(args.user, password_for(args.user)))
    else:
        from unionoffice.client.local import LocalServices
        from unionoffice.core.command_line import command_actor, open_db

        db = open_db(args)
        actor = command_actor(args, db)  # a job acts, and is logged, as a user (issue #17)
        services = LocalServices.signed_in_as(db, actor)
    args._services = services
    return services
