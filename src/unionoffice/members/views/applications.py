"""Applications to join: the pending list with how long each has waited, typed or imported from
HR's new-hire sheet, approved by the committee in batches (card numbers issued in order)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QLabel, QVBoxLayout, QWidget

from unionoffice.foundation.contract import Empty, ListWindow, Page
from unionoffice.foundation.importer.preview import ImportOutcome
from unionoffice.members import contract as members
from unionoffice.members.contract import ApplicationFilter, ApplicationsScreen
from unionoffice.members.labels import ApplicationStatus
from unionoffice.members.perms import MembersPerm
from unionoffice.ui.context import AppContext
from unionoffice.ui.list_page import ListPage
from unionoffice.ui.messages import info
from unionoffice.ui.style import MUTED_TEXT
from unionoffice.ui.table_model import PAGE_SIZE
from unionoffice.ui.widgets.files import choose_target, save_download
from unionoffice.ui.widgets.import_preview import run_import

# Imports inside functions: each dialog module loads when the clerk first opens that dialog.


class ApplicationsPage(ListPage[ApplicationFilter]):
    """GUI thread; every call to the services runs on a worker."""

    list_op = members.LIST_APPLICATIONS
    open_op = members.OPEN_APPLICATIONS
    columns = members.application_columns()
    default_sort = ("applied_on", False)  # the longest waiting first
    multi_select = True  # the committee approves a batch

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.table.setObjectName("application_table")
        self.next_card = ""

    def build(self) -> None:
        write = MembersPerm.WRITE
        self.add_action("user-plus", self.tr("登记申请"), self.add_application, permission=write)
        self.add_action("pencil", self.tr("编辑"), self.activated, needs_selection=True)
        self.add_action(
            "badge-check", self.tr("批准入会…"), self.approve, needs_selection=True, permission=write
        )
        self.add_action("user-x", self.tr("不予批准…"), self.reject, needs_selection=True, permission=write)
        self.toolbar.addSeparator()
        self.add_action("file-up", self.tr("导入新入职名单…"), self.import_file, permission=write)
        self.add_action("file-spreadsheet", self.tr("下载导入模板"), self.save_template, permission=write)
        self.search = self.add_search(self.tr("搜索：姓名、拼音首字母、工号"), name="application_search")
        self.branch = self.add_combo("application_branch", self.tr("全部分工会"))
        self.status = self.add_combo(
            "application_status", self.tr("全部"), [(s.label, s.value) for s in ApplicationStatus]
        )
        self.status.blockSignals(True)
        self.status.setCurrentIndex(1)  # pending: what the clerk works on
        self.status.blockSignals(False)
        self.summary = QLabel()
        self.summary.setObjectName("application_summary")
        self.summary.setStyleSheet(MUTED_TEXT)
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertWidget(2, self.summary)  # under the filters, above the table

    def current_filter(self) -> ApplicationFilter:
        return ApplicationFilter(self.search.text(), self.branch.currentData(), self.status.currentData())

    def opening_request(self) -> members.ApplicationsOpen:
        sort, descending = self.model.sort_key
        window = ListWindow(0, PAGE_SIZE, sort, descending)
        return members.ApplicationsOpen(self.current_filter(), window, self.ctx.refs.org_stamp)

    def opened(self, screen: ApplicationsScreen) -> Page:
        org = self.ctx.refs.take(screen.org)
        if self.branch.count() == 1:
            self.branch.blockSignals(True)
            for branch in org.mine():
                self.branch.addItem(branch.name, branch.id)
            self.branch.blockSignals(False)
        self.next_card = screen.next_card
        if screen.pending:
            waited = (
                self.tr("当天提交")
                if not screen.oldest_days
                else self.tr("{n} 天").format(n=screen.oldest_days)
            )
            text = self.tr("待审批 {n} 份，等待最久的已 {waited}（目标：当天审批）。").format(
                n=screen.pending, waited=waited
            )
        else:
            text = self.tr("没有待审批的申请。")
        self.summary.setText(text + " " + self.tr("下一个会员证号：{card}").format(card=screen.next_card))
        return screen.page

    def refresh_screen(self) -> None:
        """After a decision: the list, the waiting summary and the next card number, in one call."""
        self.open()

    # Actions --------------------------------------------------------------------------------
    def add_application(self) -> None:
        from unionoffice.members.views.application_dialogs import ApplicationDialog

        if ApplicationDialog(self.ctx, None, self).exec() == QDialog.DialogCode.Accepted:
            self.refresh_screen()

    def activated(self) -> None:
        from unionoffice.members.views.application_dialogs import ApplicationDialog

        chosen = self.selected_id()
        if (
            chosen is not None
            and ApplicationDialog(self.ctx, chosen, self).exec() == QDialog.DialogCode.Accepted
        ):
            self.refresh_screen()

    def approve(self) -> None:
        from unionoffice.members.views.application_dialogs import ApproveDialog

        chosen = self.selected_ids()
        if not chosen:
            info(self, self.tr("请先在列表中选择要批准的申请（可按住 Ctrl 或 Shift 多选）。"))
            return
        dialog = ApproveDialog(self.ctx, tuple(chosen), self.next_card, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            done = dialog.result_value
            info(
                self,
                self.tr("已批准 {n} 人入会，会员证号 {first} 至 {last}。").format(
                    n=done.count, first=done.first_card_no, last=done.last_card_no
                ),
            )
            self.refresh_screen()

    def reject(self) -> None:
        from unionoffice.members.views.application_dialogs import RejectDialog

        chosen = self.selected_ids()
        if len(chosen) != 1:
            info(self, self.tr("请选择一份申请。"))
            return

        def loaded(form: members.ApplicationForm) -> None:
            self.ctx.refs.take(form.org)
            if form.detail is not None and RejectDialog(self.ctx, form.detail, self).exec():
                self.refresh_screen()

        request = members.ApplicationFormOpen(chosen[0], self.ctx.refs.org_stamp)
        self.ctx.calls.fetch(self, members.OPEN_APPLICATION_FORM, request, loaded)

    def import_file(self) -> None:
        def imported(result: ImportOutcome) -> None:
            self.refresh_screen()
            text = self.tr("已导入 {n} 份入会申请，等待审批。").format(n=result.inserted)
            if result.rejected:
                text += self.tr("\n有问题的 {n} 行没有导入。").format(n=result.rejected)
            info(self, text)

        run_import(
            self.ctx,
            self,
            self.tr("选择人力资源部门的新入职人员名单"),
            members.PLAN_APPLICATION_IMPORT,
            members.APPLY_APPLICATION_IMPORT,
            imported,
            noun=self.tr("申请"),
        )

    def save_template(self) -> None:
        target = choose_target(self, self.tr("保存导入模板"), self.tr("入会申请导入模板.xlsx"))
        if target is not None:
            self.ctx.calls.fetch(
                self,
                members.APPLICATION_TEMPLATE,
                Empty(),
                lambda file: save_download(
                    self.ctx,
                    self,
                    file,
                    target,
                    lambda path: info(self, self.tr("模板已保存：{path}").format(path=path)),
                ),
            )
