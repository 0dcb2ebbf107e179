"""The claim form: member, treatment, amounts, invoices, scans — with the calculation and its
explanation recomputed as the clerk types, so the amount is never a surprise."""

from __future__ import annotations

import tempfile

from PySide6.QtCore import QTimer, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from unionoffice.foundation.errors import UserError, ValidationError
from unionoffice.foundation.money import format_fen
from unionoffice.medical.models import BenefitType, ClaimStatus
from unionoffice.medical.service import attachments as claim_files
from unionoffice.medical.service import claims
from unionoffice.medical.service.enrolment import search_members
from unionoffice.medical.service.schemes import SchemeInfo
from unionoffice.medical.views.common import (
    date_edit,
    fill_table,
    money_edit,
    parse_money,
    read_only_table,
    select_data,
    to_date,
    yuan_text,
)
from unionoffice.ui.context import AppContext
from unionoffice.ui.icons import icon
from unionoffice.ui.messages import guarded


class ClaimDialog(QDialog):
    """GUI thread. ``claim_id`` None makes a new draft; a non-draft claim opens read-only."""

    def __init__(
        self, ctx: AppContext, scheme: SchemeInfo, claim_id: int | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx, self.scheme, self.claim_id = ctx, scheme, claim_id
        self.detail = claims.get_claim(ctx.db, ctx.actor, claim_id) if claim_id else None
        editable = self.detail is None or self.detail.status == ClaimStatus.DRAFT
        title = (
            self.tr("新建互助金申请")
            if claim_id is None
            else self.tr("互助金申请 {no}").format(no=self.detail.claim_no or self.tr("（草稿）"))
        )  # type: ignore[union-attr]
        self.setWindowTitle(title)
        self.resize(1180, 720)
        outer = QHBoxLayout(self)
        left = QVBoxLayout()
        outer.addLayout(left, 5)

        who = QGroupBox(self.tr("会员与治疗"))
        form = QFormLayout(who)
        self.member_search = QLineEdit()
        self.member_search.setPlaceholderText(self.tr("输入姓名、拼音首字母或工号查找"))
        self.member = QComboBox()
        self.member.setMinimumWidth(320)
        row = QHBoxLayout()
        row.addWidget(self.member_search, 2)
        row.addWidget(self.member, 3)
        form.addRow(self.tr("会员"), row)
        self.benefit = QComboBox()
        for kind in BenefitType:
            self.benefit.addItem(kind.label, kind.value)
        form.addRow(self.tr("补助类别"), self.benefit)
        self.hospital = QLineEdit()
        form.addRow(self.tr("医院"), self.hospital)
        self.diagnosis = QLineEdit()
        form.addRow(self.tr("诊断"), self.diagnosis)
        dates = QHBoxLayout()
        self.admission = date_edit(scheme.coverage_start)
        self.discharge = date_edit(scheme.coverage_start)
        dates.addWidget(QLabel(self.tr("入院")))
        dates.addWidget(self.admission)
        dates.addWidget(QLabel(self.tr("出院")))
        dates.addWidget(self.discharge)
        dates.addStretch(1)
        form.addRow(self.tr("治疗时间"), dates)
        self.invoices = QLineEdit()
        self.invoices.setPlaceholderText(self.tr("多张发票用逗号或空格分隔"))
        form.addRow(self.tr("发票号"), self.invoices)
        left.addWidget(who)

        money = QGroupBox(self.tr("费用（元）"))
        mform = QFormLayout(money)
        self.total, self.insurance = money_edit(), money_edit()
        self.covered, self.uncovered = money_edit(), money_edit()
        mform.addRow(self.tr("总费用"), self.total)
        mform.addRow(self.tr("医保统筹支付"), self.insurance)
        mform.addRow(self.tr("政策范围内个人自付"), self.covered)
        mform.addRow(self.tr("自费（政策范围外）"), self.uncovered)
        left.addWidget(money)

        files = QGroupBox(self.tr("附件（发票、出院小结等扫描件）"))
        fl = QVBoxLayout(files)
        self.files = QListWidget()
        self.files.setMaximumHeight(90)
        self.files.itemDoubleClicked.connect(self.open_attachment)
        fl.addWidget(self.files)
        self.add_file = QPushButton(icon("file-plus"), self.tr("添加附件…"))
        self.add_file.clicked.connect(self.attach)
        fl.addWidget(self.add_file)
        left.addWidget(files)
        left.addStretch(1)

        right = QVBoxLayout()
        outer.addLayout(right, 6)
        box = QGroupBox(self.tr("互助金核算"))
        bl = QVBoxLayout(box)
        self.amount_label = QLabel()
        self.amount_label.setObjectName("calc_result")
        self.amount_label.setStyleSheet("font-size: 16pt; font-weight: bold; color: #1f4e79;")
        bl.addWidget(self.amount_label)
        self.explanation = read_only_table()
        self.explanation.setObjectName("calc_explanation")
        bl.addWidget(self.explanation, 1)
        self.problems = QLabel()
        self.problems.setObjectName("calc_problems")
        self.problems.setWordWrap(True)
        self.problems.setStyleSheet("color: #b3261e;")
        bl.addWidget(self.problems)
        right.addWidget(box, 1)
        self.workflow = QLabel()
        self.workflow.setWordWrap(True)
        right.addWidget(self.workflow)
        buttons = QDialogButtonBox()
        self.save_button = buttons.addButton(self.tr("保存草稿"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.save_button.setIcon(icon("save"))
        buttons.addButton(
            self.tr("关闭") if not editable else self.tr("取消"), QDialogButtonBox.ButtonRole.RejectRole
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        right.addWidget(buttons)

        self._debounce = QTimer(self, singleShot=True, interval=250)
        self._debounce.timeout.connect(self.recalculate)
        self._search = QTimer(self, singleShot=True, interval=200)
        self._search.timeout.connect(self.find_members)
        self.member_search.textChanged.connect(self._search.start)
        for edit in (self.total, self.insurance, self.covered, self.uncovered, self.invoices, self.hospital):
            edit.textChanged.connect(self._debounce.start)
        for combo in (self.member, self.benefit):
            combo.currentIndexChanged.connect(self._debounce.start)
        for edit in (self.admission, self.discharge):
            edit.dateChanged.connect(self._debounce.start)
        if self.detail is not None:
            self._load()
        # Read-only rather than disabled: a decided claim must stay legible, not greyed out.
        for edit in (
            self.hospital,
            self.diagnosis,
            self.invoices,
            self.total,
            self.insurance,
            self.covered,
            self.uncovered,
        ):
            edit.setReadOnly(not editable)
        for widget in (
            self.member_search,
            self.member,
            self.benefit,
            self.admission,
            self.discharge,
            self.add_file,
        ):
            widget.setEnabled(editable)
        self.member_search.setVisible(editable)
        self.save_button.setVisible(editable)
        self.recalculate()

    def _load(self) -> None:
        d = self.detail
        assert d is not None
        data = d.data
        self.member.addItem(f"{d.member_name}（{d.member_employee_no}，{d.branch_name}）", data.member_id)
        select_data(self.benefit, data.benefit_type)
        self.hospital.setText(data.hospital)
        self.diagnosis.setText(data.diagnosis)
        from PySide6.QtCore import QDate

        self.admission.setDate(QDate(data.admission_date))
        self.discharge.setDate(QDate(data.discharge_date))
        self.invoices.setText(", ".join(data.invoice_numbers))
        self.total.setText(yuan_text(data.total_fen))
        self.insurance.setText(yuan_text(data.insurance_fen))
        self.covered.setText(yuan_text(data.covered_self_fen))
        self.uncovered.setText(yuan_text(data.uncovered_self_fen))
        self.files.clear()
        for att_id, _sha, name, size in d.attachments:
            item = QListWidgetItem(icon("file-text"), f"{name}（{size // 1024 + 1} KB）")
            item.setData(256, att_id)
            self.files.addItem(item)
        steps = [
            (self.tr("录入"), d.created_by, None),
            (self.tr("提交"), d.submitted_by, d.submitted_at),
            (self.tr("复核"), d.reviewed_by, d.reviewed_at),
            (self.tr("审批"), d.decided_by, d.decided_at),
        ]
        from unionoffice.foundation.timefmt import local_text

        text = [self.tr("状态：{s}").format(s=ClaimStatus(d.status).label)]
        text += [f"{step}：{who} {local_text(when)}" for step, who, when in steps if who]
        if d.review_note:
            text.append(self.tr("复核意见：{n}").format(n=d.review_note))
        if d.reject_reason:
            text.append(self.tr("驳回原因：{r}").format(r=d.reject_reason))
        if d.paid_on:
            text.append(self.tr("已于 {d} 支付，凭证号 {v}").format(d=d.paid_on.isoformat(), v=d.voucher_no))
        self.workflow.setText("　".join(text))

    # Input -------------------------------------------------------------------------------------
    @guarded
    def find_members(self) -> None:
        self.member.clear()
        for hit in search_members(self.ctx.db, self.ctx.actor, self.member_search.text()):
            self.member.addItem(f"{hit.name}（{hit.employee_no}，{hit.branch_name}，{hit.status}）", hit.id)

    def _input(self) -> claims.ClaimInput:
        amounts, problems = [], []
        for label, edit, required in (
            (self.tr("总费用"), self.total, True),
            (self.tr("医保统筹支付"), self.insurance, True),
            (self.tr("政策内自付"), self.covered, True),
            (self.tr("自费"), self.uncovered, False),
        ):
            try:
                amounts.append(parse_money(label, edit.text(), required))
            except ValidationError as exc:  # gather every unreadable amount into one message
                problems += exc.problems
                amounts.append(None)
        if problems:
            raise ValidationError(problems)
        total, insurance, covered, uncovered = amounts
        return claims.ClaimInput(
            self.member.currentData(),
            self.scheme.id if self.detail is None else self.detail.data.scheme_year_id,
            self.benefit.currentData(),
            to_date(self.admission),
            to_date(self.discharge),
            total,
            insurance,
            covered,
            uncovered or 0,
            self.hospital.text(),
            self.diagnosis.text(),
            claims.parse_invoices(self.invoices.text()),
        )

    def recalculate(self) -> None:
        """Preview on every pause in typing; problems are listed instead of the amount."""
        if self.detail is not None and self.detail.status != ClaimStatus.DRAFT:
            self._show_lines(self.detail.payable_fen, self.detail.lines)
            self.problems.setText("")
            return
        try:
            calc = claims.preview(self.ctx.db, self.ctx.actor, self._input(), self.claim_id)
        except UserError as exc:
            self.amount_label.setText(self.tr("尚不能核算"))
            fill_table(self.explanation, [self.tr("核算步骤"), self.tr("金额（元）")], [])
            self.problems.setText(str(exc))
            return
        self.problems.setText("")
        self._show_lines(calc.payable_fen, calc.lines)

    def _show_lines(self, payable: int, lines) -> None:  # type: ignore[no-untyped-def]
        self.amount_label.setText(self.tr("应付互助金：¥{amount}").format(amount=format_fen(payable)))
        fill_table(
            self.explanation,
            [self.tr("核算步骤"), self.tr("金额（元）")],
            [[line.text, format_fen(line.amount_fen)] for line in lines],
            right={1},
        )
        self.explanation.horizontalHeader().setStretchLastSection(False)
        self.explanation.setColumnWidth(0, 470)
        self.explanation.horizontalHeader().setStretchLastSection(True)

    # Actions -----------------------------------------------------------------------------------
    @guarded
    def save(self) -> None:
        data = self._input()
        if self.detail is None:
            self.claim_id = claims.create_claim(self.ctx.db, self.ctx.actor, data)
        else:
            claims.update_claim(self.ctx.db, self.ctx.actor, self.detail.id, data, self.detail.version)
        self.accept()

    @guarded
    def attach(self) -> None:
        if self.claim_id is None:  # a scan needs a claim to belong to: save the draft first
            self.claim_id = claims.create_claim(self.ctx.db, self.ctx.actor, self._input())
        chosen, _ = QFileDialog.getOpenFileNames(
            self,
            self.tr("选择扫描件"),
            "",
            self.tr("PDF 或图片 (*.pdf *.jpg *.jpeg *.png *.tif *.tiff *.bmp)"),
        )
        for path in chosen:
            claim_files.add_attachment(self.ctx.db, self.ctx.actor, self.claim_id, path)
        self.detail = claims.get_claim(self.ctx.db, self.ctx.actor, self.claim_id)
        self._load()

    @guarded
    def open_attachment(self, item: QListWidgetItem) -> None:
        folder = tempfile.mkdtemp(prefix="unionoffice-scan-")
        path = claim_files.attachment_file(self.ctx.db, self.ctx.actor, item.data(256), folder)
        QDesktopServices.openUrl(QUrl.fromLocalFile(path))
