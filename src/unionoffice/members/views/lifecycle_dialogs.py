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
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from unionoffice.foundation.contract import ById, Operation
from unionoffice.foundation.errors import FieldProblem
from unionoffice.members import contract as members
from unionoffice.members.contract import History, MemberDetail, Rejoin, StatusChange, Transfer, field_label
from unionoffice.members.labels import CAUSES, MemberStatus, StatusCause, next_statuses
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
    """A status change under the constitution: 保留会籍 and 退会 ask for their cause, 转出 for the
    receiving union and the letter, a deemed withdrawal for its evidence."""

    op = members.CHANGE_STATUS

    def __init__(self, ctx: AppContext, detail: MemberDetail, parent: QWidget | None = None) -> None:
        super().__init__(ctx, self.tr("变更会籍状态"), f"{detail.name}：{detail.status.label}", parent)
        self.detail = detail
        self.status = QComboBox()
        self.status.setObjectName("status")
        for status in next_statuses(detail.status):
            self.status.addItem(status.label, status.value)
        self.form.addRow(self.tr("新状态"), self.status)
        self.cause = QComboBox()
        self.cause.setObjectName("cause")
        self.cause_row = self.row(self.form, field_label("cause"), field_label("cause"), self.cause)
        self.other_org = QLineEdit()
        self.other_org.setObjectName("other_org")
        self.other_org.setPlaceholderText(self.tr("接收会籍的单位工会全称"))
        self.org_row = self.row(self.form, field_label("other_org"), field_label("other_org"), self.other_org)
        self.letter_no = QLineEdit()
        self.letter_no.setObjectName("letter_no")
        self.letter_row = self.row(
            self.form, field_label("letter_no"), field_label("letter_no"), self.letter_no
        )
        self.evidence = QPlainTextEdit()
        self.evidence.setObjectName("evidence")
        self.evidence.setFixedHeight(60)
        self.evidence.setPlaceholderText(self.tr("如：2026年4月起未交会费，连续七个月；会员委员会某日决定"))
        self.evidence_row = self.row(
            self.form, field_label("evidence"), field_label("evidence"), self.evidence
        )
        self.row(self.form, field_label("status_date"), self.tr("日期"), self.on)
        self.row(self.form, self.tr("原因"), self.tr("原因"), self.reason)
        self.finish_layout()
        self.status.currentIndexChanged.connect(self._status_chosen)
        self.cause.currentIndexChanged.connect(self._cause_chosen)
        self._status_chosen()

    def _show(self, row: QWidget, visible: bool) -> None:
        row.setVisible(visible)
        label = self.form.labelForField(row)
        if label is not None:
            label.setVisible(visible)

    def _status_chosen(self) -> None:
        status = MemberStatus(self.status.currentData())
        self.cause.blockSignals(True)
        self.cause.clear()
        for cause in CAUSES.get(status, ()):
            self.cause.addItem(cause.label, cause.value)
        self.cause.blockSignals(False)
        self._show(self.cause_row, bool(CAUSES.get(status)))
        moving = status == MemberStatus.TRANSFERRED_OUT
        self._show(self.org_row, moving)
        self._show(self.letter_row, moving)
        self._cause_chosen()

    def _cause_chosen(self) -> None:
        self._show(self.evidence_row, self.cause.currentData() == StatusCause.DEEMED.value)
        self.adjustSize()

    def request(self, on: date | None) -> StatusChange:
        status = MemberStatus(self.status.currentData())
        cause = self.cause.currentData()
        return StatusChange(
            member_id=self.detail.id,
            version=self.detail.version,
            status=status,
            on=on,
            reason=self.reason.text(),
            cause=StatusCause(cause) if cause else None,
            other_org=None if self.org_row.isHidden() else self.other_org.text(),
            letter_no=None if self.letter_row.isHidden() else self.letter_no.text(),
            evidence=None if self.evidence_row.isHidden() else self.evidence.toPlainText(),
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
        self.from_org = QLineEdit()
        self.from_org.setObjectName("from_org")
        self.from_org.setPlaceholderText(self.tr("凭介绍信从其他单位工会转入时填写"))
        self.row(self.form, field_label("other_org"), self.tr("原单位工会"), self.from_org)
        self.letter_no = QLineEdit()
        self.row(self.form, field_label("letter_no"), field_label("letter_no"), self.letter_no)
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
            from_org=self.from_org.text(),
            letter_no=self.letter_no.text(),
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
