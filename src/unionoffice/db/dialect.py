"""What differs between SQLite and PostgreSQL, kept in one place so services never care.

- Engine set-up: SQLite pragmas and BEGIN IMMEDIATE for writers; PostgreSQL connect options
  (lock, statement and idle-in-transaction timeouts, TCP keepalives).
- Which driver errors mean "try again" (deadlock, serialization failure, busy file) and which
  mean "server unreachable".
- Resetting PostgreSQL's id sequences after rows were copied in with explicit ids.
- ``insert_ignoring_duplicates``: INSERT … ON CONFLICT DO NOTHING on both.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection, Engine, Integer, String, Table, event, func, select, text
from sqlalchemy.engine.interfaces import DBAPIConnection
from sqlalchemy.exc import DBAPIError, OperationalError
from sqlalchemy.pool import ConnectionPoolEntry
from sqlalchemy.sql.expression import Executable

SQLITE_BUSY_TIMEOUT_MS = 10_000
# PostgreSQL SQLSTATEs a repeat of the same transaction can get past.
RETRYABLE_SQLSTATES = {
    "40001",  # serialization_failure
    "40P01",  # deadlock_detected
    "55P03",  # lock_not_available (lock_timeout)
}


# Limits every PostgreSQL connection sets at connect (milliseconds); the server may override them.
# A lock wait ends as a retryable error instead of queueing forever behind a stuck writer; a
# runaway statement and a transaction left open by a bug end on their own.
PG_LOCK_TIMEOUT_MS = 10_000
PG_STATEMENT_TIMEOUT_MS = 300_000
PG_IDLE_IN_TRANSACTION_MS = 300_000
# TCP keepalives: a server or network that vanished is noticed within about a minute, not hours.
PG_KEEPALIVES = {"keepalives": 1, "keepalives_idle": 30, "keepalives_interval": 10, "keepalives_count": 3}


def pg_session_options(
    lock_timeout_ms: int = PG_LOCK_TIMEOUT_MS,
    statement_timeout_ms: int = PG_STATEMENT_TIMEOUT_MS,
    idle_in_transaction_ms: int = PG_IDLE_IN_TRANSACTION_MS,
) -> str:
    """libpq's ``options``: settings the server applies to the connection at start (no round trip)."""
    return (
        f"-c lock_timeout={lock_timeout_ms} -c statement_timeout={statement_timeout_ms} "
        f"-c idle_in_transaction_session_timeout={idle_in_transaction_ms}"
    )


def engine_options(backend: str) -> dict[str, Any]:
    if backend == "sqlite":
        return {"connect_args": {"timeout": SQLITE_BUSY_TIMEOUT_MS / 1000, "check_same_thread": False}}
    if backend == "postgresql":
        # No pool pre-ping (a round trip before every checkout): keepalives and the recycle age
        # retire dead connections, and a call that still meets one is retried by the server.
        return {
            "pool_recycle": 1800,
            "connect_args": {
                "connect_timeout": 10,
                "application_name": "unionoffice",
                "options": pg_session_options(),
                **PG_KEEPALIVES,
            },
        }
    return {"pool_pre_ping": True}


def configure_engine(engine: Engine) -> None:
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _configure_sqlite)
        event.listen(engine, "begin", _begin_sqlite)
    elif engine.dialect.name == "postgresql":
        event.listen(engine, "before_cursor_execute", _begin_for_streaming)


def _begin_for_streaming(
    conn: Connection, cursor: Any, _statement: str, _parameters: Any, context: Any, _many: bool
) -> None:
    """Reads run on autocommit connections, but a streamed result (``yield_per``) is a server-side
    cursor, which PostgreSQL keeps only inside a transaction: open one for it. Returning the
    connection to the pool rolls it back (psycopg sees the open transaction)."""
    if context is None or not context.execution_options.get("stream_results"):
        return
    dbapi = cursor.connection
    if dbapi.autocommit and dbapi.info.transaction_status == 0:  # 0: idle, outside a transaction
        dbapi.execute("BEGIN")


def _configure_sqlite(dbapi_connection: DBAPIConnection, _record: ConnectionPoolEntry) -> None:
    # Take transaction control away from pysqlite so that the "begin" hook below decides.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")
    # FULL keeps every committed transaction across a power cut, not only across a crash.
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")
    # 16 MiB of page cache instead of SQLite's 2 MiB: a 100,000-row import updates eleven
    # member indexes, which thrash a small cache (6.5 s instead of 8.7 s here).
    cursor.execute("PRAGMA cache_size=-16384")
    cursor.close()


def _begin_sqlite(connection: Connection) -> None:
    # A deferred BEGIN lets two writers both read and then deadlock when upgrading their lock;
    # writers take the lock up front (BEGIN IMMEDIATE) so the busy timeout can queue them.
    # PostgreSQL needs nothing alike: row locks queue writers and the version column catches
    # stale writes under READ COMMITTED.
    connection.exec_driver_sql(connection.get_execution_options().get("sqlite_begin", "BEGIN"))


def _sqlstate(exc: BaseException) -> str | None:
    orig = getattr(exc, "orig", None)
    return getattr(orig, "sqlstate", None) or getattr(orig, "pgcode", None)


def is_retryable(exc: BaseException) -> bool:
    """A deadlock, serialization failure or busy SQLite file: nothing written, run it again."""
    if not isinstance(exc, DBAPIError):
        return False
    if _sqlstate(exc) in RETRYABLE_SQLSTATES:
        return True
    return isinstance(exc, OperationalError) and "database is locked" in str(exc.orig)


def is_connection_problem(exc: BaseException) -> bool:
    if not isinstance(exc, DBAPIError):
        return False
    if exc.connection_invalidated:
        return True
    state = _sqlstate(exc) or ""
    # 08: connection exception; 28: authentication; 3D000: no such database; 57P01..3: shutdown.
    if state.startswith(("08", "28")) or state in {"3D000", "57P01", "57P02", "57P03"}:
        return True
    return isinstance(exc, OperationalError) and state == "" and "connection" in str(exc.orig).lower()


def serial_columns(table: Table) -> list[str]:
    """Integer primary keys that PostgreSQL fills from a sequence (SERIAL / IDENTITY)."""
    pk = list(table.primary_key.columns)
    if len(pk) != 1 or not isinstance(pk[0].type, Integer) or pk[0].autoincrement is False:
        return []
    if pk[0].foreign_keys:
        return []
    return [pk[0].name]


def reset_sequences(conn: Connection, tables: list[Table]) -> None:
    """After inserting rows with explicit ids, move each id sequence past the largest id.

    Without this the first new record on PostgreSQL would collide with a copied one. SQLite
    needs nothing: its rowid continues from the largest id.
    """
    if conn.dialect.name != "postgresql":
        return
    for table in tables:
        for name in serial_columns(table):
            sequence = conn.execute(
                text("SELECT pg_get_serial_sequence(:t, :c)"), {"t": table.name, "c": name}
            ).scalar()
            if sequence is None:
                continue
            highest = conn.execute(select(func.max(table.c[name]))).scalar()
            # is_called=false for an empty table: the next id is 1, not 2.
            conn.execute(
                text("SELECT setval(CAST(:s AS regclass), :v, :called)"),
                {"s": sequence, "v": highest or 1, "called": highest is not None},
            )


def insert_ignoring_duplicates(table: Table, conn: Connection, rows: list[dict[str, Any]]) -> int:
    """INSERT … ON CONFLICT DO NOTHING; returns how many rows were new."""
    if not rows:
        return 0
    statement: Executable
    # Imported here: only the dialect in use loads (PostgreSQL's costs ~50 ms).
    if conn.dialect.name == "postgresql":
        from sqlalchemy.dialects.postgresql import insert as pg_insert

        statement = pg_insert(table).on_conflict_do_nothing()
    elif conn.dialect.name == "sqlite":
        from sqlalchemy.dialects.sqlite import insert as sqlite_insert

        statement = sqlite_insert(table).on_conflict_do_nothing()
    else:  # pragma: no cover - only the two supported backends
        raise NotImplementedError(conn.dialect.name)
    # SQLAlchemy reports an INSERT's row count only when asked to keep it.
    result = conn.execute(statement.execution_options(preserve_rowcount=True), rows)
    return max(result.rowcount, 0)


def binary_order(conn: Connection, column: Any) -> Any:
    """Order text by code point on both backends (SQLite's default; PostgreSQL's "C" collation).

    Checksums hash rows in key order, so both sides must agree on that order whatever
    locale the server was initialised with.
    """
    if conn.dialect.name == "postgresql" and isinstance(column.type, String):
        return column.collate("C")
    return column


def connection_problem_text(exc: BaseException) -> str:
    """The driver's own first line (host, port, user, what failed), without SQLAlchemy's noise."""
    orig = getattr(exc, "orig", exc)
    lines = [line.strip() for line in str(orig).strip().splitlines() if line.strip()]
    return lines[0] if lines else type(orig).__name__


def refresh_statistics(conn: Connection, tables: list[Table]) -> None:
    """Give the query planner statistics for rows just bulk-inserted (``db copy``).

    PostgreSQL has none until autovacuum comes round: meanwhile it plans the member-history
    window queries (dashboard, scorecard) with nested loops, and the first screen opened after a
    copy of the 12,000-member demo takes about 55 s instead of 0.15 s. Runs inside the copy's
    transaction (ANALYZE may) and sees its rows.
    """
    quote = conn.dialect.identifier_preparer.quote
    for table in tables:
        conn.execute(text(f"ANALYZE {quote(table.name)}"))
