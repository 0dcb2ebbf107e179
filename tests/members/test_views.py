"""The register, the member form and the import preview, driven as a clerk would."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialog, QLabel, QMessageBox

from tests.conftest import shown
from unionoffice.members.views.member_dialog import MemberDialog
from unionoffice.members.views.register import RegisterPage
from unionoffice.ui.widgets.import_preview import ImportPreviewDialog

from .conftest import actor, first_member
from .test_import import good_rows, xlsx


@pytest.fixture
def ctx(mdb, view_context):  # type: ignore[no-untyped-def]
    return view_context(mdb, actor(mdb, "clerk_xx"))


def rows_shown(tab: RegisterPage) -> list[str]:
    return [tab.model.data(tab.model.index(r, 0)) for r in range(tab.model.rowCount())]


def test_register_search_as_you_type(ctx, qtbot):
    tab = shown(qtbot, RegisterPage(ctx))
    total = tab.model.rowCount()
    assert total > 0 and tab.count_label.text() == f"共 {total:,} 条"
    first = tab.model.data(tab.model.index(0, 0))
    with ctx.services.db.read() as s:
        from sqlalchemy import select

        from unionoffice.members.models import Member

        initials = s.execute(select(Member.name_initials).where(Member.name == first)).scalars().first()
    qtbot.keyClicks(tab.search, initials)
    qtbot.waitUntil(lambda: 0 < tab.model.rowCount() < total)
    assert first in rows_shown(tab)
    tab.search.clear()
    qtbot.waitUntil(lambda: tab.model.rowCount() == total)


def test_only_the_newest_keystroke_is_shown(ctx, qtbot):
    """Answers to older keystrokes that arrive late never overwrite the newest list."""
    tab = shown(qtbot, RegisterPage(ctx))
    for text in ("z", "zh", "zha", "xyz"):
        tab.search.setText(text)
        tab.reload()  # no debounce: every keystroke's call is on its way at once
    qtbot.waitUntil(lambda: tab.model.rowCount() == 0 and ctx.calls.worker.pending == 0)
    assert tab.count_label.text() == "共 0 条"


def test_status_filter_and_masked_column(ctx, qtbot):
    tab = shown(qtbot, RegisterPage(ctx))
    active = tab.model.rowCount()
    tab.status.setCurrentIndex(0)  # 全部状态
    qtbot.waitUntil(lambda: tab.model.rowCount() > active)
    assert "*" in tab.model.data(tab.model.index(0, 2))


def test_member_form_shows_the_problem_under_its_field(ctx, qtbot):
    dialog = shown(qtbot, MemberDialog(ctx, None), lambda d: d.name.isEnabled())
    dialog.name.setText("张坤")
    dialog.id_number.setText("410702199005011230")
    dialog.join_date.setText("2019.13.01")
    dialog.phone.setText("1391234")
    dialog.save()
    error = dialog.findChild(QLabel, "error_join_date")
    # The service's problems come in the same round as the form's own.
    qtbot.waitUntil(lambda: not dialog.findChild(QLabel, "error_phone").isHidden())
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert not error.isHidden() and "日期" in error.text()
    assert not dialog.findChild(QLabel, "error_id_number").isHidden()
    dialog.join_date.setText("2019.05.01")
    dialog.save()
    id_error = dialog.findChild(QLabel, "error_id_number")
    qtbot.waitUntil(lambda: dialog.findChild(QLabel, "error_join_date").isHidden())
    assert not id_error.isHidden() and "校验位" in id_error.text()


def test_member_form_saves_an_edit(ctx, qtbot):
    member_id = first_member(ctx.services.db, "心兴分工会")
    dialog = shown(qtbot, MemberDialog(ctx, member_id), lambda d: d.detail is not None)
    dialog.trade.setText("高级技师")
    dialog.save()
    qtbot.waitUntil(lambda: dialog.result() == QDialog.DialogCode.Accepted)
    from unionoffice.members.service import get_member

    assert get_member(ctx.services.db, ctx.services._actor, member_id).trade == "高级技师"


def test_import_preview_lists_problems_and_blocks_all_or_nothing(ctx, qtbot, tmp_path, monkeypatch):
    rows = good_rows(3)
    rows[1][2] = "41070219900501"
    path = xlsx(tmp_path / "p.xlsx", rows)
    tab = shown(qtbot, RegisterPage(ctx))
    monkeypatch.setattr(
        "unionoffice.ui.widgets.files.QFileDialog.getOpenFileName", lambda *a, **k: (str(path), "")
    )
    seen: list[ImportPreviewDialog] = []
    monkeypatch.setattr(ImportPreviewDialog, "exec", lambda self: seen.append(self) or 0)
    tab.import_file()
    qtbot.waitUntil(lambda: bool(seen), timeout=10_000)
    dialog = seen[0]
    assert dialog.problem_table.rowCount() == 1
    assert (
        dialog.problem_table.item(0, 0).text() == "4" and dialog.problem_table.item(0, 1).text() == "身份证号"
    )
    assert not dialog.import_button.isEnabled()
    dialog.valid_only.setChecked(True)
    assert dialog.import_button.isEnabled()


def test_import_from_the_tab_runs_on_the_worker(ctx, qtbot, tmp_path, monkeypatch):
    path = xlsx(tmp_path / "ok.xlsx", good_rows(2))
    tab = shown(qtbot, RegisterPage(ctx))
    before = tab.model.rowCount()
    monkeypatch.setattr(
        "unionoffice.ui.widgets.files.QFileDialog.getOpenFileName", lambda *a, **k: (str(path), "")
    )
    monkeypatch.setattr(
        ImportPreviewDialog, "exec", lambda self: (self.choose(), QDialog.DialogCode.Accepted)[1]
    )
    shown_messages: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: shown_messages.append(a[2]))
    tab.import_file()
    qtbot.waitUntil(lambda: bool(shown_messages), timeout=10_000)
    assert "新增 2 名" in shown_messages[0]
    qtbot.waitUntil(lambda: tab.model.rowCount() == before + 2)


def test_double_click_opens_the_form(ctx, qtbot, monkeypatch):
    tab = shown(qtbot, RegisterPage(ctx))
    opened: list[MemberDialog] = []
    monkeypatch.setattr(MemberDialog, "exec", lambda self: opened.append(self) or 0)
    index = tab.model.index(0, 0)
    tab.table.selectRow(0)
    tab.table.doubleClicked.emit(index)
    qtbot.waitUntil(lambda: bool(opened) and opened[0].detail is not None)
    assert opened[0].detail.name == tab.model.data(index)


def test_the_list_never_asks_on_the_gui_thread(ctx, qtbot, monkeypatch):
    """Every call to the services from the register runs on a worker thread."""
    import threading

    main = threading.current_thread()
    threads: list[threading.Thread] = []
    original = type(ctx.services).call

    def watched(self, op, request):  # type: ignore[no-untyped-def]
        threads.append(threading.current_thread())
        return original(self, op, request)

    monkeypatch.setattr(type(ctx.services), "call", watched)
    tab = shown(qtbot, RegisterPage(ctx))
    tab.search.setText("z")
    qtbot.waitUntil(lambda: tab.model.rowCount() < 300)
    tab.table.scrollToBottom()
    assert threads and main not in threads
