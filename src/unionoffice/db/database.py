"""Engine and sessions. One ``Database`` per open file or server.

Services receive the ``Database`` and the signed-in ``Actor`` and open their own transaction
with ``db.transaction(actor)``; the actor rides along in ``session.info`` for the audit log.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import URL, make_url
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from unionoffice.core.errors import ConcurrentEditError
from unionoffice.core.i18n import translate

if TYPE_CHECKING:
    from unionoffice.core.auth.actor import Actor

SQLITE_BUSY_TIMEOUT_MS = 10_000


def resolve_url(db: str | os.PathLike[str] | None = None) -> URL:
    """``--db`` wins over ``UNIONOFFICE_DB_URL``, which wins over the file in the data folder."""
    from unionoffice.core.paths import default_database_path

    target = db if db is not None else os.environ.get("UNIONOFFICE_DB_URL")
    if target is None:
        target = default_database_path()
    text = os.fspath(target)
    if "://" in text:
        return make_url(text)
    return make_url(f"sqlite:///{Path(text).resolve()}")


def _configure_sqlite(dbapi_connection, _record) -> None:  # type: ignore[no-untyped-def]
    # Take transaction control away from pysqlite so that the "begin" hook below decides.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")
    # FULL keeps every committed transaction across a power cut, not only across a crash.
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")
    cursor.close()


class Database:
    """Owns the engine and hands out sessions; safe to share between threads."""

    def __init__(self, url: URL | str, *, echo: bool = False) -> None:
        from unionoffice.db.models import load_all_models

        load_all_models()  # relationships and foreign keys need every table known
        self.url = make_url(url) if isinstance(url, str) else url
        kwargs: dict = {"echo": echo}
        if self.is_sqlite:
            kwargs["connect_args"] = {"timeout": SQLITE_BUSY_TIMEOUT_MS / 1000, "check_same_thread": False}
        else:
            kwargs["pool_pre_ping"] = True
        self.engine: Engine = create_engine(self.url, **kwargs)
        if self.is_sqlite:
            event.listen(self.engine, "connect", _configure_sqlite)
            event.listen(self.engine, "begin", _begin_sqlite)
        write_engine = self.engine.execution_options(sqlite_begin="BEGIN IMMEDIATE")
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)
        self._write_sessions = sessionmaker(write_engine, expire_on_commit=False)

    @property
    def is_sqlite(self) -> bool:
        return self.url.get_backend_name() == "sqlite"

    @property
    def sqlite_path(self) -> Path | None:
        if not self.is_sqlite or not self.url.database or self.url.database == ":memory:":
            return None
        return Path(self.url.database)

    def describe(self) -> str:
        """What the status bar shows: the file path or the server without its password."""
        if self.sqlite_path is not None:
            return str(self.sqlite_path)
        return self.url.render_as_string(hide_password=True)

    @contextmanager
    def transaction(self, actor: Actor | None) -> Iterator[Session]:
        """A read-write unit of work: commits on success, rolls back entirely on any error."""
        session = self._write_sessions()
        session.info["actor"] = actor
        try:
            yield session
            session.commit()
        except StaleDataError as exc:
            session.rollback()
            raise ConcurrentEditError(
                translate("Database", "该记录已被其他人修改，请重新加载后再保存。")
            ) from exc
        except BaseException:
            session.rollback()
            raise
        finally:
            session.close()

    @contextmanager
    def read(self, actor: Actor | None = None) -> Iterator[Session]:
        """A read-only session; nothing it does is committed.

        Closing (not rolling back) leaves loaded objects readable after the block.
        """
        session = self._sessions()
        session.info["actor"] = actor
        try:
            yield session
        finally:
            session.close()

    def dispose(self) -> None:
        self.engine.dispose()


def _begin_sqlite(connection) -> None:  # type: ignore[no-untyped-def]
    # A deferred BEGIN lets two writers both read and then deadlock when upgrading their lock;
    # writers take the lock up front (BEGIN IMMEDIATE) so the busy timeout can queue them.
    connection.exec_driver_sql(connection.get_execution_options().get("sqlite_begin", "BEGIN"))
