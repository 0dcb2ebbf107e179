"""The window on the union server: a connection indicator that tells the truth, no call on the
GUI thread, a session the server ended asks for the password again, and nothing secret on disk."""

from __future__ import annotations

import base64
import re
import threading
from pathlib import Path

import pytest
from factories import actor_of, add_member
from netproxy import Proxy
from PySide6.QtWidgets import QMessageBox
from server_harness import RunningServer

from unionoffice.client.remote import RemoteServices
from unionoffice.db.database import Database
from unionoffice.foundation.paths import data_dir
from unionoffice.foundation.settings import Settings
from unionoffice.ui.calls import Calls
from unionoffice.ui.context import AppContext
from unionoffice.ui.login_dialog import LoginDialog
from unionoffice.ui.main_window import MainWindow
from unionoffice.ui.tasks import TaskRunner
from unionoffice.ui.worker import Worker


class _Recording(RemoteServices):
    """Notes the thread of every call: none may be the GUI thread."""

    threads: list[threading.Thread]

    def call(self, op, request):  # type: ignore[no-untyped-def, override]
        self.threads.append(threading.current_thread())
        return super().call(op, request)


@pytest.fixture
def window(qtbot, server: RunningServer, db: Database, org: dict[str, int]):  # type: ignore[no-untyped-def]
    add_member(db, org["branch_a"], org["group_a"], name="张坤")
    proxy = Proxy([("127.0.0.1", int(server.url.rsplit(":", 1)[1]))]).start()
    services = _Recording(f"http://127.0.0.1:{proxy.port}", retry_for=1.5)
    services.threads = []
    token = server.token_for(actor_of(db, "clerk_a"))
    from unionoffice.core.auth.operations import session_info

    services.adopt_session(token, session_info(db, actor_of(db, "clerk_a")))
    worker = Worker()
    ctx = AppContext(services, Calls(worker, services), TaskRunner(worker, services), Settings())
    main = MainWindow(ctx)
    main.setProperty("demo", True)
    qtbot.addWidget(main)
    main.show()
    yield main, services, proxy
    worker.wait()
    proxy.stop()
    services.close()


def test_the_indicator_follows_the_connection_and_calls_stay_off_the_gui_thread(
    window, qtbot, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    main, services, proxy = window
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: shown.append(text))
    indicator = main.connection
    assert "已连接工会服务器" in indicator.text()
    tab = main.open_tab("members").page("register")
    qtbot.waitUntil(lambda: tab.count_label.text().startswith("共"), timeout=20_000)
    assert services.threads
    assert all(t is not threading.main_thread() for t in services.threads)

    proxy.stop()  # the line to the server goes down
    tab.search.setText("张")  # a keystroke: answered on a worker, retried, then given up
    qtbot.waitUntil(lambda: indicator.state == "retrying", timeout=20_000)
    assert "正在重试" in indicator.text() and "不会保存在本机" in main.statusBar().currentMessage()
    qtbot.waitUntil(lambda: indicator.state == "unreachable", timeout=20_000)
    qtbot.waitUntil(lambda: bool(shown), timeout=20_000)
    assert "无法连接工会服务器" in shown[0] and "本机没有保存任何数据" in shown[0]
    assert "无法连接工会服务器" in indicator.text()


def test_a_session_the_server_ended_asks_for_the_password_again(
    window, qtbot, server: RunningServer, db, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    main, services, _proxy = window
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: shown.append(text))
    states: list[str] = []
    services.on_state(lambda state, _detail: states.append(str(state)))
    from unionoffice.core.auth.sessions import ServerSession

    with db.transaction(None) as s:
        s.query(ServerSession).delete()  # e.g. an administrator deactivated and reactivated the account
    tab = main.open_tab("members").page("register")
    tab.search.setText("张")  # the next request finds the session gone
    qtbot.waitUntil(lambda: bool(states), timeout=20_000)
    assert states == ["signed_out"]
    qtbot.waitUntil(lambda: main.idle_lock.is_locked, timeout=20_000)
    dialog = main.idle_lock.dialog
    assert isinstance(dialog, LoginDialog)
    dialog.password.setText("secret-123")
    dialog.try_login()
    qtbot.waitUntil(lambda: not main.idle_lock.is_locked, timeout=20_000)
    assert services.signed_in and tab is not None


def test_nothing_secret_is_kept_on_the_office_pc(window, qtbot, server: RunningServer, db) -> None:  # type: ignore[no-untyped-def]
    main, services, _proxy = window
    settings = Settings.load()
    settings.server_url, settings.server_ca = services.url, ""
    settings.save()
    tab = main.open_tab("members").page("register")
    qtbot.waitUntil(lambda: tab.count_label.text().startswith("共"), timeout=20_000)
    main.save_state()
    key = server.keys.data_key
    secrets = [
        key,
        key.hex().encode(),
        base64.b64encode(key),
        db.url.render_as_string(hide_password=False).encode(),
        (services._token or "").encode(),
    ]
    written = [path for path in Path(data_dir()).rglob("*") if path.is_file()]
    assert any(path.name == "settings.json" for path in written)
    for path in written:
        content = path.read_bytes()
        assert not any(secret and secret in content for secret in secrets), path
    # The installed program: no database address with a password, no credential store.
    package = Path(__import__("unionoffice").__file__).parent
    with_password = re.compile(r"postgresql(\+\w+)?://[^:@\s/]+:[^@\s]+@")
    for path in package.rglob("*"):
        if path.is_file() and path.suffix in {".py", ".json", ".toml", ".ini", ".txt"}:
            text = path.read_text(encoding="utf-8", errors="replace")
            assert not with_password.search(text), path
            assert "import keyring" not in text and "credentials.key" not in text, path
