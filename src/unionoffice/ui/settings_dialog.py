"""Settings: interface language, idle lock, which database to use (local file or shared server).

The server password goes to the OS credential store or the encrypted fallback
(``core.credentials``); settings.json keeps the server's URL without it.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from unionoffice.db.servers import (
    DEFAULT_PORT,
    ConnectionResult,
    ServerAddress,
    parse_server,
    test_connection,
)
from unionoffice.foundation import credentials
from unionoffice.ui.context import AppContext
from unionoffice.ui.icons import icon
from unionoffice.ui.messages import guarded, info


class SettingsDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("设置"))
        self.setMinimumWidth(480)
        layout = QVBoxLayout(self)

        general = QFormLayout()
        self.language = QComboBox()
        self.language.addItem("简体中文", "zh_CN")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(self.language.findData(ctx.settings.language))
        self.idle = QSpinBox()
        self.idle.setRange(1, 240)
        self.idle.setSuffix(self.tr(" 分钟"))
        self.idle.setValue(ctx.settings.idle_lock_minutes)
        general.addRow(self.tr("界面语言："), self.language)
        general.addRow(self.tr("无操作自动锁定："), self.idle)
        layout.addLayout(general)
        layout.addWidget(self._database_box())
        layout.addStretch(1)

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("确定"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._sync_enabled()

    def _database_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("数据库"))
        form = QFormLayout(box)
        form.addRow(self.tr("当前使用："), QLabel(self.ctx.services.describe()))
        self.local = QRadioButton(self.tr("本机数据文件（单机使用）"))
        self.server = QRadioButton(self.tr("PostgreSQL 服务器（多人共用）"))
        group = QButtonGroup(self)
        group.addButton(self.local)
        group.addButton(self.server)
        choice = QHBoxLayout()
        choice.addWidget(self.local)
        choice.addWidget(self.server)
        choice.addStretch(1)
        form.addRow(self.tr("使用："), choice)

        saved = parse_server(self.ctx.settings.database_url)
        self.host = QLineEdit(saved.host if saved else "")
        self.host.setPlaceholderText(self.tr("例如 192.168.1.20 或 db.union.local"))
        self.port = QSpinBox()
        self.port.setRange(1, 65535)
        self.port.setValue(saved.port if saved else DEFAULT_PORT)
        self.database = QLineEdit(saved.database if saved else "unionoffice")
        self.username = QLineEdit(saved.username if saved else "")
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        if saved:
            stored = credentials.load_password(saved.url())
            self.password.setText(stored or "")
        self.remember = QCheckBox(
            self.tr("记住密码（保存在系统凭据管理器中）")
            if credentials.storage_kind() == "keyring"
            else self.tr("记住密码（加密保存在本机用户数据文件夹中）")
        )
        self.remember.setChecked(True)
        self.test_button = QPushButton(icon("network"), self.tr("测试连接"))
        self.test_button.clicked.connect(self.test)
        self.result = QLabel()
        self.result.setWordWrap(True)
        form.addRow(self.tr("服务器地址："), self.host)
        form.addRow(self.tr("端口："), self.port)
        form.addRow(self.tr("数据库名："), self.database)
        form.addRow(self.tr("用户名："), self.username)
        form.addRow(self.tr("密码："), self.password)
        form.addRow("", self.remember)
        test_row = QHBoxLayout()
        test_row.addWidget(self.test_button)
        test_row.addWidget(self.result, 1)
        form.addRow("", test_row)
        note = QLabel(self.tr("更换数据库在下次启动时生效。把本机已有数据搬到服务器：unionoffice db copy。"))
        note.setWordWrap(True)
        note.setStyleSheet("color: palette(placeholder-text);")
        form.addRow(note)
        (self.server if saved else self.local).setChecked(True)
        self.local.toggled.connect(self._sync_enabled)
        self._server_fields = (
            self.host,
            self.port,
            self.database,
            self.username,
            self.password,
            self.remember,
            self.test_button,
        )
        return box

    def _sync_enabled(self) -> None:
        for widget in self._server_fields:
            widget.setEnabled(self.server.isChecked())

    def address(self) -> ServerAddress:
        return ServerAddress(
            self.host.text().strip(),
            self.port.value(),
            self.database.text().strip(),
            self.username.text().strip(),
        )

    @guarded
    def test(self) -> None:
        address = self.address()
        address.validate()
        password = self.password.text()
        self.test_button.setEnabled(False)
        self.result.setStyleSheet("")
        self.result.setText(self.tr("正在连接……"))

        def done(result: ConnectionResult) -> None:
            self.test_button.setEnabled(True)
            self.result.setStyleSheet("color: #1a7f37;")
            state = (
                self.tr("已有工会办公数据")
                if result.has_data
                else self.tr("空数据库，首次启动时自动建立表结构")
            )
            self.result.setText(
                self.tr("连接成功：{server}，{state}。").format(server=result.server, state=state)
            )

        def failed(error: BaseException) -> None:
            self.test_button.setEnabled(True)
            self.result.setStyleSheet("color: #b42318;")
            self.result.setText(str(error))

        # Off the GUI thread: an unreachable server takes up to the connect timeout to answer.
        self.ctx.tasks.run(
            self,
            self.tr("正在测试连接"),
            lambda _progress: test_connection(address, password),
            done,
            failed,
            cancellable=False,
            show_progress=False,
        )

    @guarded
    def save(self) -> None:
        settings = self.ctx.settings
        old_url = settings.database_url
        if self.server.isChecked():
            address = self.address()
            address.validate()
            settings.database_url = address.settings_text()
            if self.remember.isChecked() and self.password.text():
                credentials.save_password(address.url(), self.password.text())
            else:
                credentials.forget_password(address.url())
        else:
            settings.database_url = ""
        changed_language = self.language.currentData() != settings.language
        settings.language = self.language.currentData()
        settings.idle_lock_minutes = self.idle.value()
        settings.save()
        notes = []
        if changed_language:
            notes.append(self.tr("界面语言将在下次启动时生效。"))
        if settings.database_url != old_url:
            notes.append(self.tr("数据库设置将在下次启动时生效。"))
        if notes:
            info(self, "\n".join(notes))
        self.accept()
