"""Shared fixtures: every test gets its own data folder and a fresh, migrated database.

Backends: a test that takes ``db`` (or ``demo_db``) runs twice, on SQLite and on PostgreSQL
(``test_x[sqlite]``, ``test_x[postgres]``). GUI tests (they take ``qtbot``) and tests that
take ``db_path`` (they work on the SQLite file itself) run on SQLite only, as does a test
marked ``@pytest.mark.sqlite_only``. The PostgreSQL server comes from
``UNIONOFFICE_TEST_PG_URL`` (``tools/with-postgres.sh`` starts one); without it those tests
skip locally and fail in CI (``CI=true``). ``-m "not postgres"`` leaves them out.
"""

from __future__ import annotations

import gc
import os
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("UNIONOFFICE_NO_SYSTEM_FONTS", "0")

from hypothesis import HealthCheck, settings

# Fuzz targets (docs/testing.md): in CI (CI=true) they are derandomised, so a run on a fresh clone
# tries the same examples every time and cannot fail at random; cases found by hand are kept as
# @example lines in the tests. Locally they run briefly with fresh random examples ("dev"), and
# `HYPOTHESIS_PROFILE=long pytest -k fuzz` is the long random run by hand.
_QUICK = {"max_examples": 60, "deadline": None, "suppress_health_check": [HealthCheck.too_slow]}
settings.register_profile("ci", derandomize=True, database=None, print_blob=True, **_QUICK)
settings.register_profile("dev", print_blob=True, **_QUICK)
settings.register_profile("long", max_examples=5_000, deadline=None, suppress_health_check=list(HealthCheck))
_default_profile = "ci" if os.environ.get("CI", "").lower() == "true" else "dev"
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", _default_profile))

from factories import actor_of  # noqa: E402

from unionoffice.core.auth.actor import Actor  # noqa: E402
from unionoffice.core.auth.roles import Role  # noqa: E402
from unionoffice.core.crypto import vault as _vault  # noqa: E402
from unionoffice.core.database import open_database  # noqa: E402
from unionoffice.db.database import Database  # noqa: E402

_vault.set_keys(data_key=b"\x07" * 32, audit_key=b"\x08" * 32)
from pgserver import TestServer, server_url  # noqa: E402

BACKENDS = ("sqlite", "postgres")


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "sqlite_only: works on the SQLite file itself; not run on PostgreSQL")
    config.addinivalue_line("markers", "server: goes through the union server (the remote backend)")


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    names = metafunc.fixturenames
    if "db_backend" not in names:
        return
    for mark in metafunc.definition.iter_markers("parametrize"):
        if "db_backend" in str(mark.args[0]):
            return  # the test chose its backends itself
    sqlite_only = (
        "qtbot" in names
        or "db_path" in names
        or metafunc.definition.get_closest_marker("sqlite_only") is not None
    )
    params = [pytest.param("sqlite", id="sqlite")]
    if not sqlite_only:
        params.append(pytest.param("postgres", id="postgres", marks=pytest.mark.postgres))
    metafunc.parametrize("db_backend", params)


@pytest.fixture
def db_backend() -> str:
    """Overridden by the parametrisation above; "sqlite" when a test is collected otherwise."""
    return "sqlite"


@pytest.fixture(scope="session")
def pg_server() -> Iterator[TestServer]:
    url = server_url()
    if url is None:
        message = "UNIONOFFICE_TEST_PG_URL is not set: run the tests with tools/with-postgres.sh"
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(message + " (in CI the PostgreSQL tests must run)", pytrace=False)
        pytest.skip(message)
    server = TestServer(url)
    try:
        server.server_version()
    except Exception as exc:  # noqa: BLE001 - reported as a test failure, with the reason
        pytest.fail(
            f"PostgreSQL at {url.render_as_string(hide_password=True)} is unreachable: {exc}", pytrace=False
        )
    yield server
    server.close()


@pytest.fixture(scope="session")
def pg_template(pg_server: TestServer) -> str:
    """An empty database at the newest schema on the server, cloned for each test."""
    from unionoffice.db.migrate import upgrade

    name = pg_server.create_template("empty")
    database = open_database(pg_server.url_of(name))
    upgrade(database)
    database.dispose()  # a template must have no open connections
    return name


@pytest.fixture(scope="session")
def pg_demo_template(pg_server: TestServer, demo_template: Path) -> str:
    """The SQLite demo database moved onto the server with ``db copy``, cloned for each test."""
    from unionoffice.core.dbcopy import copy_database

    name = pg_server.create_template("demo")
    copy_database(f"sqlite:///{demo_template}", pg_server.url_of(name))
    return name


def _pg_database(request: pytest.FixtureRequest, template_fixture: str) -> Iterator[Database]:
    server: TestServer = request.getfixturevalue("pg_server")
    name = server.clone(request.getfixturevalue(template_fixture))
    database = open_database(server.url_of(name))
    try:
        yield database
    finally:
        database.dispose()
        server.drop(name)


@pytest.fixture(autouse=True)
def _collect_between_tests() -> Iterator[None]:
    """Once a test has made a ``Worker`` the automatic collector is off for the process and the
    GUI thread's timer collects (ui/collector.py); tests that run no event loop get the same
    collections here, on the main thread."""
    yield
    if not gc.isenabled():
        from unionoffice.ui.collector import collect_due

        collect_due()


@pytest.fixture(autouse=True)
def _private_data_dir(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """Settings, backups and logs of a test never touch the developer's real data folder."""
    root = tmp_path_factory.mktemp("data")
    monkeypatch.setenv("UNIONOFFICE_DATA_DIR", str(root))
    monkeypatch.setenv("UNIONOFFICE_CACHE_DIR", str(tmp_path_factory.getbasetemp() / "cache"))
    monkeypatch.delenv("UNIONOFFICE_DB_URL", raising=False)


TEST_DATA_KEY = b"\x07" * 32
TEST_AUDIT_KEY = b"\x08" * 32


@pytest.fixture(autouse=True)
def _unlocked_vault() -> Iterator[None]:
    """Every test runs as if someone had signed in: a data key and an audit key are in the vault
    (core/crypto). Session- and module-scoped templates are built with the same keys (set at
    import above)."""
    from unionoffice.core.crypto import vault

    vault.set_keys(data_key=TEST_DATA_KEY, audit_key=TEST_AUDIT_KEY)
    yield
    vault.set_keys(data_key=TEST_DATA_KEY, audit_key=TEST_AUDIT_KEY)


@pytest.fixture(scope="session")
def migrated_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An empty database at the newest schema, built once and copied for each test."""
    from unionoffice.db.migrate import upgrade

    path = tmp_path_factory.mktemp("template") / "empty.sqlite"
    db = open_database(f"sqlite:///{path}")
    upgrade(db)
    with db.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    db.dispose()
    return path


@pytest.fixture
def db_path(tmp_path: Path, migrated_template: Path) -> Path:
    target = tmp_path / "unionoffice.sqlite"
    shutil.copyfile(migrated_template, target)
    return target


@pytest.fixture
def db(request: pytest.FixtureRequest, db_backend: str) -> Iterator[Database]:
    if db_backend == "postgres":
        yield from _pg_database(request, "pg_template")
        return
    database = open_database(f"sqlite:///{request.getfixturevalue('db_path')}")
    yield database
    database.dispose()


@pytest.fixture(scope="session")
def _demo_build(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Any]:
    """A small full demo database (300 members and every module's demo data), built once,
    with its keys (the demo's admin and clerks unlock them at sign-in)."""
    from unionoffice.core.crypto import vault
    from unionoffice.demo.build import build_demo_database

    path = tmp_path_factory.mktemp("demo") / "demo.sqlite"
    build_demo_database(path, size=300).dispose()
    return path, vault.ring()


@pytest.fixture(scope="session")
def demo_template(_demo_build: tuple[Path, Any]) -> Path:
    return _demo_build[0]


@pytest.fixture
def demo_key(_demo_build: tuple[Path, Any]) -> bytes:
    """Puts the demo database's keys in the vault, as the demo admin's sign-in would."""
    from unionoffice.core.crypto import vault

    vault.set_ring(_demo_build[1])
    return vault.data_key()


@pytest.fixture
def demo_db(
    request: pytest.FixtureRequest, db_backend: str, tmp_path: Path, demo_template: Path, demo_key: bytes
) -> Iterator[Database]:
    if db_backend == "postgres":
        yield from _pg_database(request, "pg_demo_template")
        return
    target = tmp_path / "demo.sqlite"
    shutil.copyfile(demo_template, target)
    database = open_database(f"sqlite:///{target}")
    yield database
    database.dispose()


@pytest.fixture
def org(db: Database) -> dict[str, int]:
    """Company union, two branch unions with a group each, an admin and two clerks."""
    from unionoffice.core.auth.models import User
    from unionoffice.core.org.labels import UnitKind
    from unionoffice.core.org.models import OrgUnit

    with db.transaction(None) as s:
        company = OrgUnit(kind=UnitKind.COMPANY, name="集团公司工会")
        s.add(company)
        s.flush()
        ids = {"company": company.id}
        for key, name, base in (("a", "心兴分工会", "新乡"), ("b", "氢力分工会", "新乡")):
            branch = OrgUnit(kind=UnitKind.BRANCH, name=name, parent_id=company.id, base=base)
            s.add(branch)
            s.flush()
            group = OrgUnit(kind=UnitKind.GROUP, name=f"{name[:2]}一组", parent_id=branch.id, base=base)
            s.add(group)
            s.flush()
            ids[f"branch_{key}"] = branch.id
            ids[f"group_{key}"] = group.id
        # A pre-computed Argon2 hash keeps this fixture fast; the password is "secret-123".
        from unionoffice.core.auth.passwords import hash_password

        hashed = hash_password("secret-123")
        admin = User(username="admin", display_name="管理员", password_hash=hashed, role=Role.ADMIN)
        clerk_a = User(username="clerk_a", display_name="干事甲", password_hash=hashed, role=Role.CLERK)
        clerk_b = User(username="clerk_b", display_name="干事乙", password_hash=hashed, role=Role.CLERK)
        viewer = User(username="viewer", display_name="只读", password_hash=hashed, role=Role.VIEWER)
        judge = User(username="judge", display_name="评委", password_hash=hashed, role=Role.JUDGE)
        s.add_all([admin, clerk_a, clerk_b, viewer, judge])
        s.flush()
        clerk_a.branches = [s.get(OrgUnit, ids["branch_a"])]
        clerk_b.branches = [s.get(OrgUnit, ids["branch_b"])]
        s.flush()
        ids.update(admin=admin.id, clerk_a=clerk_a.id, clerk_b=clerk_b.id, viewer=viewer.id, judge=judge.id)
    return ids


@pytest.fixture
def admin(db: Database, org: dict[str, int]) -> Actor:
    return actor_of(db, "admin")


@pytest.fixture
def clerk_a(db: Database, org: dict[str, int]) -> Actor:
    return actor_of(db, "clerk_a")


@pytest.fixture
def clerk_b(db: Database, org: dict[str, int]) -> Actor:
    return actor_of(db, "clerk_b")


@pytest.fixture
def viewer(db: Database, org: dict[str, int]) -> Actor:
    return actor_of(db, "viewer")


@pytest.fixture
def view_context(qtbot):  # type: ignore[no-untyped-def]
    """``view_context(db, actor)``: what a screen gets, signed in as ``actor`` on ``db`` in this
    process. Every call it makes is waited for at teardown."""
    from unionoffice.client.local import LocalServices
    from unionoffice.foundation.settings import Settings
    from unionoffice.ui.calls import Calls
    from unionoffice.ui.context import AppContext
    from unionoffice.ui.tasks import TaskRunner
    from unionoffice.ui.worker import Worker

    workers = []

    def make(db, actor):  # type: ignore[no-untyped-def]
        services = LocalServices.signed_in_as(db, actor)
        worker = Worker()
        workers.append(worker)
        return AppContext(services, Calls(worker, services), TaskRunner(worker, services), Settings())

    yield make
    for worker in workers:
        worker.wait()


def shown(qtbot, widget, loaded=None, timeout: int = 10_000):  # type: ignore[no-untyped-def]
    """Show ``widget`` as the clerk would see it and wait until ``loaded(widget)`` (default: a
    list page's first answer arrived)."""
    qtbot.addWidget(widget)
    widget.show()
    if loaded is None and hasattr(widget, "count_label"):
        qtbot.waitUntil(lambda: widget.count_label.text().startswith("共"), timeout=timeout)
    elif loaded is not None:
        qtbot.waitUntil(lambda: loaded(widget), timeout=timeout)
    return widget


@pytest.fixture(params=["local", pytest.param("remote", marks=pytest.mark.server)])
def services_as(request: pytest.FixtureRequest):  # type: ignore[no-untyped-def]
    """``services_as(db, actor)``: the service contract signed in as ``actor`` on ``db``.

    Operation-level tests use this, never the service functions, so they run twice: in this
    process ("local") and through the union server ("remote": the server runs in a thread of the
    test process on 127.0.0.1, serving the same database, and the client is ``RemoteServices``
    with a session opened for ``actor``)."""
    from unionoffice.client.local import LocalServices

    if request.param == "local":
        yield lambda db, actor: LocalServices.signed_in_as(db, actor)
        return
    from server_harness import start_server

    running: dict[int, Any] = {}

    def make(db, actor):  # type: ignore[no-untyped-def]
        if id(db) not in running:
            running[id(db)] = start_server(db)
        return running[id(db)].services_as(actor)

    yield make
    for server in running.values():
        server.stop()


@pytest.fixture
def cli_as(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    """``cli_as("admin", "demo1234")`` → ``["--user", "admin"]``, with the password in a file the
    command line reads (UNIONOFFICE_PASSWORD_FILE), as a script would sign in."""

    def make(username: str, password: str) -> list[str]:
        secret = tmp_path / f"password-{username}.txt"
        secret.write_text(password, encoding="utf-8")
        monkeypatch.setenv("UNIONOFFICE_PASSWORD_FILE", str(secret))
        return ["--user", username]

    return make


@pytest.fixture(autouse=True)
def _no_unexpected_message_boxes(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    """A message box nobody expected fails the test instead of waiting forever for a click (a
    modal box blocks the event loop, where not even pytest-timeout's alarm gets through).
    Tests that expect one patch ``QMessageBox.information`` etc. themselves, as before."""
    if "qtbot" not in request.fixturenames and "qapp" not in request.fixturenames:
        yield
        return
    from PySide6.QtWidgets import QMessageBox

    seen: list[str] = []

    def answer(default):  # type: ignore[no-untyped-def]
        def box(*args, **_kwargs):  # type: ignore[no-untyped-def]
            texts = [a for a in args if isinstance(a, str)]
            seen.append(" / ".join(texts))
            return default

        return staticmethod(box)

    for name in ("information", "warning", "critical"):
        monkeypatch.setattr(QMessageBox, name, answer(QMessageBox.StandardButton.Ok))
    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.No))
    monkeypatch.setattr(QMessageBox, "exec", lambda self: seen.append(self.text()) or 0)
    monkeypatch.setattr(
        "unionoffice.ui.messages.show_unexpected", lambda parent, error: seen.append(f"意外错误：{error!r}")
    )
    yield
    if seen and not request.node.get_closest_marker("message_boxes_allowed"):
        pytest.fail(f"unexpected message box(es): {seen}")
