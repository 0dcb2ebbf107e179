"""studios.api.record_honour: what the congress module writes awarded honours through."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from tests.studios.conftest import ADMIN, VIEWER
from unionoffice.foundation.errors import PermissionDenied, ValidationError
from unionoffice.studios.api import HonourInput, Level, Recipient, record_honour, record_honour_in
from unionoffice.studios.models import Honour
from unionoffice.studios.service.honours import person_honours


def _count(world) -> int:  # type: ignore[no-untyped-def]
    with world.db.read(None) as s:
        return s.scalar(select(func.count()).select_from(Honour)) or 0


def medal(world, **changes) -> HonourInput:  # type: ignore[no-untyped-def]
    values = dict(
        title="河南省五一劳动奖章",
        level=Level.PROVINCIAL,
        body="河南省总工会",
        year=2026,
        recipient=Recipient.MEMBER,
        member_id=world.members["张三"],
    )
    values.update(changes)
    return HonourInput(**values)  # type: ignore[arg-type]


def test_an_awarded_honour_lands_in_the_persons_honours(world):
    honour_id = record_honour(world.db, ADMIN, medal(world))
    assert [h.id for h in person_honours(world.db, ADMIN, world.members["张三"])] == [honour_id]


def test_the_forms_checks_hold_and_nothing_is_written(world):
    with pytest.raises(ValidationError, match="荣誉名称"):
        record_honour(world.db, ADMIN, medal(world, title=" "))
    with pytest.raises(PermissionDenied):
        record_honour(world.db, VIEWER, medal(world))
    # a clerk of branch A cannot record an honour for a member of branch B
    with pytest.raises(PermissionDenied):
        record_honour(world.db, world.clerk_a, medal(world, member_id=world.members["赵六"]))
    assert _count(world) == 0


def test_inside_the_callers_transaction_a_refusal_rolls_back_the_whole(world):
    with pytest.raises(ValidationError, match="获奖人"), world.db.transaction(ADMIN) as s:
        record_honour_in(s, ADMIN, medal(world))
        record_honour_in(s, ADMIN, medal(world, member_id=None))
    assert _count(world) == 0
    with pytest.raises(PermissionDenied), world.db.transaction(VIEWER) as s:
        record_honour_in(s, VIEWER, medal(world))
    assert _count(world) == 0
