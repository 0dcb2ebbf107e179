"""Issue #21 item 4: the studio form (leader, level history, members) and the honour form, with
the services' checks, through the contract and on screen."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from PySide6.QtWidgets import QDialog, QLabel, QMessageBox

from tests.conftest import shown
from tests.studios.conftest import ADMIN
from tests.studios.helpers import studio
from unionoffice.foundation.contract import ById
from unionoffice.foundation.errors import ConcurrentEditError, NotFound, ValidationError
from unionoffice.studios import contract as c
from unionoffice.studios.contract import RecognitionInput, StudioMemberEntry, StudioSave
from unionoffice.studios.labels import Level, Recipient, StudioStatus
from unionoffice.studios.service.studios import studio_detail, studio_page
from unionoffice.studios.views.honour_dialog import HonourDialog
from unionoffice.studios.views.studio_dialogs import StudioDialog
from unionoffice.studios.views.tab import StudiosTab


def new_studio(world, **changes) -> StudioSave:  # type: ignore[no-untyped-def]
    request = StudioSave(
        name="李四技能大师工作室",
        leader="李四（E002）",
        branch_id=world.branches[0],
        field="仪表维修",
        recognitions=[
            RecognitionInput(Level.COUNTY, date(2019, 4, 1), "新乡县总工会", "X2019-3"),
            RecognitionInput(Level.MUNICIPAL, date(2022, 5, 1), "新乡市总工会"),
        ],
        members=[StudioMemberEntry("王五（E003）", "骨干"), StudioMemberEntry("王䶮（E007）")],
    )
    return replace(request, **changes)


def test_a_new_studio_takes_its_highest_recognition_and_its_members(world, services_as):
    services = services_as(world.db, ADMIN)
    studio_id = services.call(c.SAVE_STUDIO, new_studio(world)).id
    detail = studio_detail(world.db, ADMIN, studio_id)
    assert detail.studio.level == Level.MUNICIPAL and detail.studio.founded_on == date(2019, 4, 1)
    assert detail.leader == "李四（E002）"
    assert [(m.person, m.role) for m in detail.members] == [
        ("李四（E002）", "领衔人"),
        ("王五（E003）", "骨干"),
        ("王䶮（E007）", ""),
    ]
    assert [(r.level, r.body) for r in detail.recognitions] == [
        (Level.COUNTY, "新乡县总工会"),
        (Level.MUNICIPAL, "新乡市总工会"),
    ]


def test_editing_replaces_history_and_members_and_recomputes_the_level(world, services_as):
    services = services_as(world.db, ADMIN)
    studio_id = services.call(c.SAVE_STUDIO, new_studio(world)).id
    form = services.call(c.OPEN_STUDIO_FORM, c.StudioFormOpen(studio_id)).studio
    assert form is not None
    county = form.recognitions[0]
    edited = new_studio(
        world,
        studio_id=studio_id,
        version=form.studio.version,
        leader="王五（E003）",
        status=StudioStatus.SUSPENDED,
        recognitions=[replace(county, document_no="X2019-3（补）")],  # the municipal one was a mistake
        members=[StudioMemberEntry("李四（E002）", "成员")],
    )
    services.call(c.SAVE_STUDIO, edited)
    after = studio_detail(world.db, ADMIN, studio_id)
    assert after.studio.level == Level.COUNTY and after.studio.status == StudioStatus.SUSPENDED
    assert [(r.id, r.document_no) for r in after.recognitions] == [(county.id, "X2019-3（补）")]
    assert [(m.person, m.role) for m in after.members] == [
        ("王五（E003）", "领衔人"),
        ("李四（E002）", "成员"),
    ]
    with pytest.raises(ConcurrentEditError):  # the form as it was before this save is stale now
        services.call(c.SAVE_STUDIO, edited)


def test_every_problem_of_the_studio_form_comes_at_once_and_nothing_is_written(world, services_as):
    services = services_as(world.db, ADMIN)
    existing = studio(world, "张三劳模创新工作室")
    before = studio_page(world.db, ADMIN, existing)
    bad = new_studio(
        world,
        studio_id=existing,
        version=before.studio.version,
        name="",
        recognitions=[],
        members=[
            StudioMemberEntry("王五（E003）"),
            StudioMemberEntry("王五（E003）"),
            StudioMemberEntry("王五"),
        ],
    )
    with pytest.raises(ValidationError) as refused:
        services.call(c.SAVE_STUDIO, bad)
    found = [(p.field, p.message) for p in refused.value.problems]
    assert ("名称", "不能为空") in found
    assert ("命名历程", "至少要有一次命名：工作室的级别来自命名") in found
    assert ("成员", "第 2 行：王五 重复列出") in found
    assert any(field == "成员" and message.startswith("第 3 行：") for field, message in found)
    after = studio_page(world.db, ADMIN, existing)
    assert after.studio == before.studio and after.people == before.people


def test_a_clerk_cannot_open_or_move_a_studio_of_another_branch(world, services_as):
    theirs = studio(world, "赵六技能大师工作室", "赵六", branch=1)
    clerk = services_as(world.db, world.clerk_a)
    with pytest.raises(NotFound):
        clerk.call(c.OPEN_STUDIO_FORM, c.StudioFormOpen(theirs))
    from unionoffice.foundation.errors import PermissionDenied

    with pytest.raises(PermissionDenied):
        clerk.call(c.SAVE_STUDIO, new_studio(world, branch_id=world.branches[1]))


def test_honours_can_be_edited_and_deleted(world, services_as):
    services = services_as(world.db, ADMIN)
    team = c.HonourSave(
        title="全国工人先锋号",
        level=Level.NATIONAL,
        body="中华全国总工会",
        year=2025,
        recipient=Recipient.TEAM,
        team_name="合成氨车间甲班",
        branch_id=world.branches[0],
    )
    saved = services.call(c.SAVE_HONOUR, team)
    form = services.call(c.OPEN_HONOUR_FORM, c.HonourFormOpen(saved.id))
    assert form.honour is not None and form.honour.recipient_name == "合成氨车间甲班"
    with pytest.raises(ValidationError, match="与年度不一致"):
        services.call(
            c.SAVE_HONOUR,
            replace(team, honour_id=saved.id, version=form.honour.version, awarded_on=date(2024, 4, 28)),
        )
    services.call(
        c.SAVE_HONOUR,
        replace(team, honour_id=saved.id, version=form.honour.version, awarded_on=date(2025, 4, 28)),
    )
    assert services.call(c.OPEN_HONOUR_FORM, c.HonourFormOpen(saved.id)).honour.awarded_on == date(
        2025, 4, 28
    )
    services.call(c.DELETE_HONOUR, ById(saved.id))
    with pytest.raises(NotFound):
        services.call(c.OPEN_HONOUR_FORM, c.HonourFormOpen(saved.id))


# On screen ----------------------------------------------------------------------------------------


@pytest.fixture
def ctx(world, view_context):  # type: ignore[no-untyped-def]
    return view_context(world.db, ADMIN)


def _save(qtbot, dialog) -> int:  # type: ignore[no-untyped-def]
    dialog.banner.hide()
    dialog.save()
    qtbot.waitUntil(lambda: dialog.result() == QDialog.DialogCode.Accepted or dialog.banner.isVisible())
    return dialog.result()


def test_the_studio_form_edits_members_and_shows_problems_under_them(world, ctx, qtbot):
    studio_id = studio(world, "张三劳模创新工作室")
    dialog = shown(qtbot, StudioDialog(ctx, studio_id), lambda d: d.detail is not None)
    assert dialog.name.text() == "张三劳模创新工作室" and dialog.leader.text() == "张三（E001）"
    assert dialog.recognitions.rowCount() == 1 and dialog.members.rowCount() == 1
    dialog.add_member(StudioMemberEntry("某某（E404）", "骨干"))
    dialog.add_recognition(None)
    dialog.recognitions.item(1, 1).setText("2026.13.01")
    assert _save(qtbot, dialog) != QDialog.DialogCode.Accepted
    qtbot.waitUntil(lambda: not dialog.findChild(QLabel, "error_成员").isHidden())
    assert "E404 不是会员" in dialog.findChild(QLabel, "error_成员").text()
    assert "第 2 条" in dialog.findChild(QLabel, "error_命名历程").text()

    dialog.members.item(1, 0).setText("李四（E002）")
    dialog.recognitions.item(1, 1).setText("2024-06-01")
    dialog.recognitions.item(1, 2).setText("新乡市总工会")
    dialog.recognitions.cellWidget(1, 0).setCurrentIndex(
        dialog.recognitions.cellWidget(1, 0).findData("municipal")
    )
    assert _save(qtbot, dialog) == QDialog.DialogCode.Accepted
    detail = studio_detail(world.db, ADMIN, studio_id)
    assert detail.studio.level == Level.MUNICIPAL
    assert [m.person for m in detail.members] == ["张三（E001）", "李四（E002）"]


def test_editing_from_the_list_reloads_the_studio_page(world, ctx, qtbot, monkeypatch):
    studio_id = studio(world, "张三劳模创新工作室")
    tab = shown(qtbot, StudiosTab(ctx))
    page = tab.page("studios")
    qtbot.waitUntil(lambda: page.page.title.text() == "张三劳模创新工作室")

    def renames(dialog: StudioDialog) -> int:
        qtbot.waitUntil(lambda: dialog.detail is not None)
        dialog.name.setText("张三劳模技能创新工作室")
        return _save(qtbot, dialog)

    monkeypatch.setattr(StudioDialog, "exec", renames)
    page.table.selectRow(0)
    page.activated()
    qtbot.waitUntil(lambda: page.page.title.text() == "张三劳模技能创新工作室")
    assert page.selected_id() == studio_id


def test_an_honour_is_edited_and_deleted_from_its_list(world, ctx, qtbot, monkeypatch):
    from unionoffice.studios.service.honours import create_honour

    honour_id = create_honour(
        world.db,
        ADMIN,
        c.HonourInput(
            "市劳动模范",
            Level.MUNICIPAL,
            "新乡市人民政府",
            2024,
            Recipient.MEMBER,
            member_id=world.members["王五"],
        ),
    )
    tab = shown(qtbot, StudiosTab(ctx))
    page = tab.page("honours")
    qtbot.waitUntil(lambda: page.count_label.text() == "共 1 条")

    def moves_year(dialog: HonourDialog) -> int:
        qtbot.waitUntil(lambda: dialog.honour is not None)
        assert dialog.member.text() == "王五（E003）"
        dialog.year.setValue(2025)
        return _save(qtbot, dialog)

    monkeypatch.setattr(HonourDialog, "exec", moves_year)
    page.table.selectRow(0)
    page.activated()
    qtbot.waitUntil(lambda: page.model.data(page.model.index(0, 0)) == "2025")
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    page.table.selectRow(0)
    page.delete()
    qtbot.waitUntil(lambda: page.count_label.text() == "共 0 条")
    with pytest.raises(NotFound):
        from unionoffice.studios.service.honours import get_honour

        get_honour(world.db, ADMIN, honour_id)
