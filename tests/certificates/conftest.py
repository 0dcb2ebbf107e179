"""A fresh demo database per test (copied from one built per session), bundled fonts only,
and a private data folder so an admin's saved templates never leak between tests."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pytest

from unionoffice.core.auth.actor import Actor
from unionoffice.core.auth.roles import Role
from unionoffice.core.database import open_database
from unionoffice.foundation.pdf import set_system_fallback

# A year the demo data never uses, so every test's numbers start at 0001.
YEAR = 2031
ISSUED_ON = date(YEAR, 5, 1)
ADMIN = Actor(user_id=1, username="admin", display_name="管理员", role=Role.ADMIN)
VIEWER = Actor(user_id=2, username="viewer", display_name="只读", role=Role.VIEWER)


@pytest.fixture(autouse=True)
def isolated(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("UNIONOFFICE_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("UNIONOFFICE_CACHE_DIR", str(tmp_path / "cache"))
    set_system_fallback(False)
    yield
    set_system_fallback(False)


_DEMO_KEYS: list = []


@pytest.fixture(scope="session")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from unionoffice.core.crypto import vault
    from unionoffice.demo.build import build_demo_database

    path = tmp_path_factory.mktemp("demo") / "demo.sqlite"
    build_demo_database(path, size=300).dispose()
    _DEMO_KEYS.append(vault.ring())  # the demo's own keys: writes under other keys are refused
    return path


@pytest.fixture
def db(demo_file: Path, tmp_path: Path):
    from unionoffice.core.crypto import vault

    vault.set_ring(_DEMO_KEYS[0])
    target = tmp_path / "t.sqlite"
    shutil.copy(demo_file, target)
    database = open_database(f"sqlite:///{target}")
    yield database
    database.dispose()


def recipients(names, **fields):  # type: ignore[no-untyped-def]
    from unionoffice.certificates.sources import Recipient

    base = {"title": "诚信心连心人", "citation": "在本年度“诚信心连心人”评选活动中恪守诚信，事迹突出，被评为"}
    base.update(fields)
    return [Recipient(n, None, dict(base)) for n in names]


def request(tmp_path: Path, names, template_key: str = "honour_a4", name: str = "out.pdf", **kwargs):  # type: ignore[no-untyped-def]
    from unionoffice.certificates.service import IssueRequest
    from unionoffice.certificates.templates import get_template

    return IssueRequest(
        template=get_template(template_key),
        recipients=recipients(names),
        source_key="text",
        source_label="测试名单",
        target=tmp_path / name,
        issued_on=ISSUED_ON,
        **kwargs,
    )
