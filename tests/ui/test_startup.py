"""Start-up: the window's frame is on screen while the database opens, then the session fills it."""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
from pathlib import Path

from factories import actor_of
from PySide6.QtWidgets import QApplication

from unionoffice import app as startup_module
from unionoffice.foundation.errors import UserError
from unionoffice.foundation.settings import Settings
from unionoffice.ui.main_window import MainWindow

ROOT = Path(__file__).resolve().parents[2]


def _menu_texts(window: MainWindow) -> list[str]:
    return [
        action.text()
        for menu in window.menuBar().actions()
        for action in menu.menu().actions()
        if action.text()
    ]


def test_the_frame_says_what_it_is_doing_and_the_session_fills_it(qtbot, demo_db):
    frame = MainWindow()
    frame.setProperty("demo", True)  # no exit backup in tests
    qtbot.addWidget(frame)
    frame.show_progress("正在检查数据库…")
    frame.show()
    qtbot.waitExposed(frame)
    assert frame.pages.currentWidget() is frame.startup
    assert frame.startup.status.text() == "正在检查数据库…"
    assert _menu_texts(frame) == ["退出(&X)", "关于工会办公(&A)"]  # nothing that needs the database yet

    from unionoffice.client.local import LocalServices

    services = LocalServices.signed_in_as(demo_db, actor_of(demo_db, "admin"))
    session = startup_module.Session(services, Settings(), demo=True)
    session.show(services.session, frame)
    assert session.window is frame
    assert frame.pages.currentWidget() is frame.tabs
    assert frame.tab_keys()[:2] == ["dashboard", "members"]
    assert "立即备份(&B)" in _menu_texts(frame)
    assert "admin" in frame.user_label.text() or "管理员" in frame.user_label.text()
    frame.idle_lock.stop()
    session.worker.wait()


def test_closing_the_frame_before_the_database_opens_just_closes(qtbot):
    frame = MainWindow()
    qtbot.addWidget(frame)
    frame.show()
    assert frame.close()


def _preparation(db=None, error=None, services=None, session=None):  # type: ignore[no-untyped-def]
    return argparse.Namespace(
        db=db, error=error, services=services, session=session, needs_setup=False, remote=None
    )


def test_an_unopenable_database_is_explained_and_the_program_ends(qtbot, monkeypatch):
    shown, exits = [], []
    monkeypatch.setattr("unionoffice.ui.messages.show_error", lambda parent, error: shown.append(str(error)))
    monkeypatch.setattr(QApplication, "exit", staticmethod(lambda code=0: exits.append(code)))
    frame = MainWindow()
    qtbot.addWidget(frame)
    startup = startup_module.Startup(
        argparse.Namespace(demo=False),
        Settings(),
        _preparation(error=UserError("无法连接数据库服务器")),
        frame,
    )
    startup.finish()
    startup.finish()  # the "finished" signal and the already-done check may both deliver
    assert shown == ["无法连接数据库服务器"] and exits == [1]


def test_a_clerk_signs_in_over_the_frame_and_gets_their_tabs(qtbot, demo_db, monkeypatch):
    asked = []

    from unionoffice.foundation.contract import SessionInfo

    def sign_in(services, worker, parent=None, setup=False):  # type: ignore[no-untyped-def]
        asked.append((parent, parent.startup.busy.isHidden()))
        signed = type(services).signed_in_as(services.db, actor_of(services.db, "clerk_xx"))
        services._actor, services._session = signed._actor, signed._session
        assert isinstance(services.session, SessionInfo)
        return services.session

    monkeypatch.setattr(startup_module, "sign_in", sign_in)
    frame = MainWindow()
    frame.setProperty("demo", True)
    qtbot.addWidget(frame)
    startup = startup_module.Startup(
        argparse.Namespace(demo=False), Settings(), _preparation(db=demo_db), frame
    )
    startup.show_step("check")  # what the preparation thread reports, in the clerk's language
    assert frame.startup.status.text() == "正在检查数据库…"
    startup.finish()
    assert asked == [(frame, True)]  # the login dialog sits on the window, the busy bar out of its way
    assert startup.session is not None and startup.session.window is frame
    assert "admin" not in frame.tab_keys() and "members" in frame.tab_keys()
    frame.idle_lock.stop()
    startup.session.worker.wait()


def test_the_demo_starts_in_a_fresh_process_through_every_milestone(tmp_path):
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "UNIONOFFICE_DATA_DIR": str(tmp_path / "data"),
        "UNIONOFFICE_CACHE_DIR": str(tmp_path / "cache"),
        "UNIONOFFICE_EXIT_AFTER_SHOW": "1",
        "PYTHONPATH": str(ROOT / "src"),
    }
    done = subprocess.run(
        [sys.executable, "-m", "unionoffice", "--demo", "--demo-size", "60"],
        env=env,
        capture_output=True,
        text=True,
        timeout=180,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["shown", "ready", "figures"]
    log = tmp_path / "data" / "logs" / "unionoffice.log"
    assert "ERROR" not in (log.read_text(encoding="utf-8") if log.exists() else "")
