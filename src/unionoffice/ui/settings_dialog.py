"""Settings: interface language, idle lock, and where the data is: this office's own file, or
the union server (its address and the CA certificate it is verified against).

Nothing secret is kept on this PC: the union server alone holds the database's credentials and
the data key. The connection test runs on a worker, never on the GUI thread.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
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

from unionoffice.foundation.errors import FieldProblem, ValidationError
from unionoffice.ui.context import AppContext
from unionoffice.ui.icons import icon
from unionoffice.ui.messages import guarded, info
from unionoffice.ui.style import ERROR_TEXT, MUTED_TEXT

OK_TEXT = "color: #1a7f37;"


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
        box = QGroupBox(self.tr("数据位置"))
        form = QFormLayout(box)
        form.addRow(self.tr("当前使用："), QLabel(self.ctx.services.describe()))
        self.local = QRadioButton(self.tr("本机数据文件（单机使用）"))
        self.server = QRadioButton(self.tr("工会服务器（各办公室共用）"))
        group = QButtonGroup(self)
        group.addButton(self.local)
        group.addButton(self.server)
        choice = QHBoxLayout()
        choice.addWidget(self.local)
        choice.addWidget(self.server)
        choice.addStretch(1)
        form.addRow(self.tr("使用："), choice)

        settings = self.ctx.settings
        self.url = QLineEdit(settings.server_url)
        self.url.setPlaceholderText(self.tr("例如 https://union.example.cn:8443"))
        self.ca = QLineEdit(settings.server_ca)
        self.ca.setPlaceholderText(self.tr("管理员提供的 ca.crt"))
        self.ca_button = QPushButton(self.tr("选择…"))
        self.ca_button.clicked.connect(self.choose_ca)
        ca_row = QHBoxLayout()
        ca_row.addWidget(self.ca, 1)
        ca_row.addWidget(self.ca_button)
        self.test_button = QPushButton(icon("network"), self.tr("测试连接"))
        self.test_button.clicked.connect(self.test)
        self.result = QLabel()
        self.result.setObjectName("connection_result")
        self.result.setWordWrap(True)
        form.addRow(self.tr("服务器地址："), self.url)
        form.addRow(self.tr("CA 证书："), ca_row)
        test_row = QHBoxLayout()
        test_row.addWidget(self.test_button)
        test_row.addWidget(self.result, 1)
        form.addRow("", test_row)
        note = QLabel(
            self.tr(
                "更改在下次启动时生效。本机不保存数据库密码或数据密钥：账号和权限都由工会服务器核对。"
                "把本机已有数据迁到服务器，请管理员用 unionoffice db copy。"
            )
        )
        note.setWordWrap(True)
        note.setStyleSheet(MUTED_TEXT)
        form.addRow(note)
        (self.server if settings.server_url else self.local).setChecked(True)
        self.local.toggled.connect(self._sync_enabled)
        self._server_fields = (self.url, self.ca, self.ca_button, self.test_button)
        return box

    def _sync_enabled(self) -> None:
        for widget in self._server_fields:
            widget.setEnabled(self.server.isChecked())

    def choose_ca(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("选择工会服务器的 CA 证书"),
            self.ca.text(),
            self.tr("证书 (*.crt *.pem);;所有文件 (*)"),
        )
        if chosen:
            self.ca.setText(chosen)

    def _address(self) -> tuple[str, str]:
        url, ca = self.url.text().strip(), self.ca.text().strip()
        if not url:
            raise ValidationError([FieldProblem(self.tr("服务器地址"), self.tr("请填写服务器地址。"))])
        return url, ca

    @guarded
    def test(self) -> None:
        url, ca = self._address()
        self.test_button.setEnabled(False)
        self.result.setStyleSheet("")
        self.result.setText(self.tr("正在连接……"))

        def done(found: object) -> None:
            self.test_button.setEnabled(True)
            self.result.setStyleSheet(OK_TEXT)
            version = getattr(found, "version", "")
            self.result.setText(
                self.tr("连接成功：工会办公服务器 {version}，证书可信。").format(version=version)
            )

        def failed(error: BaseException) -> None:
            self.test_button.setEnabled(True)
            self.result.setStyleSheet(ERROR_TEXT)
            self.result.setText(str(error))

        def check(_progress: object) -> object:
            # Imported here: httpx loads only when a server is used.
            from unionoffice.client.remote import check_server

            return check_server(url, ca or None)

        # Off the GUI thread: an unreachable server takes up to the timeout to answer.
        self.ctx.tasks.run(
            self, self.tr("正在测试连接"), check, done, failed, cancellable=False, show_progress=False
        )

    @guarded
    def save(self) -> None:
        settings = self.ctx.settings
        old = (settings.server_url, settings.server_ca)
        if self.server.isChecked():
            from unionoffice.client.remote import check_address  # httpx loads only when a server is used

            url, ca = self._address()
            settings.server_url, settings.server_ca = check_address(url, ca or None), ca
        else:
            settings.server_url = ""
        changed_language = self.language.currentData() != settings.language
        settings.language = self.language.currentData()
        settings.idle_lock_minutes = self.idle.value()
        settings.save()
        notes = []
        if changed_language:
            notes.append(self.tr("界面语言将在下次启动时生效。"))
        if (settings.server_url, settings.server_ca) != old:
            notes.append(self.tr("数据位置的更改将在下次启动时生效。"))
        if notes:
            info(self, "\n".join(notes))
        self.accept()
