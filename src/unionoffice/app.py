"""GUI start-up: Qt application, fonts, language, database checks, login, main window.

The main window's frame is on screen as soon as Qt is up, saying what is happening, while a
thread imports SQLAlchemy and opens the database (integrity check, backup, migrations, the
demo's sign-in). Then the GUI thread signs the clerk in and the session fills the frame.

Across the union the app opens no database at all: ``--server https://host:port`` (remembered in
the settings, with the CA file ``--ca``) makes it talk to the union server (``RemoteServices``),
which alone holds the database. A PostgreSQL address given to the app itself is refused.
"""

# Imports inside functions: the frame is on screen before SQLAlchemy, the database and the
# modules' code are imported (start-up time).
from __future__ import annotations

import argparse
import importlib
import logging
import logging.handlers
import os
import sys
import tempfile
import threading
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from unionoffice.foundation.errors import UserError
from unionoffice.foundation.paths import backups_dir, data_dir
from unionoffice.foundation.settings import Settings
from unionoffice.ui.collector import collect_on_gui_thread
from unionoffice.ui.fonts import register_bundled_fonts
from unionoffice.ui.i18n import install_language
from unionoffice.ui.messages import show_unexpected

if TYPE_CHECKING:
    from unionoffice.db.database import Database
    from unionoffice.foundation.contract import Services, SessionInfo
    from unionoffice.ui.main_window import MainWindow
    from unionoffice.ui.worker import Worker

log = logging.getLogger("unionoffice")


def setup_logging() -> None:
    folder = data_dir() / "logs"
    folder.mkdir(exist_ok=True)
    handler = logging.handlers.RotatingFileHandler(
        folder / "unionoffice.log", maxBytes=2_000_000, backupCount=3, encoding="utf-8"
    )
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(logging.INFO)


def _excepthook(exc_type, exc, tb) -> None:  # type: ignore[no-untyped-def]
    log.error("uncaught", exc_info=(exc_type, exc, tb))
    if QApplication.instance() is not None and issubclass(exc_type, Exception):
        show_unexpected(None, exc)


def create_application(language: str) -> QApplication:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("UnionOffice")
    app.setOrganizationName("UnionOffice")
    register_bundled_fonts()
    install_language(app, language)
    app.setApplicationDisplayName(app.translate("App", "工会办公"))
    collect_on_gui_thread()  # the preparation and worker threads never free Qt objects' garbage
    return app


class PreparationEvents(QObject):
    """Signals from the preparation thread; Qt queues them to the GUI thread."""

    progress = Signal(str)  # a key of progress_text(): the thread may run before the translations load
    finished = Signal()


def progress_text(step: str) -> str:
    return {
        "demo": QApplication.translate("App", "正在准备演示数据…"),
        "open": QApplication.translate("App", "正在打开数据库…"),
        "check": QApplication.translate("App", "正在检查数据库…"),
        "sign_in": QApplication.translate("App", "正在登录演示账号…"),
        "connect": QApplication.translate("App", "正在准备连接工会服务器…"),
    }[step]


class Preparation(threading.Thread):
    """Opens the database off the GUI thread (imports, integrity check, migrations, the demo's
    sign-in) while the window's frame is already on screen."""

    def __init__(self, args: argparse.Namespace, settings: Settings) -> None:
        super().__init__(name="startup", daemon=True)
        self.args = args
        self.settings = settings
        self.db: Database | None = None
        self.services: Services | None = None
        self.remote = union_server(args, settings)  # (url, CA file) of the union server, or None
        self.session: SessionInfo | None = None  # the demo's, signed in here
        self.needs_setup = False
        self.error: BaseException | None = None
        self.events = PreparationEvents()
        self.done = threading.Event()

    def run(self) -> None:
        try:
            self._prepare()
        except BaseException as exc:  # noqa: BLE001 - shown by the GUI thread
            self.error = exc
        finally:
            self.done.set()
            self.events.finished.emit()

    def _prepare(self) -> None:
        # Work that leaves Python (copying the demo file, SQLite's page check, Argon2) runs on
        # side threads, overlapping the imports here instead of following them.
        with ThreadPoolExecutor(max_workers=2, thread_name_prefix="startup-aside") as aside:
            self._prepare_with(aside)

    def _prepare_with(self, aside: ThreadPoolExecutor) -> None:
        say = self.events.progress.emit
        if self.remote is not None:
            say("connect")
            from unionoffice.client.remote import RemoteServices  # httpx, not SQLAlchemy

            self.services = RemoteServices(self.remote[0], self.remote[1] or None)
            _import_first_view()
            return
        if self.args.demo:
            say("demo")
            demo_file = aside.submit(_demo_copy_checked, self.args.demo_size)
        say("open")
        from unionoffice.core.database import open_database
        from unionoffice.core.schema import load_all_models
        from unionoffice.db.database import resolve_url
        from unionoffice.db.startup import DatabaseDamaged, prepare_database

        path: Path | None = None
        check: Future[list[str]] | None = None
        problems: list[str] = []
        if self.args.demo:
            load_all_models()
            path, problems = demo_file.result()
            url: Any = f"sqlite:///{path}"
        else:
            url = resolve_url(self.args.db)  # --db, UNIONOFFICE_DB_URL, the local file
            if url.get_backend_name() != "sqlite":
                raise UserError(
                    QApplication.translate(
                        "App",
                        "本程序不再直接连接 PostgreSQL 数据库。请用 --server https://主机:端口 连接工会服务器，"
                        "或在 文件 → 设置 中选择工会服务器。",
                    )
                )
            if url.database and url.database != ":memory:":
                path = Path(url.database)
                check = aside.submit(_quick_check, path)
        self.db = open_database(url)  # loads the models while the check runs
        say("check")
        if check is not None:
            problems = check.result()
        if problems:
            assert path is not None
            raise DatabaseDamaged(path, problems)
        prepare_database(self.db, backups_dir(), check=path is None)
        from unionoffice.client.local import LocalServices

        self.services = services = LocalServices(self.db)
        sign_in = None
        if self.args.demo:
            say("sign_in")
            sign_in = aside.submit(demo_sign_in, services)  # Argon2 runs while the view imports
        else:
            self.needs_setup = first_start(services)
        _import_first_view()
        if sign_in is not None:
            self.session = sign_in.result()


def _import_first_view() -> None:
    """The first tab's view module and the session's helpers, while the GUI thread is idle."""
    from unionoffice.core.modules import all_modules

    first = next((spec for spec in all_modules() if spec.view), None)
    if first is not None and first.view is not None:
        importlib.import_module(first.view.partition(":")[0])
    import unionoffice.ui.idle_lock
    import unionoffice.ui.tasks  # noqa: F401


def union_server(args: argparse.Namespace, settings: Settings) -> tuple[str, str] | None:
    """The union server to use: ``--server`` (remembered for the next start), else the one in the
    settings; None for this office's own file (``--db``, the demo, or no server chosen)."""
    if args.demo or args.db or os.environ.get("UNIONOFFICE_DB_URL"):
        return None
    given = getattr(args, "server", None)
    if given:
        ca = getattr(args, "ca", None) or settings.server_ca
        if (given, ca) != (settings.server_url, settings.server_ca):
            settings.server_url, settings.server_ca = given, ca
            settings.save()
        return given, ca
    if settings.server_url:
        return settings.server_url, settings.server_ca
    return None


def _demo_copy_checked(size: int | None) -> tuple[Path, list[str]]:
    from unionoffice.demo.cache import DEFAULT_SIZE, demo_copy

    path = demo_copy(Path(tempfile.mkdtemp(prefix="unionoffice-demo-")), size or DEFAULT_SIZE)
    return path, _quick_check(path)


def _quick_check(path: Path) -> list[str]:
    from unionoffice.db.backup import integrity_problems

    if not path.exists() or path.stat().st_size == 0:
        return []  # a new database: nothing to check yet
    return integrity_problems(path, quick=True)


def recover(db: Database, error: BaseException) -> bool:
    """Offer the clerk a way out of a damaged or unreadable database; True to try again."""
    from unionoffice.db.startup import DatabaseDamaged, latest_good_backup

    if isinstance(error, DatabaseDamaged):
        good = latest_good_backup(error.path, backups_dir())
        if good is None:
            QMessageBox.critical(
                None,
                QApplication.translate("App", "数据库已损坏"),
                str(error) + QApplication.translate("App", "\n没有找到完好的备份，请联系管理员。"),
            )
            return False
        answer = QMessageBox.question(
            None,
            QApplication.translate("App", "数据库已损坏"),
            str(error)
            + QApplication.translate("App", "\n\n是否从最近的完好备份“{name}”恢复？").format(name=good.name),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
        from unionoffice.db.backup import restore

        db.dispose()
        restore(good, error.path)
        return True
    if isinstance(error, UserError):
        QMessageBox.critical(None, QApplication.translate("App", "无法打开数据库"), str(error))
        return False
    raise error


def open_checked(db: Database) -> bool:
    """Integrity check and migration with the clerk's choices on failure; False to quit."""
    from unionoffice.db.startup import prepare_database

    while True:
        try:
            prepare_database(db, backups_dir())
            return True
        except Exception as exc:  # noqa: BLE001 - recover() decides what the clerk sees
            if not recover(db, exc):
                return False


def first_start(services: Services) -> bool:
    """True until the first administrator exists (the first-start dialog then runs)."""
    from unionoffice.core.auth.contract import NEEDS_SETUP
    from unionoffice.foundation.contract import Empty

    return services.call(NEEDS_SETUP, Empty()).value


def sign_in(
    services: Services, worker: Worker, parent: QWidget | None = None, setup: bool = False
) -> SessionInfo | None:
    """The sign-in dialog (or, on an empty database, the first-start dialog); None if cancelled."""
    from unionoffice.ui.login_dialog import LoginDialog, SetupDialog

    dialog = SetupDialog(services, worker, parent) if setup else LoginDialog(services, worker, parent)
    return dialog.session if dialog.exec() else None


def demo_sign_in(services: Services) -> SessionInfo:
    """Demo mode signs in as the demo admin with the published demo password."""
    from unionoffice.core.auth.contract import SIGN_IN, Credentials
    from unionoffice.demo.cache import DEMO_PASSWORD

    return services.call(SIGN_IN, Credentials("admin", DEMO_PASSWORD))


class IntegrityWatcher(QObject):
    """Runs SQLite's full integrity check beside the open window and reports damage at once."""

    damaged = Signal(object)

    def start(self, check: Callable[[], list[str]]) -> None:
        def run() -> None:
            problems = check()
            if problems:
                self.damaged.emit(problems)

        threading.Thread(target=run, name="integrity-check", daemon=True).start()


def _report_damage(window, problems: list[str]) -> None:  # type: ignore[no-untyped-def]
    QMessageBox.critical(
        window,
        QApplication.translate("App", "数据库已损坏"),
        QApplication.translate(
            "App",
            "完整性检查发现数据库文件有损坏（{detail}）。请立即用“文件 → 从备份恢复”恢复最近的完好备份，"
            "并联系管理员。",
        ).format(detail=problems[0]),
    )


class Session:
    """Keeps the main window of whoever is signed in; switching user replaces it."""

    def __init__(self, services: Services, settings: Settings, demo: bool, path: Path | None = None) -> None:
        from unionoffice.ui.calls import Calls
        from unionoffice.ui.tasks import TaskRunner
        from unionoffice.ui.worker import Worker

        self.services = services
        self.settings = settings
        self.demo = demo
        self.path = path  # the office's database file, checked in full beside the open window
        self.worker = Worker()
        self.calls = Calls(self.worker, services)
        self.tasks = TaskRunner(self.worker, services)
        self.window: MainWindow | None = None
        self._checked = False

    def show(self, session: SessionInfo, frame: MainWindow | None = None) -> None:
        """Open the signed-in user's session in ``frame`` (the window shown at start) or a new window."""
        from unionoffice.ui.context import AppContext
        from unionoffice.ui.main_window import MainWindow, start_daily_backup

        ctx = AppContext(self.services, self.calls, self.tasks, self.settings)
        if session.must_change_password:
            from unionoffice.ui.admin.users_view import ChangePasswordDialog

            if not ChangePasswordDialog(ctx, frame, forced=True).exec():
                QApplication.quit()
                return
        if frame is not None:
            self.window = frame
            frame.open_session(ctx)
        else:
            self.window = MainWindow(ctx)
        self.window.setProperty("demo", self.demo)
        self.window.switch_user_requested.connect(self.switch_user)
        self.window.signed_in_as.connect(self.hand_over)
        self.window.show()
        if not self.demo:
            start_daily_backup(ctx)
            maintenance = self.services.maintenance
            if maintenance is not None and not self._checked:
                self._checked = True
                self.watcher = IntegrityWatcher()
                window = self.window
                self.watcher.damaged.connect(lambda problems: _report_damage(window, problems))
                self.watcher.start(maintenance.integrity_problems)

    def _close_window(self) -> None:
        if self.window is not None:
            self.window.close()
            self.window.deleteLater()
            self.window = None

    def hand_over(self, session: SessionInfo) -> None:
        """Another user signed in at the lock screen: the previous user is logged out."""
        self._close_window()
        self.show(session)

    def switch_user(self) -> None:
        self._close_window()
        self.services.sign_out()
        session = sign_in(self.services, self.worker)
        if session is None:
            QApplication.quit()
        else:
            self.show(session)


def run_gui(args: argparse.Namespace) -> int:
    settings = Settings.load()
    if args.self_test:
        # Never prepares (and so never migrates) the real database: the self-test works on a copy.
        create_application(args.lang or settings.language)
        from unionoffice.self_test import run_self_test

        return run_self_test(args)
    if getattr(args, "judge", None):  # judge mode: offline, no database, no login
        setup_logging()
        app = create_application(args.lang or settings.language)
        sys.excepthook = _excepthook
        from unionoffice.ui.judge_window import run_judge_mode

        return run_judge_mode(app, args.judge)
    if getattr(args, "exam", None):  # exam mode: offline, no database, no login
        setup_logging()
        app = create_application(args.lang or settings.language)
        sys.excepthook = _excepthook
        from unionoffice.contests.views.exam_window import run_exam_mode

        return run_exam_mode(app, args.exam)
    preparation = Preparation(args, settings)  # under way while Qt starts and the frame is built
    preparation.start()
    setup_logging()
    app = create_application(args.lang or settings.language)
    sys.excepthook = _excepthook
    from unionoffice.ui.main_window import MainWindow

    frame = MainWindow()  # on screen at once; the session fills it in when the database is open
    frame.show_progress(progress_text("open"))
    startup = Startup(args, settings, preparation, frame)
    preparation.events.progress.connect(startup.show_step)  # a QObject's slot: queued to this thread
    preparation.events.finished.connect(startup.finish)
    if preparation.done.is_set():  # finished before anyone listened
        QTimer.singleShot(0, startup.finish)
    frame.show()
    if os.environ.get("UNIONOFFICE_EXIT_AFTER_SHOW"):
        report_startup_milestones(frame)
    code = app.exec()
    if startup.session is not None:
        startup.session.worker.wait()
    if preparation.db is not None:
        preparation.db.dispose()
    close = getattr(preparation.services, "close", None)
    if callable(close):  # the union server's connections
        close()
    return code


class Startup(QObject):
    """Takes over on the GUI thread when the preparation thread is done: a way out of a damaged
    database, the sign-in (the demo is already signed in), then the session in the frame."""

    def __init__(
        self, args: argparse.Namespace, settings: Settings, preparation: Preparation, frame: MainWindow
    ) -> None:
        super().__init__(frame)
        self.args = args
        self.settings = settings
        self.preparation = preparation
        self.frame = frame
        self.session: Session | None = None
        self._finished = False

    def show_step(self, step: str) -> None:
        if not self._finished:
            self.frame.show_progress(progress_text(step))

    def finish(self) -> None:
        if self._finished:  # the signal and the already-done check may both deliver
            return
        self._finished = True
        try:
            self._finish()
        except Exception as exc:
            log.error("start-up failed", exc_info=exc)
            show_unexpected(self.frame, exc)
            QApplication.exit(1)

    def _finish(self) -> None:
        preparation, frame = self.preparation, self.frame
        if preparation.remote is not None:
            self._finish_remote()
            return
        db = preparation.db
        if preparation.error is not None:
            if db is None:  # not even an engine: a malformed address or a missing driver
                from unionoffice.ui.messages import show_error

                show_error(frame, preparation.error)
                QApplication.exit(1)
                return
            if not recover(db, preparation.error) or not open_checked(db):
                QApplication.exit(1)
                return
        assert db is not None
        from unionoffice.client.local import LocalServices

        services: Services = preparation.services or LocalServices(db)
        self.session = Session(services, self.settings, demo=self.args.demo, path=db.sqlite_path)
        signed_in = preparation.session
        if signed_in is None:
            frame.show_progress("")  # the sign-in dialog takes the middle of the window
            setup = preparation.needs_setup if preparation.error is None else first_start(services)
            signed_in = sign_in(services, self.session.worker, parent=frame, setup=setup)
        if signed_in is None:
            QApplication.exit(0)
            return
        self.session.show(signed_in, frame)

    def _finish_remote(self) -> None:
        """The union server: no database here; sign in (on a worker) and open the session. An
        unreachable server shows in the sign-in dialog, which stays open to try again."""
        preparation, frame = self.preparation, self.frame
        if preparation.error is not None or preparation.services is None:
            from unionoffice.ui.messages import show_error

            show_error(frame, preparation.error or RuntimeError("no services"))
            QApplication.exit(1)
            return
        services = preparation.services
        self.session = Session(services, self.settings, demo=False)
        frame.show_progress("")
        signed_in = sign_in(services, self.session.worker, parent=frame)
        if signed_in is None:
            QApplication.exit(0)
            return
        self.session.show(signed_in, frame)


def report_startup_milestones(frame: MainWindow) -> None:
    """For bench/bench_startup.py and the frozen-build test: print "shown" once the frame is
    painted, "ready" once the signed-in window is painted, "figures" once the first tab has
    painted its data (for a tab that loads any), then quit."""

    def painted(line: str, then=None):  # type: ignore[no-untyped-def]
        def report() -> None:
            print(line, flush=True)
            if then is not None:
                then()

        QTimer.singleShot(0, report)  # runs once the events queued so far (the paint) are done

    def ready() -> None:
        tab = frame.tabs.currentWidget()
        view = getattr(tab, "view", None)
        loads = getattr(view, "figures_shown", None)
        if loads is None:
            painted("ready", QApplication.quit)
            return
        loads.connect(lambda *_: painted("figures", QApplication.quit))
        painted("ready")

    frame.session_opened.connect(ready)
    painted("shown")
