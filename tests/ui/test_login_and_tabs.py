from __future__ import annotations

import pytest
from factories import actor_of
from PySide6.QtCore import Qt

from unionoffice.client.local import LocalServices
from unionoffice.ui.login_dialog import LoginDialog, SetupDialog
from unionoffice.ui.main_window import MainWindow
from unionoffice.ui.worker import Worker


@pytest.fixture
def worker(qtbot):  # type: ignore[no-untyped-def]
    w = Worker()
    yield w
    w.wait()


@pytest.fixture
def make_window(qtbot, db, view_context):
    windows = []

    def make(username: str) -> MainWindow:
        window = MainWindow(view_context(db, actor_of(db, username)))
        window.setProperty("demo", True)  # no exit backup in tests
        qtbot.addWidget(window)
        windows.append(window)
        return window

    yield make
    for window in windows:
        window.idle_lock.stop()


def test_wrong_password_shows_the_reason_and_keeps_the_dialog_open(qtbot, db, org, worker):
    dialog = LoginDialog(LocalServices(db), worker)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.keyClicks(dialog.username, "clerk_a")
    qtbot.keyClicks(dialog.password, "wrong-one-1")
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.error.isVisibleTo(dialog))
    assert dialog.session is None and dialog.error.text() == "用户名或密码不正确。"
    assert dialog.password.text() == "" and dialog.ok_button.isEnabled()
    qtbot.keyClicks(dialog.password, "secret-123")
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    assert dialog.session is not None and dialog.session.username == "clerk_a"


def test_sign_in_never_blocks_the_window(qtbot, db, org, worker, monkeypatch):
    """The password check (Argon2) runs on a worker: the dialog disables its button meanwhile."""
    import threading

    services = LocalServices(db)
    threads: list[threading.Thread] = []
    original = services.call

    def watched(op, request):  # type: ignore[no-untyped-def]
        threads.append(threading.current_thread())
        return original(op, request)

    monkeypatch.setattr(services, "call", watched)
    dialog = LoginDialog(services, worker)
    qtbot.addWidget(dialog)
    dialog.username.setText("clerk_a")
    dialog.password.setText("secret-123")
    dialog.try_login()
    assert not dialog.ok_button.isEnabled()
    qtbot.waitUntil(lambda: dialog.session is not None, timeout=10_000)
    assert threads and threading.current_thread() not in threads


def test_first_start_creates_the_admin_and_the_company_union(qtbot, db, monkeypatch, worker):
    from unionoffice.core.org import service as org_service
    from unionoffice.ui import login_dialog

    shown = []
    monkeypatch.setattr(login_dialog.RecoveryCodeDialog, "exec", lambda self: shown.append(self.code) or 1)

    dialog = SetupDialog(LocalServices(db), worker)
    qtbot.addWidget(dialog)
    dialog.company.setText("集团公司工会")
    dialog.password.setText("Gonghui#2026")
    dialog.password2.setText("Gonghui#2027")
    dialog.finish()
    assert dialog.session is None and "不一致" in dialog.error.text()
    dialog.password2.setText("Gonghui#2026")
    dialog.finish()
    qtbot.waitUntil(lambda: dialog.session is not None, timeout=10_000)
    admin = actor_of(db, "admin")
    assert [u.name for u in org_service.list_units(db, admin)] == ["集团公司工会"]
    assert len(shown) == 1 and len(shown[0]) == 35  # the recovery code is shown once, to print


def test_tabs_follow_the_role(make_window, org):
    admin = make_window("admin")
    assert admin.tab_keys()[-1] == "admin" and "members" in admin.tab_keys()
    clerk = make_window("clerk_a")
    assert "admin" not in clerk.tab_keys() and "members" in clerk.tab_keys()
    judge = make_window("judge")
    assert "members" not in judge.tab_keys() and "admin" not in judge.tab_keys()


def test_status_bar_names_user_role_and_database(make_window, org, db):
    window = make_window("clerk_a")
    assert "干事甲" in window.user_label.text() and "工会干事" in window.user_label.text()
    assert str(db.sqlite_path) in window.db_label.text()


def test_last_tab_and_geometry_are_remembered(make_window, org):
    window = make_window("admin")
    window.resize(701, 512)  # the offscreen screen is 800x600
    window.tabs.setCurrentIndex(window.tab_keys().index("admin"))
    window.save_state()
    again = make_window("admin")
    assert again.tab_keys()[again.tabs.currentIndex()] == "admin"
    assert (again.width(), again.height()) == (701, 512)


def test_admin_screens_open_and_list_real_data(qtbot, make_window, org):
    window = make_window("admin")
    window.show()
    admin_tab = window.open_tab("admin")
    users = admin_tab.users
    qtbot.waitUntil(lambda: users.table.rowCount() == 5)
    tree = admin_tab.org
    qtbot.waitUntil(lambda: tree.tree.topLevelItemCount() == 1)
    assert tree.tree.topLevelItem(0).text(0) == "集团公司工会"
    assert tree.tree.topLevelItem(0).childCount() == 2
    audit = admin_tab.audit
    qtbot.waitUntil(lambda: audit.model.rowCount() >= 5)
