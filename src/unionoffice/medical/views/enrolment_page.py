"""Enrolment of the chosen scheme year: who is enrolled and paid, batch enrolment of a branch
union, and recording payments of the chosen people or of everyone the filter lists."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QCheckBox, QDialog, QLabel, QWidget

from unionoffice.foundation.contract import ListWindow, Page
from unionoffice.foundation.money import format_fen
from unionoffice.medical import contract as medical
from unionoffice.medical.contract import (
    EnrolmentCounts,
    EnrolmentFilter,
    EnrolmentOpen,
    EnrolmentScreen,
    EnrolResult,
    PaymentRequest,
    PaymentResult,
    Remitted,
    SchemeInfo,
)
from unionoffice.medical.perms import MedicalPerm
from unionoffice.medical.views.common import SchemeBound, SchemeHost, scheme_id
from unionoffice.medical.views.enrolment_dialogs import EnrolDialog, RemitDialog
from unionoffice.ui.context import AppContext
from unionoffice.ui.list_page import ListPage
from unionoffice.ui.messages import confirm, info
from unionoffice.ui.table_model import PAGE_SIZE


class EnrolmentPage(SchemeBound, ListPage[EnrolmentFilter]):
    """GUI thread. The counts above the list follow the scheme and the branch union: changing
    either asks for the counts and the first page in one call; typing asks for the page only."""

    list_op = medical.LIST_ENROLMENT
    open_op = medical.OPEN_ENROLMENT
    columns = medical.enrolment_columns()
    multi_select = True

    def __init__(self, ctx: AppContext, host: SchemeHost, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.host = host
        self.last_screen: EnrolmentScreen | None = None
        self.table.setObjectName("enrolment_table")
        self._show_fund(None)

    def reopen(self) -> None:
        self.open()

    def build(self) -> None:
        write = MedicalPerm.WRITE
        self.add_action("user-plus", self.tr("按分工会批量参保…"), self.enrol_branch, permission=write)
        self.add_action("user-check", self.tr("登记参保…"), self.enrol_people, permission=write)
        self.add_action(
            "coins", self.tr("所选人员登记缴费"), self.pay_selected, permission=write, needs_selection=True
        )
        self.add_action("list-checks", self.tr("筛选结果全部登记缴费"), self.pay_all, permission=write)
        self.remit_action = self.add_action(
            "send", self.tr("上缴省总…"), self.remit, permission=MedicalPerm.ADMIN, name="remit"
        )
        self.search = self.add_search(self.tr("搜索：姓名、拼音首字母或工号"))
        self.branch = self.add_combo("branch", self.tr("全部分工会"))
        self.branch.currentIndexChanged.disconnect()
        self.branch.currentIndexChanged.connect(self.open)  # the counts follow the branch union
        self.unpaid = QCheckBox(self.tr("只看未缴费"))
        self.unpaid.setObjectName("unpaid")
        self.unpaid.toggled.connect(self.reload)
        self.add_filter_widget(self.unpaid, 0)
        self.counts = QLabel()
        self.counts.setObjectName("enrolment_counts")
        self.add_filter_widget(self.counts, 0)

    def current_filter(self) -> EnrolmentFilter:
        return EnrolmentFilter(
            scheme_id(self.host), self.branch.currentData(), self.search.text(), self.unpaid.isChecked()
        )

    def opening_request(self) -> EnrolmentOpen:
        sort, descending = self.model.sort_key
        window = ListWindow(0, PAGE_SIZE, sort, descending)
        return EnrolmentOpen(self.host.pick(), self.current_filter(), window, self.ctx.refs.org_stamp)

    def opened(self, screen: EnrolmentScreen) -> Page:
        self.host.take(screen.choice)
        self.last_screen = screen
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
        self._show_counts(screen.counts)
        return screen.page

    def _show_fund(self, scheme: SchemeInfo | None) -> None:
        """The provincial scheme's contributions go on to the province: its column and action."""
        province = scheme is not None and scheme.is_province
        keys = [c.key for c in self.columns]
        self.table.setColumnHidden(keys.index("remitted_on"), not province)
        self.remit_action.setVisible(province and self.ctx.session.can(MedicalPerm.ADMIN))

    def _show_counts(self, counts: EnrolmentCounts | None) -> None:
        scheme = self.host.scheme
        if counts is None:
            self.counts.setText("")
            return
        text = self.tr("已参保 {e} 人，已缴费 {p} 人，在会未参保 {m} 人").format(
            e=counts.enrolled, p=counts.paid, m=counts.active_not_enrolled
        )
        if scheme is not None and scheme.is_province:
            text += self.tr("；待上缴 {n} 人 {a} 元").format(
                n=counts.unremitted, a=format_fen(counts.unremitted_fen)
            )
        self.counts.setText(text)

    # Actions --------------------------------------------------------------------------------
    def _branch(self) -> tuple[int, str] | None:
        branch = self.branch.currentData()
        return (branch, self.branch.currentText()) if branch is not None else None

    def enrol_branch(self) -> None:
        if self._branch() is None:
            info(self, self.tr("请先在上方选择一个分工会。"))
            return
        self._enrol(self._branch())

    def enrol_people(self) -> None:
        self._enrol(None)

    def _enrol(self, branch: tuple[int, str] | None) -> None:
        scheme, screen = self.host.scheme, self.last_screen
        if scheme is None or screen is None:
            return
        dialog = EnrolDialog(self.ctx, scheme, screen.products, screen.eligibility, branch, self)
        if dialog.exec() != QDialog.DialogCode.Accepted or not isinstance(dialog.result_value, EnrolResult):
            return
        result = dialog.result_value
        self.open()
        text = self.tr("新参保 {n} 人；已参保跳过 {a} 人。").format(n=result.enrolled, a=result.already)
        for skipped in result.skipped:
            text += "\n" + self.tr("{reason} {n} 人未参保，例如 {example}").format(
                reason=skipped.reason, n=skipped.count, example=skipped.example
            )
        info(self, text)

    def remit(self) -> None:
        scheme, screen = self.host.scheme, self.last_screen
        if scheme is None or screen is None or screen.counts is None:
            return
        if not screen.counts.unremitted:
            info(self, self.tr("没有已缴费、尚未上缴的互助金。"))
            return
        dialog = RemitDialog(self.ctx, scheme, screen.counts, self._branch(), self)
        if dialog.exec() == QDialog.DialogCode.Accepted and isinstance(dialog.result_value, Remitted):
            self.open()
            info(
                self,
                self.tr("已登记上缴省总 {n} 人，合计 {a} 元。").format(
                    n=dialog.result_value.members, a=format_fen(dialog.result_value.amount_fen)
                ),
            )

    def _pay(self, request: PaymentRequest) -> None:
        def done(result: PaymentResult) -> None:
            self.open()
            info(
                self,
                self.tr("登记缴费 {n} 人，合计 {amount} 元；此前已缴 {a} 人。").format(
                    n=result.paid, amount=format_fen(result.amount_fen), a=result.already_paid
                ),
            )

        self.ctx.tasks.run_job(self, self.tr("正在登记缴费…"), medical.RECORD_PAYMENTS, request, done)

    def pay_selected(self) -> None:
        ids, scheme = self.selected_ids(), self.host.scheme
        if not ids or scheme is None:
            info(self, self.tr("请先选择已参保的人员。"))
            return
        self._pay(PaymentRequest(scheme.id, date.today(), member_ids=ids))

    def pay_all(self) -> None:
        scheme, count = self.host.scheme, self.model.rowCount()
        if scheme is None or not count:
            return
        if confirm(self, self.tr("为筛选出的 {n} 人登记今天缴费？").format(n=count)):
            self._pay(PaymentRequest(scheme.id, date.today(), filter=self.current_filter()))
