"""Fresh databases for studio tests: a tiny hand-made organisation (for hand counts) and the demo."""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest

from unionoffice.core.auth.actor import Actor
from unionoffice.core.auth.models import User
from unionoffice.core.auth.roles import Role
from unionoffice.core.database import open_database
from unionoffice.core.org.labels import UnitKind
from unionoffice.core.org.models import OrgUnit
from unionoffice.db.database import Database
from unionoffice.db.migrate import upgrade
from unionoffice.members.models import Member

# Real accounts (made first in the template, so their ids are 1 and 2): the union server serves
# real accounts only, and the operation tests also run through it.
ADMIN = Actor(user_id=1, username="admin", display_name="管理员", role=Role.ADMIN)
VIEWER = Actor(user_id=2, username="viewer", display_name="只读", role=Role.VIEWER)
CLERK_IDS = (3, 4)  # clerk_a (branch 0), clerk_b (branch 1)

# (name, employee number, branch index)
PEOPLE = [
    ("张三", "E001", 0),
    ("李四", "E002", 0),
    ("王五", "E003", 0),
    ("赵六", "E004", 1),
    ("孙七", "E005", 1),
    ("周八", "E006", 1),
    ("王䶮", "E007", 0),
]


@dataclass
class World:
    db: Database
    branches: list[int]
    members: dict[str, int]  # name → id
    clerk_a: Actor  # scoped to branch 0
    clerk_b: Actor  # scoped to branch 1


def _template(path: Path) -> tuple[list[int], dict[str, int]]:
    db = open_database(f"sqlite:///{path}")
    upgrade(db)
    with db.transaction(None) as s:
        company = OrgUnit(kind=UnitKind.COMPANY, name="集团公司工会", sort_order=0)
        s.add(company)
        s.flush()
        branches = []
        for order, name in enumerate(("心兴分工会", "氢力分工会"), start=1):
            unit = OrgUnit(kind=UnitKind.BRANCH, name=name, parent_id=company.id, sort_order=order)
            s.add(unit)
            s.flush()
            branches.append(unit.id)
        accounts = [
            User(username="admin", display_name="管理员", password_hash="-", role=Role.ADMIN),
            User(username="viewer", display_name="只读", password_hash="-", role=Role.VIEWER),
            User(username="clerk_a", display_name="干事甲", password_hash="-", role=Role.CLERK),
            User(username="clerk_b", display_name="干事乙", password_hash="-", role=Role.CLERK),
        ]
        for account in accounts:
            s.add(account)
            s.flush()
        assert (accounts[0].id, accounts[1].id) == (ADMIN.user_id, VIEWER.user_id)
        assert (accounts[2].id, accounts[3].id) == CLERK_IDS
        accounts[2].branches = [s.get(OrgUnit, branches[0])]
        accounts[3].branches = [s.get(OrgUnit, branches[1])]
        members = {}
        for n, (name, number, b) in enumerate(PEOPLE):
            m = Member(
                name=name,
                gender="M",
                id_number=f"41070219800101{n:03d}1"[:18],
                birth_date=date(1980, 1, 1),
                employee_no=number,
                branch_id=branches[b],
                join_date=date(2005, 1, 1),
            )
            s.add(m)
            s.flush()
            members[name] = m.id
    db.dispose()
    return branches, members


@pytest.fixture(scope="session")
def _world_template(tmp_path_factory) -> tuple[Path, list[int], dict[str, int]]:
    path = tmp_path_factory.mktemp("studios-template") / "t.sqlite"
    branches, members = _template(path)
    return path, branches, members


@pytest.fixture
def world(_world_template, tmp_path) -> World:
    template, branches, members = _world_template
    target = tmp_path / "t.sqlite"
    shutil.copyfile(template, target)
    db = open_database(f"sqlite:///{target}")
    clerk_a = Actor(
        user_id=CLERK_IDS[0],
        username="clerk_a",
        display_name="干事甲",
        role=Role.CLERK,
        branch_ids=frozenset({branches[0]}),
    )
    clerk_b = Actor(
        user_id=CLERK_IDS[1],
        username="clerk_b",
        display_name="干事乙",
        role=Role.CLERK,
        branch_ids=frozenset({branches[1]}),
    )
    yield World(db, branches, members, clerk_a, clerk_b)
    db.dispose()


@pytest.fixture(scope="session")
def demo_db(tmp_path_factory) -> Database:
    """The demo registry on 300 members, built once: tests here only read it."""
    from unionoffice.demo.build import build_demo_database

    return build_demo_database(tmp_path_factory.mktemp("studios-demo") / "demo.sqlite", size=300)
