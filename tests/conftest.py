"""Shared fixtures: every test gets its own data folder and a fresh, migrated database."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("UNIONOFFICE_NO_SYSTEM_FONTS", "0")

from unionoffice.core.auth.actor import Actor  # noqa: E402
from unionoffice.core.auth.roles import Role  # noqa: E402
from unionoffice.db.database import Database  # noqa: E402

from factories import actor_of  # noqa: E402


@pytest.fixture(autouse=True)
def _private_data_dir(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """Settings, backups and logs of a test never touch the developer's real data folder."""
    root = tmp_path_factory.mktemp("data")
    monkeypatch.setenv("UNIONOFFICE_DATA_DIR", str(root))
    monkeypatch.setenv("UNIONOFFICE_CACHE_DIR", str(tmp_path_factory.getbasetemp() / "cache"))
    monkeypatch.delenv("UNIONOFFICE_DB_URL", raising=False)


@pytest.fixture(scope="session")
def migrated_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An empty database at the newest schema, built once and copied for each test."""
    from unionoffice.db.migrate import upgrade

    path = tmp_path_factory.mktemp("template") / "empty.sqlite"
    db = Database(f"sqlite:///{path}")
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
def db(db_path: Path) -> Iterator[Database]:
    database = Database(f"sqlite:///{db_path}")
    yield database
    database.dispose()


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A small full demo database (300 members and every module's demo data), built once."""
    from unionoffice.core.demo import build_demo_database

    path = tmp_path_factory.mktemp("demo") / "demo.sqlite"
    build_demo_database(path, size=300).dispose()
    return path


@pytest.fixture
def demo_db(tmp_path: Path, demo_template: Path) -> Iterator[Database]:
    target = tmp_path / "demo.sqlite"
    shutil.copyfile(demo_template, target)
    database = Database(f"sqlite:///{target}")
    yield database
    database.dispose()


@pytest.fixture
def org(db: Database) -> dict[str, int]:
    """Company union, two branch unions with a group each, an admin and two clerks."""
    from unionoffice.core.auth.models import User
    from unionoffice.core.org.models import OrgUnit, UnitKind

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
