"""The 分工会比较 tab: one call to open, one per quarter, weights saved in one call (refusals under
their fields), nothing asked on the GUI thread."""

from __future__ import annotations

import threading

import pytest
from factories import actor_of

from tests.conftest import shown
from unionoffice.scorecard.contract import Card
from unionoffice.scorecard.labels import last_complete
from unionoffice.scorecard.views.tab import ScorecardTab
from unionoffice.scorecard.views.weights_dialog import WeightsDialog


@pytest.fixture
def calls(monkeypatch):  # type: ignore[no-untyped-def]
    """Every operation the screens ask for, with the thread that asked."""
    from unionoffice.client.local import LocalServices

    asked: list[tuple[str, threading.Thread]] = []
    original = LocalServices.call

    def watched(self, op, request):  # type: ignore[no-untyped-def]
        asked.append((op.name, threading.current_thread()))
        return original(self, op, request)

    monkeypatch.setattr(LocalServices, "call", watched)
    return asked


@pytest.fixture
def tab(qtbot, db, org, view_context, calls):  # type: ignore[no-untyped-def]
    def make(username: str) -> ScorecardTab:
        view = ScorecardTab(view_context(db, actor_of(db, username)))
        shown(qtbot, view, lambda v: v.compare().card is not None)
        return view

    return make


def test_opening_is_one_call_off_the_gui_thread_and_a_quarter_is_one_more(tab, calls, qtbot):
    view = tab("clerk_a")
    page = view.compare()
    assert [name for name, _ in calls] == ["scorecard.open"]
    assert page.card.quarter == last_complete().code and page.quarter.currentData() == page.card.quarter
    assert page.table.columnCount() == 4 and page.table.horizontalHeaderItem(2).text() == "心兴分工会"
    assert page.table.item(0, 0).text() == "入会率（%）" and page.table.item(0, 1).text() == "30"
    assert not page.weights_button.isVisible()  # clerks read; administrators decide weights
    with qtbot.waitSignal(page.card_shown):
        page.quarter.setCurrentIndex(page.quarter.findData("2026Q2"))
    assert page.card.quarter == "2026Q2" and [name for name, _ in calls][-1] == "scorecard.card"
    assert all(thread is not threading.main_thread() for _, thread in calls)


def test_the_weight_history_loads_when_first_shown(tab, calls, qtbot):
    view = tab("viewer")
    assert "scorecard.weight_history" not in [name for name, _ in calls]
    history = view.pages.page("weights")
    qtbot.waitUntil(lambda: history.table.rowCount() == 1)
    assert (
        history.table.item(0, 0).text() == "2026-01-01"
        and history.table.item(0, history.table.columnCount() - 1).text() == "100"
    )


def test_weights_that_do_not_add_up_are_refused_under_the_total_naming_the_rule(tab, calls, qtbot):
    view = tab("admin")
    page = view.compare()
    assert page.weights_button.isVisible()
    dialog = WeightsDialog(page.ctx, page.card, page.quarters, page)
    dialog.show()
    dialog.spins["members.rate"].setValue(35)
    assert dialog.total.text() == "105 / 100"
    dialog.save()
    error = dialog.field_errors["权重合计"]
    qtbot.waitUntil(error.isVisible)
    assert "各项指标权重之和必须等于 100" in error.text() and dialog.save_button.isEnabled()
    dialog.spins["contests.entries"].setValue(20)
    with qtbot.waitSignal(dialog.accepted):
        dialog.save()
    assert isinstance(dialog.result_value, Card)
    assert dialog.result_value.indicators[dialog.result_value.index("members.rate")].weight == 35
    assert [name for name, _ in calls].count("scorecard.save_weights") == 2
    assert all(thread is not threading.main_thread() for _, thread in calls)


def test_an_indicator_without_weight_is_shown_and_the_screen_says_it_is_not_scored(tab, offered):
    from decimal import Decimal

    from tests.scorecard.conftest import Fixed
    from unionoffice.scorecard.point import indicators

    offered(*indicators(), Fixed("test.extra", "试验指标", unit="%", given={1: Decimal(1)}))
    view = tab("viewer")  # kept: the page lives inside it
    page = view.compare()
    assert (
        page.notes.isVisible() and "只列出、不计分：" in page.notes.text() and "试验指标" in page.notes.text()
    )
    rows = [page.table.item(r, 0).text() for r in range(page.table.rowCount())]
    last = rows.index("试验指标（%）")
    assert page.table.item(last, 1).text() == "不计分" and rows[last + 1] == "总分"
