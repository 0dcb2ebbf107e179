"""One workflow step on a claim: what the claim is, the step's own fields (a note, a reason, the
payment), and one call to do it. Approval shows the calculation it approves."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QWidget

from unionoffice.foundation.contract import Operation
from unionoffice.foundation.errors import FieldProblem
from unionoffice.foundation.money import format_fen
from unionoffice.medical import contract as medical
from unionoffice.medical.contract import ClaimDetail, ClaimPayment, ClaimStep, OverlapWarning
from unionoffice.medical.labels import BenefitType, ClaimStatus
from unionoffice.ui.context import AppContext
from unionoffice.ui.messages import confirm
from unionoffice.ui.style import MUTED_TEXT
from unionoffice.ui.widgets.fields import DateField
from unionoffice.ui.widgets.form_dialog import FormDialog
from unionoffice.ui.widgets.tables import fill_table, read_only_table

_OPS: dict[str, Operation[Any, Any]] = {
    "submit": medical.SUBMIT_CLAIM,
    "review": medical.REVIEW_CLAIM,
    "return": medical.RETURN_CLAIM,
    "approve": medical.APPROVE_CLAIM,
    "reject": medical.REJECT_CLAIM,
    "pay": medical.PAY_CLAIM,
}


class ClaimStepDialog(FormDialog):
    """GUI thread. ``step``: submit, review, return, approve, reject or pay."""

    def __init__(
        self, ctx: AppContext, detail: ClaimDetail, step: str, parent: QWidget | None = None
    ) -> None:
        titles = {
            "submit": self.tr("提交申请"),
            "review": self.tr("复核通过"),
            "return": self.tr("退回修改"),
            "approve": self.tr("审批通过"),
            "reject": self.tr("驳回"),
            "pay": self.tr("登记支付"),
        }
        super().__init__(ctx, titles[step], parent)
        self.detail, self.step = detail, step
        self.acknowledged = False
        self.setMinimumWidth(520)
        self.save_button.setText(titles[step])
        self._label = titles[step]
        summary = QLabel(
            self.tr(
                "{no}　{name}（{branch}）　{kind}　{a} 至 {b}\n状态：{status}　核算互助金：{amount} 元"
            ).format(
                no=detail.claim_no or self.tr("（草稿）"),
                name=detail.member_name,
                branch=detail.branch_name,
                kind=BenefitType(detail.data.benefit_type).label,
                a=detail.data.admission_date.isoformat() if detail.data.admission_date else "",
                b=detail.data.discharge_date.isoformat() if detail.data.discharge_date else "",
                status=ClaimStatus(detail.status).label,
                amount=format_fen(detail.payable_fen),
            )
        )
        summary.setObjectName("step_summary")
        summary.setWordWrap(True)
        self.layout_.addWidget(summary)
        form = QFormLayout()
        self.layout_.addLayout(form)
        self.note = QLineEdit()
        self.paid_on = DateField(date.today())
        self.voucher = QLineEdit()
        self.voucher.setPlaceholderText(self.tr("财务记账凭证号"))
        if step == "review":
            self.row(form, self.tr("复核意见"), self.tr("复核意见（可不填）"), self.note)
        elif step == "return":
            self.row(form, self.tr("退回原因"), self.tr("退回原因"), self.note)
        elif step == "reject":
            self.row(form, self.tr("驳回原因"), self.tr("驳回原因（会告知申请人）"), self.note)
        elif step == "pay":
            self.row(form, self.tr("支付日期"), self.tr("支付日期"), self.paid_on)
            self.row(form, self.tr("凭证号"), self.tr("凭证号"), self.voucher)
        elif step == "approve":
            lines = read_only_table(self, "step_lines")
            fill_table(
                lines,
                [self.tr("核算步骤"), self.tr("金额（元）")],
                [(line.text, format_fen(line.amount_fen)) for line in detail.lines],
                right={1},
            )
            lines.setMinimumHeight(200)
            self.layout_.addWidget(lines)
            hint = QLabel(self.tr("审批时按当时的规则和年度封顶重新核算。"))
            hint.setStyleSheet(MUTED_TEXT)
            self.layout_.addWidget(hint)
        self.finish_layout()

    def collect(self) -> tuple[Operation[Any, Any], Any, list[FieldProblem]]:
        d = self.detail
        if self.step == "pay":
            paid_on, message = self.paid_on.checked()
            problems = [FieldProblem(self.tr("支付日期"), message)] if message else []
            return medical.PAY_CLAIM, ClaimPayment(d.id, d.version, paid_on, self.voucher.text()), problems
        request = ClaimStep(d.id, d.version, self.note.text(), self.acknowledged)
        return _OPS[self.step], request, []

    def refused(self, error: BaseException) -> bool:
        """An overlapping stay is a warning: the clerk may confirm and submit again."""
        if not isinstance(error, OverlapWarning):
            return False
        if confirm(self, str(error) + "\n\n" + self.tr("确认仍要提交吗？")):
            self.acknowledged = True
            self.save()
        return True

    def _busy(self, busy: bool) -> None:
        self.save_button.setEnabled(not busy)
        self.save_button.setText(self.tr("正在处理…") if busy else self._label)
