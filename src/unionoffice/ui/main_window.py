"""The main window: a tab per module the user's role allows, menus, status bar."""

# Imports inside functions: dialogs and the admin tab load when first opened, keeping start-up short.
from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QIcon, QKeySequence
from PySide6.QtWidgets import (
    QFileDialog,
    QLabel,
    QMainWindow,
    QProgressBar,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from unionoffice.core.auth.roles import CorePerm
from unionoffice.core.modules import ModuleSpec, load_object, tab_modules
from unionoffice.foundation.paths import data_dir
from unionoffice.ui.context import AppContext
from unionoffice.ui.icons import icon
from unionoffice.ui.messages import confirm, guarded, info
from unionoffice.ui.widgets.lazy_tabs import LazyTab

log = logging.getLogger("unionoffice")


def ui_settings() -> QSettings:
    return QSettings(str(data_dir() / "window.ini"), QSettings.Format.IniFormat)


class StartupPanel(QWidget):
    """What the window shows while the database opens (checks, backup, migrations, sign-in)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.addStretch(2)
        self.title = QLabel(self.tr("工会办公"))
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.title.setStyleSheet("font-size: 22pt; font-weight: 600; color: #1f3a60;")
        self.status = QLabel()
        self.status.setObjectName("startup_status")
        self.status.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.status.setStyleSheet("color: #5b6577;")
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)  # no percentage to tell: an honest "working" bar
        self.busy.setTextVisible(False)
        self.busy.setFixedWidth(260)
        layout.addWidget(self.title)
        layout.addWidget(self.status)
        layout.addWidget(self.busy, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(3)

    def set_waiting(self, waiting: bool) -> None:
        """Off while a dialog (the sign-in) sits in the middle of the window."""
        for widget in (self.title, self.status, self.busy):
            widget.setVisible(waiting)


class MainWindow(QMainWindow):
    """Opens in two steps: the frame first (shown while the database opens, so start-up never
    looks frozen), then ``open_session`` fills in the tabs, menus and status bar of whoever
    signed in. ``MainWindow(ctx)`` does both at once."""

    switch_user_requested = Signal()
    signed_in_as = Signal(object)  # another user unlocked the idle lock: hand the session over
    session_opened = Signal()

    def __init__(self, ctx: AppContext | None = None) -> None:
        super().__init__()
        self.ctx: AppContext | Any = None  # set by open_session
        self.setWindowTitle(self.tr("工会办公 UnionOffice"))
        self.setWindowIcon(icon("users-round"))
        self.startup = StartupPanel()
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.setIconSize(self.tabs.iconSize() * 1.1)
        self.pages = QStackedWidget()
        self.pages.addWidget(self.startup)
        self.pages.addWidget(self.tabs)
        self.setCentralWidget(self.pages)
        self._tab_keys: list[str] = []
        self._restore_geometry()
        if ctx is None:
            self._build_frame_menus()
        else:
            self.open_session(ctx)

    def show_progress(self, text: str) -> None:
        self.startup.status.setText(text)
        self.startup.set_waiting(bool(text))

    def open_session(self, ctx: AppContext) -> None:
        self.ctx = ctx
        ctx.navigator = self
        for spec in self.visible_modules():
            self._add_module_tab(spec)
        if ctx.session.can(CorePerm.USERS_ADMIN):
            self._add_tab("admin", self.tr("系统管理"), "settings", self._build_admin)
        self.menuBar().clear()
        self._build_menus()
        self._build_status_bar()
        self._restore_last_tab()
        self.pages.setCurrentWidget(self.tabs)
        self.tabs.currentChanged.connect(self._on_tab_changed)
        self._on_tab_changed(self.tabs.currentIndex())
        from unionoffice.ui.idle_lock import IdleLock

        self.idle_lock = IdleLock(ctx, ctx.settings.idle_lock_minutes, self)
        self.idle_lock.switch_user.connect(self.signed_in_as.emit)
        self.session_opened.emit()

    # Tabs -----------------------------------------------------------------------------------
    def visible_modules(self) -> list[ModuleSpec]:
        return [spec for spec in tab_modules() if self.ctx.session.can(spec.permission)]

    def _add_module_tab(self, spec: ModuleSpec) -> None:
        def build(parent: QWidget) -> QWidget:
            view: QWidget = load_object(spec.view)(self.ctx, parent)
            return view

        self._add_tab(spec.key, spec.title(), spec.icon, build)

    def _add_tab(self, key: str, title: str, icon_name: str, build: Callable[[QWidget], QWidget]) -> None:
        self.tabs.addTab(LazyTab(build), icon(icon_name), title)
        self._tab_keys.append(key)

    def tab_keys(self) -> list[str]:
        return list(self._tab_keys)

    def open_tab(self, key: str) -> QWidget | None:
        """Show module ``key`` and return its view (used by drill-downs from other modules)."""
        if key not in self._tab_keys:
            return None
        index = self._tab_keys.index(key)
        self.tabs.setCurrentIndex(index)
        tab = self.tabs.widget(index)
        assert isinstance(tab, LazyTab)
        return tab.ensure_built()

    def show_filtered(self, module: str, **values: object) -> bool:
        """The navigator's drill-down: module ``module``'s tab, its list filtered by ``values``
        (once a tab shown just now has its first answer, when it says so with ``when_opened``)."""
        view = self.open_tab(module)
        show = getattr(view, "show_filtered", None)
        if show is None:
            return False
        when_opened = getattr(view, "when_opened", None)
        if callable(when_opened):
            when_opened(lambda: show(**values))
        else:
            show(**values)
        return True

    @guarded
    def _on_tab_changed(self, index: int) -> None:
        tab = self.tabs.widget(index)
        if isinstance(tab, LazyTab):
            tab.ensure_built()

    def _build_admin(self, parent: QWidget) -> QWidget:
        from unionoffice.ui.admin_view import AdminTab

        return AdminTab(self.ctx, parent)

    # Menus ----------------------------------------------------------------------------------
    def _action(
        self,
        text: str,
        slot: Callable[[], None],
        shortcut: QKeySequence | str | None = None,
        icon_name: str = "",
    ) -> QAction:
        action = QAction(icon(icon_name) if icon_name else QIcon(), text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        return action

    def _build_frame_menus(self) -> None:
        """Before anyone signs in: only what needs no database."""
        file_menu = self.menuBar().addMenu(self.tr("文件(&F)"))
        file_menu.addAction(
            self._action(self.tr("退出(&X)"), self.close, QKeySequence.StandardKey.Quit, "power")
        )
        help_menu = self.menuBar().addMenu(self.tr("帮助(&H)"))
        help_menu.addAction(self._action(self.tr("关于工会办公(&A)"), self.show_about, "F1", "info"))

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("文件(&F)"))
        if self.ctx.session.can(CorePerm.BACKUP) and self.ctx.services.maintenance is not None:
            self.backup_action = self._action(
                self.tr("立即备份(&B)"), self.backup_now, "Ctrl+Shift+B", "database-backup"
            )
            file_menu.addAction(self.backup_action)
            file_menu.addAction(
                self._action(self.tr("从备份恢复(&R)…"), self.restore_from_backup, None, "archive-restore")
            )
            file_menu.addSeparator()
        file_menu.addAction(
            self._action(self.tr("设置(&S)…"), self.open_settings, "Ctrl+,", "sliders-horizontal")
        )
        file_menu.addAction(self._action(self.tr("修改密码(&P)…"), self.change_password, None, "key-round"))
        file_menu.addAction(
            self._action(self.tr("锁定(&L)"), lambda: self.idle_lock.lock(), "Ctrl+L", "lock")
        )
        file_menu.addAction(
            self._action(self.tr("切换用户(&U)"), self.switch_user_requested.emit, "Ctrl+Shift+L", "log-out")
        )
        file_menu.addSeparator()
        file_menu.addAction(
            self._action(self.tr("退出(&X)"), self.close, QKeySequence.StandardKey.Quit, "power")
        )
        view_menu = self.menuBar().addMenu(self.tr("视图(&V)"))
        for index in range(min(self.tabs.count(), 9)):
            view_menu.addAction(
                self._action(
                    self.tabs.tabText(index),
                    lambda i=index: self.tabs.setCurrentIndex(i),
                    f"Ctrl+{index + 1}",
                )
            )
        help_menu = self.menuBar().addMenu(self.tr("帮助(&H)"))
        help_menu.addAction(self._action(self.tr("关于工会办公(&A)"), self.show_about, "F1", "info"))

    def _build_status_bar(self) -> None:
        session = self.ctx.session
        self.user_label = QLabel(
            self.tr("用户：{name}（{role}）").format(name=session.display_name, role=session.role_label)
        )
        self.db_label = QLabel(self.tr("数据库：{db}").format(db=self.ctx.services.describe()))
        self.statusBar().addWidget(self.user_label)
        self.statusBar().addPermanentWidget(self.db_label)
        if hasattr(self.ctx.services, "on_state"):  # the union server: say how the connection is
            from unionoffice.ui.connection_status import ConnectionIndicator

            self.connection = ConnectionIndicator(self.ctx.services, self)
            self.connection.message.connect(self._connection_message)
            self.connection.signed_out.connect(self._session_ended)
            self.statusBar().addPermanentWidget(self.connection)

    def _connection_message(self, text: str) -> None:
        if text:
            self.statusBar().showMessage(text)
        else:
            self.statusBar().clearMessage()

    def _session_ended(self) -> None:
        """The server ended the session (expired, or the account changed): sign in again to go on;
        what is on screen stays."""
        idle_lock = getattr(self, "idle_lock", None)
        if idle_lock is not None:
            idle_lock.lock()

    # Actions --------------------------------------------------------------------------------
    @guarded
    def backup_now(self) -> None:
        maintenance = self.ctx.services.maintenance
        assert maintenance is not None
        self.ctx.tasks.run(
            self,
            self.tr("正在备份数据库…"),
            lambda _progress: maintenance.backup("manual"),
            lambda made: self.statusBar().showMessage(self.tr("已备份到 {path}").format(path=made), 8000),
            cancellable=False,
        )

    @guarded
    def restore_from_backup(self) -> None:
        maintenance = self.ctx.services.maintenance
        assert maintenance is not None
        chosen, _ = QFileDialog.getOpenFileName(
            self, self.tr("选择要恢复的备份"), maintenance.backup_folder(), self.tr("数据库备份 (*.sqlite)")
        )
        if not chosen:
            return
        if not confirm(
            self,
            self.tr(
                "恢复后，当前数据将被备份中的数据替换（当前文件会另存一份）。程序将重新打开。确定恢复吗？"
            ),
        ):
            return
        self.ctx.tasks.wait()

        def restored(_result: object) -> None:
            info(self, self.tr("已恢复。请重新登录。"))
            self.switch_user_requested.emit()

        self.ctx.tasks.run(
            self,
            self.tr("正在恢复备份…"),
            lambda _p: maintenance.restore(chosen),
            restored,
            cancellable=False,
        )

    @guarded
    def open_settings(self) -> None:
        from unionoffice.ui.settings_dialog import SettingsDialog

        SettingsDialog(self.ctx, self).exec()

    @guarded
    def change_password(self) -> None:
        from unionoffice.ui.admin.users_view import ChangePasswordDialog

        ChangePasswordDialog(self.ctx, self).exec()

    def show_about(self) -> None:
        from unionoffice.ui.about_dialog import AboutDialog

        AboutDialog(self).exec()

    # State ----------------------------------------------------------------------------------
    def _restore_geometry(self) -> None:
        geometry = ui_settings().value("main/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(1280, 800)

    def _restore_last_tab(self) -> None:
        last = ui_settings().value(f"main/last_tab/{self.ctx.session.username}")
        if last in self._tab_keys:
            self.tabs.setCurrentIndex(self._tab_keys.index(last))

    def save_state(self) -> None:
        settings = ui_settings()
        settings.setValue("main/geometry", self.saveGeometry())
        if self._tab_keys and self.ctx is not None:
            settings.setValue(
                f"main/last_tab/{self.ctx.session.username}", self._tab_keys[self.tabs.currentIndex()]
            )
        settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_state()
        if self.ctx is None:  # closed while the database was still opening
            event.accept()
            return
        self.idle_lock.stop()
        self.ctx.tasks.wait()
        maintenance = self.ctx.services.maintenance
        if maintenance is not None and self.ctx.session.can(CorePerm.BACKUP) and not self.property("demo"):
            try:
                maintenance.backup("exit")
            except Exception:
                log.exception("exit backup failed")
        event.accept()


def start_daily_backup(ctx: AppContext) -> None:
    """A background backup on the first start of each day (plain thread: no Qt needed)."""
    maintenance = ctx.services.maintenance
    if maintenance is None or not ctx.session.can(CorePerm.BACKUP) or not maintenance.daily_backup_due():
        return

    def run() -> None:
        try:
            maintenance.backup("daily")
        except Exception:
            log.exception("daily backup failed")

    threading.Thread(target=run, name="daily-backup", daemon=True).start()
