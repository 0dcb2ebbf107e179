"""A fresh small database per test: the demo organisation and users, members of every branch,
and a standard electrician contest (theory 30 % measured + practical 70 % judged)."""

from __future__ import annotations

import gc
import random
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import insert, select

from unionoffice.contests.service.definition import ContestDef, EventDef, ItemDef, create_contest
from unionoffice.core.auth.actor import SYSTEM_ACTOR, Actor
from unionoffice.core.auth.models import User, user_branches
from unionoffice.core.auth.roles import Role
from unionoffice.core.crypto.fields import sealed_rows
from unionoffice.core.database import open_database
from unionoffice.db.database import Database
from unionoffice.db.migrate import upgrade
from unionoffice.demo.build import BRANCHES, _org, _users
from unionoffice.members.models import Member


@dataclass
class World:
    db: Database
    admin: Actor
    users: dict[str, int]
    branch_ids: dict[str, int]
    member_ids: list[int]
    path: Path

    def actor(self, username: str) -> Actor:
        with self.db.read() as s:
            u = s.execute(select(User).where(User.username == username)).scalar_one()
            return Actor(u.id, u.username, u.display_name, Role(u.role), frozenset(b.id for b in u.branches))


def standard_definition(**changes: object) -> ContestDef:
    d = ContestDef(
        name="2026年电工技能比武",
        year=2026,
        trade="电工",
        base="新乡",
        venue="新乡实训基地",
        contest_date=date(2026, 11, 20),
        events=(
            EventDef(
                "theory",
                "理论考试",
                "theory",
                Decimal(30),
                (ItemDef("T", "理论试卷", "measured", Decimal(100)),),
            ),
            EventDef(
                "practical",
                "实操考核",
                "practical",
                Decimal(70),
                (
                    ItemDef("P1", "电气接线", "judged", Decimal(40)),
                    ItemDef("P2", "故障排查", "judged", Decimal(30)),
                    ItemDef("P3", "安全文明", "judged", Decimal(30)),
                ),
            ),
        ),
        tie_break=("event:practical", "item:practical/P2"),
        award_mode="count",
        award_levels=(("一等奖", Decimal(1)), ("二等奖", Decimal(2)), ("三等奖", Decimal(3))),
    )
    from dataclasses import replace

    return replace(d, **changes)  # type: ignore[arg-type]


def build_world(path: Path, members_per_branch: int = 10) -> World:
    db = open_database(f"sqlite:///{path}")
    upgrade(db)
    with db.transaction(None) as s:
        s.info["audit_off"] = True
        _company, branch_ids, group_ids = _org(s)
        users = _users(s, branch_ids)
        # judge1 belongs to 心兴, judge2 to 氢力: the conflict-of-interest rule has something to bite.
        s.execute(
            insert(user_branches),
            [
                {"user_id": users["judge1"], "org_unit_id": branch_ids["心兴分工会"]},
                {"user_id": users["judge2"], "org_unit_id": branch_ids["氢力分工会"]},
            ],
        )
        rng = random.Random(5)
        rows = []
        for b, name in enumerate(BRANCHES):
            for n in range(members_per_branch):
                rows.append(
                    {
                        "name": f"{name[:2]}{n:02d}",
                        "name_pinyin": "",
                        "name_initials": "",
                        "gender": "M",
                        "id_number": f"4107021990010{b}{n:03d}X"[:18],
                        "birth_date": date(1990, 1, 1),
                        "branch_id": branch_ids[name],
                        "group_id": rng.choice(group_ids[name]),
                        "join_date": date(2015, 1, 1),
                        "status": "active",
                        "trade": "电工",
                        "employee_no": f"E{b}{n:03d}",
                        "version": 1,
                    }
                )
        s.execute(insert(Member), sealed_rows(s, Member.__table__, rows))
        member_ids = list(s.execute(select(Member.id).order_by(Member.id)).scalars())
    return World(db, SYSTEM_ACTOR, users, branch_ids, member_ids, path)


@pytest.fixture(autouse=True)
def _collect_on_the_gui_thread():  # type: ignore[no-untyped-def]
    """Cyclic garbage of a test (screens, contexts, workers) is collected here, on the main thread.
    Left to chance, Python's collector may run in a worker thread of a later test and finalise Qt
    objects there; one full-suite run died with a bus error that way (GC inside a worker thread)."""
    yield
    gc.collect()


@pytest.fixture
def world(tmp_path: Path) -> World:
    w = build_world(tmp_path / "t.sqlite")
    yield w
    w.db.dispose()


@pytest.fixture
def contest_id(world: World) -> int:
    return create_contest(world.db, world.admin, standard_definition())
