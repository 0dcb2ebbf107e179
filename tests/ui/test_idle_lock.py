from __future__ import annotations

import pytest
from factories import actor_of
from PySide6.QtWidgets import QDialog, QLineEdit, QVBoxLayout

from unionoffice.ui.idle_lock import Curtain
from unionoffice.ui.main_window import MainWindow


@pytest.fixture
def window(qtbot, db, org, view_context):
    win = MainWindow(view_context(db, actor_of(db, "clerk_a")))
    win.setProperty("demo", True)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.idle_lock.stop()


def _unlock(qtbot, lock, username, password):
    dialog = lock.dialog
    dialog.username.setText(username)
    dialog.password.setText(password)
    dialog.try_login()


def test_idle_time_locks_and_the_same_user_gets_unsaved_input_back(qtbot, window):
    form = QDialog(window)
    QVBoxLayout(form).addWidget(QLineEdit("半填好的表单", objectName="field"))
    form.show()
    window.idle_lock.set_timeout_ms(50)
    qtbot.waitUntil(lambda: window.idle_lock.is_locked, timeout=3000)
    assert any(isinstance(c, Curtain) for c in window.findChildren(Curtain))
    assert form.findChild(Curtain) is not None  # open forms are covered too, not closed
    assert form.isVisible()
    _unlock(qtbot, window.idle_lock, "clerk_a", "wrong-pass-1")
    qtbot.waitUntil(lambda: window.idle_lock.dialog.error.isVisibleTo(window.idle_lock.dialog))
    assert window.idle_lock.is_locked and "不正确" in window.idle_lock.dialog.error.text()
    _unlock(qtbot, window.idle_lock, "clerk_a", "secret-123")
    qtbot.waitUntil(lambda: not window.idle_lock.is_locked)
    qtbot.waitUntil(lambda: not window.findChildren(Curtain))
    assert form.isVisible() and form.findChild(QLineEdit, "field").text() == "半填好的表单"


def test_escape_does_not_unlock(qtbot, window):
    window.idle_lock.lock()
    window.idle_lock.dialog.reject()
    qtbot.wait(20)
    assert window.idle_lock.is_locked and window.idle_lock.dialog.isVisible()


def test_another_user_signing_in_logs_the_first_one_out(qtbot, window):
    form = QDialog(window)
    form.show()
    window.idle_lock.lock()
    with qtbot.waitSignal(window.signed_in_as, timeout=10_000) as handed:
        _unlock(qtbot, window.idle_lock, "clerk_b", "secret-123")
    assert handed.args[0].username == "clerk_b"
    assert not form.isVisible()
