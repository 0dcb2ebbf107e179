"""GUI start-up: Qt application, fonts, language, database checks, login, main window."""

from __future__ import annotations

import argparse
import logging
import logging.handlers
import sys
import tempfile
from pathlib import Path

from PySide6.QtWidgets import QApplication, QMessageBox

from unionoffice.core.auth.actor import Actor
from unionoffice.core.errors import UserError
from unionoffice.core.paths import backups_dir, data_dir
from unionoffice.core.settings import Settings
from unionoffice.db.database import Database, resolve_url
from unionoffice.db.startup import DatabaseDamaged, latest_good_backup, open_database
from unionoffice.ui.context import AppContext
from unionoffice.ui.fonts import register_bundled_fonts
from unionoffice.ui.i18n import install_language
from unionoffice.ui.messages import show_unexpected
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
    app.setApplicationDisplayName(app.translate("App", "工会办公"))
    app.setOrganizationName("UnionOffice")
    register_bundled_fonts()
    install_language(app, language)
    return app


def open_checked(db: Database) -> bool:
    """Integrity check and migration with the clerk's choices on failure; False to quit."""
    while True:
        try:
            open_database(db, backups_dir())
            return True
        except DatabaseDamaged as damaged:
            good = latest_good_backup(damaged.path, backups_dir())
            if good is None:
                QMessageBox.critical(None, QApplication.translate("App", "数据库已损坏"),
                                     str(damaged) + QApplication.translate("App", "\n没有找到完好的备份，请联系管理员。"))
                return False
            answer = QMessageBox.question(
                None, QApplication.translate("App", "数据库已损坏"),
                str(damaged) + QApplication.translate("App", "\n\n是否从最近的完好备份“{name}”恢复？").format(name=good.name),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return False
            from unionoffice.db.backup import restore

            db.dispose()
            restore(good, damaged.path)
        except UserError as exc:
            QMessageBox.critical(None, QApplication.translate("App", "无法打开数据库"), str(exc))
            return False


def sign_in(db: Database, username: str = "") -> Actor | None:
    from unionoffice.core.auth.service import needs_setup
    from unionoffice.ui.login_dialog import LoginDialog, SetupDialog

    dialog = SetupDialog(db) if needs_setup(db) else LoginDialog(db, username=username)
    return dialog.actor if dialog.exec() else None


def demo_actor(db: Database) -> Actor:
    from unionoffice.core.auth.service import login
    from unionoffice.core.demo import DEMO_PASSWORD

    return login(db, "admin", DEMO_PASSWORD)


class Session:
    """Keeps the main window of whoever is signed in; switching user replaces it."""

    def __init__(self, db: Database, settings: Settings, demo: bool) -> None:
        self.db = db
        self.settings = settings
        self.demo = demo
        self.tasks = TaskRunner()
        self.window = None

    def show(self, actor: Actor) -> None:
        from unionoffice.core.auth.service import must_change_password
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
        self.window.show()
        if not self.demo:
            start_daily_backup(ctx)

    def switch_user(self) -> None:
        if self.window is not None:
            self.window.close()
            self.window.deleteLater()
            self.window = None
        actor = sign_in(self.db)
        if actor is None:
            QApplication.quit()
        else:
            self.show(actor)


def run_gui(args: argparse.Namespace) -> int:
    setup_logging()
    settings = Settings.load()
    app = create_application(args.lang or settings.language)
    sys.excepthook = _excepthook
    if args.self_test:
        from unionoffice.self_test import run_self_test

        return run_self_test(args)
    if getattr(args, "judge", None):  # judge mode: offline, no database, no login
        from unionoffice.contests.views.judge_window import run_judge_mode

        return run_judge_mode(app, args.judge)
    if args.demo:
        from unionoffice.core.demo import DEFAULT_SIZE, demo_copy

        temp = Path(tempfile.mkdtemp(prefix="unionoffice-demo-"))
        db = Database(f"sqlite:///{demo_copy(temp, args.demo_size or DEFAULT_SIZE)}")
    else:
        db = Database(resolve_url(args.db or settings.database_url or None))
    if not open_checked(db):
        return 1
    actor = demo_actor(db) if args.demo else sign_in(db)
    if actor is None:
        return 0
    session = Session(db, settings, demo=args.demo)
    session.show(actor)
    code = app.exec()
    session.tasks.wait()
    db.dispose()
    return code
