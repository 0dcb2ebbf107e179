"""Verification: scan the QR code (a scanner types it and presses Enter) or type a number.

One call per scan; a newer scan's answer replaces an older one still on its way.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from unionoffice.certificates import contract as certs
from unionoffice.certificates.contract import Verification, VerifyRequest
from unionoffice.ui.context import AppContext
from unionoffice.ui.icons import icon

COLOURS = {"valid": "#1b7f3b", "revoked": "#b26a00", "forged": "#c0392b"}


class VerifyPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.result: Verification | None = None
        title = QLabel(self.tr("证书验证"))
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        title.setFont(font)
        hint = QLabel(
            self.tr(
                "用扫码枪扫描证书上的二维码，或输入证书编号后按回车。无需联网，直接对照本系统的登记簿和签名。"
            )
        )
        hint.setWordWrap(True)
        self.input = QLineEdit()
        self.input.setObjectName("verify_input")
        self.input.setPlaceholderText(self.tr("扫描二维码或输入证书编号，如 XLX-2026-JS-0001"))
        self.input.setClearButtonEnabled(True)
        self.input.setMinimumHeight(34)
        button = QPushButton(icon("shield-check"), self.tr("验证"))
        row = QHBoxLayout()
        row.addWidget(self.input, 1)
        row.addWidget(button)
        self.verdict = QLabel()
        self.verdict.setObjectName("verdict")
        big = QFont(self.verdict.font())
        big.setPointSizeF(big.pointSizeF() * 2.2)
        big.setBold(True)
        self.verdict.setFont(big)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.details = QFrame()
        self.details.setFrameShape(QFrame.Shape.StyledPanel)
        self.form = QFormLayout(self.details)
        self.fields: dict[str, QLabel] = {}
        for key, label in (
            ("number", self.tr("证书编号")),
            ("name", self.tr("姓名")),
            ("summary", self.tr("奖项/称号")),
            ("template", self.tr("证书类型")),
            ("source", self.tr("来源")),
            ("issued_on", self.tr("颁发日期")),
            ("status", self.tr("状态")),
        ):
            value = QLabel()
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.fields[key] = value
            self.form.addRow(label, value)
        self.details.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(40, 30, 40, 30)
        layout.addWidget(title)
        layout.addWidget(hint)
        layout.addLayout(row)
        layout.addSpacing(16)
        layout.addWidget(self.verdict)
        layout.addWidget(self.message)
        layout.addWidget(self.details)
        layout.addStretch(1)
        self.input.returnPressed.connect(self.check)
        button.clicked.connect(self.check)

    def check(self) -> None:
        text = self.input.text()
        if not text.strip():
            return
        self.input.selectAll()  # the next scan replaces this one
        self.ctx.calls.fetch(self, certs.VERIFY, VerifyRequest(text), self.show_result, channel="verify")

    def show_result(self, result: Verification) -> None:
        self.result = result
        self.verdict.setText(result.verdict.label)
        self.verdict.setStyleSheet(f"color: {COLOURS[result.verdict.value]};")
        self.message.setText(result.message)
        c = result.certificate
        self.details.setVisible(c is not None)
        if c is not None:
            values = {
                "number": c.number,
                "name": c.recipient_name,
                "summary": c.summary,
                "template": c.template_name,
                "source": c.source_label,
                "issued_on": c.issued_on.isoformat(),
                "status": c.status_label,
            }
            for key, label in self.fields.items():
                label.setText(values[key])
