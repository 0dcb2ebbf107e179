"""Locks the window after a period without input (shared office PCs are left unattended).

Locking covers every open window with a curtain instead of closing anything, so a half-filled
form is still there after the same user signs in again. Signing in as someone else logs the
first user out: their windows close and the new user's main window opens.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QVBoxLayout, QWidget

from unionoffice.foundation.contract import SessionInfo
from unionoffice.ui.context import AppContext
from unionoffice.ui.login_dialog import LoginDialog

_ACTIVITY = {
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseMove,
    QEvent.Type.Wheel,
    QEvent.Type.TouchBegin,
}


class Curtain(QWidget):
    """Covers one window's contents while the application is locked."""

    def __init__(self, host: QWidget) -> None:
        super().__init__(host)
        self.setAutoFillBackground(True)
        self.setStyleSheet("background: #1f4e79; color: white;")
        layout = QVBoxLayout(self)
        label = QLabel(self.tr("已锁定"))
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        label.setStyleSheet("font-size: 20pt;")
        layout.addWidget(label)
        self.setGeometry(host.rect())
        host.installEventFilter(self)
        self.show()
        self.raise_()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and isinstance(watched, QWidget):
            self.setGeometry(watched.rect())
        return False


class IdleLock(QObject):
    """GUI thread. Watches input application-wide; ``minutes`` of silence lock the window."""

    locked_changed = Signal(bool)
    switch_user = Signal(object)  # the SessionInfo of who signed in instead

    def __init__(self, ctx: AppContext, minutes: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.user_id = ctx.session.user_id  # whose window this is (the services follow whoever signs in)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.lock)
        self.set_timeout_ms(minutes * 60_000)
        self.curtains: list[Curtain] = []
        self.dialog: LoginDialog | None = None
        app = QApplication.instance()
        assert app is not None
        app.installEventFilter(self)
        self.timer.start()

    def set_timeout_ms(self, msecs: int) -> None:
        self.timer.setInterval(max(msecs, 1))
        self.timer.start()

    @property
    def is_locked(self) -> bool:
        return self.dialog is not None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _ACTIVITY and not self.is_locked:
            self.timer.start()
        return False

    def stop(self) -> None:
        self.timer.stop()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)

    def lock(self) -> None:
        if self.is_locked:
            return
        self.curtains = [
            Curtain(w)
            for w in QApplication.topLevelWidgets()
            if w.isVisible() and not isinstance(w, LoginDialog)
        ]
        self.dialog = LoginDialog(
            self.ctx.services, self.ctx.calls.worker, username=self.ctx.session.username, locked=True
        )
        self.dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
        self.dialog.accepted.connect(self._signed_in)
        self.dialog.rejected.connect(self._still_locked)
        self.dialog.show()
        self.locked_changed.emit(True)

    def _still_locked(self) -> None:
        # Escape or the close button must not unlock: show the dialog again.
        if self.dialog is not None:
            QTimer.singleShot(0, self.dialog.show)

    def _signed_in(self) -> None:
        assert self.dialog is not None
        session: SessionInfo | None = self.dialog.session
        self.dialog.deleteLater()
        self.dialog = None
        for curtain in self.curtains:
            curtain.deleteLater()
        self.curtains = []
        self.locked_changed.emit(False)
        if session is not None and session.user_id != self.user_id:
            for widget in QApplication.topLevelWidgets():
                if isinstance(widget, QDialog) and widget.isVisible():
                    widget.reject()
            self.switch_user.emit(session)
        else:
            self.timer.start()
