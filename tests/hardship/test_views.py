"""The 困难帮扶 screens on the demo data, driven as a clerk or the administrator would."""

from __future__ import annotations

import threading

import pytest
from factories import actor_of
from PySide6.QtWidgets import QComboBox, QDialog, QTableWidgetItem

from tests.conftest import shown
from unionoffice.hardship.labels import Category, Origin
from unionoffice.hardship.views.candidates_page import CandidatesPage, DismissDialog
from unionoffice.hardship.views.file_dialog import FileDialog
from unionoffice.hardship.views.files_page import FilesPage
from unionoffice.hardship.views.payout_dialogs import TotalsDialog
from unionoffice.hardship.views.payouts_page import PayoutsPage
from unionoffice.hardship.views.standards_page import StandardsPage
from unionoffice.hardship.views.tab import HardshipTab
from unionoffice.ui.table_model import ID_ROLE


@pytest.fixture
def admin_ctx(demo_db, view_context):
    return view_context(demo_db, actor_of(demo_db, "admin"))


@pytest.fixture
def clerk_ctx(demo_db, view_context):
    return view_context(demo_db, actor_of(demo_db, "clerk_xx"))


def cells(page, column: int) -> list[str]:
    return [page.model.data(page.model.index(r, column)) for r in range(page.model.rowCount())]


def test_the_register_filters_by_category_and_a_clerk_sees_their_branch(clerk_ctx, admin_ctx, qtbot):
    everyone = shown(qtbot, FilesPage(admin_ctx))
    mine = shown(qtbot, FilesPage(clerk_ctx))
    assert 0 < mine.model.rowCount() < everyone.model.rowCount()
    assert set(cells(mine, 2)) == {"心兴分工会"}
    everyone.category.setCurrentIndex(everyone.category.findData(Category.DEEP.value))
    qtbot.waitUntil(lambda: set(cells(everyone, 4)) == {Category.DEEP.label})
    assert not mine.findChild(
        type(mine.toolbar.actions()[0]), "step_approve"
    ).isVisible()  # clerks do not approve


def test_a_file_shows_its_household_and_the_category_it_gives(admin_ctx, qtbot):
    page = shown(qtbot, FilesPage(admin_ctx))
    page.category.setCurrentIndex(page.category.findData(Category.DEEP.value))
    qtbot.waitUntil(lambda: page.model.rowCount() > 0 and set(cells(page, 4)) == {Category.DEEP.label})
    file_id = page.model.data(page.model.index(0, 0), ID_ROLE)
    dialog = FileDialog(admin_ctx, file_id)
    shown(qtbot, dialog, lambda d: d.detail is not None)
    assert "深度困难" in dialog.heading.text() and dialog.assessment.text().endswith("深度困难")
    assert dialog.people.rowCount() >= 2 and dialog.items.rowCount() >= 2
    assert "人均月收入" in dialog.assessment.text() and "低保标准" in dialog.assessment.text()
    assert dialog.tabs.count() == 3  # household, history, payouts
    dialog.reject()


def test_a_new_file_from_the_candidate_list_previews_the_category_and_saves(admin_ctx, qtbot):
    page = shown(qtbot, CandidatesPage(admin_ctx))
    assert page.model.rowCount() > 0
    member_id = page.model.data(page.model.index(0, 0), ID_ROLE)
    assert isinstance(member_id, int)
    dialog = FileDialog(admin_ctx, None, member_id, Origin.CANDIDATE, "免申即享名单：测试")
    shown(qtbot, dialog, lambda d: d.member is not None)
    assert dialog.member_label.text().startswith(dialog.member.name)
    dialog.household_size.setValue(1)
    dialog._add_item(None)
    dialog.items.setItem(0, 1, QTableWidgetItem("工资收入"))
    dialog.items.setItem(0, 2, QTableWidgetItem("7,200"))  # 600 yuan a month
    qtbot.waitUntil(lambda: "→" in dialog.assessment.text())
    line = dialog._line()
    expected = Category.DEEP if line and line.monthly_fen > 60_000 else Category.RELATIVE
    assert dialog.assessment.text().endswith(expected.label)
    dialog.save()
    qtbot.waitUntil(lambda: dialog.result() == QDialog.DialogCode.Accepted)
    page.reload()
    qtbot.waitUntil(
        lambda: (
            member_id
            not in [page.model.data(page.model.index(r, 0), ID_ROLE) for r in range(page.model.rowCount())]
        )
    )


def test_income_without_a_household_size_is_shown_under_its_field(admin_ctx, qtbot):
    page = shown(qtbot, CandidatesPage(admin_ctx))
    member_id = page.model.data(page.model.index(0, 0), ID_ROLE)
    dialog = FileDialog(admin_ctx, None, member_id, Origin.CANDIDATE)
    shown(qtbot, dialog, lambda d: d.member is not None)
    dialog.household_size.setValue(0)
    dialog._add_item(None)
    dialog.items.setItem(0, 1, QTableWidgetItem("工资收入"))
    dialog.items.setItem(0, 2, QTableWidgetItem("7200"))
    dialog.save()
    error = dialog.findChild(type(dialog.banner), "error_household_size")
    qtbot.waitUntil(lambda: error.isVisible())
    assert "家庭人口" in error.text() and dialog.result() != QDialog.DialogCode.Accepted
    dialog.reject()


def test_the_committee_sets_a_candidate_aside_with_its_reason(clerk_ctx, qtbot):
    page = shown(qtbot, CandidatesPage(clerk_ctx))
    before = page.model.rowCount()
    assert before > 0 and set(cells(page, 2)) == {"心兴分工会"}
    assert all(cells(page, 4)) and all(cells(page, 5))  # every candidate with its reasons
    member_id = page.model.data(page.model.index(0, 0), ID_ROLE)
    dialog = DismissDialog(clerk_ctx, member_id, "某人", "大额医疗费用", page)
    dialog.reason.setPlainText("经了解家庭收入稳定，本人表示不需要帮扶")
    dialog.save()
    qtbot.waitUntil(lambda: dialog.result() == QDialog.DialogCode.Accepted)
    page.reload()
    qtbot.waitUntil(lambda: page.model.rowCount() == before - 1)
    page.view.setCurrentIndex(1)
    qtbot.waitUntil(lambda: any(text.startswith("已排除：经了解") for text in cells(page, 5)))
    page.table.selectRow(0)
    assert page.restore_action.isEnabled() and not page.dismiss_action.isEnabled()


def test_payouts_totals_and_the_figures(admin_ctx, qtbot):
    page = shown(qtbot, PayoutsPage(admin_ctx))
    assert page.model.rowCount() > 0
    programmes = {text for text in cells(page, 1)}
    assert {"送温暖", "金秋助学"} <= programmes
    totals = TotalsDialog(admin_ctx, 2026, None, page)
    shown(qtbot, totals, lambda d: d.households.rowCount() > 0)
    assert totals.programmes.item(0, 0).text() == "送温暖"
    totals.reject()
    figures = shown(qtbot, StandardsPage(admin_ctx), lambda p: p.lines.rowCount() == 6)
    assert figures.rules.rowCount() == 1
    assert figures.findChild(type(figures.lines), "lines").item(0, 0).text() in ("新乡", "江西", "新疆")


def test_the_tab_never_asks_on_the_gui_thread(admin_ctx, qtbot, monkeypatch):
    main = threading.current_thread()
    threads: list[threading.Thread] = []
    original = type(admin_ctx.services).call

    def watched(self, op, request):
        threads.append(threading.current_thread())
        return original(self, op, request)

    monkeypatch.setattr(type(admin_ctx.services), "call", watched)
    tab = shown(
        qtbot,
        HardshipTab(admin_ctx),
        lambda t: t.files is not None and t.files.count_label.text().startswith("共"),
    )
    tab.page("candidates")
    qtbot.waitUntil(lambda: tab.candidates is not None and tab.candidates.count_label.text().startswith("共"))
    tab.page("payouts")
    qtbot.waitUntil(lambda: tab.payouts is not None and tab.payouts.count_label.text().startswith("共"))
    tab.page("standards")
    tab.page("files")
    tab.files.search.setText("k")
    qtbot.waitUntil(lambda: len(threads) >= 5)
    assert threads and main not in threads
    assert isinstance(tab.files.findChild(QComboBox, "category"), QComboBox)
