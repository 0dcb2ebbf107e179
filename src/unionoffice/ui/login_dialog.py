"""Login, and the first-start dialog that creates the administrator."""

# Imports inside functions: printing a recovery sheet is rare; QtPrintSupport loads only then.
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from unionoffice.core.auth.contract import FIRST_ADMIN, SIGN_IN, Credentials, FirstAdmin
from unionoffice.foundation.contract import Services, SessionInfo
from unionoffice.foundation.errors import UserError
from unionoffice.ui.icons import icon
from unionoffice.ui.style import ERROR_TEXT, HEADING_TEXT, MUTED_TEXT
from unionoffice.ui.worker import Worker


def _error_label() -> QLabel:
    label = QLabel()
    label.setObjectName("error")
    label.setStyleSheet(ERROR_TEXT)
    label.setWordWrap(True)
    label.hide()
    return label


class _SignInDialog(QDialog):
    """Sends the sign-in on a worker (Argon2 and, across the union, the network take a moment)
    with the button disabled; a refusal appears in red under the fields."""

    def __init__(self, services: Services, worker: Worker, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.services = services
        self.worker = worker
        self.session: SessionInfo | None = None
        self.error = _error_label()
        self.ok_button: QPushButton | None = None

    def send(self, work: Callable[[], SessionInfo]) -> None:
        if self.ok_button is not None:
            self.ok_button.setEnabled(False)
        self.error.hide()
        self.worker.submit(work, self._signed_in, self._refused)

    def _signed_in(self, session: SessionInfo) -> None:
        self.session = session
        if session.recovery_code:  # the data key was made at this administrator's first sign-in
            RecoveryCodeDialog(session.recovery_code, self).exec()
        self.accept()

    def _refused(self, error: BaseException) -> None:
        if self.ok_button is not None:
            self.ok_button.setEnabled(True)
        if not isinstance(error, UserError):
            from unionoffice.ui.messages import show_unexpected  # messages imports dialogs lazily

            show_unexpected(self, error)
            return
        self.error.setText(str(error))
        self.error.show()
        self.refused()

    def refused(self) -> None:
        """After a refusal: where the clerk continues typing."""


class LoginDialog(_SignInDialog):
    """Asks for a user name and password; ``session`` holds who signed in."""

    def __init__(
        self,
        services: Services,
        worker: Worker,
        parent: QWidget | None = None,
        username: str = "",
        locked: bool = False,
    ) -> None:
        super().__init__(services, worker, parent)
        self.setWindowTitle(self.tr("工会办公 - 登录"))
        self.setWindowIcon(icon("users-round"))
        self.setMinimumWidth(360)
        layout = QVBoxLayout(self)
        heading = QLabel(self.tr("窗口已锁定，请重新登录") if locked else self.tr("欢迎使用工会办公"))
        heading.setStyleSheet(HEADING_TEXT)
        heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(heading)
        form = QFormLayout()
        self.username = QLineEdit(username)
        self.username.setObjectName("username")
        self.password = QLineEdit()
        self.password.setObjectName("password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(self.tr("用户名："), self.username)
        form.addRow(self.tr("密码："), self.password)
        layout.addLayout(form)
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("解锁") if locked else self.tr("登录"))
        buttons.accepted.connect(self.try_login)
        if locked:
            # A locked window can only be opened by signing in (the same user, or another to switch).
            buttons.removeButton(buttons.button(QDialogButtonBox.StandardButton.Cancel))
            hint = QLabel(self.tr("未保存的内容仍然保留。换其他账号登录将注销当前用户。"))
            hint.setWordWrap(True)
            hint.setStyleSheet(MUTED_TEXT)
            layout.addWidget(hint)
        else:
            buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("退出"))
            buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        (self.password if username else self.username).setFocus()

    def try_login(self) -> None:
        services, credentials = self.services, Credentials(self.username.text(), self.password.text())
        self.send(lambda: services.call(SIGN_IN, credentials))

    def refused(self) -> None:
        self.password.clear()
        self.password.setFocus()


class SetupDialog(_SignInDialog):
    """First start: name the company union and create the administrator account."""

    def __init__(self, services: Services, worker: Worker, parent: QWidget | None = None) -> None:
        super().__init__(services, worker, parent)
        self.setWindowTitle(self.tr("工会办公 - 首次使用设置"))
        self.setMinimumWidth(420)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "这是第一次使用本软件。请填写公司工会名称，并创建管理员账号。管理员可以再为各分工会干事、评委开设账号。"
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.company = QLineEdit(self.tr("公司工会"))
        self.username = QLineEdit("admin")
        self.display_name = QLineEdit(self.tr("管理员"))
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password2 = QLineEdit()
        self.password2.setEchoMode(QLineEdit.EchoMode.Password)
        for widget, name in (
            (self.company, "company"),
            (self.username, "username"),
            (self.password, "password"),
            (self.password2, "password2"),
        ):
            widget.setObjectName(name)
        form.addRow(self.tr("公司工会名称："), self.company)
        form.addRow(self.tr("管理员用户名："), self.username)
        form.addRow(self.tr("显示名称："), self.display_name)
        form.addRow(self.tr("密码："), self.password)
        form.addRow(self.tr("再次输入密码："), self.password2)
        layout.addLayout(form)
        hint = QLabel(self.tr("密码至少 10 位，包含字母、数字或符号中的两类，不能是常见密码。"))
        hint.setStyleSheet(MUTED_TEXT)
        layout.addWidget(hint)
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("完成设置"))
        buttons.accepted.connect(self.finish)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def finish(self) -> None:
        if self.password.text() != self.password2.text():
            self.error.setText(self.tr("两次输入的密码不一致。"))
            self.error.show()
            return
        services = self.services
        request = FirstAdmin(
            self.company.text(), self.username.text(), self.display_name.text(), self.password.text()
        )
        self.send(lambda: services.call(FIRST_ADMIN, request))


class RecoveryCodeDialog(QDialog):
    """Shows the data key's recovery code once, to be printed and locked away."""

    def __init__(self, code: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.code = code
        self.setWindowTitle(self.tr("数据恢复码"))
        layout = QVBoxLayout(self)
        text = QLabel(
            self.tr(
                "身份证号和医疗信息已加密保存。下面的恢复码是管理员忘记密码时找回数据的唯一办法：\n"
                "请打印或抄写下来，交由工会主席锁入保险柜。本码只显示这一次。"
            )
        )
        text.setWordWrap(True)
        layout.addWidget(text)
        shown = QLabel(code)
        shown.setObjectName("recovery_code")
        shown.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        shown.setStyleSheet(
            "font-size: 18pt; font-family: monospace; padding: 12px; border: 1px solid #1f4e79;"
        )
        shown.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(shown)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        print_button = buttons.addButton(self.tr("打印…"), QDialogButtonBox.ButtonRole.ActionRole)
        print_button.clicked.connect(self.print_code)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("我已妥善保存"))
        buttons.accepted.connect(self.accept)
        layout.addWidget(buttons)

    def print_code(self) -> None:
        from PySide6.QtGui import QTextDocument
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        printer = QPrinter()
        if QPrintDialog(printer, self).exec():
            document = QTextDocument()
            document.setHtml(
                self.tr(
                    "<h2>工会办公 数据恢复码</h2><p style='font-size:20pt'>{code}</p>"
                    "<p>管理员忘记密码时，用本码在“unionoffice keys recover”中恢复。请妥善保管。</p>"
                ).format(code=self.code)
            )
            document.print_(printer)
