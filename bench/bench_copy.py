"""`db copy` of the 12,000-member demo: SQLite → PostgreSQL and back, against a bare baseline.

Baseline (same process, same server): sqlite3 reads every table and psycopg's COPY writes it,
no checks, no checksums: the floor for moving these bytes. Needs a server:

    bash tools/with-postgres.sh env PYTHONPATH=src python bench/bench_copy.py [--size 12000]
    ... bench/bench_copy.py --smoke    # a 60-member demo, to check the bench still runs
"""

from __future__ import annotations

import os
import sqlite3
import tempfile
import time
from pathlib import Path

import psycopg
from common import arguments
from sqlalchemy import create_engine
from sqlalchemy.engine import make_url
from sqlalchemy.pool import NullPool

from unionoffice.core.database import open_database
from unionoffice.core.dbcopy import copy_database
from unionoffice.core.schema import load_all_models
from unionoffice.db.migrate import upgrade
from unionoffice.demo.cache import demo_copy


def _admin(url):  # type: ignore[no-untyped-def]
    return create_engine(url.set(database="postgres"), poolclass=NullPool, isolation_level="AUTOCOMMIT")


def _fresh(url, name: str):  # type: ignore[no-untyped-def]
    with _admin(url).connect() as conn:
        conn.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        conn.exec_driver_sql(f'CREATE DATABASE "{name}"')
    return url.set(database=name)


def bare_copy(sqlite_path: Path, target_url) -> float:  # type: ignore[no-untyped-def]
    db = open_database(target_url)
    upgrade(db)
    # The migrations seed rows (the audit chain's head and checkpoints, rates, ...); the copy brings
    # its own, so the tables are emptied first, children before parents.
    with db.engine.begin() as conn:
        for table in reversed(load_all_models().sorted_tables):
            conn.exec_driver_sql(f"DELETE FROM {table.name}")
    db.dispose()
    started = time.perf_counter()
    src = sqlite3.connect(sqlite_path)
    dsn = target_url.set(drivername="postgresql").render_as_string(hide_password=False)
    with psycopg.connect(dsn) as dst, dst.cursor() as cur:
        for table in load_all_models().sorted_tables:
            names = [c.name for c in table.columns]
            rows = src.execute(f"SELECT {', '.join(names)} FROM {table.name}").fetchall()
            bools = [i for i, c in enumerate(table.columns) if c.type.python_type is bool]
            with cur.copy(f"COPY {table.name} ({', '.join(names)}) FROM STDIN") as copy:
                for row in rows:
                    if bools:
                        row = tuple(bool(v) if i in bools and v is not None else v for i, v in enumerate(row))
                    copy.write_row(row)
    src.close()
    return time.perf_counter() - started


def main() -> None:
    args = arguments(__doc__ or "", size=12_000, smoke_size=60)
    url = make_url(os.environ["UNIONOFFICE_TEST_PG_URL"])
    with tempfile.TemporaryDirectory() as folder:
        source = demo_copy(Path(folder), args.size)
        baseline = bare_copy(source, _fresh(url, "bench_bare"))
        forward = copy_database(f"sqlite:///{source}", _fresh(url, "bench_copy"))
        back = copy_database(url.set(database="bench_copy"), f"sqlite:///{Path(folder) / 'back.sqlite'}")
        assert forward.ok and back.ok
        assert [t.target_checksum for t in forward.tables] == [t.target_checksum for t in back.tables]
        print(f"demo size: {args.size} members, {forward.rows} rows in {len(forward.tables)} tables")
        print(f"bare sqlite3 → COPY (no checks):      {baseline:6.2f} s")
        print(
            f"db copy SQLite → PostgreSQL (verified): {forward.seconds:6.2f} s"
            f"  ratio {forward.seconds / baseline:4.1f}x"
        )
        print(f"db copy PostgreSQL → SQLite (verified): {back.seconds:6.2f} s")
        print("checksums identical both ways: yes")
        with _admin(url).connect() as conn:
            for name in ("bench_bare", "bench_copy"):
                conn.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


if __name__ == "__main__":
    main()
