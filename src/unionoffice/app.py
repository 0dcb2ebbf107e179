"""GUI start-up: Qt application, fonts, language, database checks, login, main window.

Start-up overlaps its two slow halves: a thread imports SQLAlchemy and checks the database
file (SQLite releases the GIL while it verifies pages) while this thread starts Qt.
"""

from __future__ import annotations

import argparse
import importlib
import logging
import logging.handlers
import os
import sys
import tempfile
import threading
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication, QMessageBox

from unionoffice.core.errors import UserError
from unionoffice.core.paths import backups_dir, data_dir
from unionoffice.core.settings import Settings
from unionoffice.ui.fonts import register_bundled_fonts
from unionoffice.ui.i18n import install_language
from unionoffice.ui.messages import show_unexpected

if TYPE_CHECKING:
    from unionoffice.core.auth.actor import Actor
    from unionoffice.db.database import Database
    from unionoffice.ui.tasks import TaskRunner

log = logging.getLogger("unionoffice")


def setup_logging() -> None:
    folder = data_dir() / "logs"
    folder.mkdir(exist_ok=True)
    handler = logging.handlers.RotatingFileHandler(folder / "unionoffice.log", maxBytes=2_000_000, backupCount=3,
                                                   encoding="utf-8")
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
    return app


class Preparation(threading.Thread):
    """Opens the database off the GUI thread: imports, integrity check, migrations."""

    def __init__(self, args: argparse.Namespace, settings: Settings) -> None:
        super().__init__(name="startup", daemon=True)
        self.args = args
        self.settings = settings
        self.db: Database | None = None
        self.actor: Actor | None = None
        self.error: BaseException | None = None

    def run(self) -> None:
        try:
            from unionoffice.db.database import Database, resolve_url
            from unionoffice.db.startup import open_database

            if self.args.demo:
                from unionoffice.core.demo import DEFAULT_SIZE, demo_copy

                temp = Path(tempfile.mkdtemp(prefix="unionoffice-demo-"))
                url = f"sqlite:///{demo_copy(temp, self.args.demo_size or DEFAULT_SIZE)}"
            else:
                url = resolve_url(self.args.db)  # --db, UNIONOFFICE_DB_URL, the settings, the local file
            self.db = Database(url)
            open_database(self.db, backups_dir())
            if self.args.demo:  # the key derivation of the demo sign-in overlaps Qt's start too
                self.actor = demo_actor(self.db)
            import unionoffice.ui.main_window  # noqa: F401 - warm the imports while Qt starts
            from unionoffice.core.modules import all_modules

            first = next((spec for spec in all_modules() if spec.view), None)
            if first is not None:  # the first tab's view module (its widgets are built later)
                importlib.import_module(first.view.partition(":")[0])
        except BaseException as exc:  # noqa: BLE001 - shown by the GUI thread
            self.error = exc


def recover(db: Database, error: BaseException) -> bool:
    """Offer the clerk a way out of a damaged or unreadable database; True to try again."""
    from unionoffice.db.startup import DatabaseDamaged, latest_good_backup

    if isinstance(error, DatabaseDamaged):
        good = latest_good_backup(error.path, backups_dir())
        if good is None:
            QMessageBox.critical(None, QApplication.translate("App", "数据库已损坏"),
                                 str(error) + QApplication.translate("App", "\n没有找到完好的备份，请联系管理员。"))
            return False
        answer = QMessageBox.question(
            None, QApplication.translate("App", "数据库已损坏"),
            str(error) + QApplication.translate("App", "\n\n是否从最近的完好备份“{name}”恢复？").format(name=good.name),
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
    from unionoffice.db.startup import open_database

    while True:
        try:
            open_database(db, backups_dir())
            return True
        except Exception as exc:  # noqa: BLE001 - recover() decides what the clerk sees
            if not recover(db, exc):
                return False


def sign_in(db: Database, username: str = "") -> Actor | None:
    from unionoffice.core.auth.service import needs_setup
    from unionoffice.ui.login_dialog import LoginDialog, SetupDialog

    dialog = SetupDialog(db) if needs_setup(db) else LoginDialog(db, username=username)
    return dialog.actor if dialog.exec() else None


def demo_actor(db: Database) -> Actor:
    """Demo mode signs in as the demo admin with the published demo password."""
    from unionoffice.core.auth.service import login
    from unionoffice.core.demo import DEMO_PASSWORD

    return login(db, "admin", DEMO_PASSWORD)


class IntegrityWatcher(QObject):
    """Runs SQLite's full integrity check beside the open window and reports damage at once."""

    damaged = Signal(object)

    def start(self, path: Path) -> None:
        def run() -> None:
            from unionoffice.db.backup import integrity_problems

            problems = integrity_problems(path)
            if problems:
                self.damaged.emit(problems)

        threading.Thread(target=run, name="integrity-check", daemon=True).start()


def _report_damage(window, problems: list[str]) -> None:  # type: ignore[no-untyped-def]
    QMessageBox.critical(
        window, QApplication.translate("App", "数据库已损坏"),
        QApplication.translate("App", "完整性检查发现数据库文件有损坏（{detail}）。请立即用“文件 → 从备份恢复”恢复最近的完好备份，"
                                      "并联系管理员。").format(detail=problems[0]),
    )


class Session:
    """Keeps the main window of whoever is signed in; switching user replaces it."""

    def __init__(self, db: Database, settings: Settings, demo: bool) -> None:
        from unionoffice.ui.tasks import TaskRunner

        self.db = db
        self.settings = settings
        self.demo = demo
        self.tasks: TaskRunner = TaskRunner()
        self.window = None

    def show(self, actor: Actor) -> None:
        from unionoffice.core.auth.service import must_change_password
        from unionoffice.ui.context import AppContext
        from unionoffice.ui.main_window import MainWindow, start_daily_backup

        ctx = AppContext(self.db, actor, self.tasks, self.settings)
        if must_change_password(self.db, actor):
            from unionoffice.ui.admin.users_view import ChangePasswordDialog

            if not ChangePasswordDialog(ctx, None, forced=True).exec():
                QApplication.quit()
                return
        self.window = MainWindow(ctx)
        self.window.setProperty("demo", self.demo)
        self.window.switch_user_requested.connect(self.switch_user)
        self.window.signed_in_as.connect(self.hand_over)
        self.window.show()
        if os.environ.get("UNIONOFFICE_EXIT_AFTER_SHOW"):  # bench/bench_startup.py measures to here
            def painted() -> None:
                print("shown", flush=True)
                QApplication.quit()

            QTimer.singleShot(0, painted)  # runs once the first events (the paint) are processed
        if not self.demo:
            start_daily_backup(ctx)
            if self.db.sqlite_path is not None and not getattr(self, "_checked", False):
                self._checked = True
                self.watcher = IntegrityWatcher()
                window = self.window
                self.watcher.damaged.connect(lambda problems: _report_damage(window, problems))
                self.watcher.start(self.db.sqlite_path)

    def _close_window(self) -> None:
        if self.window is not None:
            self.window.close()
            self.window.deleteLater()
            self.window = None

    def hand_over(self, actor: Actor) -> None:
        """Another user signed in at the lock screen: the previous user is logged out."""
        self._close_window()
        self.show(actor)

    def switch_user(self) -> None:
        self._close_window()
        actor = sign_in(self.db)
        if actor is None:
            QApplication.quit()
        else:
            self.show(actor)


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
        from unionoffice.contests.views.judge_window import run_judge_mode

        return run_judge_mode(app, args.judge)
    preparation = Preparation(args, settings)
    preparation.start()
    setup_logging()
    app = create_application(args.lang or settings.language)
    sys.excepthook = _excepthook
    preparation.join()
    db = preparation.db
    if preparation.error is not None:
        if db is None:  # not even an engine: a malformed address or a missing driver
            from unionoffice.ui.messages import show_error

            show_error(None, preparation.error)
            return 1
        if not recover(db, preparation.error) or not open_checked(db):
            return 1
    assert db is not None
    actor = (preparation.actor or demo_actor(db)) if args.demo else sign_in(db)
    if actor is None:
        return 0
    session = Session(db, settings, demo=args.demo)
    session.show(actor)
    code = app.exec()
    session.tasks.wait()
    db.dispose()
    return code
