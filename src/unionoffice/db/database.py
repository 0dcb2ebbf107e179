"""Engine and sessions. One ``Database`` per open file or server.

Services receive the ``Database`` and the signed-in ``Actor`` and open their own transaction
with ``db.transaction(actor)``; the actor rides along in ``session.info`` for the audit log.

Reads on PostgreSQL run on autocommit connections: no ``BEGIN``/``ROLLBACK`` round trips around a
keystroke's one statement. Writers queue on row locks (PostgreSQL) or the file lock (SQLite's
``BEGIN IMMEDIATE``); the audit chain's head is locked only just before commit
(``core.audit.recorder``), so it never takes part in a lock cycle.

The union server runs each write call as one ``unit_of_work``: every ``transaction()`` inside it
becomes a savepoint of one database transaction and every ``read()`` sees its writes, so the call's
reply can be stored in the same transaction as its writes (a retried call never writes twice).
"""

from __future__ import annotations

import os
import threading
from collections.abc import Callable, Iterator
from concurrent.futures import Future
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

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
from unionoffice.foundation import fanout
from unionoffice.foundation.errors import ConcurrentEditError, DatabaseBusy, DatabaseUnavailable, UserError
from unionoffice.foundation.i18n import translate
from unionoffice.foundation.netpath import network_place, refusal_message
from unionoffice.foundation.paths import default_database_path

if TYPE_CHECKING:
    from unionoffice.core.auth.actor import Actor

T = TypeVar("T")


class NetworkDatabaseRefused(UserError):
    """The SQLite file lies on a network share (foundation/netpath.py)."""


def resolve_url(db: str | os.PathLike[str] | None = None) -> URL:
    """``--db`` wins over ``UNIONOFFICE_DB_URL``, then the file in the data folder.

    A PostgreSQL URL is for the union server and the administrator's tools on it (``db copy``,
    ``unionoffice-server``); office PCs reach the server through ``--server``, never the database.
    Its password comes from the URL, ``PGPASSWORD`` or ``~/.pgpass``: nothing is stored here.
    """
    target = db if db is not None else os.environ.get("UNIONOFFICE_DB_URL")
    if target is None:
        target = default_database_path()
    text = os.fspath(target)
    if "://" not in text:
        return make_url(f"sqlite:///{Path(text).resolve()}")
    return make_url(text)


class Database:
    """Owns the engine and hands out sessions; safe to share between threads."""

    def __init__(
        self,
        url: URL | str,
        *,
        echo: bool = False,
        describe_conflict: Callable[[Session, Any, dict[str, Any]], ConcurrentEditError] | None = None,
        **options: Any,
    ) -> None:
        """Only the engine; ``core.database.open_database`` also loads every model, registers the
        audit hooks and says how a lost race is described. Open the app's database through it.
        ``options`` override the dialect's engine options (the server sizes its pools)."""
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
            self.url, echo=echo, **(engine_options(self.url.get_backend_name()) | options)
        )
        configure_engine(self.engine)
        write_engine = self.engine.execution_options(sqlite_begin="BEGIN IMMEDIATE")
        # PostgreSQL reads need no transaction: each statement sees committed data, and skipping
        # BEGIN/ROLLBACK saves two round trips per read (a keystroke is one statement).
        read_engine = (
            self.engine if self.is_sqlite else self.engine.execution_options(isolation_level="AUTOCOMMIT")
        )
        self._read_engine = read_engine
        self._sessions = sessionmaker(read_engine, expire_on_commit=False)
        self._write_sessions = sessionmaker(write_engine, expire_on_commit=False)
        event.listen(self._write_sessions, "before_flush", _remember_versioned_changes)
        self._local = threading.local()  # the unit of work the current thread is in, if any

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

    def _unit(self) -> Session | None:
        unit: Session | None = getattr(self._local, "unit", None)
        return unit

    @property
    def in_unit_of_work(self) -> bool:
        return self._unit() is not None

    def side_by_side(self, read: Callable[[], T]) -> Future[T]:
        """``read`` under way on another thread (``foundation.fanout``), for independent reads of
        one screen. Inside a unit of work it runs here and now: only this thread's session sees
        the unit's writes (a save that answers with the recomputed screen)."""
        if self.in_unit_of_work:
            return fanout.done(read)
        return fanout.start(read)

    @contextmanager
    def unit_of_work(self, actor: Actor | None) -> Iterator[Session]:
        """Everything this thread does with the database inside the block is ONE transaction,
        committed at the end (rolled back entirely on any error): ``transaction()`` blocks become
        savepoints of it, ``read()`` and ``rows()`` see its writes. The session is yielded so the
        caller can add its own rows (the server's stored reply) to the same commit."""
        if self._unit() is not None:
            raise RuntimeError("a unit of work is already open in this thread")
        session = self._write_sessions()
        session.info["actor"] = actor
        self._local.unit = session
        try:
            with self._committing(session):
                yield session
        finally:
            self._local.unit = None

    @contextmanager
    def transaction(self, actor: Actor | None) -> Iterator[Session]:
        """A read-write unit of work: commits on success, rolls back entirely on any error."""
        unit = self._unit()
        if unit is not None:
            with self._savepoint(unit, actor):
                yield unit
            return
        session = self._write_sessions()
        session.info["actor"] = actor
        with self._committing(session):
            yield session

    @contextmanager
    def _committing(self, session: Session) -> Iterator[None]:
        try:
            yield
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
    def _savepoint(self, unit: Session, actor: Actor | None) -> Iterator[None]:
        """A ``transaction()`` inside a unit of work: its errors undo only its own writes (the
        caller decides about the rest); the actor it names is the one its audit entries carry."""
        previous = unit.info.get("actor")
        unit.info["actor"] = actor
        try:
            with unit.begin_nested():
                yield
        except StaleDataError as exc:
            raise self._conflict(_stale_objects(unit)) from exc
        except DBAPIError as exc:
            raise _translated(exc) from exc
        finally:
            unit.info["actor"] = previous

    @contextmanager
    def read(self, actor: Actor | None = None) -> Iterator[Session]:
        """A read-only session; nothing it does is committed.

        Closing (not rolling back) leaves loaded objects readable after the block.
        """
        unit = self._unit()
        if unit is not None:
            yield unit  # sees the unit's own writes; it is closed when the unit ends
            return
        session = self._sessions()
        session.info["actor"] = actor
        try:
            yield session
        except DBAPIError as exc:
            raise _unreachable_or_same(exc) from exc
        finally:
            session.close()

    @contextmanager
    def rows(self) -> Iterator[Connection]:
        """A plain read-only connection for lists that want rows, not objects: no ORM session,
        so a search-as-you-type keystroke pays only for its SQL."""
        unit = self._unit()
        if unit is not None:
            yield unit.connection()
            return
        try:
            with self._read_engine.connect() as conn:
                yield conn
        except DBAPIError as exc:
            raise _unreachable_or_same(exc) from exc

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


def _unreachable_or_same(exc: DBAPIError) -> BaseException:
    """A read that lost its connection says so plainly (the server retries it); anything else is a bug."""
    translated = _translated(exc)
    return translated if isinstance(translated, DatabaseUnavailable) else exc


def unavailable(db: Database, exc: BaseException) -> DatabaseUnavailable:
    return DatabaseUnavailable(
        translate("Database", "无法连接数据库“{db}”：{detail}").format(
            db=db.describe(), detail=connection_problem_text(exc)
        )
    )
