"""Fixtures for the members tests: a fresh database per test, copied from one built per session."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from sqlalchemy import select

from unionoffice.core.auth.actor import Actor
from unionoffice.core.database import open_database
from unionoffice.db.database import Database


@pytest.fixture(autouse=True)
def _private_dirs(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("UNIONOFFICE_DATA_DIR", str(tmp_path_factory.mktemp("data")))
    monkeypatch.setenv("UNIONOFFICE_CACHE_DIR", str(tmp_path_factory.getbasetemp() / "cache"))
    monkeypatch.delenv("UNIONOFFICE_DB_URL", raising=False)


@pytest.fixture(scope="session")
def members_demo_template(demo_template: Path) -> Path:
    """300 demo members over the four branch unions, with users admin/viewer/clerk_xx/… (shared build)."""
    return demo_template


@pytest.fixture
def mdb(tmp_path: Path, members_demo_template: Path, demo_key: bytes) -> Iterator[Database]:
    target = tmp_path / "demo.sqlite"
    shutil.copyfile(members_demo_template, target)
    database = open_database(f"sqlite:///{target}")
    yield database
    database.dispose()


def actor(db: Database, username: str) -> Actor:
    from unionoffice.core.auth.models import User
    from unionoffice.core.auth.service import actor_for

    with db.read() as s:
        return actor_for(s.execute(select(User).where(User.username == username)).scalar_one())


def branch_id(db: Database, name: str) -> int:
    from unionoffice.core.org.models import OrgUnit

    with db.read() as s:
        return s.execute(select(OrgUnit.id).where(OrgUnit.name == name)).scalar_one()


def group_ids(db: Database, branch: str) -> list[int]:
    from unionoffice.core.org.models import OrgUnit

    with db.read() as s:
        return list(
            s.execute(
                select(OrgUnit.id).where(OrgUnit.parent_id == branch_id(db, branch)).order_by(OrgUnit.id)
            ).scalars()
        )


def member_count(db: Database) -> int:
    from sqlalchemy import func

    from unionoffice.members.models import Member

    with db.read() as s:
        return s.execute(select(func.count()).select_from(Member)).scalar_one()


def first_member(db: Database, branch: str, status: str = "active") -> int:
    from unionoffice.members.models import Member

    with db.read() as s:
        return (
            s.execute(
                select(Member.id)
                .where(Member.branch_id == branch_id(db, branch), Member.status == status)
                .order_by(Member.id)
            )
            .scalars()
            .first()
        )
