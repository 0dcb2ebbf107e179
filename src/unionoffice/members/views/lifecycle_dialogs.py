"""Transfer, status change, re-join and the history of a member."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from unionoffice.foundation.errors import FieldProblem, ValidationError
from unionoffice.members import lifecycle, service
from unionoffice.members.models import MemberStatus
from unionoffice.members.views.widgets import DateField, OrgPicker, error_label
from unionoffice.ui.context import AppContext
from unionoffice.ui.messages import guarded


class _StepDialog(QDialog):
    """A small form with a date, a reason and OK/cancel; ``perform`` calls the service."""

    def __init__(self, ctx: AppContext, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setMinimumWidth(460)
        layout = QVBoxLayout(self)
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        layout.addWidget(self.heading)
        self.form = QFormLayout()
        layout.addLayout(self.form)
        self.on = DateField(date.today())
        self.reason = QLineEdit()
        self.error = error_label()
        self.error.setObjectName("step_error")
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("确定"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def add_common_rows(self, date_label: str) -> None:
        self.form.addRow(date_label, self.on)
        self.form.addRow(self.tr("原因"), self.reason)

    def perform(self, on: date | None) -> None:
        raise NotImplementedError

    @guarded
    def submit(self) -> None:
        on, message = self.on.checked()
        try:
            if message:
                raise ValidationError(FieldProblem(self.tr("日期"), message))
            self.perform(on)
        except ValidationError as error:
            self.error.setText("\n".join(str(p) for p in error.problems))
            self.error.show()
            return
        self.accept()


class TransferDialog(_StepDialog):
    def __init__(self, ctx: AppContext, detail: service.MemberDetail, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setWindowTitle(self.tr("会员调动"))
        where = detail.branch_name + (f" / {detail.group_name}" if detail.group_name else "")
        self.heading.setText(self.tr("{name} 现在：{where}").format(name=detail.name, where=where))
        self.detail = detail
        self.target = OrgPicker(service.org_choices(ctx.db, ctx.actor, all_branches=True), parent=self)
        self.target.set_value(detail.branch_id, detail.group_id)
        self.form.addRow(self.tr("调入分工会 / 小组"), self.target)
        self.add_common_rows(self.tr("调动日期"))

    def perform(self, on: date | None) -> None:
        branch_id, group_id = self.target.value()
        lifecycle.transfer(
            self.ctx.db,
            self.ctx.actor,
            self.detail.id,
            self.detail.version,
            branch_id,
            group_id,
            on,
            self.reason.text(),
        )


class StatusDialog(_StepDialog):
    def __init__(self, ctx: AppContext, detail: service.MemberDetail, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setWindowTitle(self.tr("变更会员状态"))
        self.heading.setText(f"{detail.name}：{detail.status.label}")
        self.detail = detail
        self.status = QComboBox()
        self.status.setObjectName("status")
        for status in lifecycle.LEAVING:
            if status != detail.status:
                self.status.addItem(status.label, status.value)
        self.form.addRow(self.tr("新状态"), self.status)
        self.add_common_rows(self.tr("变更日期"))

    def perform(self, on: date | None) -> None:
        lifecycle.change_status(
            self.ctx.db,
            self.ctx.actor,
            self.detail.id,
            self.detail.version,
            MemberStatus(self.status.currentData()),
            on,
            self.reason.text(),
        )


class RejoinDialog(_StepDialog):
    def __init__(
        self, ctx: AppContext, member_id: int, version: int, parent: QWidget | None = None, name: str = ""
    ) -> None:
        super().__init__(ctx, parent)
        self.setWindowTitle(self.tr("重新入会"))
        text = self.tr("恢复原有会员记录（同一身份证号只保留一条记录，历史记录保留）。")
        self.heading.setText(f"{name}：{text}" if name else text)
        self.member_id, self.version = member_id, version
        self.target = OrgPicker(service.org_choices(ctx.db, ctx.actor), parent=self)
        self.form.addRow(self.tr("加入分工会 / 小组"), self.target)
        self.add_common_rows(self.tr("重新入会日期"))

    def perform(self, on: date | None) -> None:
        branch_id, group_id = self.target.value()
        lifecycle.rejoin(
            self.ctx.db,
            self.ctx.actor,
            self.member_id,
            self.version,
            branch_id,
            group_id,
            on,
            self.reason.text(),
        )


class HistoryDialog(QDialog):
    def __init__(self, ctx: AppContext, detail: service.MemberDetail, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("变动记录 — {name}").format(name=detail.name))
        self.resize(820, 360)
        layout = QVBoxLayout(self)
        lines = lifecycle.history(ctx.db, ctx.actor, detail.id)
        self.table = QTableWidget(len(lines), 5)
        self.table.setObjectName("history")
        self.table.setHorizontalHeaderLabels(
            [self.tr("日期"), self.tr("类型"), self.tr("内容"), self.tr("原因"), self.tr("经办人")]
        )
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        for row, line in enumerate(lines):
            for column, value in enumerate(
                (line.on.isoformat(), line.kind.label, line.description, line.reason, line.recorded_by)
            ):
                self.table.setItem(row, column, QTableWidgetItem(value))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.table)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("关闭"))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
