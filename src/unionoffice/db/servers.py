"""A PostgreSQL server as the settings dialog edits it: address fields ⇄ URL, connection test."""

# Imports inside functions: the settings dialog loads this module before any database is open; the
# ORM and migrations load only for a connection test.

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.engine import URL, make_url

from unionoffice.foundation.errors import FieldProblem, ValidationError
from unionoffice.foundation.i18n import translate

DRIVER = "postgresql+psycopg"
DEFAULT_PORT = 5432


@dataclass(frozen=True)
class ServerAddress:
    host: str
    port: int = DEFAULT_PORT
    database: str = "unionoffice"
    username: str = ""

    def url(self, password: str | None = None) -> URL:
        return URL.create(
            DRIVER,
            username=self.username or None,
            password=password or None,
            host=self.host,
            port=self.port,
            database=self.database,
        )

    def settings_text(self) -> str:
        """The URL kept in settings.json: never with the password."""
        return self.url().render_as_string(hide_password=False)

    def validate(self) -> None:
        problems = []
        if not self.host.strip():
            problems.append(
                FieldProblem(translate("Servers", "服务器地址"), translate("Servers", "请填写服务器地址。"))
            )
        if not self.database.strip():
            problems.append(
                FieldProblem(translate("Servers", "数据库名"), translate("Servers", "请填写数据库名。"))
            )
        if not self.username.strip():
            problems.append(
                FieldProblem(translate("Servers", "用户名"), translate("Servers", "请填写用户名。"))
            )
        if not 0 < self.port < 65536:
            problems.append(
                FieldProblem(translate("Servers", "端口"), translate("Servers", "端口应在 1 到 65535 之间。"))
            )
        if problems:
            raise ValidationError(problems)


def parse_server(text: str) -> ServerAddress | None:
    """The server of a settings URL, or None for the local file."""
    if not text or "://" not in text:
        return None
    url = make_url(text)
    if url.get_backend_name() != "postgresql":
        return None
    return ServerAddress(url.host or "", url.port or DEFAULT_PORT, url.database or "", url.username or "")


@dataclass(frozen=True)
class ConnectionResult:
    server: str  # "PostgreSQL 15.18"
    has_data: bool  # already a UnionOffice database (else it is set up on first start)


def test_connection(address: ServerAddress, password: str | None) -> ConnectionResult:
    """Connect once and report the server version; ``DatabaseUnavailable`` says why it failed.

    Runs on the worker thread (the settings dialog never blocks the window on a network).
    """
    address.validate()
    from unionoffice.db.database import Database
    from unionoffice.db.migrate import current_revisions

    db = Database(address.url(password))
    try:
        server = db.test_connection()
        return ConnectionResult(server, bool(current_revisions(db)))
    finally:
        db.dispose()
