"""The conflict dialog every module gets, and choosing a shared server in the settings."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox, QWidget

from unionoffice.foundation.errors import ConcurrentEditError
from unionoffice.foundation.settings import Settings
from unionoffice.ui.conflict_dialog import ConflictDialog
from unionoffice.ui.messages import show_error


def _error() -> ConcurrentEditError:
    return ConcurrentEditError(
        "该记录已被 干事乙 于 2026-05-01 09:30 修改。",
        entity="组织单位",
        entity_id=3,
        changed_by="干事乙",
        changed_at="2026-05-01 09:30",
        current={"name": "精馏车间小组", "base": "新乡", "headcount": "42"},
        proposed={"name": "精馏一组", "base": "新乡"},
        labels={"name": "名称", "base": "生产基地", "headcount": "职工人数"},
    )


def test_compare_lists_only_the_fields_that_clash(qtbot):
    dialog = ConflictDialog(_error())
    qtbot.addWidget(dialog)
    assert "干事乙" in dialog.findChildren(type(dialog.no_difference))[0].text()
    dialog.compare_button.click()
    assert dialog.table.rowCount() == 1
    row = [dialog.table.item(0, c).text() for c in range(3)]
    assert row == ["名称", "精馏一组", "精馏车间小组"]


class _Form(QWidget):
    def __init__(self) -> None:
        super().__init__()
        self.reloaded: list[ConcurrentEditError] = []

    def reload_after_conflict(self, error: ConcurrentEditError) -> None:
        self.reloaded.append(error)


def test_reload_calls_the_nearest_form_hook(qtbot, monkeypatch):
    form = _Form()
    child = QWidget(form)
    qtbot.addWidget(form)
    monkeypatch.setattr(ConflictDialog, "exec", lambda self: ConflictDialog.RELOAD)
    error = _error()
    show_error(child, error)
    assert form.reloaded == [error]


def test_settings_keep_the_server_without_its_password(qtbot, monkeypatch, db, tmp_path: Path):
    from unionoffice.ui.context import AppContext
    from unionoffice.ui.settings_dialog import SettingsDialog
    from unionoffice.ui.tasks import TaskRunner

    monkeypatch.setenv("UNIONOFFICE_NO_KEYRING", "1")
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: QMessageBox.StandardButton.Ok)
    tasks = TaskRunner()
    ctx = AppContext(db=db, actor=None, tasks=tasks, settings=Settings.load())  # type: ignore[arg-type]
    dialog = SettingsDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.server.setChecked(True)
    assert dialog.host.isEnabled()
    dialog.host.setText("127.0.0.1")
    dialog.port.setValue(1)  # nothing listens there
    dialog.username.setText("clerk_xx")
    dialog.database.setText("union")
    dialog.password.setText("s3cret-Pa55")

    dialog.test_button.click()
    qtbot.waitUntil(lambda: dialog.test_button.isEnabled(), timeout=20_000)
    assert "无法连接数据库" in dialog.result.text()

    dialog.save()
    saved = json.loads(Settings.path().read_text(encoding="utf-8"))
    assert saved["database_url"] == "postgresql+psycopg://clerk_xx@127.0.0.1:1/union"
    for path in Settings.path().parent.rglob("*"):
        if path.is_file():
            assert b"s3cret-Pa55" not in path.read_bytes(), path.name
    from unionoffice.db.database import resolve_url

    assert resolve_url().password == "s3cret-Pa55"  # the app connects with it
    tasks.wait()


@pytest.mark.postgres
def test_connection_test_against_the_real_server_reports_its_version(qtbot, monkeypatch, db, pg_server):
    from unionoffice.ui.context import AppContext
    from unionoffice.ui.settings_dialog import SettingsDialog
    from unionoffice.ui.tasks import TaskRunner

    url = pg_server.url
    tasks = TaskRunner()
    dialog = SettingsDialog(AppContext(db=db, actor=None, tasks=tasks, settings=Settings.load()))  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    dialog.server.setChecked(True)
    dialog.host.setText(url.host)
    dialog.port.setValue(url.port)
    dialog.database.setText(url.database)
    dialog.username.setText(url.username)
    dialog.test_button.click()
    qtbot.waitUntil(lambda: dialog.test_button.isEnabled(), timeout=20_000)
    assert "连接成功：PostgreSQL" in dialog.result.text()
    tasks.wait()
