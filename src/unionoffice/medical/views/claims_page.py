"""The claims list with its filters and the workflow buttons (submit, review, approve, pay…)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from unionoffice.core.org import service as org
from unionoffice.medical.models import BenefitType, ClaimStatus
from unionoffice.medical.perms import MedicalPerm
from unionoffice.medical.service import claims
from unionoffice.medical.service.listing import ClaimFilter, claim_source, export_claims
from unionoffice.medical.service.schemes import SchemeInfo
from unionoffice.medical.views.claim_dialog import ClaimDialog
from unionoffice.medical.views.common import date_edit, to_date
from unionoffice.ui.context import AppContext
from unionoffice.ui.icons import icon
from unionoffice.ui.messages import confirm, guarded, info
from unionoffice.ui.table_model import LazyTableModel


class PayDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("登记支付"))
        form = QFormLayout(self)
        self.paid_on = date_edit(date.today())
        self.voucher = QLineEdit()
        self.voucher.setPlaceholderText(self.tr("财务记账凭证号"))
        form.addRow(self.tr("支付日期"), self.paid_on)
        form.addRow(self.tr("凭证号"), self.voucher)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)


class ClaimsPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.scheme: SchemeInfo | None = None
        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("搜索姓名、拼音首字母、工号或申请编号"))
        self.search.setClearButtonEnabled(True)
        self.branch = QComboBox()
        self.branch.addItem(self.tr("全部分工会"), None)
        for unit in org.branches(ctx.db, ctx.actor):
            self.branch.addItem(unit.name, unit.id)
        self.status = QComboBox()
        self.status.addItem(self.tr("全部状态"), None)
        for st in ClaimStatus:
            self.status.addItem(st.label, st.value)
        self.benefit = QComboBox()
        self.benefit.addItem(self.tr("全部类别"), None)
        for kind in BenefitType:
            self.benefit.addItem(kind.label, kind.value)
        self.count = QLabel()
        for w, stretch in (
            (self.search, 3),
            (self.branch, 1),
            (self.status, 1),
            (self.benefit, 1),
            (self.count, 0),
        ):
            bar.addWidget(w, stretch)
        layout.addLayout(bar)
        actions = QHBoxLayout()
        actor = ctx.actor
        self.buttons: dict[str, QPushButton] = {}
        for key, text, icon_name, slot, allowed in (
            ("new", self.tr("新建申请"), "file-plus", self.new_claim, actor.can(MedicalPerm.WRITE)),
            ("open", self.tr("打开"), "folder-open", self.open_claim, True),
            ("submit", self.tr("提交"), "send", self.submit, actor.can(MedicalPerm.WRITE)),
            ("review", self.tr("复核通过"), "clipboard-check", self.review, actor.can(MedicalPerm.REVIEW)),
            ("return", self.tr("退回修改"), "undo-2", self.send_back, actor.can(MedicalPerm.REVIEW)),
            ("approve", self.tr("审批通过"), "stamp", self.approve, actor.can(MedicalPerm.ADMIN)),
            ("reject", self.tr("驳回"), "ban", self.reject, actor.can(MedicalPerm.REVIEW)),
            ("pay", self.tr("登记支付"), "coins", self.pay, actor.can(MedicalPerm.ADMIN)),
            ("form", self.tr("打印审批表"), "printer", self.print_form, True),
            ("export", self.tr("导出 Excel"), "file-spreadsheet", self.export, True),
        ):
            if not allowed:
                continue
            button = QPushButton(icon(icon_name), text)
            button.setObjectName(f"claim_{key}")
            button.clicked.connect(slot)
            actions.addWidget(button)
            self.buttons[key] = button
        actions.addStretch(1)
        layout.addLayout(actions)
        self.table = QTableView()
        self.table.setObjectName("claims_table")
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.table.doubleClicked.connect(self.open_claim)
        self.model = LazyTableModel(parent=self)
        self.table.setModel(self.model)
        layout.addWidget(self.table)
        self._debounce = QTimer(self, singleShot=True, interval=150)
        self._debounce.timeout.connect(self.reload)
        self.search.textChanged.connect(self._debounce.start)
        for combo in (self.branch, self.status, self.benefit):
            combo.currentIndexChanged.connect(self.reload)

    def set_scheme(self, scheme: SchemeInfo | None) -> None:
        self.scheme = scheme
        self.reload()

    def show_filtered(
        self, branch_id: int | None = None, status: str | None = None, benefit_type: str | None = None
    ) -> None:
        combos = {self.branch: branch_id, self.status: status, self.benefit: benefit_type}
        for combo, value in combos.items():
            combo.blockSignals(True)
            combo.setCurrentIndex(max(combo.findData(value), 0))
            combo.blockSignals(False)
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)
        self.reload()

    def current_filter(self) -> ClaimFilter:
        return ClaimFilter(
            scheme_year_id=self.scheme.id if self.scheme else -1,
            branch_id=self.branch.currentData(),
            status=self.status.currentData(),
            benefit_type=self.benefit.currentData(),
            text=self.search.text(),
        )

    @guarded
    def reload(self) -> None:
        self.model.set_source(claim_source(self.ctx.db, self.ctx.actor, self.current_filter()))
        self.count.setText(self.tr("共 {n} 件").format(n=self.model.rowCount()))
        if self.model.columnCount():
            self.table.resizeColumnsToContents()

    def selected_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            info(self, self.tr("请先在列表中选择一件申请。"))
            return None
        return self.model.row_id(rows[0].row())

    def _version(self, claim_id: int) -> int:
        return claims.get_claim(self.ctx.db, self.ctx.actor, claim_id).version

    # Actions -----------------------------------------------------------------------------------
    @guarded
    def new_claim(self) -> None:
        if self.scheme is None:
            info(self, self.tr("请先由管理员建立方案年度。"))
            return
        if ClaimDialog(self.ctx, self.scheme, None, self).exec():
            self.reload()

    @guarded
    def open_claim(self) -> None:
        claim_id = self.selected_id()
        if claim_id is not None and self.scheme is not None:
            ClaimDialog(self.ctx, self.scheme, claim_id, self).exec()
            self.model.refresh()

    @guarded
    def submit(self) -> None:
        claim_id = self.selected_id()
        if claim_id is None:
            return
        try:
            number = claims.submit_claim(self.ctx.db, self.ctx.actor, claim_id, self._version(claim_id))
        except claims.OverlapWarning as warning:
            if not confirm(self, str(warning) + "\n\n" + self.tr("确认仍要提交吗？")):
                return
            number = claims.submit_claim(
                self.ctx.db, self.ctx.actor, claim_id, self._version(claim_id), acknowledge_overlap=True
            )
        self.model.refresh()
        info(self, self.tr("已提交，申请编号 {no}。").format(no=number))

    @guarded
    def review(self) -> None:
        claim_id = self.selected_id()
        if claim_id is None:
            return
        note, ok = QInputDialog.getText(self, self.tr("复核通过"), self.tr("复核意见（可不填）："))
        if ok:
            claims.review_claim(self.ctx.db, self.ctx.actor, claim_id, self._version(claim_id), note)
            self.model.refresh()

    @guarded
    def send_back(self) -> None:
        claim_id = self.selected_id()
        if claim_id is None:
            return
        reason, ok = QInputDialog.getText(self, self.tr("退回修改"), self.tr("退回原因："))
        if ok:
            claims.return_claim(self.ctx.db, self.ctx.actor, claim_id, self._version(claim_id), reason)
            self.model.refresh()

    @guarded
    def approve(self) -> None:
        claim_id = self.selected_id()
        if claim_id is None:
            return
        detail = claims.get_claim(self.ctx.db, self.ctx.actor, claim_id)
        explanation = "\n".join(line.text for line in detail.lines)
        if confirm(
            self, self.tr("审批通过申请 {no}？\n\n{lines}").format(no=detail.claim_no, lines=explanation)
        ):
            amount = claims.approve_claim(self.ctx.db, self.ctx.actor, claim_id, detail.version)
            self.model.refresh()
            if amount != detail.payable_fen:
                from unionoffice.foundation.money import format_fen

                info(
                    self,
                    self.tr("按审批时的年度封顶重新核算，核定金额为 {a} 元。").format(a=format_fen(amount)),
                )

    @guarded
    def reject(self) -> None:
        claim_id = self.selected_id()
        if claim_id is None:
            return
        reason, ok = QInputDialog.getText(self, self.tr("驳回"), self.tr("驳回原因（会告知申请人）："))
        if ok:
            claims.reject_claim(self.ctx.db, self.ctx.actor, claim_id, self._version(claim_id), reason)
            self.model.refresh()

    @guarded
    def pay(self) -> None:
        claim_id = self.selected_id()
        if claim_id is None:
            return
        dialog = PayDialog(self)
        if dialog.exec():
            claims.pay_claim(
                self.ctx.db,
                self.ctx.actor,
                claim_id,
                self._version(claim_id),
                to_date(dialog.paid_on),
                dialog.voucher.text(),
            )
            self.model.refresh()

    @guarded
    def print_form(self) -> None:
        claim_id = self.selected_id()
        if claim_id is None:
            return
        detail = claims.get_claim(self.ctx.db, self.ctx.actor, claim_id)
        name = f"{self.tr('审批表')}-{detail.claim_no or detail.id}-{detail.member_name}.pdf"
        path, _ = QFileDialog.getSaveFileName(self, self.tr("保存审批表"), name, self.tr("PDF 文件 (*.pdf)"))
        if not path:
            return
        from unionoffice.medical.approval_form import write_form

        self.ctx.tasks.run(
            self,
            self.tr("正在生成审批表…"),
            lambda progress: str(write_form(detail, path)),
            lambda done: info(self, self.tr("已保存：{p}").format(p=done)),
            cancellable=False,
        )

    @guarded
    def export(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("导出申请清单"), self.tr("互助金申请.xlsx"), self.tr("Excel 文件 (*.xlsx)")
        )
        if not path:
            return
        flt = self.current_filter()
        db, actor = self.ctx.db, self.ctx.actor
        self.ctx.tasks.run(
            self,
            self.tr("正在导出…"),
            lambda progress: export_claims(db, actor, flt, path, progress),
            lambda n: info(self, self.tr("已导出 {n} 件申请。").format(n=n)),
        )
