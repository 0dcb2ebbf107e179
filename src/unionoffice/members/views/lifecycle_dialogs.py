"""Transfer, status change, re-join and the history of a member."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from unionoffice.foundation.contract import ById, Operation
from unionoffice.foundation.errors import FieldProblem
from unionoffice.members import contract as members
from unionoffice.members.contract import History, MemberDetail, Rejoin, StatusChange, Transfer
from unionoffice.members.labels import MemberStatus, next_statuses
from unionoffice.ui.context import AppContext
from unionoffice.ui.widgets.branch_picker import BranchPicker
from unionoffice.ui.widgets.fields import DateField
from unionoffice.ui.widgets.form_dialog import FormDialog
from unionoffice.ui.widgets.tables import fill_table, read_only_table


class _StepDialog(FormDialog):
    """A small form with a date and a reason; ``request`` builds the operation's request."""

    op: Operation[Any, Any]

    def __init__(self, ctx: AppContext, title: str, heading: str, parent: QWidget | None) -> None:
        super().__init__(ctx, title, parent)
        self.setMinimumWidth(460)
        self.save_button.setText(self.tr("确定"))
        self.heading = QLabel(heading)
        self.heading.setWordWrap(True)
        self.layout_.insertWidget(0, self.heading)
        self.form = QFormLayout()
        self.layout_.addLayout(self.form)
        self.on = DateField(date.today())
        self.reason = QLineEdit()
        self.banner.setObjectName("step_error")

    def add_common_rows(self, date_label: str) -> None:
        self.row(self.form, self.tr("日期"), date_label, self.on)
        self.row(self.form, self.tr("原因"), self.tr("原因"), self.reason)
        self.finish_layout()

    def request(self, on: date | None) -> Any:
        raise NotImplementedError

    def collect(self) -> tuple[Operation[Any, Any], Any, list[FieldProblem]]:
        on, message = self.on.checked()
        problems = [FieldProblem(self.tr("日期"), message)] if message else []
        return self.op, self.request(on), problems

    def _busy(self, busy: bool) -> None:
        self.save_button.setEnabled(not busy)


class TransferDialog(_StepDialog):
    op = members.TRANSFER

    def __init__(self, ctx: AppContext, detail: MemberDetail, parent: QWidget | None = None) -> None:
        where = detail.branch_name + (f" / {detail.group_name}" if detail.group_name else "")
        super().__init__(
            ctx,
            self.tr("会员调动"),
            self.tr("{name} 现在：{where}").format(name=detail.name, where=where),
            parent,
        )
        self.detail = detail
        # Any branch union may receive the member (its name is not confidential).
        self.target = BranchPicker(ctx.refs.take(None).branches, parent=self)
        self.target.set_value(detail.branch_id, detail.group_id)
        self.row(self.form, self.tr("分工会"), self.tr("调入分工会 / 小组"), self.target)
        self.add_common_rows(self.tr("调动日期"))

    def request(self, on: date | None) -> Transfer:
        branch_id, group_id = self.target.value()
        assert branch_id is not None
        return Transfer(self.detail.id, self.detail.version, branch_id, group_id, on, self.reason.text())


class StatusDialog(_StepDialog):
    op = members.CHANGE_STATUS

    def __init__(self, ctx: AppContext, detail: MemberDetail, parent: QWidget | None = None) -> None:
        super().__init__(ctx, self.tr("变更会员状态"), f"{detail.name}：{detail.status.label}", parent)
        self.detail = detail
        self.status = QComboBox()
        self.status.setObjectName("status")
        for status in next_statuses(detail.status):
            self.status.addItem(status.label, status.value)
        self.form.addRow(self.tr("新状态"), self.status)
        self.add_common_rows(self.tr("变更日期"))

    def request(self, on: date | None) -> StatusChange:
        status = MemberStatus(self.status.currentData())
        return StatusChange(
            member_id=self.detail.id,
            version=self.detail.version,
            status=status,
            on=on,
            reason=self.reason.text(),
        )


class RejoinDialog(_StepDialog):
    op = members.REJOIN

    def __init__(
        self, ctx: AppContext, member_id: int, version: int, parent: QWidget | None = None, name: str = ""
    ) -> None:
        text = self.tr("恢复原有会员记录（同一身份证号只保留一条记录，历史记录保留）。")
        super().__init__(ctx, self.tr("重新入会"), f"{name}：{text}" if name else text, parent)
        self.member_id, self.version = member_id, version
        self.target = BranchPicker(ctx.refs.take(None).mine(), parent=self)
        self.row(self.form, self.tr("分工会"), self.tr("加入分工会 / 小组"), self.target)
        self.add_common_rows(self.tr("重新入会日期"))

    def request(self, on: date | None) -> Rejoin:
        branch_id, group_id = self.target.value()
        assert branch_id is not None
        return Rejoin(
            member_id=self.member_id,
            version=self.version,
            branch_id=branch_id,
            group_id=group_id,
            on=on,
            reason=self.reason.text(),
        )


class HistoryDialog(QDialog):
    def __init__(self, ctx: AppContext, member_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("变动记录"))
        self.resize(820, 360)
        layout = QVBoxLayout(self)
        self.table = read_only_table(self, "history")
        layout.addWidget(self.table)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("关闭"))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._fill(History())
        ctx.calls.fetch(self, members.HISTORY, ById(member_id), self._fill)

    def _fill(self, history: History) -> None:
        fill_table(
            self.table,
            [self.tr("日期"), self.tr("类型"), self.tr("内容"), self.tr("原因"), self.tr("经办人")],
            [(h.on.isoformat(), h.kind.label, h.description, h.reason, h.recorded_by) for h in history.lines],
        )
