"""The throwaway PostgreSQL server the tests run against (started by tools/with-postgres.sh).

Each test gets its own database, cloned from a migrated template with CREATE DATABASE …
TEMPLATE (a file copy: ~20 ms, far cheaper than running the migrations again), and dropped
afterwards. Template and test database names carry the process id, so two test runs can
share one server.
"""

from __future__ import annotations

import itertools
import os

from sqlalchemy import create_engine, text
from sqlalchemy.engine import URL, make_url
from sqlalchemy.pool import NullPool

PG_URL_ENV = "UNIONOFFICE_TEST_PG_URL"


def server_url() -> URL | None:
    raw = os.environ.get(PG_URL_ENV)
    return make_url(raw) if raw else None


class TestServer:
    __test__ = False  # a helper, not a test class

    def __init__(self, url: URL) -> None:
        self.url = url
        # Autocommit on a maintenance connection: CREATE/DROP DATABASE refuse to run in a transaction.
        self.admin = create_engine(url, poolclass=NullPool, isolation_level="AUTOCOMMIT")
        self._counter = itertools.count(1)
        self.prefix = f"uo_{os.getpid()}"
        self.templates: set[str] = set()

    def url_of(self, name: str) -> URL:
        return self.url.set(database=name)

    def _execute(self, sql: str) -> None:
        with self.admin.connect() as conn:
            conn.exec_driver_sql(sql)

    def create_template(self, kind: str) -> str:
        name = f"{self.prefix}_tpl_{kind}"
        self._execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        self._execute(f'CREATE DATABASE "{name}"')
        self.templates.add(name)
        return name

    def clone(self, template: str) -> str:
        name = f"{self.prefix}_t{next(self._counter)}"
        self._execute(f'CREATE DATABASE "{name}" TEMPLATE "{template}" STRATEGY FILE_COPY')
        return name

    def create_empty(self) -> str:
        name = f"{self.prefix}_t{next(self._counter)}"
        self._execute(f'CREATE DATABASE "{name}"')
        return name

    def drop(self, name: str) -> None:
        self._execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

    def close(self) -> None:
        for name in self.templates:
            self.drop(name)
        self.admin.dispose()

    def server_version(self) -> str:
        with self.admin.connect() as conn:
            return str(conn.execute(text("SHOW server_version")).scalar())
