"""The register, the member form and the import preview, driven as a clerk would."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialog, QLabel, QMessageBox

from unionoffice.foundation.settings import Settings
from unionoffice.members.importing import plan_import
from unionoffice.members.views.import_dialog import ImportPreviewDialog
from unionoffice.members.views.member_dialog import MemberDialog
from unionoffice.members.views.register import MembersTab
from unionoffice.ui.context import AppContext
from unionoffice.ui.tasks import TaskRunner

from .conftest import actor, first_member
from .test_import import good_rows, xlsx


@pytest.fixture
def ctx(mdb, qtbot):  # type: ignore[no-untyped-def]
    runner = TaskRunner()
    context = AppContext(mdb, actor(mdb, "clerk_xx"), runner, Settings())
    yield context
    runner.wait()


def count_text(tab: MembersTab) -> str:
    return tab.count_label.text()


def test_register_search_as_you_type(ctx, qtbot):
    tab = MembersTab(ctx)
    qtbot.addWidget(tab)
    total = tab.model.rowCount()
    assert total > 0 and count_text(tab) == f"共 {total:,} 人"
    first = tab.model.data(tab.model.index(0, 0))
    with ctx.db.read() as s:
        from sqlalchemy import select

        from unionoffice.members.models import Member

        initials = s.execute(select(Member.name_initials).where(Member.name == first)).scalars().first()
    qtbot.keyClicks(tab.search, initials)
    qtbot.waitUntil(lambda: tab.model.rowCount() < total)
    shown = [tab.model.data(tab.model.index(r, 0)) for r in range(tab.model.rowCount())]
    assert first in shown
    tab.search.clear()
    qtbot.waitUntil(lambda: tab.model.rowCount() == total)


def test_status_filter_and_masked_column(ctx, qtbot):
    tab = MembersTab(ctx)
    qtbot.addWidget(tab)
    active = tab.model.rowCount()
    tab.status.setCurrentIndex(0)  # 全部状态
    assert tab.model.rowCount() > active
    assert "********" in tab.model.data(tab.model.index(0, 2))


def test_member_form_shows_the_problem_under_its_field(ctx, qtbot):
    dialog = MemberDialog(ctx, None)
    qtbot.addWidget(dialog)
    dialog.name.setText("张坤")
    dialog.id_number.setText("410702199005011230")
    dialog.join_date.setText("2019.13.01")
    dialog.phone.setText("1391234")
    dialog.save()
    assert dialog.result() != QDialog.DialogCode.Accepted
    error = dialog.findChild(QLabel, "error_join_date")
    assert not error.isHidden() and "日期" in error.text()
    # The service's problems come in the same round as the form's own.
    assert not dialog.findChild(QLabel, "error_phone").isHidden()
    assert not dialog.findChild(QLabel, "error_id_number").isHidden()
    dialog.join_date.setText("2019.05.01")
    dialog.save()
    id_error = dialog.findChild(QLabel, "error_id_number")
    assert not id_error.isHidden() and "校验位" in id_error.text()
    assert dialog.findChild(QLabel, "error_join_date").isHidden()


def test_member_form_saves_an_edit(ctx, qtbot):
    member_id = first_member(ctx.db, "心兴分工会")
    dialog = MemberDialog(ctx, member_id)
    qtbot.addWidget(dialog)
    dialog.trade.setText("高级技师")
    dialog.save()
    assert dialog.result() == QDialog.DialogCode.Accepted
    from unionoffice.members.service import get_member

    assert get_member(ctx.db, ctx.actor, member_id).trade == "高级技师"


def test_import_preview_lists_problems_and_blocks_all_or_nothing(ctx, qtbot, tmp_path):
    rows = good_rows(3)
    rows[1][2] = "41070219900501"
    plan = plan_import(ctx.db, ctx.actor, xlsx(tmp_path / "p.xlsx", rows))
    dialog = ImportPreviewDialog(plan)
    qtbot.addWidget(dialog)
    assert dialog.problem_table.rowCount() == 1
    assert (
        dialog.problem_table.item(0, 0).text() == "4" and dialog.problem_table.item(0, 1).text() == "身份证号"
    )
    assert not dialog.import_button.isEnabled()
    dialog.valid_only.setChecked(True)
    assert dialog.import_button.isEnabled()


def test_import_from_the_tab_runs_on_the_worker(ctx, qtbot, tmp_path, monkeypatch):
    path = xlsx(tmp_path / "ok.xlsx", good_rows(2))
    tab = MembersTab(ctx)
    qtbot.addWidget(tab)
    before = tab.model.rowCount()
    monkeypatch.setattr(
        "unionoffice.members.views.register.QFileDialog.getOpenFileName", lambda *a, **k: (str(path), "")
    )
    monkeypatch.setattr(
        ImportPreviewDialog, "exec", lambda self: (self.choose(), QDialog.DialogCode.Accepted)[1]
    )
    shown = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: shown.append(a[2]))
    tab.import_file()
    qtbot.waitUntil(lambda: bool(shown), timeout=10_000)
    assert "新增 2 名" in shown[0]
    assert tab.model.rowCount() == before + 2


def test_double_click_opens_the_form(ctx, qtbot, monkeypatch):
    tab = MembersTab(ctx)
    qtbot.addWidget(tab)
    opened = []
    monkeypatch.setattr(MemberDialog, "exec", lambda self: opened.append(self.detail.name) or 0)
    index = tab.model.index(0, 0)
    tab.table.selectRow(0)
    tab.table.doubleClicked.emit(index)
    assert opened == [tab.model.data(index)]
