"""Bad input is refused with a message naming the field, and nothing is half-written."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, select

from tests.studios.conftest import ADMIN
from tests.studios.helpers import five_small, patent, studio
from unionoffice.foundation.errors import NotFound, PermissionDenied, ValidationError
from unionoffice.studios.labels import Kind, Status
from unionoffice.studios.models import Achievement, AchievementPerson
from unionoffice.studios.service.achievements import (
    AchievementInput,
    add_attachment,
    attachment_content,
    attachments,
    create_achievement,
    get_achievement,
    update_achievement,
)
from unionoffice.studios.service.checks import PersonShare


def _counts(db) -> tuple[int, int]:
    with db.read() as s:
        return (
            s.execute(select(func.count()).select_from(Achievement)).scalar_one(),
            s.execute(select(func.count()).select_from(AchievementPerson)).scalar_one(),
        )


def test_duplicate_patent_number_is_refused_naming_the_first_holder(world):
    patent(world, "一种氢气干燥方法", "ZL201710601862.3")
    before = _counts(world.db)
    with pytest.raises(
        ValidationError, match="专利号/登记号：ZL201710601862.3 已登记在成果“一种氢气干燥方法”上"
    ):
        patent(world, "另一项", "201710601862.3", person="李四")
    assert _counts(world.db) == before


def test_people_must_be_members_and_shares_add_up(world):
    data = AchievementInput(
        title="测试成果",
        kind=Kind.INVENTION,
        declared_on=date(2026, 1, 1),
        people=[PersonShare(world.members["张三"], 50), PersonShare(99_999, 50)],
    )
    with pytest.raises(ValidationError, match="完成人：编号为 99999 的人员不是会员"):
        create_achievement(world.db, ADMIN, data)
    data = AchievementInput(
        title="测试成果",
        kind=Kind.INVENTION,
        declared_on=date(2026, 1, 1),
        people=[PersonShare(world.members["张三"], 50), PersonShare(world.members["李四"], 30)],
    )
    with pytest.raises(ValidationError, match="合计应为 100%，现为 80%"):
        create_achievement(world.db, ADMIN, data)
    assert _counts(world.db) == (0, 0)


def test_benefit_in_wan_or_negative_is_refused_and_every_problem_is_listed(world):
    data = AchievementInput(
        title="",
        kind=Kind.FIVE_SMALL,
        declared_on=date(2026, 1, 1),
        benefit="12万",
        benefit_year=2026,
        benefit_basis="估算",
        people=[PersonShare(world.members["张三"], 100)],
    )
    with pytest.raises(ValidationError) as error:
        create_achievement(world.db, ADMIN, data)
    fields = [p.field for p in error.value.problems]
    assert fields == ["成果名称", "五小类别", "经济效益"]
    assert "350000" in str(error.value)  # tells the clerk how to write it
    with pytest.raises(ValidationError, match="经济效益：经济效益不能为负数"):
        patent(world, "负效益", "ZL201710601862.3", benefit="-5")
    with pytest.raises(ValidationError, match="效益年度"):
        create_achievement(
            world.db,
            ADMIN,
            AchievementInput(
                title="缺年度",
                kind=Kind.PAPER,
                declared_on=date(2026, 1, 1),
                benefit="100",
                people=[PersonShare(world.members["张三"], 100)],
            ),
        )
    assert _counts(world.db) == (0, 0)


def test_benefit_is_stored_in_fen(world):
    aid = patent(world, "节能方法", "ZL201710601862.3", benefit="1,234,567.89")
    assert get_achievement(world.db, ADMIN, aid).benefit_fen == 123_456_789


def test_five_small_results_are_numbered_without_gaps_per_year(world):
    first = five_small(world, "第一项", [("张三", 100)])
    second = five_small(world, "第二项", [("张三", 100)])
    other_year = five_small(world, "去年的", [("张三", 100)], declared=date(2025, 5, 1))
    numbers = [get_achievement(world.db, ADMIN, a).reg_no for a in (first, second, other_year)]
    assert numbers == ["WX2026-0001", "WX2026-0002", "WX2025-0001"]


def test_granted_patent_is_published_and_pending_one_is_declared(world):
    granted = patent(world, "已授权", "ZL201710601862.3")
    pending = patent(world, "申请中", "", granted=None)
    assert get_achievement(world.db, ADMIN, granted).status is Status.PUBLISHED
    assert get_achievement(world.db, ADMIN, pending).status is Status.DECLARED


def test_clerks_work_within_their_branch(world):
    sid = studio(world)  # branch 0
    with pytest.raises(PermissionDenied):
        five_small(world, "越权", [("赵六", 100)], actor=world.clerk_a)  # 赵六 is in branch 1
    aid = five_small(world, "本分工会", [("张三", 100)], studio_id=sid, actor=world.clerk_a)
    with pytest.raises(NotFound):
        get_achievement(world.db, world.clerk_b, aid)


def test_edit_replaces_people_and_checks_the_version(world):
    aid = five_small(world, "原标题", [("张三", 100)])
    info = get_achievement(world.db, ADMIN, aid)
    data = AchievementInput(
        title="新标题",
        kind=Kind.FIVE_SMALL,
        five_small_kind=info.five_small_kind,
        declared_on=info.declared_on,
        people=[PersonShare(world.members["李四"], 70), PersonShare(world.members["王五"], 30)],
    )
    update_achievement(world.db, ADMIN, aid, data, info.version)
    after = get_achievement(world.db, ADMIN, aid)
    assert (after.title, [(p.name, p.share_pct) for p in after.people]) == (
        "新标题",
        [("李四", 70), ("王五", 30)],
    )
    assert after.reg_no == info.reg_no  # the number stays
    from unionoffice.foundation.errors import ConcurrentEditError

    with pytest.raises(ConcurrentEditError):
        update_achievement(world.db, ADMIN, aid, data, info.version)


def test_attachments_round_trip(world):
    aid = five_small(world, "带附件", [("张三", 100)])
    att = add_attachment(world.db, ADMIN, aid, "证明材料.pdf", b"%PDF-1.4 demo")
    assert [(a.file_name, a.size) for a in attachments(world.db, ADMIN, aid)] == [("证明材料.pdf", 13)]
    assert attachment_content(world.db, ADMIN, att) == ("证明材料.pdf", b"%PDF-1.4 demo")
