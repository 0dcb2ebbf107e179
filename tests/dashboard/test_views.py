"""The dashboard tab: first for admins and viewers, one call to open, drill-down through the navigator."""

from __future__ import annotations

import threading
from dataclasses import dataclass, field

import pytest
from factories import actor_of
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox

from tests.conftest import shown
from unionoffice.dashboard.views.tab import DashboardTab
from unionoffice.studios.labels import Grade
from unionoffice.ui.main_window import MainWindow


@dataclass
class Recorder:
    """A navigator that notes where a click would lead (other modules' tabs are not built)."""

    allowed: bool = True
    asked: list[tuple[str, dict[str, object]]] = field(default_factory=list)

    def show_filtered(self, module: str, **values: object) -> bool:
        self.asked.append((module, values))
        return self.allowed


@pytest.fixture
def tab(qtbot, world, view_context):  # type: ignore[no-untyped-def]
    def make(username: str = "viewer") -> DashboardTab:
        ctx = view_context(world.db, actor_of(world.db, username))
        ctx.navigator = Recorder()
        view = shown(qtbot, DashboardTab(ctx), lambda v: v.board is not None)
        with qtbot.waitSignal(view.figures_shown):
            view.year.setCurrentIndex(view.year.findData(2025))
        return view

    return make


@pytest.fixture
def window(qtbot, world, view_context):  # type: ignore[no-untyped-def]
    def make(username: str = "viewer") -> MainWindow:
        w = MainWindow(view_context(world.db, actor_of(world.db, username)))
        w.setProperty("demo", True)
        return shown(qtbot, w)

    return make


def test_dashboard_is_the_first_tab_for_viewers_and_absent_for_clerks(window):
    viewer = window("viewer")
    assert viewer.tab_keys()[0] == "dashboard" and viewer.tabs.currentIndex() == 0
    assert window("admin").tab_keys()[0] == "dashboard"
    assert "dashboard" not in window("clerk_a").tab_keys()


def test_figures_arrive_and_fill_cards_and_charts(qtbot, tab, world):
    view = tab()
    assert view.cards["members"].value.text() == "5"
    assert view.cards["members"].change.text() == "比上年 −16.7%"
    assert view.cards["entries"].value.text() == "4"
    chart = view.charts["entries"].chart()
    assert chart.series()[0].count() == 2  # two bases: 新乡 and 江西
    with qtbot.waitSignal(view.figures_shown):
        view.branch.setCurrentIndex(view.branch.findData(world.a))
    assert view.cards["members"].value.text() == "2"  # 心兴 alone on 2025-12-31
    assert view.status.text().startswith("心兴分工会 · 2025 年")


def test_opening_is_one_call_and_no_call_runs_on_the_gui_thread(qtbot, world, view_context, monkeypatch):
    from unionoffice.client.local import LocalServices

    calls: list[tuple[str, threading.Thread]] = []
    original = LocalServices.run_job

    def watched(self, op, request, progress):  # type: ignore[no-untyped-def]
        calls.append((op.name, threading.current_thread()))
        return original(self, op, request, progress)

    monkeypatch.setattr(LocalServices, "run_job", watched)
    ctx = view_context(world.db, actor_of(world.db, "viewer"))
    view = shown(qtbot, DashboardTab(ctx), lambda v: v.board is not None)
    assert [name for name, _ in calls] == ["dashboard.open"]  # years, figures, charts, branches
    assert view.board.chart("members").sets and view.branch.count() == 3  # 全会 and two branch unions
    view.year.setCurrentIndex(view.year.findData(2024))
    view.branch.setCurrentIndex(view.branch.findData(world.b))
    qtbot.waitUntil(lambda: view.board.year == 2024 and view.board.branch_id == world.b)
    assert [name for name, _ in calls][1:] == ["dashboard.figures", "dashboard.figures"]
    assert threading.current_thread() not in {thread for _, thread in calls}


def test_a_member_bar_opens_the_register_of_that_branch(qtbot, window, world):
    w = window()
    view = w.open_tab("dashboard")
    qtbot.waitUntil(lambda: view.board is not None)
    with qtbot.waitSignal(view.figures_shown):
        view.year.setCurrentIndex(view.year.findData(2025))
    view.charts["members"].click_bar(1, 1)  # 在会会员 of the second branch (B)
    assert w.tab_keys()[w.tabs.currentIndex()] == "members"
    register = w.open_tab("members").page("register")
    qtbot.waitUntil(lambda: register.model.rowCount() == 3)
    assert register.org.branch.currentData() == world.b and register.status.currentData() == "active"


def test_every_click_names_the_list_by_its_modules_keywords(qtbot, tab):
    view = tab()
    asked = view.ctx.navigator.asked
    qtbot.mouseClick(view.cards["members"], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(view.cards["aid"], Qt.MouseButton.LeftButton)
    view.charts["aid_types"].click_bar(0, 3)  # 意外伤害
    names = [s.name for s in view.board.chart("entries").sets]
    view.charts["entries"].click_bar(names.index("新乡"), 1)  # 电工 at 新乡
    grades = [s.name for s in view.board.chart("quarters").sets]
    view.charts["quarters"].click_bar(grades.index(Grade.THIRD.label), 0)
    view.charts["patents"].click_bar(0, 5)
    assert asked == [
        ("members", {"status": "active"}),
        ("medical", {"year": 2025, "status": "paid"}),
        ("medical", {"year": 2025, "status": "paid", "benefit_type": "accident"}),
        ("contests", {"year": 2025, "base": "新乡", "trade": "电工"}),
        ("studios", {"kind": "five_small", "round_year": 2025, "quarter": 1, "grade": "third"}),
        ("studios", {"granted_year": 2025, "kind": "invention"}),
    ]


def test_a_branch_scope_rides_along_in_every_drill(qtbot, tab, world):
    view = tab()
    with qtbot.waitSignal(view.figures_shown):
        view.branch.setCurrentIndex(view.branch.findData(world.a))
    for key in ("members", "aid", "five_small"):
        view.cards[key].clicked.emit(view.cards[key].headline.drill)
    asked = view.ctx.navigator.asked
    assert asked[0] == ("members", {"branch": world.a, "status": "active"})
    assert asked[1][1]["branch_id"] == world.a and asked[2][1]["branch_id"] == world.a


def test_a_module_this_user_cannot_open_is_said_so(tab, monkeypatch):
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text, *a: said.append(text))
    view = tab()
    view.ctx.navigator.allowed = False
    view.cards["patents"].clicked.emit(view.cards["patents"].headline.drill)
    assert said == ["当前账号看不到该模块的明细。"]


@pytest.mark.parametrize("suffix", [".pdf", ".xlsx"])
def test_the_report_is_made_by_the_services_and_saved_here(qtbot, tab, tmp_path, monkeypatch, suffix):
    target = tmp_path / f"报告{suffix}"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text, *a: said.append(text))
    view = tab()
    view.save_report()
    qtbot.waitUntil(lambda: bool(said), timeout=20_000)
    assert str(target) in said[0]
    assert target.read_bytes()[:4] == (b"%PDF" if suffix == ".pdf" else b"PK\x03\x04")


def test_the_dues_cards_and_bars_open_the_dues_tab_the_budget_nothing(qtbot, tab, world):
    view = tab()
    assert view.cards["dues"].value.text() == "0.0 万元"  # 41.15 yuan, written in 万元 as every money card
    assert view.cards["budget"].value.text() == "31.4%" and view.cards["resolution"].value.text() == "66.7%"
    for key in ("dues", "welfare", "budget", "resolution"):
        qtbot.mouseClick(view.cards[key], Qt.MouseButton.LeftButton)
    view.charts["dues_months"].click_bar(1, 0)  # 实缴, January
    view.charts["welfare"].click_bar(0, 0)  # 心兴's birthday cards
    view.charts["budget"].click_bar(0, 0)  # no budget page: nothing
    assert view.ctx.navigator.asked == [
        ("dues", {"page": "dues", "month": "2025-02-01"}),
        ("dues", {"page": "welfare", "year": 2025}),
        ("congress", {}),
        ("dues", {"page": "dues", "month": "2025-01-01", "status": "paid"}),
        ("dues", {"page": "welfare", "year": 2025, "item": "birthday", "branch_id": world.a}),
    ]


def test_a_role_without_the_dues_permission_sees_no_dues_cards_or_charts(qtbot, tab, monkeypatch):
    from unionoffice.core.auth import actor as actor_module
    from unionoffice.core.auth.grants import role_permissions

    monkeypatch.setattr(
        actor_module, "role_permissions", lambda role: role_permissions(role) - {"dues.figures"}
    )
    view = tab()
    hidden = {key for key, card in view.cards.items() if card.isHidden()}
    assert hidden == {"dues", "welfare", "budget"}
    assert {key for key, panel in view.charts.items() if panel.isHidden()} == {
        "dues_months",
        "welfare",
        "budget",
    }
    resolution = view.card_grid.getItemPosition(view.card_grid.indexOf(view.cards["resolution"]))
    assert resolution[:2] == (2, 0)  # moved up to close the gap the dues cards left


def test_the_resolution_card_opens_the_proposals_of_the_latest_session(qtbot, window):
    w = window()
    view = w.open_tab("dashboard")
    qtbot.waitUntil(lambda: view.board is not None)
    qtbot.mouseClick(view.cards["resolution"], Qt.MouseButton.LeftButton)
    assert w.tab_keys()[w.tabs.currentIndex()] == "congress"
    proposals = w.open_tab("congress").page("proposals")
    qtbot.waitUntil(lambda: proposals.model.rowCount() == 4)  # the four proposals of conftest's session
    assert "办结率 66.7%" in proposals.figures.text()


def test_the_welfare_card_opens_the_years_welfare_register(qtbot, window, world):
    w = window("admin")
    view = w.open_tab("dashboard")
    qtbot.waitUntil(lambda: view.board is not None)
    with qtbot.waitSignal(view.figures_shown):
        view.branch.setCurrentIndex(view.branch.findData(world.b))
    with qtbot.waitSignal(view.figures_shown):
        view.year.setCurrentIndex(view.year.findData(2025))
    qtbot.mouseClick(view.cards["welfare"], Qt.MouseButton.LeftButton)
    assert w.tab_keys()[w.tabs.currentIndex()] == "dues"
    welfare = w.open_tab("dues").page("welfare")
    qtbot.waitUntil(lambda: welfare.count_label.text().startswith("共"))
    assert welfare.year.currentData() == 2025 and welfare.branch.currentData() == world.b
    assert welfare.branch.currentText() == "氢力分工会" and welfare.item.currentData() is None
    # 氢力's 2025 payments as the register lists them: m5's hospital visit, m6's cancelled wedding gift.
    assert sorted(welfare.model.data(welfare.model.index(r, 0)) for r in range(welfare.model.rowCount())) == [
        "会员m5",
        "会员m6",
    ]
