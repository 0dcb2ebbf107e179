"""Helpers for the hardship tests: members in the ``org`` fixture's two branch unions (base 新乡)
and the file form's data."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from factories import add_member
from sqlalchemy import func, select

from unionoffice.db.database import Database
from unionoffice.hardship.contract import FileInput, ItemInfo, PersonInfo
from unionoffice.hardship.labels import ItemKind, Kin, Origin


@pytest.fixture
def people(db: Database, org: dict[str, int]) -> dict[str, int]:
    """Three members of branch A (心兴), one of branch B (氢力)."""
    return {
        "a1": add_member(db, org["branch_a"], org["group_a"], "张坤", 1),
        "a2": add_member(db, org["branch_a"], org["group_a"], "李娜", 2),
        "a3": add_member(db, org["branch_a"], None, "赵磊", 3),
        "b1": add_member(db, org["branch_b"], org["group_b"], "王强", 4),
    }


def household(
    member_id: int,
    per_head_fen: int | None = None,
    size: int | None = 1,
    *,
    opened_on: date | None = None,
    sudden: bool = False,
    cause: str = "配偶患尿毒症长期透析",
    people: tuple[PersonInfo, ...] | None = None,
    origin: Origin = Origin.APPLICATION,
) -> FileInput:
    """A household whose income per head and month is ``per_head_fen`` (yearly income, no expenses)."""
    items: tuple[ItemInfo, ...] = ()
    if per_head_fen is not None:
        items = (ItemInfo(ItemKind.INCOME, "工资收入", per_head_fen * 12 * (size or 1), "工资发放明细"),)
    return FileInput(
        member_id=member_id,
        origin=origin,
        household_size=size,
        sudden=sudden,
        cause=cause,
        opened_on=opened_on,
        items=items,
        people=people if people is not None else (PersonInfo(Kin.SELF, "张坤", member_id=member_id),),
    )


def count(db: Database, table: Any) -> int:
    with db.read() as s:
        return s.execute(select(func.count()).select_from(table)).scalar_one()
