"""The provincial scheme's claims: filing one with the province (what was sent, and when) and
recording what the province decided. The union computes and approves nothing here."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QWidget,
)

from unionoffice.foundation.contract import ById, Operation, Saved
from unionoffice.foundation.errors import FieldProblem, ValidationError
from unionoffice.foundation.money import format_fen
from unionoffice.medical import contract as medical
from unionoffice.medical.contract import (
    ClaimDetail,
    ClaimInput,
    ClaimSave,
    MemberHits,
    MemberSearch,
    OutcomeSave,
    ProductInfo,
    SchemeInfo,
    parse_invoices,
)
from unionoffice.medical.labels import BenefitType, ClaimStatus
from unionoffice.ui.context import AppContext
from unionoffice.ui.messages import show_error
from unionoffice.ui.style import MUTED_TEXT
from unionoffice.ui.widgets.fields import DateField, MoneyField, select_data
from unionoffice.ui.widgets.form_dialog import FormDialog

SEARCH_DELAY_MS = 200


def product_combo(products: list[ProductInfo], everything: str) -> QComboBox:
    box = QComboBox()
    box.setObjectName("product")
    box.addItem(everything, None)
    for p in products:
        box.addItem(f"{p.name}（{format_fen(p.fee_fen)} 元，封顶 {format_fen(p.cap_fen)} 元）", p.id)
    return box


class ProvinceClaimDialog(FormDialog):
    """GUI thread. A claim filed with the province: who, what treatment, the bills (they feed the
    hardship alert), and the day it went to the province. ``claim_id``: shows a filed claim."""

    def __init__(
        self,
        ctx: AppContext,
        scheme: SchemeInfo,
        products: list[ProductInfo],
        claim_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(ctx, self.tr("登记报送省总工会的申请"), parent)
        self.scheme = scheme
        self.detail: ClaimDetail | None = None
        self.setMinimumWidth(620)
        self.save_button.setText(self.tr("登记报送"))
        note = QLabel(
            self.tr(
                "{scheme}的申请由省总工会审核、决定并赔付；本会登记报送的材料和日期，结果出来后登记省总的结果。"
            ).format(scheme=scheme.title)
        )
        note.setWordWrap(True)
        note.setStyleSheet(MUTED_TEXT)
        self.layout_.addWidget(note)
        form = QFormLayout()
        self.layout_.addLayout(form)
        self.member_search = QLineEdit()
        self.member_search.setObjectName("member_search")
        self.member_search.setPlaceholderText(self.tr("输入姓名、拼音首字母或工号查找"))
        self.member = QComboBox()
        self.member.setObjectName("member")
        who = QWidget()
        row = QHBoxLayout(who)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.member_search, 2)
        row.addWidget(self.member, 3)
        self.row(form, self.tr("会员"), self.tr("会员"), who)
        self.benefit = QComboBox()
        for kind in BenefitType:
            self.benefit.addItem(kind.label, kind.value)
        self.row(form, self.tr("补助类别"), self.tr("补助类别"), self.benefit)
        self.product = product_combo(products, self.tr("基本保障"))
        self.row(form, self.tr("可选保障"), self.tr("保障项目"), self.product)
        self.hospital, self.diagnosis = QLineEdit(), QLineEdit()
        self.row(form, self.tr("医院"), self.tr("医院"), self.hospital)
        self.row(form, self.tr("医院/诊断"), self.tr("诊断"), self.diagnosis)
        self.admission, self.discharge = DateField(), DateField()
        self.row(form, self.tr("入院日期"), self.tr("入院日期"), self.admission)
        self.row(form, self.tr("出院日期"), self.tr("出院日期"), self.discharge)
        self.total, self.insurance = MoneyField(), MoneyField()
        self.covered, self.uncovered = MoneyField(), MoneyField()
        self.row(form, self.tr("总费用"), self.tr("总费用（元）"), self.total)
        self.row(form, self.tr("医保统筹支付"), self.tr("医保统筹支付（元）"), self.insurance)
        self.row(form, self.tr("政策内自付"), self.tr("政策范围内个人自付（元）"), self.covered)
        self.row(form, self.tr("自费"), self.tr("自费（政策范围外，元）"), self.uncovered)
        self.invoices = QLineEdit()
        self.invoices.setPlaceholderText(self.tr("可不填；多张用逗号或空格分隔"))
        self.row(form, self.tr("发票号"), self.tr("发票号"), self.invoices)
        self.filed_on = DateField(date.today())
        self.row(form, self.tr("报送日期"), self.tr("报送省总日期"), self.filed_on)
        deadline = scheme.claim_deadline
        if deadline is not None:
            hint = QLabel(self.tr("本年度申请截止日期：{d}").format(d=deadline.isoformat()))
            hint.setStyleSheet(MUTED_TEXT)
            self.field_errors[self.tr("申请截止日期")] = self.field_errors[self.tr("报送日期")]
            form.addRow("", hint)
        self.outcome = QLabel()
        self.outcome.setObjectName("outcome")
        self.outcome.setWordWrap(True)
        self.layout_.addWidget(self.outcome)
        self.finish_layout()
        self._search = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._search.timeout.connect(self._find)
        self.member_search.textChanged.connect(self._search.start)
        if claim_id is not None:
            self._set_editable(False)
            ctx.calls.fetch(self, medical.GET_CLAIM, ById(claim_id), self._loaded, self._failed_to_open)

    def _set_editable(self, editable: bool) -> None:
        for edit in (
            self.hospital,
            self.diagnosis,
            self.admission,
            self.discharge,
            self.total,
            self.insurance,
            self.covered,
            self.uncovered,
            self.invoices,
            self.filed_on,
        ):
            edit.setReadOnly(not editable)
        for widget in (self.member, self.benefit, self.product):
            widget.setEnabled(editable)
        self.member_search.setVisible(editable)
        self.save_button.setVisible(editable)
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self.tr("取消") if editable else self.tr("关闭"))

    def _failed_to_open(self, error: BaseException) -> None:
        show_error(self, error)
        self.reject()

    def _loaded(self, d: ClaimDetail) -> None:
        self.detail = d
        self.setWindowTitle(self.tr("省总申请 {no}").format(no=d.claim_no or ""))
        data = d.data
        self.member.addItem(f"{d.member_name}（{d.member_employee_no}，{d.branch_name}）", data.member_id)
        select_data(self.benefit, data.benefit_type)
        select_data(self.product, data.product_id)
        self.hospital.setText(data.hospital)
        self.diagnosis.setText(data.diagnosis)
        self.admission.set_date(data.admission_date)
        self.discharge.set_date(data.discharge_date)
        for field, fen in (
            (self.total, data.total_fen),
            (self.insurance, data.insurance_fen),
            (self.covered, data.covered_self_fen),
            (self.uncovered, data.uncovered_self_fen),
        ):
            field.set_fen(fen)
        self.invoices.setText(", ".join(data.invoice_numbers))
        self.filed_on.set_date(data.filed_on)
        status = ClaimStatus(d.status)
        text = self.tr("状态：{s}").format(s=status.province_label())
        if status is ClaimStatus.PAID:
            text += self.tr("　省总于 {d} 赔付 {a} 元，受理号 {r}").format(
                d=d.outcome_on.isoformat() if d.outcome_on else "",
                a=format_fen(d.payable_fen),
                r=d.outcome_reference,
            )
        elif status is ClaimStatus.REJECTED:
            text += self.tr("　省总于 {d} 决定不予赔付：{why}").format(
                d=d.outcome_on.isoformat() if d.outcome_on else "", why=d.reject_reason
            )
        self.outcome.setText(text)

    def _find(self) -> None:
        text = self.member_search.text().strip()
        if text:
            self.ctx.calls.fetch(
                self, medical.FIND_MEMBERS, MemberSearch(text), self._found, channel="members"
            )

    def _found(self, hits: MemberHits) -> None:
        self.member.clear()
        for hit in hits.hits:
            self.member.addItem(f"{hit.name}（{hit.employee_no}，{hit.branch_name}，{hit.status}）", hit.id)

    def collect(self) -> tuple[Operation[ClaimSave, Saved], ClaimSave, list[FieldProblem]]:
        problems: list[FieldProblem] = []
        amounts: list[int | None] = []
        for label, field, required in (
            (self.tr("总费用"), self.total, True),
            (self.tr("医保统筹支付"), self.insurance, True),
            (self.tr("政策内自付"), self.covered, True),
            (self.tr("自费"), self.uncovered, False),
        ):
            try:
                amounts.append(field.fen(label, required))
            except ValidationError as error:
                problems += error.problems
                amounts.append(None)
        dates = []
        for label, date_field in (
            (self.tr("入院日期"), self.admission),
            (self.tr("出院日期"), self.discharge),
            (self.tr("报送日期"), self.filed_on),
        ):
            value, message = date_field.checked()
            dates.append(value)
            if message:
                problems.append(FieldProblem(label, message))
        total, insurance, covered, uncovered = amounts
        data = ClaimInput(
            self.member.currentData(),
            self.scheme.id,
            self.benefit.currentData(),
            dates[0],
            dates[1],
            total,
            insurance,
            covered,
            uncovered or 0,
            self.hospital.text(),
            self.diagnosis.text(),
            parse_invoices(self.invoices.text()),
            self.product.currentData(),
            dates[2],
        )
        return medical.FILE_PROVINCE_CLAIM, ClaimSave(data), problems

    def done(self, result: int) -> None:
        self._search.stop()
        super().done(result)


class OutcomeDialog(FormDialog):
    """What the province decided on a filed claim: paid (amount, date, its reference) or not."""

    def __init__(self, ctx: AppContext, detail: ClaimDetail, parent: QWidget | None = None) -> None:
        super().__init__(ctx, self.tr("登记省总结果"), parent)
        self.detail = detail
        self.setMinimumWidth(520)
        self.save_button.setText(self.tr("登记结果"))
        summary = QLabel(
            self.tr("{no}　{name}（{branch}）　{kind}　报送于 {filed}").format(
                no=detail.claim_no or "",
                name=detail.member_name,
                branch=detail.branch_name,
                kind=BenefitType(detail.data.benefit_type).label,
                filed=detail.data.filed_on.isoformat() if detail.data.filed_on else "",
            )
        )
        summary.setObjectName("outcome_summary")
        summary.setWordWrap(True)
        self.layout_.addWidget(summary)
        form = QFormLayout()
        self.layout_.addLayout(form)
        self.paid = QRadioButton(self.tr("省总赔付"))
        self.paid.setObjectName("paid")
        self.not_paid = QRadioButton(self.tr("不予赔付"))
        self.not_paid.setObjectName("refused")
        self.paid.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.paid)
        group.addButton(self.not_paid)
        choice = QWidget()
        row = QHBoxLayout(choice)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.paid)
        row.addWidget(self.not_paid)
        row.addStretch(1)
        form.addRow(self.tr("结果"), choice)
        self.amount = MoneyField()
        self.amount.setObjectName("amount")
        self.outcome_on = DateField(date.today())
        self.reference = QLineEdit()
        self.reference.setObjectName("reference")
        self.reference.setPlaceholderText(self.tr("省总的受理号或赔付通知编号"))
        self.reason = QLineEdit()
        self.row(form, self.tr("省总赔付金额"), self.tr("赔付金额（元）"), self.amount)
        self.row(form, self.tr("结果日期"), self.tr("结果日期"), self.outcome_on)
        self.row(form, self.tr("省总受理号"), self.tr("省总受理号"), self.reference)
        self.row(form, self.tr("不予赔付原因"), self.tr("不予赔付原因"), self.reason)
        self.paid.toggled.connect(self._mode)
        self._mode()
        self.finish_layout()

    def _mode(self) -> None:
        paid = self.paid.isChecked()
        self.amount.setEnabled(paid)
        self.reason.setEnabled(not paid)

    def collect(self) -> tuple[Operation[Any, Any], OutcomeSave, list[FieldProblem]]:
        problems: list[FieldProblem] = []
        amount = None
        if self.paid.isChecked():
            try:
                amount = self.amount.fen(self.tr("省总赔付金额"))
            except ValidationError as error:
                problems += error.problems
        when, message = self.outcome_on.checked()
        if message:
            problems.append(FieldProblem(self.tr("结果日期"), message))
        request = OutcomeSave(
            claim_id=self.detail.id,
            version=self.detail.version,
            paid=self.paid.isChecked(),
            amount_fen=amount,
            outcome_on=when,
            reference=self.reference.text(),
            reason=self.reason.text(),
        )
        return medical.RECORD_OUTCOME, request, problems
