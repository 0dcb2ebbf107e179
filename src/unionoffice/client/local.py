"""The services in this process, on one office's database.

Every call goes through the same dispatcher and the same encoding as a call to the server, so a
screen behaves the same either way. The signed-in actor is kept here, never handed to a view;
the services check it on every call.
"""

from __future__ import annotations

from pathlib import Path
from typing import TypeVar

from unionoffice.core import services
from unionoffice.core.auth.actor import Actor
from unionoffice.core.auth.contract import FIRST_ADMIN, SIGN_IN
from unionoffice.core.auth.operations import actor_of, session_info
from unionoffice.core.auth.roles import CorePerm
from unionoffice.core.crypto import vault
from unionoffice.db import backup as backups
from unionoffice.db.database import Database
from unionoffice.foundation import wire
from unionoffice.foundation.contract import Operation, SessionInfo
from unionoffice.foundation.paths import backups_dir
from unionoffice.foundation.progress import NO_PROGRESS, Progress
from unionoffice.foundation.wire import NotSignedIn

Req = TypeVar("Req")
Res = TypeVar("Res")


class LocalServices:
    """Thread-safe: calls may come from several workers at once (each opens its own session)."""

    kind = "local"

    def __init__(self, db: Database, actor: Actor | None = None) -> None:
        self.db = db
        self._actor = actor
        self._session: SessionInfo | None = None

    @classmethod
    def signed_in_as(cls, db: Database, actor: Actor) -> LocalServices:
        """Services already signed in as ``actor`` (tests and command-line jobs that signed in
        themselves); the data key must already be in the vault if the actor reads sensitive data."""
        services = cls(db, actor)
        services._session = session_info(db, actor)
        return services

    @property
    def session(self) -> SessionInfo:
        if self._session is None:
            raise NotSignedIn("请先登录。")
        return self._session

    @property
    def signed_in(self) -> bool:
        return self._actor is not None

    def call(self, op: Operation[Req, Res], request: Req) -> Res:
        return self.run_job(op, request, NO_PROGRESS)

    def run_job(self, op: Operation[Req, Res], request: Req, progress: Progress) -> Res:
        reply = services.call(self.db, self._actor, op.name, wire.encode(request), progress)
        result = wire.unwrap(reply, op.response)
        if op.name in (SIGN_IN.name, FIRST_ADMIN.name):
            assert isinstance(result, SessionInfo)
            self._session, self._actor = result, actor_of(result)
        return result

    def sign_out(self) -> None:
        self._session = self._actor = None
        vault.clear()  # every key leaves memory with the user

    def describe(self) -> str:
        return self.db.describe()

    @property
    def maintenance(self) -> LocalMaintenance | None:
        return LocalMaintenance(self) if self.db.sqlite_path is not None else None


class LocalMaintenance:
    """Backups and restore of the office's SQLite file, for a signed-in user allowed to."""

    def __init__(self, services: LocalServices) -> None:
        self._services = services
        path = services.db.sqlite_path
        assert path is not None
        self.path = path

    def _allowed(self) -> None:
        actor = self._services._actor
        if actor is None:
            raise NotSignedIn("请先登录。")
        actor.require(CorePerm.BACKUP)

    def backup(self, reason: str) -> str:
        self._allowed()
        return str(backups.make_backup(self.path, backups_dir(), reason))

    def backup_folder(self) -> str:
        return str(backups_dir())

    def restore(self, backup: str) -> None:
        self._allowed()
        self._services.db.dispose()
        backups.restore(Path(backup), self.path)
        self._services.sign_out()

    def daily_backup_due(self) -> bool:
        return not backups.has_backup_today(self.path, backups_dir())

    def integrity_problems(self) -> list[str]:
        return backups.integrity_problems(self.path)
