"""The quarterly evaluation round from opening to certificates."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, select

from tests.studios.conftest import ADMIN, VIEWER
from tests.studios.helpers import five_small, patent
from unionoffice.foundation.errors import PermissionDenied, UserError
from unionoffice.studios.labels import Grade, RoundStatus, Status
from unionoffice.studios.models import Achievement
from unionoffice.studios.service import rounds
from unionoffice.studios.service.achievements import get_achievement
from unionoffice.studios.service.exports import graded_achievements


def test_life_cycle(world):
    db = world.db
    a = five_small(world, "电机轴承拉马改进", [("张三", 60), ("李四", 40)])
    b = five_small(world, "取样口防冻措施", [("赵六", 100)])
    c = five_small(world, "巡检路线优化建议", [("孙七", 100)])
    late = five_small(world, "下季度的成果", [("王五", 100)], declared=date(2026, 10, 2))
    pat = patent(world, "一种合成塔密封方法", "ZL201710601862.3", granted=None)

    round_id = rounds.open_round(db, ADMIN, 2026, 3, panel="专家组")
    assert rounds.collect(db, ADMIN, round_id) == 3  # not the patent, not the one declared in Q4
    assert get_achievement(db, ADMIN, a).status is Status.EVALUATED
    assert get_achievement(db, ADMIN, late).status is Status.DECLARED
    assert get_achievement(db, ADMIN, pat).round_id is None

    rounds.record_grade(db, ADMIN, a, Grade.FIRST, "推广价值高")
    rounds.record_grade(db, ADMIN, b, Grade.THIRD)
    with pytest.raises(UserError, match="1 项成果没有评定等级.*巡检路线优化建议"):
        rounds.close_round(db, ADMIN, round_id, rounds.get_round(db, ADMIN, round_id).version)
    assert graded_achievements(db, ADMIN, 2026) == []  # nothing is final while the round is open

    rounds.record_grade(db, ADMIN, c, Grade.NONE, "不具备推广条件")
    info = rounds.get_round(db, ADMIN, round_id)
    assert (info.entries, info.graded) == (3, 3)
    assert rounds.close_round(db, ADMIN, round_id, info.version) == 2
    assert rounds.get_round(db, ADMIN, round_id).status is RoundStatus.CLOSED
    assert get_achievement(db, ADMIN, a).status is Status.PUBLISHED
    assert get_achievement(db, ADMIN, c).status is Status.EVALUATED

    graded = graded_achievements(db, ADMIN, 2026)
    assert [(g.title, g.grade_label, g.quarter) for g in graded] == [
        ("电机轴承拉马改进", "一类", 3),
        ("取样口防冻措施", "三类", 3),
    ]
    assert graded[0].member_ids == (world.members["张三"], world.members["李四"])
    assert graded[0].recipient_names == "张三、李四"
    assert graded_achievements(db, ADMIN, 2026, quarter=2) == []

    # A closed round is frozen.
    with pytest.raises(UserError, match="已经结束"):
        rounds.record_grade(db, ADMIN, a, Grade.SPECIAL)
    assert get_achievement(db, ADMIN, a).grade is Grade.FIRST


def test_grade_outside_an_open_round_is_refused_and_nothing_changes(world):
    a = five_small(world, "未进入评审的成果", [("张三", 100)])
    with pytest.raises(UserError, match="不在任何进行中的评审"):
        rounds.record_grade(world.db, ADMIN, a, Grade.FIRST)
    info = get_achievement(world.db, ADMIN, a)
    assert (info.grade, info.status) == (None, Status.DECLARED)


def test_one_open_round_at_a_time_and_no_second_round_for_a_quarter(world):
    db = world.db
    first = rounds.open_round(db, ADMIN, 2026, 2)
    with pytest.raises(UserError, match="2026 年第 2 季度评审尚未结束"):
        rounds.open_round(db, ADMIN, 2026, 3)
    rounds.close_round(db, ADMIN, first, rounds.get_round(db, ADMIN, first).version)
    with pytest.raises(UserError, match="已经开过了"):
        rounds.open_round(db, ADMIN, 2026, 2)
    with pytest.raises(UserError, match="季度"):
        rounds.open_round(db, ADMIN, 2026, 5)


def test_only_the_union_office_runs_rounds(world):
    with pytest.raises(PermissionDenied):
        rounds.open_round(world.db, world.clerk_a, 2026, 3)
    with pytest.raises(PermissionDenied):
        rounds.open_round(world.db, VIEWER, 2026, 3)


def test_withdrawn_result_goes_back_to_declared(world):
    db = world.db
    a = five_small(world, "重复申报的成果", [("张三", 100)])
    round_id = rounds.open_round(db, ADMIN, 2026, 3)
    rounds.collect(db, ADMIN, round_id)
    rounds.withdraw(db, ADMIN, a)
    with db.read() as s:
        assert s.execute(select(func.count()).where(Achievement.round_id == round_id)).scalar_one() == 0
    assert get_achievement(db, ADMIN, a).status is Status.DECLARED
