"""The studios operations through the service contract (encoded as over the wire): scope,
refusals arriving as the right exception, and each screen's opening call."""

from __future__ import annotations

import io
from datetime import date

import pytest
from openpyxl import Workbook

from tests.studios.conftest import ADMIN, VIEWER
from tests.studios.helpers import five_small, studio
from unionoffice.foundation.contract import ById, Empty, FileData, ListQuery, ListWindow
from unionoffice.foundation.errors import NotFound, PermissionDenied, UserError, ValidationError
from unionoffice.foundation.importer.preview import ImportApply
from unionoffice.studios import contract as c
from unionoffice.studios.contract import (
    AchievementFilter,
    AchievementSave,
    HonourSave,
    RecognitionInput,
    RoundClose,
    RoundNew,
    RoundsOpen,
    StudioFilter,
    StudioSave,
    StudiosOpen,
)
from unionoffice.studios.labels import Kind, Level, Recipient, Status
from unionoffice.studios.service.achievements import get_achievement

WINDOW = ListWindow(0, 200)


def problems(error: ValidationError) -> dict[str, str]:
    return {p.field: p.message for p in error.problems}


def test_a_clerk_sees_only_the_studios_of_their_branch(world, services_as):
    mine = studio(world, "张三劳模创新工作室", "张三", branch=0)
    theirs = studio(world, "赵六技能大师工作室", "赵六", branch=1)
    clerk = services_as(world.db, world.clerk_a)
    screen = clerk.call(c.OPEN_STUDIOS, StudiosOpen(StudioFilter(), WINDOW))
    assert [row[0] for row in screen.page.rows] == [mine] and screen.page.total == 1
    assert (
        screen.org is not None and clerk.call(c.STUDIO_PAGE, ById(mine)).studio.name == "张三劳模创新工作室"
    )
    with pytest.raises(NotFound):
        clerk.call(c.STUDIO_PAGE, ById(theirs))
    again = clerk.call(c.OPEN_STUDIOS, StudiosOpen(StudioFilter(), WINDOW, screen.org.stamp))
    assert again.org is None  # the reference comes only when the screen's copy is old


def test_an_achievement_form_gets_every_problem_in_one_answer(world, services_as):
    services = services_as(world.db, ADMIN)
    bad = AchievementSave(
        title="",
        kind=Kind.FIVE_SMALL,
        people="张三（E999）",
        declared_on=None,
        benefit="35万",
    )
    with pytest.raises(ValidationError) as refused:
        services.call(c.SAVE_ACHIEVEMENT, bad)
    found = problems(refused.value)
    assert set(found) >= {"成果名称", "完成人", "申报日期", "经济效益", "五小类别"}
    assert "E999 不是会员" in found["完成人"]


def test_saving_an_achievement_reads_people_as_the_import_does(world, services_as):
    services = services_as(world.db, ADMIN)
    request = AchievementSave(
        title="皮带机防跑偏装置",
        kind=Kind.FIVE_SMALL,
        five_small_kind=None,
        people="张三（E001）60%；李四（E002）40%",
        declared_on=date(2026, 5, 6),
    )
    with pytest.raises(ValidationError) as refused:
        services.call(c.SAVE_ACHIEVEMENT, request)
    assert "五小类别" in problems(refused.value)
    from dataclasses import replace

    from unionoffice.studios.labels import FiveSmall

    checked = services.call(
        c.SAVE_ACHIEVEMENT, replace(request, five_small_kind=FiveSmall.INNOVATION, check_only=True)
    )
    assert (
        checked.id == 0
        and services.call(c.LIST_ACHIEVEMENTS, ListQuery(AchievementFilter(), WINDOW)).total == 0
    )
    saved = services.call(c.SAVE_ACHIEVEMENT, replace(request, five_small_kind=FiveSmall.INNOVATION))
    stored = get_achievement(world.db, ADMIN, saved.id)
    assert [(p.name, p.share_pct) for p in stored.people] == [("张三", 60), ("李四", 40)]
    form = services.call(c.OPEN_ACHIEVEMENT_FORM, c.AchievementFormOpen(saved.id))
    assert form.people == "张三（E001）60%；李四（E002）40%"


def test_a_viewer_cannot_write(world, services_as):
    viewer = services_as(world.db, VIEWER)
    with pytest.raises(PermissionDenied):
        viewer.call(
            c.SAVE_STUDIO,
            StudioSave(
                name="x",
                leader="张三（E001）",
                branch_id=world.branches[0],
                recognitions=[RecognitionInput(Level.COUNTY, date(2024, 1, 1), "新乡县总工会")],
                members=[],
            ),
        )


def test_a_new_studio_names_a_leader_who_is_no_member(world, services_as):
    services = services_as(world.db, ADMIN)
    request = StudioSave(
        name="",
        leader="无名（E404）",
        branch_id=world.branches[0],
        recognitions=[RecognitionInput(Level.COUNTY, date(2024, 1, 1), "")],
        members=[c.StudioMemberEntry("李四（E002）"), c.StudioMemberEntry("某某（E404）")],
    )
    with pytest.raises(ValidationError) as refused:
        services.call(c.SAVE_STUDIO, request)
    found = problems(refused.value)
    assert set(found) == {"领衔人", "名称", "命名历程", "成员"}
    assert found["命名历程"] == "第 1 条：命名单位不能为空" and found["成员"] == "第 2 行：工号 E404 不是会员"


def test_the_round_screen_opens_collects_and_refuses_to_close_early(world, services_as):
    services = services_as(world.db, ADMIN)
    five_small(world, "循环水泵机封冲洗改造", [("张三", 100)], declared=date(2026, 7, 3))
    empty = services.call(c.OPEN_ROUNDS, RoundsOpen(None, WINDOW))
    assert empty.rounds == [] and empty.current is None
    round_id = services.call(c.NEW_ROUND, RoundNew(2026, 3)).id
    assert services.call(c.COLLECT, ById(round_id)).count == 1
    screen = services.call(c.OPEN_ROUNDS, RoundsOpen(None, WINDOW))
    assert screen.current is not None and screen.current.entries == 1 and screen.page.total == 1
    with pytest.raises(UserError, match="还有 1 项成果没有评定等级"):
        services.call(c.CLOSE_ROUND, RoundClose(round_id, screen.current.version))
    clerk = services_as(world.db, world.clerk_a)
    with pytest.raises(PermissionDenied):
        clerk.call(c.COLLECT, ById(round_id))


def test_an_honour_for_a_person_is_found_by_employee_number(world, services_as):
    services = services_as(world.db, ADMIN)
    request = HonourSave(
        title="河南省五一劳动奖章",
        level=Level.PROVINCIAL,
        body="河南省总工会",
        year=2026,
        recipient=Recipient.MEMBER,
        member="张三（E002）",
    )
    with pytest.raises(ValidationError, match="不是“张三”"):
        services.call(c.SAVE_HONOUR, request)
    from dataclasses import replace

    saved = services.call(c.SAVE_HONOUR, replace(request, member="张三（E001）"))
    mine = services.call(c.PERSON_HONOURS, ById(saved.id))
    assert mine.name == "张三" and [h.title for h in mine.honours] == ["河南省五一劳动奖章"]
    form = services.call(c.OPEN_HONOUR_FORM, c.HonourFormOpen(saved.id))
    assert form.member_text == "张三（E001）"
    screen = services.call(c.OPEN_HONOURS, c.HonoursOpen(c.HonourFilter(), WINDOW))
    assert screen.years == [2026] and screen.page.total == 1


def _sheet(rows: list[list[str]]) -> FileData:
    book = Workbook()
    for row in rows:
        book.active.append(row)
    out = io.BytesIO()
    book.save(out)
    return FileData("成果.xlsx", out.getvalue())


def test_import_is_checked_then_applied_all_or_nothing(world, services_as):
    services = services_as(world.db, ADMIN)
    file = _sheet(
        [
            ["成果名称", "类别", "完成人", "申报日期"],
            ["皮带机防跑偏装置", "小革新", "张三（E001）；李四（E002）", "2026-05-06"],
            ["不存在的人", "小建议", "某某（E404）", "2026-05-06"],
        ]
    )
    preview = services.call(c.PLAN_ACHIEVEMENT_IMPORT, file)
    assert preview.new_count == 1 and preview.rejected_rows == 1 and preview.problems[0].row == 3
    assert preview.new_rows[0][:3] == ["2", "皮带机防跑偏装置", "小革新"]
    with pytest.raises(ValidationError):
        services.call(c.APPLY_ACHIEVEMENT_IMPORT, ImportApply(preview.upload, "all_or_nothing"))
    query = ListQuery(AchievementFilter(kind=Kind.FIVE_SMALL.value), WINDOW)
    assert services.call(c.LIST_ACHIEVEMENTS, query).total == 0
    done = services.call(c.APPLY_ACHIEVEMENT_IMPORT, ImportApply(preview.upload, "valid_rows_only"))
    assert (done.inserted, done.rejected) == (1, 1)
    page = services.call(c.LIST_ACHIEVEMENTS, query)
    assert page.total == 1
    people = get_achievement(world.db, ADMIN, page.rows[0][0]).people
    assert [(p.name, p.share_pct) for p in people] == [("张三", None), ("李四", None)]  # not stated: equal


def test_statistics_compilation_and_templates_cross_the_wire(world, services_as):
    services = services_as(world.db, ADMIN)
    studio(world)
    screen = services.call(c.STATISTICS, Empty())
    assert screen.headline.studios == 1 and len(screen.tables) == 7
    assert services.call(c.EXPORT_STATISTICS, Empty()).content[:2] == b"PK"
    assert services.call(c.ACHIEVEMENT_TEMPLATE, Empty()).name == "成果导入模板.xlsx"
    with pytest.raises(UserError, match="还没有已结束评审的评级成果"):
        services.call(c.COMPILATION, c.CompilationRequest(2026))


def test_deleting_refuses_an_entry_of_a_round(world, services_as):
    services = services_as(world.db, ADMIN)
    a = five_small(world, "进了评审的成果", [("张三", 100)], declared=date(2026, 7, 3))
    round_id = services.call(c.NEW_ROUND, RoundNew(2026, 3)).id
    services.call(c.COLLECT, ById(round_id))
    with pytest.raises(UserError, match="已进入季度评审"):
        services.call(c.DELETE_ACHIEVEMENT, ById(a))
    assert get_achievement(world.db, ADMIN, a).status is Status.EVALUATED
