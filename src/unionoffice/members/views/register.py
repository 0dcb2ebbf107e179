"""The member register: filters, search as you type, the lazy table, every action on members."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QDialog, QWidget

from unionoffice.core.org.labels import BASES
from unionoffice.foundation.contract import Empty, ListWindow, Page
from unionoffice.foundation.importer.preview import ImportOutcome
from unionoffice.members import contract as members
from unionoffice.members.contract import (
    MemberDetail,
    MemberFilter,
    MemberForm,
    RealNameExport,
    RegisterExport,
    RegisterScreen,
)
from unionoffice.members.labels import MemberStatus
from unionoffice.members.perms import MembersPerm
from unionoffice.ui.context import AppContext
from unionoffice.ui.list_page import ListPage
from unionoffice.ui.messages import confirm, info
from unionoffice.ui.table_model import PAGE_SIZE
from unionoffice.ui.widgets.branch_picker import BranchPicker
from unionoffice.ui.widgets.files import choose_target, save_download
from unionoffice.ui.widgets.import_preview import run_import

# Imports inside functions: each dialog module loads when the clerk first opens that dialog.


class RegisterPage(ListPage[MemberFilter]):
    """GUI thread; every call to the services runs on a worker."""

    list_op = members.LIST
    open_op = members.OPEN_REGISTER
    columns = members.register_columns()
    default_sort = ("name", False)  # pinyin order, like clerks' Excel lists

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.table.setObjectName("member_table")

    def build(self) -> None:
        write = MembersPerm.WRITE
        self.add_action(
            "user-plus", self.tr("新增会员"), self.add_member, shortcut="Ctrl+N", permission=write
        )
        self.edit_action = self.add_action(
            "pencil", self.tr("编辑"), self.activated, shortcut="Return", needs_selection=True
        )
        self.add_action(
            "arrow-right-left", self.tr("调动"), self.transfer, needs_selection=True, permission=write
        )
        self.add_action(
            "user-minus", self.tr("变更状态"), self.change_status, needs_selection=True, permission=write
        )
        self.add_action(
            "user-check", self.tr("重新入会"), self.rejoin, needs_selection=True, permission=write
        )
        self.add_action("history", self.tr("变动记录"), self.show_history, needs_selection=True)
        self.add_action(
            "clipboard-check",
            self.tr("列入会籍审查"),
            self.flag_for_review,
            needs_selection=True,
            permission=write,
        )
        self.toolbar.addSeparator()
        self.add_action("file-up", self.tr("导入…"), self.import_file, permission=write)
        self.add_action("file-spreadsheet", self.tr("下载导入模板"), self.save_template, permission=write)
        self.add_menu(
            "download",
            self.tr("导出与报表"),
            [
                ("file-down", self.tr("导出当前列表…"), self.export_list),
                ("cake", self.tr("生日名单…"), self.birthday_list),
                ("chart-column", self.tr("各分工会入会率…"), self.membership_rates),
                None,
                ("file-text", self.tr("会员增减情况表（月报）…"), self.monthly_return),
                ("file-badge", self.tr("实名制上报文件…"), self.realname_export),
            ],
        )
        self.search = self.add_search(
            self.tr("搜索：姓名、拼音或首字母（如 zk）、工号、手机号、身份证号后四位"), name="member_search"
        )
        self.org = BranchPicker(everything=self.tr("全部分工会"))
        self.org.branch.setObjectName("branch_filter")
        self.org.group.setObjectName("group_filter")
        self.org.changed.connect(self.reload)
        self.add_filter_widget(self.org, 2)
        self.base = self.add_combo("base_filter", self.tr("全部基地"), [(b, b) for b in BASES])
        self.status = self.add_combo(
            "status_filter", self.tr("全部状态"), [(s.label, s.value) for s in MemberStatus]
        )
        self.status.blockSignals(True)
        self.status.setCurrentIndex(1)  # the register shows members in the union unless asked otherwise
        self.status.blockSignals(False)
        self.join_year = self.add_combo("year_filter", self.tr("全部入会年份"))

    def current_filter(self) -> MemberFilter:
        branch_id, group_id = self.org.value()
        return MemberFilter(
            text=self.search.text(),
            branch_id=branch_id,
            group_id=group_id,
            base=self.base.currentData(),
            status=self.status.currentData(),
            join_year=self.join_year.currentData(),
        )

    def opening_request(self) -> members.RegisterOpen:
        sort, descending = self.model.sort_key
        window = ListWindow(0, PAGE_SIZE, sort, descending)
        return members.RegisterOpen(self.current_filter(), window, self.ctx.refs.org_stamp)

    def opened(self, screen: RegisterScreen) -> Page:
        org = self.ctx.refs.take(screen.org)
        self.org.blockSignals(True)
        self.org.set_branches(org.mine())
        self.org.blockSignals(False)
        self.join_year.blockSignals(True)
        for year in screen.join_years:
            self.join_year.addItem(self.tr("{y} 年入会").format(y=year), year)
        self.join_year.blockSignals(False)
        return screen.page

    def show_filtered(self, **values: object) -> None:
        """Drill-down from the dashboard: ``branch`` (id) and ``status``. The branch choices
        arrive with the first answer, so a register shown just now waits for it."""
        branch = values.pop("branch", None)
        status = values.pop("status", None)

        def apply() -> None:
            self.org.blockSignals(True)
            self.org.set_value(branch if isinstance(branch, int) else None)
            self.org.blockSignals(False)
            super(RegisterPage, self).show_filtered(status_filter=status, **values)

        self.when_opened(apply)

    # Member actions -------------------------------------------------------------------------
    def add_member(self) -> None:
        from unionoffice.members.views.member_dialog import MemberDialog

        if MemberDialog(self.ctx, None, self).exec() == QDialog.DialogCode.Accepted:
            self.reload()

    def activated(self) -> None:
        from unionoffice.members.views.member_dialog import MemberDialog

        member_id = self.selected_id()
        if (
            member_id is not None
            and MemberDialog(self.ctx, member_id, self).exec() == QDialog.DialogCode.Accepted
        ):
            self.model.refresh()

    def _with_member(self, then: Callable[[MemberDetail], None]) -> None:
        """Load the selected member as stored now (one call), then run ``then(detail)``."""
        member_id = self.selected_id()
        if member_id is None:
            return

        def loaded(form: MemberForm) -> None:
            self.ctx.refs.take(form.org)
            if form.detail is not None:
                then(form.detail)

        self.ctx.calls.fetch(
            self, members.OPEN_FORM, members.FormOpen(member_id, self.ctx.refs.org_stamp), loaded
        )

    def transfer(self) -> None:
        from unionoffice.members.views.lifecycle_dialogs import TransferDialog

        self._with_member(lambda detail: self._after(TransferDialog(self.ctx, detail, self).exec()))

    def change_status(self) -> None:
        from unionoffice.members.views.lifecycle_dialogs import StatusDialog

        self._with_member(lambda detail: self._after(StatusDialog(self.ctx, detail, self).exec()))

    def rejoin(self) -> None:
        from unionoffice.members.views.lifecycle_dialogs import RejoinDialog

        def open_rejoin(detail: MemberDetail) -> None:
            if detail.status == MemberStatus.ACTIVE:
                info(self, self.tr("{name} 已是在会会员。").format(name=detail.name))
                return
            self._after(RejoinDialog(self.ctx, detail.id, detail.version, self, detail.name).exec())

        self._with_member(open_rejoin)

    def show_history(self) -> None:
        from unionoffice.members.views.lifecycle_dialogs import HistoryDialog

        member_id = self.selected_id()
        if member_id is not None:
            HistoryDialog(self.ctx, member_id, self).exec()

    def flag_for_review(self) -> None:
        from unionoffice.members.views.review_dialogs import FlagDialog

        def flag(detail: MemberDetail) -> None:
            FlagDialog(self.ctx, detail, self).exec()

        self._with_member(flag)

    def _after(self, outcome: int) -> None:
        if outcome == QDialog.DialogCode.Accepted:
            self.reload()

    # Files ----------------------------------------------------------------------------------
    def import_file(self) -> None:
        def imported(result: ImportOutcome) -> None:
            self.reload()
            text = self.tr("导入完成：新增 {new} 名，更新 {updated} 名。").format(
                new=result.inserted, updated=result.updated
            )
            if result.rejected:
                text += self.tr("\n有问题的 {n} 行没有导入。").format(n=result.rejected)
            info(self, text)

        run_import(
            self.ctx,
            self,
            self.tr("选择要导入的会员表格"),
            members.PLAN_IMPORT,
            members.APPLY_IMPORT,
            imported,
            noun=self.tr("会员"),
        )

    def save_template(self) -> None:
        target = choose_target(self, self.tr("保存导入模板"), self.tr("会员导入模板.xlsx"))
        if target is not None:
            self.ctx.calls.fetch(
                self,
                members.IMPORT_TEMPLATE,
                Empty(),
                lambda file: save_download(
                    self.ctx,
                    self,
                    file,
                    target,
                    lambda path: info(self, self.tr("模板已保存：{path}").format(path=path)),
                ),
            )

    def export_list(self) -> None:
        target = choose_target(self, self.tr("导出会员名册"), self.tr("会员名册.xlsx"))
        if target is None:
            return
        unmasked = self.ctx.session.can(MembersPerm.EXPORT_UNMASKED) and confirm(
            self, self.tr("导出完整的身份证号吗？\n选“否”则只显示身份证号后四位（推荐）。")
        )

        def exported(result: members.Exported) -> None:
            save_download(
                self.ctx,
                self,
                result.file,
                target,
                lambda path: info(
                    self, self.tr("已导出 {n} 名会员到 {path}").format(n=result.rows, path=path)
                ),
            )

        self.ctx.tasks.run_job(
            self,
            self.tr("正在导出会员名册…"),
            members.EXPORT_REGISTER,
            RegisterExport(self.current_filter(), unmasked),
            exported,
        )

    def birthday_list(self) -> None:
        from unionoffice.members.views.report_dialogs import BirthdayDialog

        BirthdayDialog(self.ctx, self).exec()

    def membership_rates(self) -> None:
        from unionoffice.members.views.report_dialogs import RatesDialog

        RatesDialog(self.ctx, self).exec()

    def monthly_return(self) -> None:
        from unionoffice.members.views.report_dialogs import MonthlyReturnDialog

        MonthlyReturnDialog(self.ctx, self).exec()

    def realname_export(self) -> None:
        target = choose_target(self, self.tr("保存实名制上报文件"), self.tr("工会会员实名制上报.xlsx"))
        if target is None:
            return
        unmasked = self.ctx.session.can(MembersPerm.EXPORT_UNMASKED) and confirm(
            self, self.tr("上报文件写入完整的身份证号吗？\n选“否”则身份证号脱敏（不能用于上报）。")
        )

        def exported(result: members.Exported) -> None:
            text = self.tr("已导出 {n} 名在册会员到 {path}")
            save_download(
                self.ctx,
                self,
                result.file,
                target,
                lambda path: info(self, text.format(n=result.rows, path=path)),
            )

        self.ctx.tasks.run_job(
            self,
            self.tr("正在导出实名制上报文件…"),
            members.EXPORT_REALNAME,
            RealNameExport(unmasked),
            exported,
        )
