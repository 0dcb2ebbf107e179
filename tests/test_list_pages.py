"""Every list screen is built on the shared list page (issue #15).

A list screen is a widget that shows a table with a search or filter bar. Each one must be a
``ListPage`` subclass; every other widget that holds a table is named below with why it is not a
list screen, so a new hand-built list fails here until it moves onto ``ListPage`` or says why.
Run with ``-s`` to see the list pages."""

from __future__ import annotations

import importlib
import inspect
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "src" / "unionoffice"
TABLE_MARKS = ("QTableView", "QTableWidget", "LazyTableModel", "read_only_table", "self.table")
SEARCH_MARKS = ("add_search", "搜索")  # a search box, built here or by hand

# Widgets with a table that are not list screens: a form's grid, a fixed report, a dialog.
NOT_LIST_SCREENS: dict[str, str] = {
    "certificates.views.issue_page.IssuePage": "the recipients typed or pasted for one batch",
    "contests.views.bank_page.BankPart": "one contest's question-bank versions, a fixed short table",
    "contests.views.exam_page.ExamPart": "one contest's exam rooms and papers",
    "contests.views.exam_window.ExamWindow": "the exam room's seat grid",
    "contests.views.judges_page.JudgesPart": "one contest's judge line-up",
    "contests.views.results_page.ResultsPart": "one contest's ranked results, all rows at once",
    "contests.views.row_table.RowTable": "the small read-only grid the contest parts share",
    "hardship.views.file_dialog.FileDialog": "a household file's people and items, in the form",
    "hardship.views.payout_dialogs.TotalsDialog": "a year's totals per branch union",
    "hardship.views.standards_page.StandardsPage": "the 低保 figures per base and year, a settings table",
    "medical.views.claim_dialog.ClaimDialog": "a claim's bills, in the form",
    "medical.views.claim_steps.ClaimStepDialog": "a claim's workflow history",
    "medical.views.scheme_dialogs.RuleDialog": "a scheme's rule rows, in the form",
    "medical.views.schemes_page.SchemesPage": "the few schemes of the years, a settings table",
    "members.views.lifecycle_dialogs.HistoryDialog": "one member's status history",
    "members.views.member_dialog.MemberDialog": "a member's family records, in the form",
    "members.views.report_dialogs.RatesDialog": "the rates of one day, a fixed report",
    "members.views.report_dialogs.MonthlyReturnDialog": "the monthly return, a fixed report",
    "scorecard.views.tab.ComparePage": "indicators × branch unions of one quarter, a fixed report",
    "scorecard.views.tab.WeightHistoryPage": "the dated weight sets, a settings table",
    "studios.views.panel_dialogs.RulesDialog": "score-sheet rules, a settings table",
    "studios.views.panel_dialogs.PanelDialog": "one round's judges",
    "studios.views.score_sheet.ScoreSheetDialog": "one result's marks by judge",
    "studios.views.score_sheet.PayoutDialog": "one round's payout list",
    "studios.views.stats_view.StatsView": "the year's statistics, a fixed report",
    "studios.views.studio_dialogs.StudioDialog": "a studio's levels and members, in the form",
    "studios.views.studio_page.StudioPageWidget": "one studio's members and results",
    "ui.admin.calendar_view.CalendarView": "the holiday arrangement of a year",
    "ui.admin.calendar_view.YearDialog": "a year's holiday rows, in the form",
    "ui.admin.users_view.UsersView": "the accounts, a few dozen rows without filters",
    "ui.conflict_dialog.ConflictDialog": "the fields two clerks changed",
    "ui.judge_window.MarkGrid": "the judge's marking grid",
    "ui.judge_window.JudgeWindow": "the judge's window around the marking grid",
    "ui.widgets.import_preview.ImportPreviewDialog": "an import's preview, shared by every import",
}


def _view_modules() -> list[str]:
    names = []
    for path in sorted(PACKAGE.rglob("*.py")):
        parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
        if "views" in parts or parts[1] == "ui":
            names.append(".".join(parts))
    return names


def _table_widgets() -> tuple[list[str], dict[str, str]]:
    """(ListPage subclasses, {other widget holding a table: its source})."""
    from PySide6.QtWidgets import QWidget

    from unionoffice.ui.list_page import ListPage

    pages, others = [], {}
    for module_name in _view_modules():
        module = importlib.import_module(module_name)
        for name, cls in vars(module).items():
            if not (inspect.isclass(cls) and cls.__module__ == module_name and issubclass(cls, QWidget)):
                continue
            key = f"{module_name.removeprefix('unionoffice.')}.{name}"
            if issubclass(cls, ListPage):
                pages.append(key)
                continue
            source = inspect.getsource(cls)
            if any(mark in source for mark in TABLE_MARKS):
                others[key] = source
    return pages, others


@pytest.fixture(scope="module")
def table_widgets(qapp):  # type: ignore[no-untyped-def]
    return _table_widgets()


def test_every_list_screen_is_a_list_page(table_widgets) -> None:  # type: ignore[no-untyped-def]
    pages, others = table_widgets
    print(f"\n{len(pages)} list pages on ListPage:", *sorted(pages), sep="\n  ")
    hand_built = sorted(k for k, src in others.items() if any(mark in src for mark in SEARCH_MARKS))
    assert hand_built == [], f"list screens not on ListPage: {hand_built}"
    unexplained = sorted(set(others) - set(NOT_LIST_SCREENS))
    assert unexplained == [], f"tables outside ListPage without a reason in NOT_LIST_SCREENS: {unexplained}"
    assert len(pages) >= 20


def test_the_reasons_name_widgets_that_exist(table_widgets) -> None:  # type: ignore[no-untyped-def]
    _pages, others = table_widgets
    assert sorted(set(NOT_LIST_SCREENS) - set(others)) == []


def test_the_check_sees_a_hand_built_list() -> None:
    source = 'self.table = QTableView()\nself.search.setPlaceholderText(self.tr("搜索：姓名"))'
    assert any(m in source for m in TABLE_MARKS) and any(m in source for m in SEARCH_MARKS)
