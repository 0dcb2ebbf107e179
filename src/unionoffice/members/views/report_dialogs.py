"""Birthday list and membership-rate dialogs."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHeaderView,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from unionoffice.members import reports
from unionoffice.ui.context import AppContext
from unionoffice.ui.messages import guarded, info


class BirthdayDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("生日名单"))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.month = QSpinBox()
        self.month.setRange(1, 12)
        self.month.setValue(date.today().month % 12 + 1)  # next month's cakes are ordered now
        self.month.setSuffix(self.tr(" 月"))
        form.addRow(self.tr("生日月份"), self.month)
        layout.addLayout(form)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("导出…"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))
        buttons.accepted.connect(self.export)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    @guarded
    def export(self) -> None:
        month = self.month.value()
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("保存生日名单"),
            self.tr("{m}月生日名单.xlsx").format(m=month),
            self.tr("Excel 工作簿 (*.xlsx)"),
        )
        if not path:
            return
        count = reports.export_birthdays(self.ctx.db, self.ctx.actor, month, path)
        info(self, self.tr("{m} 月生日的在会会员 {n} 名，已按分工会分表导出。").format(m=month, n=count))
        self.accept()


class RatesDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("各分工会入会率"))
        self.resize(560, 300)
        layout = QVBoxLayout(self)
        rates = reports.membership_rates(ctx.db, ctx.actor)
        self.table = QTableWidget(len(rates), 4)
        self.table.setObjectName("rates")
        self.table.setHorizontalHeaderLabels(
            [self.tr("分工会"), self.tr("职工人数"), self.tr("在会会员"), self.tr("入会率")]
        )
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        for row, rate in enumerate(rates):
            values = (
                rate.branch,
                self.tr("未填") if rate.headcount is None else str(rate.headcount),
                str(rate.members),
                rate.rate_text,
            )
            for column, value in enumerate(values):
                self.table.setItem(row, column, QTableWidgetItem(value))
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.table)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Close
        )
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("导出…"))
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("关闭"))
        buttons.accepted.connect(self.export)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    @guarded
    def export(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("保存入会率表"), self.tr("入会率.xlsx"), self.tr("Excel 工作簿 (*.xlsx)")
        )
        if path:
            reports.export_rates(self.ctx.db, self.ctx.actor, path)
            info(self, self.tr("已导出到 {path}").format(path=path))
