"""What the server benches share: the demo database moved onto a throwaway PostgreSQL database
(``db copy``), its data key in a key file, and ``unionoffice-server`` processes on loopback.

PostgreSQL comes from ``UNIONOFFICE_TEST_PG_URL`` (``tools/with-postgres.sh`` starts one):

    bash tools/with-postgres.sh .venv/bin/python bench/bench_server_latency.py
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

import httpx
from sqlalchemy import create_engine
from sqlalchemy.engine import URL, make_url
from sqlalchemy.pool import NullPool

from unionoffice.core.crypto import vault

PG_ENV = "UNIONOFFICE_TEST_PG_URL"


def admin_url() -> URL:
    raw = os.environ.get(PG_ENV)
    if not raw:
        sys.exit(f"{PG_ENV} is not set: run this through tools/with-postgres.sh")
    return make_url(raw)


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@dataclass
class BenchDatabase:
    url: URL
    key_file: Path
    ring: vault.KeyRing
    folder: Path
    servers: list[subprocess.Popen[bytes]] = field(default_factory=list)

    def start_server(self, port: int, threads: int = 32) -> subprocess.Popen[bytes]:
        """``unionoffice-server`` in its own process, plain HTTP on loopback; returns once healthy."""
        command = [
            sys.executable,
            "-m",
            "unionoffice.server",
            "--db",
            self.url.render_as_string(hide_password=False),
            "--key-file",
            str(self.key_file),
            "--insecure-loopback",
            "--port",
            str(port),
            "--threads",
            str(threads),
            "--allow-owner-role",  # the throwaway cluster's superuser; deployments use a runtime role
            "--log-level",
            "warning",
        ]
        log = (self.folder / f"server-{port}.log").open("wb")
        process = subprocess.Popen(command, stdout=log, stderr=subprocess.STDOUT)
        self.servers.append(process)
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            if process.poll() is not None:
                raise RuntimeError((self.folder / f"server-{port}.log").read_text())
            try:
                if httpx.get(f"http://127.0.0.1:{port}/api/v1/health", timeout=1).status_code == 200:
                    return process
            except httpx.HTTPError:
                time.sleep(0.1)
        raise RuntimeError("server did not start")

    def close(self) -> None:
        for process in self.servers:
            if process.poll() is None:
                process.terminate()
                try:
                    process.wait(15)
                except subprocess.TimeoutExpired:
                    process.kill()
        engine = create_engine(admin_url(), poolclass=NullPool, isolation_level="AUTOCOMMIT")
        with engine.connect() as conn:
            conn.exec_driver_sql(f'DROP DATABASE IF EXISTS "{self.url.database}" WITH (FORCE)')
        engine.dispose()


def demo_on_postgres(size: int) -> BenchDatabase:
    """The demo of ``size`` members in a new PostgreSQL database, and a key file holding its ring."""
    from unionoffice.core.database import open_database
    from unionoffice.core.dbcopy import copy_database
    from unionoffice.demo.cache import DEMO_PASSWORD, demo_copy
    from unionoffice.server.keys import ring_from_database, write_key_file

    folder = Path(tempfile.mkdtemp(prefix="uo-server-bench-"))
    sqlite = demo_copy(folder, size)
    name = f"uo_bench_{os.getpid()}"
    engine = create_engine(admin_url(), poolclass=NullPool, isolation_level="AUTOCOMMIT")
    with engine.connect() as conn:
        conn.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        conn.exec_driver_sql(f'CREATE DATABASE "{name}"')
    engine.dispose()
    url = admin_url().set(database=name)
    copy_database(f"sqlite:///{sqlite}", url)
    db = open_database(url)
    ring = ring_from_database(db, "admin", DEMO_PASSWORD, None)
    db.dispose()
    key_file = folder / "keys.json"
    write_key_file(key_file, ring)
    return BenchDatabase(url, key_file, ring, folder)
