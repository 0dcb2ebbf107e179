"""Engine and sessions. One ``Database`` per open file or server.

Services receive the ``Database`` and the signed-in ``Actor`` and open their own transaction
with ``db.transaction(actor)``; the actor rides along in ``session.info`` for the audit log.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, Engine, create_engine, event, inspect, text
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, UOWTransaction, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from unionoffice.db import lockfile
from unionoffice.db.dialect import (
    configure_engine,
    connection_problem_text,
    engine_options,
    is_connection_problem,
    is_retryable,
)
from unionoffice.foundation.credentials import load_password
from unionoffice.foundation.errors import ConcurrentEditError, DatabaseBusy, DatabaseUnavailable, UserError
from unionoffice.foundation.i18n import translate
from unionoffice.foundation.netpath import network_place, refusal_message
from unionoffice.foundation.paths import default_database_path
from unionoffice.foundation.settings import Settings

if TYPE_CHECKING:
    from unionoffice.core.auth.actor import Actor


class NetworkDatabaseRefused(UserError):
    """The SQLite file lies on a network share (foundation/netpath.py)."""


# PostgreSQL advisory lock that serialises write transactions (any constant unique to this app).
WRITER_LOCK_KEY = 0x554E494F4E  # "UNION"


def resolve_url(db: str | os.PathLike[str] | None = None) -> URL:
    """``--db`` wins over ``UNIONOFFICE_DB_URL``, then the server chosen in the settings dialog,
    then the file in the data folder.

    A server URL without a password gets the one saved by the settings dialog (never kept in
    clear in the settings file); psycopg's own ``PGPASSWORD`` / ``.pgpass`` work as well.
    """
    target = db if db is not None else os.environ.get("UNIONOFFICE_DB_URL")
    if target is None:
        target = Settings.load().database_url or default_database_path()
    text = os.fspath(target)
    if "://" not in text:
        return make_url(f"sqlite:///{Path(text).resolve()}")
    url = make_url(text)
    if url.get_backend_name() != "sqlite" and url.password is None and url.username:
        password = load_password(url)
        if password:
            url = url.set(password=password)
    return url


class Database:
    """Owns the engine and hands out sessions; safe to share between threads."""

    def __init__(
        self,
        url: URL | str,
        *,
        echo: bool = False,
        describe_conflict: Callable[[Session, Any, dict[str, Any]], ConcurrentEditError] | None = None,
    ) -> None:
        """Only the engine; ``core.database.open_database`` also loads every model, registers the
        audit hooks and says how a lost race is described. Open the app's database through it."""
        self._describe_conflict = describe_conflict
        self.url = make_url(url) if isinstance(url, str) else url
        self._held: Path | None = None
        path = self.sqlite_path
        if path is not None:
            place = network_place(path)
            if place is not None:
                raise NetworkDatabaseRefused(refusal_message(place))
            lockfile.hold(path)  # names this PC and process in <db>.lock/ (restore waits for it)
            self._held = path
        self.engine: Engine = create_engine(
            self.url, echo=echo, **engine_options(self.url.get_backend_name())
        )
        configure_engine(self.engine)
        write_engine = self.engine.execution_options(sqlite_begin="BEGIN IMMEDIATE")
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)
        self._write_sessions = sessionmaker(write_engine, expire_on_commit=False)
        event.listen(self._write_sessions, "before_flush", _remember_versioned_changes)

    @property
    def is_sqlite(self) -> bool:
        return self.url.get_backend_name() == "sqlite"

    @property
    def sqlite_path(self) -> Path | None:
        if not self.is_sqlite or not self.url.database or self.url.database == ":memory:":
            return None
        return Path(self.url.database).resolve()

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
            if not self.is_sqlite:
                # Writers take turns, as they do on SQLite (BEGIN IMMEDIATE). Every write also appends
                # to the audit chain, whose head row would otherwise be locked in a different order
                # than the rows a service touched first (sequences, claims) and deadlock two clerks.
                session.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": WRITER_LOCK_KEY})
            yield session
            session.commit()
        except StaleDataError as exc:
            stale = _stale_objects(session)
            session.rollback()
            raise self._conflict(stale) from exc
        except DBAPIError as exc:
            session.rollback()
            raise _translated(exc) from exc
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

    @contextmanager
    def rows(self) -> Iterator[Connection]:
        """A plain read-only connection for lists that want rows, not objects: no ORM session,
        so a search-as-you-type keystroke pays only for its SQL."""
        with self.engine.connect() as conn:
            yield conn

    def test_connection(self) -> str:
        """Connect once and return the server's version; ``DatabaseUnavailable`` says why not."""
        try:
            with self.engine.connect() as conn:
                if self.is_sqlite:
                    return "SQLite " + str(conn.execute(text("SELECT sqlite_version()")).scalar())
                return "PostgreSQL " + str(conn.execute(text("SHOW server_version")).scalar()).split()[0]
        except DBAPIError as exc:
            raise unavailable(self, exc) from exc

    def dispose(self) -> None:
        self.engine.dispose()
        if self._held is not None:
            lockfile.let_go(self._held)
            self._held = None

    def _conflict(self, stale: list[tuple[type, Any, dict[str, Any]]]) -> ConcurrentEditError:
        """Describe a save that lost the race, reading the record as the other clerk left it."""
        if not stale or self._describe_conflict is None:
            return ConcurrentEditError(translate("Database", "该记录已被其他人修改，请重新加载后再保存。"))
        with self.read() as s:
            for cls, key, proposed in stale:
                current = s.get(cls, key)
                if current is None or current.version != proposed.pop("__version__", None):
                    return self._describe_conflict(s, current, proposed)
            cls, key, proposed = stale[0]
            return self._describe_conflict(s, s.get(cls, key), proposed)


def _remember_versioned_changes(session: Session, _context: UOWTransaction, _instances: object) -> None:
    """Before each flush, note the versioned records it updates and the values being saved.

    If the flush then fails with ``StaleDataError`` the session has already rolled back and
    expired everything; this note is how the conflict dialog learns what the clerk typed.
    """
    noted = []
    for obj in session.dirty:
        state = inspect(obj)
        if "version" not in state.dict or state.identity is None or not session.is_modified(obj):
            continue
        proposed = {}
        for attr in state.mapper.column_attrs:
            history = state.attrs[attr.key].load_history()
            if history.added:
                proposed[attr.key] = history.added[0]
        proposed["__version__"] = state.committed_state.get("version", state.dict["version"])
        noted.append((state.class_, state.identity, proposed))
    session.info["versioned_changes"] = noted


def _stale_objects(session: Session) -> list[tuple[type, Any, dict[str, Any]]]:
    return list(session.info.get("versioned_changes", ()))


def _translated(exc: DBAPIError) -> BaseException:
    """Driver errors a clerk can act on become plain Chinese; anything else stays a bug."""
    if is_retryable(exc):
        return DatabaseBusy(
            translate("Database", "数据库正忙（与其他用户的操作冲突），本次操作没有保存。请稍后重试。")
        )
    if is_connection_problem(exc):
        return DatabaseUnavailable(
            translate("Database", "无法连接数据库服务器，本次操作没有保存。请检查网络后重试。")
        )
    return exc


def unavailable(db: Database, exc: BaseException) -> DatabaseUnavailable:
    return DatabaseUnavailable(
        translate("Database", "无法连接数据库“{db}”：{detail}").format(
            db=db.describe(), detail=connection_problem_text(exc)
        )
    )
