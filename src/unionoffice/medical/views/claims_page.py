"""The claims list of the chosen scheme year with its filters and the workflow actions (submit,
review, return, approve, reject, pay), the approval form and the Excel export."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import Any

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QLabel, QWidget

from unionoffice.foundation.contract import ById, ListWindow, Page
from unionoffice.foundation.money import format_fen
from unionoffice.medical import contract as medical
from unionoffice.medical.contract import (
    ClaimDetail,
    ClaimFilter,
    ClaimsOpen,
    ClaimsScreen,
    Exported,
    ProductInfo,
    SchemeInfo,
)
from unionoffice.medical.labels import PROVINCE_STATUSES, BenefitType, ClaimStatus
from unionoffice.medical.perms import MedicalPerm
from unionoffice.medical.views.common import SchemeBound, SchemeHost, scheme_id
from unionoffice.ui.context import AppContext
from unionoffice.ui.list_page import ListPage
from unionoffice.ui.messages import info
from unionoffice.ui.style import MUTED_TEXT
from unionoffice.ui.table_model import PAGE_SIZE
from unionoffice.ui.widgets.files import choose_target, pdf, save_download

# Imports inside functions: the claim form and the step dialogs load when first opened.


class ClaimsPage(SchemeBound, ListPage[ClaimFilter]):
    """GUI thread; every call to the services runs on a worker."""

    list_op = medical.LIST_CLAIMS
    open_op = medical.OPEN_CLAIMS
    columns = medical.claim_columns()

    def __init__(self, ctx: AppContext, host: SchemeHost, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.host = host
        self.products: list[ProductInfo] = []
        self.table.setObjectName("claims_table")
        self._show_fund(None)

    def reopen(self) -> None:
        self.open()

    def _action(
        self, group: str, icon_name: str, text: str, slot: Callable[[], object], **kw: Any
    ) -> QAction:
        """An action of our own fund's workflow (``group`` "union") or of the provincial scheme's."""
        action = self.add_action(icon_name, text, slot, **kw)
        target = self._union_actions if group == "union" else self._province_actions
        target.append((action, kw.get("permission")))
        return action

    def build(self) -> None:
        self._union_actions: list[tuple[QAction, str | None]] = []
        self._province_actions: list[tuple[QAction, str | None]] = []
        write, review, admin = MedicalPerm.WRITE, MedicalPerm.REVIEW, MedicalPerm.ADMIN
        self._action(
            "union", "file-plus", self.tr("新建申请"), self.new_claim, permission=write, name="claim_new"
        )
        self._action(
            "province", "send", self.tr("登记报送"), self.file_claim, permission=write, name="claim_file"
        )
        self.add_action(
            "folder-open", self.tr("打开"), self.activated, needs_selection=True, name="claim_open"
        )
        self._action(
            "province",
            "clipboard-check",
            self.tr("登记省总结果"),
            self.record_outcome,
            needs_selection=True,
            permission=write,
            name="claim_outcome",
        )
        self.toolbar.addSeparator()
        steps = (
            ("send", self.tr("提交"), "submit", write),
            ("clipboard-check", self.tr("复核通过"), "review", review),
            ("undo-2", self.tr("退回修改"), "return", review),
            ("stamp", self.tr("审批通过"), "approve", admin),
            ("ban", self.tr("驳回"), "reject", review),
            ("coins", self.tr("登记支付"), "pay", admin),
        )
        for icon_name, text, step, permission in steps:
            self._action(
                "union",
                icon_name,
                text,
                partial(self.step, step),
                needs_selection=True,
                permission=permission,
                name=f"claim_{step}",
            )
        self.toolbar.addSeparator()
        self._action(
            "union",
            "printer",
            self.tr("打印审批表"),
            self.print_form,
            needs_selection=True,
            name="claim_form",
        )
        self.add_action("file-spreadsheet", self.tr("导出 Excel"), self.export, name="claim_export")
        self.search = self.add_search(self.tr("搜索：姓名、拼音首字母、工号或申请编号"))
        self.branch = self.add_combo("branch", self.tr("全部分工会"))
        self.status = self.add_combo("status", self.tr("全部状态"), [(s.label, s.value) for s in ClaimStatus])
        self.benefit = self.add_combo(
            "benefit", self.tr("全部类别"), [(b.label, b.value) for b in BenefitType]
        )
        self.deadline = QLabel()
        self.deadline.setObjectName("deadline")
        self.deadline.setStyleSheet(MUTED_TEXT)
        self.add_filter_widget(self.deadline, 0)

    def _show_fund(self, scheme: SchemeInfo | None) -> None:
        """Our own fund's workflow, or the provincial scheme's filing and outcomes."""
        province = scheme is not None and scheme.is_province
        session = self.ctx.session
        for actions, shown in ((self._union_actions, not province), (self._province_actions, province)):
            for action, permission in actions:
                action.setVisible(shown and (permission is None or session.can(permission)))
        keep = self.status.currentData()
        statuses = PROVINCE_STATUSES if province else tuple(ClaimStatus)
        self.status.blockSignals(True)
        while self.status.count() > 1:
            self.status.removeItem(1)
        for st in statuses:
            self.status.addItem(st.province_label() if province else st.label, st.value)
        self.status.setCurrentIndex(max(self.status.findData(keep), 0))
        self.status.blockSignals(False)
        keys = [c.key for c in self.columns]
        self.table.setColumnHidden(keys.index("reference"), not province)
        deadline = scheme.claim_deadline if scheme is not None else None
        self.deadline.setText(
            self.tr("申请截止 {d}").format(d=deadline.isoformat()) if deadline is not None else ""
        )

    def current_filter(self) -> ClaimFilter:
        return ClaimFilter(
            scheme_year_id=scheme_id(self.host),
            branch_id=self.branch.currentData(),
            status=self.status.currentData(),
            benefit_type=self.benefit.currentData(),
            text=self.search.text(),
        )

    def opening_request(self) -> ClaimsOpen:
        sort, descending = self.model.sort_key
        window = ListWindow(0, PAGE_SIZE, sort, descending)
        return ClaimsOpen(self.host.pick(), self.current_filter(), window, self.ctx.refs.org_stamp)

    def opened(self, screen: ClaimsScreen) -> Page:
        self.host.take(screen.choice)
        self.products = screen.products
        self._show_fund(screen.choice.scheme)
        org = self.ctx.refs.take(screen.org)
        keep = self.branch.currentData()
        self.branch.blockSignals(True)
        while self.branch.count() > 1:
            self.branch.removeItem(1)
        for branch in org.mine():
            self.branch.addItem(branch.name, branch.id)
        self.branch.setCurrentIndex(max(self.branch.findData(keep), 0))
        self.branch.blockSignals(False)
        return screen.page

    def show_filtered(self, **values: object) -> None:
        """``branch`` may name a branch union the combo does not list yet (the reference comes
        with the opening call): it is added so the opening call filters by it."""
        branch = values.get("branch")
        if isinstance(branch, int) and self.branch.findData(branch) < 0:
            self.branch.blockSignals(True)
            self.branch.addItem("…", branch)
            self.branch.blockSignals(False)
        super().show_filtered(**values)

    # Actions --------------------------------------------------------------------------------
    def new_claim(self) -> None:
        from unionoffice.medical.views.claim_dialog import ClaimDialog

        scheme = self.host.scheme
        if scheme is None:
            info(self, self.tr("请先由管理员建立方案年度。"))
            return
        if ClaimDialog(self.ctx, scheme, None, self, self.products).exec() == QDialog.DialogCode.Accepted:
            self.reload()

    def activated(self) -> None:
        from unionoffice.medical.views.claim_dialog import ClaimDialog
        from unionoffice.medical.views.province_dialogs import ProvinceClaimDialog

        claim_id, scheme = self.selected_id(), self.host.scheme
        if claim_id is None or scheme is None:
            return
        if scheme.is_province:
            ProvinceClaimDialog(self.ctx, scheme, self.products, claim_id, self).exec()
            return
        dialog = ClaimDialog(self.ctx, scheme, claim_id, self, self.products)
        dialog.exec()
        if dialog.changed:
            self.model.refresh()

    def file_claim(self) -> None:
        from unionoffice.medical.views.province_dialogs import ProvinceClaimDialog

        scheme = self.host.scheme
        if scheme is None:
            return
        dialog = ProvinceClaimDialog(self.ctx, scheme, self.products, None, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.reload()

    def record_outcome(self) -> None:
        """Load the claim as stored now (one call), then the outcome form (one call to save)."""
        from unionoffice.medical.views.province_dialogs import OutcomeDialog

        claim_id = self.selected_id()
        if claim_id is None:
            return

        def loaded(detail: ClaimDetail) -> None:
            if detail.status != ClaimStatus.SUBMITTED:
                info(self, self.tr("申请 {no} 已登记过省总结果。").format(no=detail.claim_no))
                return
            if OutcomeDialog(self.ctx, detail, self).exec() == QDialog.DialogCode.Accepted:
                self.model.refresh()

        self.ctx.calls.fetch(self, medical.GET_CLAIM, ById(claim_id), loaded, channel="claim")

    def step(self, step: str) -> None:
        """Load the claim as stored now (one call), then the step's dialog (one call to save)."""
        from unionoffice.medical.views.claim_steps import ClaimStepDialog

        claim_id = self.selected_id()
        if claim_id is None:
            return

        def loaded(detail: ClaimDetail) -> None:
            dialog = ClaimStepDialog(self.ctx, detail, step, self)
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return
            self.model.refresh()
            result = dialog.result_value
            if isinstance(result, medical.Submitted):
                info(self, self.tr("已提交，申请编号 {no}。").format(no=result.claim_no))
            elif isinstance(result, medical.Approved) and result.payable_fen != detail.payable_fen:
                info(
                    self,
                    self.tr("按审批时的年度封顶重新核算，核定金额为 {a} 元。").format(
                        a=format_fen(result.payable_fen)
                    ),
                )

        self.ctx.calls.fetch(self, medical.GET_CLAIM, ById(claim_id), loaded, channel="claim")

    def print_form(self) -> None:
        claim_id = self.selected_id()
        if claim_id is None:
            return
        target = choose_target(self, self.tr("保存审批表"), self.tr("审批表.pdf"), pdf())
        if target is None:
            return
        self.ctx.tasks.run_job(
            self,
            self.tr("正在生成审批表…"),
            medical.APPROVAL_FORM,
            ById(claim_id),
            lambda file: save_download(
                self.ctx, self, file, target, lambda path: info(self, self.tr("已保存：{p}").format(p=path))
            ),
        )

    def export(self) -> None:
        target = choose_target(self, self.tr("导出申请清单"), self.tr("互助金申请.xlsx"))
        if target is None:
            return

        def exported(result: Exported) -> None:
            save_download(
                self.ctx,
                self,
                result.file,
                target,
                lambda _path: info(self, self.tr("已导出 {n} 件申请。").format(n=result.rows)),
            )

        self.ctx.tasks.run_job(
            self, self.tr("正在导出…"), medical.EXPORT_CLAIMS, self.current_filter(), exported
        )
