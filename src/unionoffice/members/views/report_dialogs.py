"""Birthday list and membership-rate dialogs."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QSpinBox, QVBoxLayout, QWidget

from unionoffice.foundation.contract import Empty
from unionoffice.members import contract as members
from unionoffice.members.contract import BirthdayRequest, Exported, Rates
from unionoffice.ui.context import AppContext
from unionoffice.ui.messages import info
from unionoffice.ui.widgets.files import choose_target, save_download
from unionoffice.ui.widgets.tables import fill_table, read_only_table


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

    def export(self) -> None:
        month = self.month.value()
        target = choose_target(self, self.tr("保存生日名单"), self.tr("{m}月生日名单.xlsx").format(m=month))
        if target is None:
            return
        parent = self.parentWidget() or self
        ctx = self.ctx

        def exported(result: Exported) -> None:
            text = self.tr("{m} 月生日的在会会员 {n} 名，已按分工会分表导出。").format(m=month, n=result.rows)
            save_download(ctx, parent, result.file, target, lambda _path: info(parent, text))

        ctx.tasks.run_job(
            parent, self.tr("正在导出生日名单…"), members.EXPORT_BIRTHDAYS, BirthdayRequest(month), exported
        )
        self.accept()


class RatesDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("各分工会入会率"))
        self.resize(560, 300)
        layout = QVBoxLayout(self)
        self.table = read_only_table(self, "rates")
        layout.addWidget(self.table)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Close
        )
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("导出…"))
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("关闭"))
        buttons.accepted.connect(self.export)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._fill(Rates())
        ctx.calls.fetch(self, members.RATES, Empty(), self._fill)

    def _fill(self, rates: Rates) -> None:
        fill_table(
            self.table,
            [self.tr("分工会"), self.tr("职工人数"), self.tr("在会会员"), self.tr("入会率")],
            [
                (r.branch, self.tr("未填") if r.headcount is None else r.headcount, r.members, r.rate_text)
                for r in rates.rates
            ],
            right={1, 2, 3},
            spread=True,
        )

    def export(self) -> None:
        target = choose_target(self, self.tr("保存入会率表"), self.tr("入会率.xlsx"))
        if target is None:
            return

        def exported(result: Exported) -> None:
            save_download(
                self.ctx,
                self,
                result.file,
                target,
                lambda path: info(self, self.tr("已导出到 {path}").format(path=path)),
            )

        self.ctx.tasks.run_job(self, self.tr("正在导出…"), members.EXPORT_RATES, Empty(), exported)
