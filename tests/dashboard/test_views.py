"""The dashboard tab: first for admins and viewers, figures off the GUI thread, drill-down filters."""

from __future__ import annotations

import pytest
from factories import actor_of
from PySide6.QtCore import Qt

from unionoffice.foundation.settings import Settings
from unionoffice.studios.labels import Grade
from unionoffice.ui.context import AppContext
from unionoffice.ui.main_window import MainWindow
from unionoffice.ui.tasks import TaskRunner


@pytest.fixture
def window(qtbot, world):
    made = []

    def make(username: str = "viewer") -> MainWindow:
        w = MainWindow(AppContext(world.db, actor_of(world.db, username), TaskRunner(), Settings()))
        w.setProperty("demo", True)
        qtbot.addWidget(w)
        made.append(w)
        return w

    yield make
    for w in made:
        w.ctx.tasks.wait()


def dashboard_for_2025(qtbot, w: MainWindow):  # type: ignore[no-untyped-def]
    view = w.open_tab("dashboard")
    qtbot.waitUntil(lambda: view.figures is not None)
    with qtbot.waitSignal(view.figures_shown):
        view.year.setCurrentIndex(view.year.findData(2025))
    return view


def test_dashboard_is_the_first_tab_for_viewers_and_absent_for_clerks(window):
    viewer = window("viewer")
    assert viewer.tab_keys()[0] == "dashboard" and viewer.tabs.currentIndex() == 0
    assert window("admin").tab_keys()[0] == "dashboard"
    assert "dashboard" not in window("clerk_a").tab_keys()


def test_figures_arrive_and_fill_cards_and_charts(qtbot, window):
    view = dashboard_for_2025(qtbot, window())
    assert view.cards["members"].value.text() == "5"
    assert view.cards["members"].change.text() == "比上年 −16.7%"
    assert view.cards["entries"].value.text() == "4"
    chart = view.charts["entries"].chart()
    assert chart.series()[0].count() == 2  # two bases: 新乡 and 江西
    with qtbot.waitSignal(view.figures_shown):
        view.branch.setCurrentIndex(view.branch.findData(view.ctx.actor and view.branch.itemData(1)))
    assert view.cards["members"].value.text() == "2"  # 心兴 alone on 2025-12-31


def test_a_member_bar_opens_the_register_of_that_branch(qtbot, window, world):
    w = window()
    view = dashboard_for_2025(qtbot, w)
    view.charts["members"].click_bar(1, 1)  # 在会会员 of the second branch (B)
    members = w.open_tab("members")
    assert w.tab_keys()[w.tabs.currentIndex()] == "members"
    assert members.branch.currentData() == world.b and members.status.currentData() == "active"
    assert members.model.rowCount() == 3


def test_the_aid_card_opens_the_years_paid_claims(qtbot, window):
    w = window()
    view = dashboard_for_2025(qtbot, w)
    qtbot.mouseClick(view.cards["aid"], Qt.MouseButton.LeftButton)
    medical = w.open_tab("medical")
    assert w.tab_keys()[w.tabs.currentIndex()] == "medical"
    assert medical.pages.currentWidget() is medical.claims
    assert medical._schemes[medical.scheme.currentData()].year == 2025
    assert medical.claims.status.currentData() == "paid"
    assert medical.claims.model.rowCount() == 3


def test_a_benefit_type_bar_filters_the_claims_by_type(qtbot, window):
    w = window()
    view = dashboard_for_2025(qtbot, w)
    view.charts["aid_types"].click_bar(0, 3)  # 意外伤害
    claims = w.open_tab("medical").claims
    assert claims.benefit.currentData() == "accident" and claims.model.rowCount() == 1


def test_an_entries_bar_lists_the_contests_of_that_trade_and_base(qtbot, window):
    w = window()
    view = dashboard_for_2025(qtbot, w)
    names = [s.name for s in view.figures.chart("entries").sets]
    view.charts["entries"].click_bar(names.index("新乡"), 1)  # 电工 at 新乡
    contests = w.open_tab("contests")
    assert [
        contests.contests.item(i).data(Qt.ItemDataRole.UserRole) for i in range(contests.contests.count())
    ]
    assert contests.contests.count() == 1 and "2025年电工比武" in contests.contests.item(0).text()
    assert contests.filter_bar.isVisibleTo(contests)
    contests.show_filtered()  # 显示全部
    assert contests.contests.count() == 3 and not contests.filter_bar.isVisibleTo(contests)


def test_a_quarter_bar_lists_the_achievements_of_that_grade(qtbot, window):
    w = window()
    view = dashboard_for_2025(qtbot, w)
    grades = [s.name for s in view.figures.chart("quarters").sets]
    view.charts["quarters"].click_bar(grades.index(Grade.THIRD.label), 0)
    page = w.open_tab("studios").tabs.currentWidget()
    assert page.drill == {"round_year": 2025, "quarter": 1, "grade": "third"}
    assert page.kind.currentData() == "five_small" and page.model.rowCount() == 1
    assert "第 1 季度" in page.drill_label.text()


def test_report_button_writes_the_pdf_on_the_worker(qtbot, window, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    import unionoffice.dashboard.view as view_module

    target = tmp_path / "报告.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    shown = []
    monkeypatch.setattr(view_module, "info", lambda parent, text: shown.append(text))
    view = dashboard_for_2025(qtbot, window())
    view.save_report()
    # Let the worker finish before the GUI thread handles its signals: closing the progress
    # dialog while the worker's job is being torn down has been seen to deadlock offscreen.
    view.ctx.tasks.wait()
    qtbot.waitUntil(lambda: bool(shown), timeout=20_000)
    assert target.read_bytes().startswith(b"%PDF") and str(target) in shown[0]
