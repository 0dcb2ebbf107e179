"""The conflict dialog every module gets, and choosing a shared server in the settings."""

from __future__ import annotations

import json
from pathlib import Path

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


def _settings_context(db):  # type: ignore[no-untyped-def]
    from unionoffice.client.local import LocalServices
    from unionoffice.core.auth.actor import SYSTEM_ACTOR
    from unionoffice.ui.calls import Calls
    from unionoffice.ui.context import AppContext
    from unionoffice.ui.tasks import TaskRunner
    from unionoffice.ui.worker import Worker

    services = LocalServices.signed_in_as(db, SYSTEM_ACTOR)
    worker = Worker()
    return AppContext(
        services, Calls(worker, services), TaskRunner(worker, services), Settings.load()
    ), worker


def test_settings_keep_the_union_server_and_no_secret(qtbot, monkeypatch, db, tmp_path: Path):
    from unionoffice.ui.settings_dialog import SettingsDialog

    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: QMessageBox.StandardButton.Ok)
    ctx, worker = _settings_context(db)
    dialog = SettingsDialog(ctx)
    qtbot.addWidget(dialog)
    assert not dialog.url.isEnabled()
    dialog.server.setChecked(True)
    assert dialog.url.isEnabled()
    dialog.url.setText("http://127.0.0.1:1")  # nothing listens there
    dialog.test_button.click()  # answered on a worker: the dialog stays responsive
    qtbot.waitUntil(lambda: dialog.test_button.isEnabled(), timeout=20_000)
    assert "无法连接工会服务器" in dialog.result.text()

    ca = tmp_path / "ca.crt"
    ca.write_text("-----BEGIN CERTIFICATE-----\n", encoding="utf-8")
    dialog.url.setText("https://union.example.cn:8443/")
    dialog.ca.setText(str(ca))
    dialog.save()
    saved = json.loads(Settings.path().read_text(encoding="utf-8"))
    assert (saved["server_url"], saved["server_ca"]) == ("https://union.example.cn:8443", str(ca))
    assert "database_url" not in saved and "password" not in json.dumps(saved)
    worker.wait()


def test_a_remote_server_over_plain_http_is_refused(qtbot, monkeypatch, db):
    from unionoffice.ui.settings_dialog import SettingsDialog

    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: shown.append(text))
    ctx, worker = _settings_context(db)
    dialog = SettingsDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.server.setChecked(True)
    dialog.url.setText("http://192.0.2.10:8443")
    dialog.save()
    assert shown and "https" in shown[0]
    assert Settings.load().server_url == ""
    worker.wait()
