"""The contests tab driven as an admin, a clerk and a viewer would: one call to open it, one per
contest or page chosen, never on the GUI thread."""

from __future__ import annotations

import threading
from datetime import datetime

import pytest
from PySide6.QtWidgets import QDialog, QInputDialog, QMessageBox
from sqlalchemy import select

from tests.conftest import shown
from unionoffice.contests.models import Contestant, ContestEvent, Mark, ScoringItem
from unionoffice.contests.service import entrants
from unionoffice.contests.service.definition import create_contest
from unionoffice.contests.views.add_members_dialog import AddMembersDialog
from unionoffice.contests.views.tab import ContestsTab

from .conftest import World, standard_definition


@pytest.fixture
def calls(monkeypatch):  # type: ignore[no-untyped-def]
    """Every call the screens make: (operation name, thread)."""
    from unionoffice.client.local import LocalServices

    made: list[tuple[str, threading.Thread]] = []
    original = LocalServices.call

    def watched(self, op, request):  # type: ignore[no-untyped-def]
        made.append((op.name, threading.current_thread()))
        return original(self, op, request)

    monkeypatch.setattr(LocalServices, "call", watched)
    return made


@pytest.fixture
def messages(monkeypatch):  # type: ignore[no-untyped-def]
    shown_texts: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: shown_texts.append(a[2]))
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: shown_texts.append(a[2]))
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    return shown_texts


def open_tab(qtbot, world: World, view_context, username: str = "admin") -> ContestsTab:  # type: ignore[no-untyped-def]
    ctx = view_context(world.db, world.actor(username))
    return shown(qtbot, ContestsTab(ctx), lambda t: t.head is not None or t.title.text() == "还没有竞赛")


def results_of(tab: ContestsTab):  # type: ignore[no-untyped-def]
    return tab.parts[next(k for k in tab.parts if k.value == "results")]


def names(calls: list[tuple[str, threading.Thread]]) -> list[str]:
    return [name for name, _thread in calls]


def two_contests(world: World, contest_id: int) -> int:
    entrants.register_members(world.db, world.admin, contest_id, [world.member_ids[i] for i in (0, 10, 20)])
    return create_contest(world.db, world.admin, standard_definition(name="2025年电工技能比武", year=2025))


def test_opening_the_tab_is_one_call_and_shows_the_first_contest(
    qtbot, world, contest_id, view_context, calls
):  # type: ignore[no-untyped-def]
    two_contests(world, contest_id)
    tab = open_tab(qtbot, world, view_context)
    qtbot.waitUntil(lambda: results_of(tab).table.rowCount() == 3)
    assert names(calls) == ["contests.open_tab"]
    assert tab.model.rowCount() == 2 and tab.selected_id() == contest_id
    assert tab.title.text() == "2026年电工技能比武" and "3 名选手" in tab.facts.text()
    assert tab.count_label.text() == "共 2 条"
    assert [tab.year.itemText(i) for i in range(tab.year.count())] == ["全部年度", "2026 年", "2025 年"]


def test_choosing_a_contest_or_a_page_is_one_call(qtbot, world, contest_id, view_context, calls):  # type: ignore[no-untyped-def]
    older = two_contests(world, contest_id)
    tab = open_tab(qtbot, world, view_context)
    calls.clear()
    tab.table.selectRow(1)
    qtbot.waitUntil(lambda: tab.title.text() == "2025年电工技能比武")
    assert names(calls) == ["contests.detail"] and tab.contest_id == older
    qtbot.waitUntil(lambda: results_of(tab).table.rowCount() == 0)
    calls.clear()
    people = tab.pages.page("contestants")
    qtbot.waitUntil(lambda: people.count_label.text() == "共 0 条")
    tab.table.selectRow(0)
    qtbot.waitUntil(lambda: people.model.rowCount() == 3)
    assert names(calls) == ["contests.detail", "contests.detail"]
    calls.clear()
    tab.pages.page("results")  # stale since another contest was chosen: asks once
    qtbot.waitUntil(lambda: results_of(tab).table.rowCount() == 3)
    tab.pages.page("contestants")  # still current: no call
    assert names(calls) == ["contests.detail"]
    assert all(thread is not threading.main_thread() for _name, thread in calls)


def test_the_tab_never_asks_on_the_gui_thread(qtbot, world, contest_id, view_context, calls):  # type: ignore[no-untyped-def]
    two_contests(world, contest_id)
    tab = open_tab(qtbot, world, view_context)
    people = tab.pages.page("contestants")
    qtbot.waitUntil(lambda: people.count_label.text() == "共 3 条")
    for page in ("judges", "scheme"):
        part = tab.pages.page(page)
        qtbot.waitUntil(lambda part=part: part.head is not None)
    tab.pages.page("results")
    tab.table.selectRow(1)
    qtbot.waitUntil(lambda: tab.title.text() == "2025年电工技能比武")
    tab.year.setCurrentIndex(1)
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1)
    assert len(calls) >= 6 and threading.main_thread() not in {thread for _name, thread in calls}


def test_drill_down_from_the_dashboard_filters_and_all_shows_everything(
    qtbot, world, contest_id, view_context, calls
):  # type: ignore[no-untyped-def]
    older = two_contests(world, contest_id)
    tab = open_tab(qtbot, world, view_context)
    calls.clear()
    tab.show_filtered(year=2025, trade="电工", base="新乡")
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1 and tab.contest_id == older)
    assert names(calls) == ["contests.open_tab"]  # the list and the page, one call
    assert tab.year.currentData() == 2025 and tab.base.currentData() == "新乡"
    tab.show_filtered()
    qtbot.waitUntil(lambda: tab.model.rowCount() == 2)
    assert tab.contest_id == older  # still shown, still selected
    assert tab.selected_id() == older


def test_a_clerk_adds_members_of_their_branch_from_the_register(
    qtbot, world, contest_id, view_context, messages, monkeypatch
):  # type: ignore[no-untyped-def]
    tab = open_tab(qtbot, world, view_context, "clerk_xx")
    people = tab.pages.page("contestants")
    qtbot.waitUntil(lambda: people.count_label.text() == "共 0 条")

    def choose(dialog: AddMembersDialog) -> int:
        members = dialog.members
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitUntil(lambda: members.model.rowCount() == 10)  # 心兴's ten, no one else's
        members.table.selectRow(0)
        members.table.selectionModel().select(
            members.model.index(1, 0),
            members.table.selectionModel().SelectionFlag.Select
            | members.table.selectionModel().SelectionFlag.Rows,
        )
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(AddMembersDialog, "exec", choose)
    people.add_members()
    qtbot.waitUntil(lambda: people.model.rowCount() == 2, timeout=10_000)
    assert messages == ["已添加 2 名选手。"]
    assert tab.head is not None and tab.head.contestants == 2
    assert not any(a.text() == "删除所选选手" and a.isVisible() for a in people.toolbar.actions())


def test_lock_and_unlock_from_the_results_page(qtbot, world, contest_id, view_context, messages, monkeypatch):  # type: ignore[no-untyped-def]
    entrants.register_members(world.db, world.admin, contest_id, [world.member_ids[0]])
    with world.db.transaction(None) as s:
        person = s.execute(select(Contestant.id)).scalar_one()
        item = s.execute(
            select(ScoringItem.id).join(ContestEvent).where(ScoringItem.code == "P1")
        ).scalar_one()
        s.add(
            Mark(
                contestant_id=person,
                item_id=item,
                judge_id=world.users["judge3"],
                value_centi=3000,
                source="sheet",
                entered_at=datetime(2026, 11, 20, 10),
            )
        )
    tab = open_tab(qtbot, world, view_context)
    results = results_of(tab)
    qtbot.waitUntil(lambda: "成绩未锁定" in results.state.text())
    results.buttons["lock"].click()
    qtbot.waitUntil(lambda: "锁定" in results.state.text() and "未锁定" not in results.state.text())
    assert results.buttons["unlock"].isEnabled() and not results.buttons["import"].isEnabled()
    assert "成绩已锁定" in tab.facts.text()
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("补录评分", True))
    results.buttons["unlock"].click()
    qtbot.waitUntil(lambda: "成绩未锁定" in results.state.text())
    assert messages == []


def test_a_viewer_sees_no_admin_actions(qtbot, world, contest_id, view_context):  # type: ignore[no-untyped-def]
    tab = open_tab(qtbot, world, view_context, "viewer")
    visible = [a.text() for a in tab.toolbar.actions() if a.isVisible() and a.text()]
    assert visible == []
    assert set(results_of(tab).buttons) == {"outcomes", "export"}
    judges = tab.pages.page("judges")
    qtbot.waitUntil(lambda: judges.head is not None)
    assert judges.judge_event.count() == 0 and not judges.warnings.isVisible()


def test_a_drill_down_before_the_tab_was_first_shown_opens_it_filtered(
    qtbot, world, contest_id, view_context, calls
):  # type: ignore[no-untyped-def]
    """The dashboard builds the tab and filters it before it is ever shown: one call, filtered."""
    older = two_contests(world, contest_id)
    tab = ContestsTab(view_context(world.db, world.actor("viewer")))
    tab.show_filtered(year=2025, trade="电工", base="新乡")
    assert calls == []  # nothing is asked before the tab is shown
    shown(qtbot, tab, lambda t: t.head is not None)
    assert names(calls) == ["contests.open_tab"]
    assert tab.model.rowCount() == 1 and tab.contest_id == older and tab.year.currentData() == 2025
