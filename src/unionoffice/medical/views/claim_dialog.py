"""The claim form: member, treatment, amounts, invoices, scans, with the calculation and its
explanation recomputed as the clerk types, so the amount is never a surprise.

One call per pause in typing (``PREVIEW_CLAIM`` on the "preview" channel: an answer to an older
pause that arrives late is dropped); saving is one call; an existing claim opens with one call.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from PySide6.QtCore import Qt, QTimer, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
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

from unionoffice.foundation.contract import ById, FileData, Operation, Saved
from unionoffice.foundation.errors import FieldProblem, ValidationError
from unionoffice.foundation.money import format_fen
from unionoffice.foundation.timefmt import local_text
from unionoffice.medical import contract as medical
from unionoffice.medical.calculation import Line
from unionoffice.medical.contract import (
    AttachmentUpload,
    ClaimDetail,
    ClaimDraft,
    ClaimInput,
    ClaimPreview,
    ClaimSave,
    MemberHits,
    MemberSearch,
    ProductInfo,
    SchemeInfo,
    parse_invoices,
)
from unionoffice.medical.labels import BenefitType, ClaimStatus
from unionoffice.medical.perms import MedicalPerm
from unionoffice.medical.views.province_dialogs import product_combo
from unionoffice.ui.context import AppContext
from unionoffice.ui.icons import icon
from unionoffice.ui.messages import show_error
from unionoffice.ui.style import ERROR_TEXT, HEADING
from unionoffice.ui.widgets.fields import DateField, MoneyField, select_data
from unionoffice.ui.widgets.form_dialog import FormDialog
from unionoffice.ui.widgets.tables import fill_table, read_only_table

PREVIEW_DELAY_MS = 300  # one preview per pause in typing, not per key
SEARCH_DELAY_MS = 200
ATTACHMENT_ROLE = Qt.ItemDataRole.UserRole


class ClaimDialog(FormDialog):
    """GUI thread. ``claim_id`` None makes a new draft; a claim that is no longer a draft opens
    read-only. ``changed``: something was saved (a draft, or scans added)."""

    def __init__(
        self,
        ctx: AppContext,
        scheme: SchemeInfo,
        claim_id: int | None = None,
        parent: QWidget | None = None,
        products: list[ProductInfo] | None = None,
    ) -> None:
        super().__init__(
            ctx, self.tr("新建互助金申请") if claim_id is None else self.tr("互助金申请"), parent
        )
        self.scheme, self.claim_id, self.products = scheme, claim_id, products or []
        self.detail: ClaimDetail | None = None
        self.changed = False
        self._loading = False
        self.resize(1180, 720)
        self.save_button.setText(self.tr("保存草稿"))
        self.save_button.setIcon(icon("save"))
        outer = QHBoxLayout()
        self.layout_.addLayout(outer, 1)
        left = QVBoxLayout()
        outer.addLayout(left, 5)
        left.addWidget(self._who_box())
        left.addWidget(self._money_box())
        left.addWidget(self._files_box())
        left.addStretch(1)
        right = QVBoxLayout()
        outer.addLayout(right, 6)
        right.addWidget(self._calc_box(), 1)
        self.workflow = QLabel()
        self.workflow.setObjectName("workflow")
        self.workflow.setWordWrap(True)
        right.addWidget(self.workflow)
        self.finish_layout()

        self._preview_timer = QTimer(self, singleShot=True, interval=PREVIEW_DELAY_MS)
        self._preview_timer.timeout.connect(self.recalculate)
        self._search_timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.find_members)
        self.member_search.textChanged.connect(self._search_timer.start)
        for edit in (
            self.total,
            self.insurance,
            self.covered,
            self.uncovered,
            self.invoices,
            self.hospital,
            self.admission,
            self.discharge,
        ):
            edit.textChanged.connect(self._changed)
        for combo in (self.member, self.benefit, self.product):
            combo.currentIndexChanged.connect(self._changed)
        self._show_lines(None, ())
        if claim_id is None:
            self._set_editable(ctx.session.can(MedicalPerm.WRITE))
            self.problems.setText(self.tr("请先选择会员并填写费用。"))
        else:
            self._set_editable(False)
            self.banner.setText(self.tr("正在加载…"))
            self.banner.show()
            ctx.calls.fetch(self, medical.GET_CLAIM, ById(claim_id), self._loaded, self._failed_to_open)

    # Layout ---------------------------------------------------------------------------------
    def _who_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("会员与治疗"))
        form = QFormLayout(box)
        self.member_search = QLineEdit()
        self.member_search.setObjectName("member_search")
        self.member_search.setPlaceholderText(self.tr("输入姓名、拼音首字母或工号查找"))
        self.member = QComboBox()
        self.member.setObjectName("member")
        self.member.setMinimumWidth(300)
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
        self.product = product_combo(self.products, self.tr("基本保障"))
        product_row = self.row(form, self.tr("可选保障"), self.tr("保障项目"), self.product)
        form.setRowVisible(product_row, bool(self.products))  # only where the year has products
        self.hospital = QLineEdit()
        self.row(form, self.tr("医院"), self.tr("医院"), self.hospital)
        self.diagnosis = QLineEdit()
        self.row(form, self.tr("医院/诊断"), self.tr("诊断"), self.diagnosis)
        self.admission = DateField(self.scheme.coverage_start)
        self.discharge = DateField(self.scheme.coverage_start)
        self.row(form, self.tr("入院日期"), self.tr("入院日期"), self.admission)
        self.row(form, self.tr("出院日期"), self.tr("出院日期"), self.discharge)
        self.invoices = QLineEdit()
        self.invoices.setPlaceholderText(self.tr("多张发票用逗号或空格分隔"))
        self.row(form, self.tr("发票号"), self.tr("发票号"), self.invoices)
        return box

    def _money_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("费用（元）"))
        form = QFormLayout(box)
        self.total, self.insurance = MoneyField(), MoneyField()
        self.covered, self.uncovered = MoneyField(), MoneyField()
        self.row(form, self.tr("总费用"), self.tr("总费用"), self.total)
        self.row(form, self.tr("医保统筹支付"), self.tr("医保统筹支付"), self.insurance)
        self.row(form, self.tr("政策内自付"), self.tr("政策范围内个人自付"), self.covered)
        self.row(form, self.tr("自费"), self.tr("自费（政策范围外）"), self.uncovered)
        return box

    def _files_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("附件（发票、出院小结等扫描件）"))
        layout = QVBoxLayout(box)
        self.files = QListWidget()
        self.files.setObjectName("attachments")
        self.files.setMaximumHeight(90)
        self.files.itemDoubleClicked.connect(self.open_attachment)
        layout.addWidget(self.files)
        self.add_file = QPushButton(icon("file-plus"), self.tr("添加附件…"))
        self.add_file.clicked.connect(self.attach)
        layout.addWidget(self.add_file)
        return box

    def _calc_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("互助金核算"))
        layout = QVBoxLayout(box)
        self.amount_label = QLabel()
        self.amount_label.setObjectName("calc_result")
        self.amount_label.setStyleSheet(f"font-size: 16pt; font-weight: bold; color: {HEADING};")
        layout.addWidget(self.amount_label)
        self.explanation = read_only_table(self, "calc_explanation")
        layout.addWidget(self.explanation, 1)
        self.problems = QLabel()
        self.problems.setObjectName("calc_problems")
        self.problems.setWordWrap(True)
        self.problems.setStyleSheet(ERROR_TEXT)
        layout.addWidget(self.problems)
        return box

    def _set_editable(self, editable: bool) -> None:
        # Read-only rather than disabled: a decided claim must stay legible, not greyed out.
        for edit in (
            self.hospital,
            self.diagnosis,
            self.invoices,
            self.total,
            self.insurance,
            self.covered,
            self.uncovered,
            self.admission,
            self.discharge,
        ):
            edit.setReadOnly(not editable)
        for widget in (self.member_search, self.member, self.benefit, self.product, self.add_file):
            widget.setEnabled(editable)
        self.member_search.setVisible(editable and self.detail is None)
        self.save_button.setVisible(editable)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(
            self.tr("取消") if editable else self.tr("关闭")
        )

    # Loading ---------------------------------------------------------------------------------
    def _failed_to_open(self, error: BaseException) -> None:
        show_error(self, error)
        self.reject()

    def _loaded(self, detail: ClaimDetail) -> None:
        self.detail, self.claim_id = detail, detail.id
        self.banner.hide()
        self.setWindowTitle(self.tr("互助金申请 {no}").format(no=detail.claim_no or self.tr("（草稿）")))
        data = detail.data
        self._loading = True
        try:
            self.member.clear()
            self.member.addItem(
                f"{detail.member_name}（{detail.member_employee_no}，{detail.branch_name}）", data.member_id
            )
            select_data(self.benefit, data.benefit_type)
            select_data(self.product, data.product_id)
            self.hospital.setText(data.hospital)
            self.diagnosis.setText(data.diagnosis)
            self.admission.set_date(data.admission_date)
            self.discharge.set_date(data.discharge_date)
            self.invoices.setText(", ".join(data.invoice_numbers))
            self.total.set_fen(data.total_fen)
            self.insurance.set_fen(data.insurance_fen)
            self.covered.set_fen(data.covered_self_fen)
            self.uncovered.set_fen(data.uncovered_self_fen)
        finally:
            self._loading = False
        self._show_files(detail)
        self._show_workflow(detail)
        # The stored calculation, until the clerk changes something (no call on opening).
        self._show_lines(detail.payable_fen, detail.lines)
        self.problems.clear()
        editable = detail.status == ClaimStatus.DRAFT and self.ctx.session.can(MedicalPerm.WRITE)
        self._set_editable(editable)

    def _show_files(self, detail: ClaimDetail) -> None:
        self.files.clear()
        for attachment in detail.attachments:
            item = QListWidgetItem(
                icon("file-text"), f"{attachment.filename}（{attachment.size // 1024 + 1} KB）"
            )
            item.setData(ATTACHMENT_ROLE, attachment.id)
            self.files.addItem(item)

    def _show_workflow(self, d: ClaimDetail) -> None:
        steps = [
            (self.tr("录入"), d.created_by, None),
            (self.tr("提交"), d.submitted_by, d.submitted_at),
            (self.tr("复核"), d.reviewed_by, d.reviewed_at),
            (self.tr("审批"), d.decided_by, d.decided_at),
        ]
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
    def find_members(self) -> None:
        text = self.member_search.text().strip()
        if text:
            self.ctx.calls.fetch(
                self, medical.FIND_MEMBERS, MemberSearch(text), self._found, channel="members"
            )

    def _found(self, hits: MemberHits) -> None:
        self.member.clear()
        for hit in hits.hits:
            self.member.addItem(f"{hit.name}（{hit.employee_no}，{hit.branch_name}，{hit.status}）", hit.id)

    def claim_input(self) -> tuple[ClaimInput, list[FieldProblem]]:
        """What the form holds, and the problems only the form can see (text that is no amount or date)."""
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
        ):
            value, message = date_field.checked()
            dates.append(value)
            if message:
                problems.append(FieldProblem(label, message))
        total, insurance, covered, uncovered = amounts
        data = ClaimInput(
            self.member.currentData(),
            self.scheme.id if self.detail is None else self.detail.data.scheme_year_id,
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
        )
        return data, problems

    def _changed(self) -> None:
        if not self._loading and not self.hospital.isReadOnly():
            self._preview_timer.start()

    def recalculate(self) -> None:
        """The preview after a pause: problems the form sees need no call; the rest is one call
        whose answer replaces the previous one (a late answer to an older pause is dropped)."""
        data, problems = self.claim_input()
        if problems:
            self._cannot(problems)
            return
        self.ctx.calls.fetch(
            self, medical.PREVIEW_CLAIM, ClaimDraft(data, self.claim_id), self._previewed, channel="preview"
        )

    def _previewed(self, preview: ClaimPreview) -> None:
        if preview.calculation is None:
            self._cannot(preview.problems)
            return
        self.problems.clear()
        self._show_lines(preview.calculation.payable_fen, preview.calculation.lines)

    def _cannot(self, problems: list[FieldProblem]) -> None:
        self.amount_label.setText(self.tr("尚不能核算"))
        fill_table(self.explanation, [self.tr("核算步骤"), self.tr("金额（元）")], [])
        self.problems.setText("\n".join(str(p) for p in problems))

    def _show_lines(self, payable: int | None, lines: tuple[Line, ...]) -> None:
        self.amount_label.setText(
            self.tr("应付互助金：¥{amount}").format(amount=format_fen(payable)) if payable is not None else ""
        )
        fill_table(
            self.explanation,
            [self.tr("核算步骤"), self.tr("金额（元）")],
            [(line.text, format_fen(line.amount_fen)) for line in lines],
            right={1},
        )
        self.explanation.setColumnWidth(0, 470)

    def done(self, result: int) -> None:
        """A closed form asks nothing more (a pause timer may still be running)."""
        self._preview_timer.stop()
        self._search_timer.stop()
        super().done(result)

    # Saving ------------------------------------------------------------------------------------
    def collect(self) -> tuple[Operation[ClaimSave, Saved], ClaimSave, list[FieldProblem]]:
        data, problems = self.claim_input()
        d = self.detail
        request = ClaimSave(data, d.id if d else None, d.version if d else 0)
        return medical.SAVE_CLAIM, request, problems

    def saved(self, result: Saved) -> None:
        self.claim_id, self.changed = result.id, True
        super().saved(result)

    def reload_after_conflict(self, _error: object = None) -> None:
        """Someone changed this draft meanwhile: show what is stored now."""
        if self.claim_id is not None:
            self.ctx.calls.fetch(self, medical.GET_CLAIM, ById(self.claim_id), self._loaded, channel="claim")

    # Scans -------------------------------------------------------------------------------------
    def attach(self) -> None:
        chosen, _ = QFileDialog.getOpenFileNames(
            self,
            self.tr("选择扫描件"),
            "",
            self.tr("PDF 或图片 (*.pdf *.jpg *.jpeg *.png *.tif *.tiff *.bmp)"),
        )
        if not chosen:
            return
        draft = None
        if self.detail is None:  # a scan needs a claim to belong to: the draft is saved with it
            data, problems = self.claim_input()
            if problems:
                self.show_problems(ValidationError(problems))
                return
            draft = data
        claim_id = self.detail.id if self.detail is not None else None

        def read(_progress: object) -> list[FileData]:
            return [FileData(Path(p).name, Path(p).read_bytes()) for p in chosen]

        def upload(files: list[FileData]) -> None:
            self.ctx.tasks.run_job(
                self,
                self.tr("正在保存附件…"),
                medical.ADD_ATTACHMENTS,
                AttachmentUpload(files, claim_id, draft),
                self._attached,
                self._attach_failed,
            )

        self.ctx.tasks.run(self, self.tr("正在读取附件…"), read, upload)

    def _attached(self, detail: ClaimDetail) -> None:
        self.changed = True
        self._loaded(detail)

    def _attach_failed(self, error: BaseException) -> None:
        if isinstance(error, ValidationError):
            self.show_problems(error)
        else:
            show_error(self, error)

    def open_attachment(self, item: QListWidgetItem) -> None:
        attachment_id = item.data(ATTACHMENT_ROLE)

        def write(file: FileData) -> None:
            folder = Path(tempfile.mkdtemp(prefix="unionoffice-scan-"))

            def save(_progress: object) -> Path:
                target = folder / file.name
                target.write_bytes(file.content)
                return target

            def show(path: Path) -> None:
                QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

            self.ctx.tasks.run(self, self.tr("正在打开附件…"), save, show, show_progress=False)

        self.ctx.tasks.run_job(
            self, self.tr("正在取回附件…"), medical.GET_ATTACHMENT, ById(attachment_id), write
        )
