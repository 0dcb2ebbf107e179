"""Move a whole database to another backend: SQLite → PostgreSQL (a branch joins the shared
server with its history) and back (a snapshot of the server for an offline laptop).

Every table the models know is copied in dependency order, in batches, inside ONE transaction
on the target: a failure or a cancel leaves the target exactly as empty as it was. Before that
transaction commits, each table's row count and checksum are compared with the source's; a
difference rolls everything back. Tables of modules merged later are covered automatically,
because the table list comes from ``load_all_models()``.
"""

from __future__ import annotations

import hashlib
import tempfile
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import (
    BindParameter,
    Connection,
    Select,
    Table,
    Text,
    bindparam,
    func,
    inspect,
    select,
    type_coerce,
)
from sqlalchemy.engine import URL
from sqlalchemy.exc import DBAPIError

from unionoffice.core.crypto.fields import EncryptedText, Stored
from unionoffice.core.database import open_database
from unionoffice.core.schema import load_all_models
from unionoffice.db.database import Database, resolve_url
from unionoffice.db.dialect import binary_order, refresh_statistics, reset_sequences
from unionoffice.db.migrate import current_revisions, head_revisions, upgrade
from unionoffice.foundation.errors import UserError
from unionoffice.foundation.i18n import translate
from unionoffice.foundation.progress import NO_PROGRESS, Progress

BATCH_ROWS = 2000


@dataclass(frozen=True)
class TableReport:
    name: str
    source_rows: int
    target_rows: int
    source_checksum: str
    target_checksum: str

    @property
    def ok(self) -> bool:
        return self.source_rows == self.target_rows and self.source_checksum == self.target_checksum


@dataclass(frozen=True)
class CopyReport:
    source: str
    target: str
    revisions: tuple[str, ...]
    tables: tuple[TableReport, ...]
    seconds: float

    @property
    def ok(self) -> bool:
        return all(t.ok for t in self.tables)

    @property
    def rows(self) -> int:
        return sum(t.target_rows for t in self.tables)


class CopyMismatch(UserError):
    """Counts or checksums differ after copying; the target transaction was rolled back."""

    def __init__(self, message: str, report: CopyReport) -> None:
        super().__init__(message)
        self.report = report


def normalise(value: Any) -> str:
    """Text of a value that reads the same from SQLite and PostgreSQL.

    Typed columns already give the same Python types on both (bool, date, datetime, Decimal);
    this fixes their spelling: booleans as 1/0, timestamps with microseconds, decimals
    without trailing zeros, floats by repr, bytes as hex, NULL distinct from "".
    """
    if value is None:
        return "\x00"
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, datetime):
        return value.replace(tzinfo=None).isoformat(sep=" ", timespec="microseconds")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return format(value.normalize(), "f")
    if isinstance(value, float):
        return repr(value)
    if isinstance(value, (bytes, bytearray, memoryview)):
        return bytes(value).hex()
    return str(value)


class _Checksum:
    def __init__(self) -> None:
        self.digest = hashlib.sha256()
        self.rows = 0

    def add(self, rows: Iterable[Sequence[Any]]) -> None:
        for row in rows:
            self.digest.update("\x1f".join(normalise(v) for v in row).encode("utf-8"))
            self.digest.update(b"\x1e")
            self.rows += 1

    def hexdigest(self) -> str:
        return self.digest.hexdigest()


def _ordered(conn: Connection, table: Table) -> Select:
    keys = list(table.primary_key.columns) or list(table.columns)
    # Encrypted columns are copied as stored: no key is needed and the ciphertext is unchanged.
    columns = [
        type_coerce(c, Text).label(c.name) if isinstance(c.type, EncryptedText) else c for c in table.columns
    ]
    return select(*columns).order_by(*(binary_order(conn, c) for c in keys))


def table_checksum(conn: Connection, table: Table) -> tuple[int, str]:
    """Row count and SHA-256 of the table's rows in primary-key order (normalised values)."""
    checksum = _Checksum()
    result = conn.execution_options(yield_per=BATCH_ROWS).execute(_ordered(conn, table))
    for part in result.partitions():
        checksum.add(part)
    return checksum.rows, checksum.hexdigest()


def _seeded_tables(tables: list[Table]) -> set[str]:
    """Tables the migrations themselves fill (lookup rows): a fresh target has rows there."""
    with tempfile.TemporaryDirectory(prefix="unionoffice-seed-") as folder:
        scratch = open_database(f"sqlite:///{Path(folder) / 'seed.sqlite'}")
        try:
            upgrade(scratch)
            with scratch.engine.connect() as conn:
                return {t.name for t in tables if conn.execute(select(func.count()).select_from(t)).scalar()}
        finally:
            scratch.dispose()


def _check_source(source: Database) -> frozenset[str]:
    revisions = current_revisions(source)
    if not revisions:
        raise UserError(
            translate("DbCopy", "源“{db}”不是工会办公数据库（没有数据库结构版本）。").format(
                db=source.describe()
            )
        )
    if revisions != head_revisions():
        raise UserError(
            translate(
                "DbCopy",
                "源数据库的结构版本（{rev}）不是本软件的最新版本，请先对源数据库运行“unionoffice db upgrade”。",
            ).format(rev=", ".join(sorted(revisions)))
        )
    return revisions


def _prepare_target(target: Database, revisions: frozenset[str], tables: list[Table]) -> set[str]:
    """Migrate an empty target; refuse one that holds data. Returns tables to clear first."""
    current = current_revisions(target)
    if not current:
        with target.engine.connect() as conn:
            existing = [name for name in inspect(conn).get_table_names() if name in {t.name for t in tables}]
        if existing:
            raise UserError(
                translate(
                    "DbCopy", "目标“{db}”已有数据表（{names}），但不是完整的工会办公数据库，拒绝覆盖。"
                ).format(db=target.describe(), names="、".join(existing[:5]))
            )
        upgrade(target)
    elif current != revisions:
        raise UserError(
            translate(
                "DbCopy", "目标数据库的结构版本（{dst}）与源（{src}）不同，请先将两者升级到同一版本。"
            ).format(dst=", ".join(sorted(current)), src=", ".join(sorted(revisions)))
        )
    seeded = _seeded_tables(tables)
    with target.engine.connect() as conn:
        for table in tables:
            if table.name in seeded:
                continue
            if conn.execute(select(table).limit(1)).first() is not None:
                count = conn.execute(select(func.count()).select_from(table)).scalar()
                raise UserError(
                    translate(
                        "DbCopy",
                        "目标数据库不是空的：表“{table}”已有 {count} 行。只能复制到新建的空数据库，以免覆盖已有数据。",
                    ).format(table=table.name, count=count)
                )
    return seeded


def _deferred_columns(table: Table, copied: set[str]) -> list[str]:
    """Nullable foreign keys pointing at rows not yet copied (itself, or a later table in a cycle)."""
    return [
        column.name
        for column in table.columns
        if column.nullable and any(fk.column.table.name not in copied for fk in column.foreign_keys)
    ]


def _copy_table(
    src: Connection,
    dst: Connection,
    table: Table,
    copied: set[str],
    progress: Progress,
    done: int,
    total: int,
) -> tuple[int, str]:
    deferred = _deferred_columns(table, copied)
    encrypted = [c.name for c in table.columns if isinstance(c.type, EncryptedText)]
    pk = [c.name for c in table.primary_key.columns]
    # The fix-up UPDATE must not fire column ``onupdate`` defaults (updated_at would become now).
    keep = [c.name for c in table.columns if c.onupdate is not None and c.name not in deferred]
    later: list[dict[str, Any]] = []
    checksum = _Checksum()
    result = src.execution_options(yield_per=BATCH_ROWS).execute(_ordered(src, table))
    for part in result.partitions():
        checksum.add(part)
        rows = [dict(row._mapping) for row in part]
        for row in rows:  # ciphertexts go across as they are stored (Stored: not sealed again)
            for name in encrypted:
                if row[name] is not None:
                    row[name] = Stored(row[name])
        if deferred:
            for row in rows:
                pending = {c: row[c] for c in deferred if row[c] is not None}
                if pending:
                    later.append(
                        {
                            **{f"k_{k}": row[k] for k in pk},
                            **{f"v_{c}": v for c, v in pending.items()},
                            **{f"o_{c}": row[c] for c in keep},
                        }
                    )
                    for c in pending:
                        row[c] = None
        try:
            dst.execute(table.insert(), rows)
        except DBAPIError as exc:
            raise UserError(
                translate(
                    "DbCopy", "复制表“{table}”时目标数据库拒绝了数据：{detail}。已撤销，目标数据库保持为空。"
                ).format(table=table.name, detail=str(exc.orig).strip().splitlines()[0])
            ) from exc
        done += len(rows)
        progress.step(done, total, translate("DbCopy", "正在复制 {table}……").format(table=table.name))
    for column in deferred:  # fill in references once every row they point at exists
        params = [p for p in later if f"v_{column}" in p]
        if params:
            where = [table.c[k] == bindparam(f"k_{k}") for k in pk]
            values: dict[str, BindParameter[Any]] = {
                column: bindparam(f"v_{column}"),
                **{c: bindparam(f"o_{c}") for c in keep},
            }
            dst.execute(table.update().where(*where).values(values), params)
    return checksum.rows, checksum.hexdigest()


def copy_database(
    source: str | URL | Database,
    target: str | URL | Database,
    progress: Progress = NO_PROGRESS,
) -> CopyReport:
    """Copy every table of ``source`` into the empty ``target`` and verify it; returns the report.

    Raises ``UserError`` (nothing written) for an unsuitable source or target, and
    ``CopyMismatch`` (rolled back) if the verification finds any difference.
    """
    started = time.perf_counter()
    src_db = source if isinstance(source, Database) else open_database(_url(source))
    dst_db = target if isinstance(target, Database) else open_database(_url(target))
    try:
        tables = list(load_all_models().sorted_tables)
        src_db.test_connection()
        dst_db.test_connection()
        revisions = _check_source(src_db)
        seeded = _prepare_target(dst_db, revisions, tables)
        with src_db.engine.connect() as src:
            counts = {t.name: src.execute(select(func.count()).select_from(t)).scalar() or 0 for t in tables}
            total = sum(counts.values())
            reports: list[TableReport] = []
            with dst_db.engine.connect() as dst, dst.begin():
                for table in reversed(tables):  # migration seed rows make way for the source's own
                    if table.name in seeded:
                        dst.execute(table.delete())
                copied: set[str] = set()
                done = 0
                sums: dict[str, tuple[int, str]] = {}
                for table in tables:
                    sums[table.name] = _copy_table(src, dst, table, copied, progress, done, total)
                    done += sums[table.name][0]
                    copied.add(table.name)
                reset_sequences(dst, tables)
                refresh_statistics(dst, tables)
                progress.step(total, total, translate("DbCopy", "正在核对行数和校验和……"))
                for table in tables:
                    rows, digest = table_checksum(dst, table)
                    reports.append(
                        TableReport(table.name, sums[table.name][0], rows, sums[table.name][1], digest)
                    )
                report = CopyReport(
                    src_db.describe(),
                    dst_db.describe(),
                    tuple(sorted(revisions)),
                    tuple(reports),
                    time.perf_counter() - started,
                )
                if not report.ok:
                    bad = [t.name for t in reports if not t.ok]
                    raise CopyMismatch(
                        translate(
                            "DbCopy", "复制后核对不一致（{tables}），已撤销，目标数据库保持为空。"
                        ).format(tables="、".join(bad)),
                        report,
                    )
        return report
    finally:
        if not isinstance(source, Database):
            src_db.dispose()
        if not isinstance(target, Database):
            dst_db.dispose()


def verify_same(a: str | URL | Database, b: str | URL | Database) -> list[TableReport]:
    """Compare two databases table by table (counts and checksums) without changing either."""
    first = a if isinstance(a, Database) else open_database(_url(a))
    second = b if isinstance(b, Database) else open_database(_url(b))
    try:
        tables = load_all_models().sorted_tables
        with first.engine.connect() as one, second.engine.connect() as two:
            out = []
            for table in tables:
                rows_a, sum_a = table_checksum(one, table)
                rows_b, sum_b = table_checksum(two, table)
                out.append(TableReport(table.name, rows_a, rows_b, sum_a, sum_b))
            return out
    finally:
        if not isinstance(a, Database):
            first.dispose()
        if not isinstance(b, Database):
            second.dispose()


def _url(value: str | URL) -> URL:
    return value if isinstance(value, URL) else resolve_url(value)
