"""Settings: interface language, idle lock, which database to use."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QSpinBox, QWidget

from unionoffice.ui.context import AppContext
from unionoffice.ui.messages import guarded, info


class SettingsDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("设置"))
        form = QFormLayout(self)
        self.language = QComboBox()
        self.language.addItem("简体中文", "zh_CN")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(self.language.findData(ctx.settings.language))
        self.idle = QSpinBox()
        self.idle.setRange(1, 240)
        self.idle.setSuffix(self.tr(" 分钟"))
        self.idle.setValue(ctx.settings.idle_lock_minutes)
        form.addRow(self.tr("界面语言："), self.language)
        form.addRow(self.tr("无操作自动锁定："), self.idle)
        form.addRow(self.tr("当前数据库："), QLabel(ctx.db.describe()))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    @guarded
    def save(self) -> None:
        changed_language = self.language.currentData() != self.ctx.settings.language
        self.ctx.settings.language = self.language.currentData()
        self.ctx.settings.idle_lock_minutes = self.idle.value()
        self.ctx.settings.save()
        if changed_language:
            info(self, self.tr("界面语言将在下次启动时生效。"))
        self.accept()
