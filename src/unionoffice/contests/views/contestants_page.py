"""The contestants of the chosen contest: search by bib or name, add members from the register,
remove a contestant who has no marks yet."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QInputDialog

from unionoffice.contests import contract as contests
from unionoffice.contests.contract import (
    Added,
    ContestantFilter,
    ContestDetail,
    DetailRequest,
    EntryUpload,
    Withdrawal,
)
from unionoffice.contests.labels import ContestPage
from unionoffice.contests.perms import ContestsPerm
from unionoffice.contests.views.part import ContestHost
from unionoffice.foundation.contract import ById, Empty, ListWindow, Page
from unionoffice.foundation.importer.preview import ImportOutcome
from unionoffice.ui.context import AppContext
from unionoffice.ui.list_page import ListPage
from unionoffice.ui.messages import confirm, info
from unionoffice.ui.table_model import PAGE_SIZE
from unionoffice.ui.widgets.files import choose_target, save_download
from unionoffice.ui.widgets.import_preview import run_import

# Imports inside functions: the member picker loads when a clerk first opens it.


class ContestantsPage(ListPage[ContestantFilter]):
    """GUI thread; opened through the contest's detail call (which brings the head as well)."""

    list_op = contests.LIST_CONTESTANTS
    open_op = contests.DETAIL
    columns = contests.contestant_columns()
    default_sort = ("bib", False)

    def __init__(self, ctx: AppContext, host: ContestHost, contest_id: int | None) -> None:
        self.host = host
        self.contest_id = contest_id
        super().__init__(ctx)
        self.table.setObjectName("contestant_table")

    def build(self) -> None:
        self.add_action(
            "user-plus", self.tr("从会员名册添加…"), self.add_members, permission=ContestsPerm.ENTER
        )
        self.add_action("file-up", self.tr("导入报名表…"), self.import_entries, permission=ContestsPerm.ENTER)
        self.add_action(
            "file-spreadsheet", self.tr("报名表模板"), self.save_template, permission=ContestsPerm.ENTER
        )
        self.add_action(
            "user-x",
            self.tr("退赛…"),
            self.withdraw,
            permission=ContestsPerm.ENTER,
            needs_selection=True,
        )
        self.add_action(
            "user-minus",
            self.tr("删除所选选手"),
            self.remove_contestant,
            permission=ContestsPerm.ADMIN,
            needs_selection=True,
        )
        self.search = self.add_search(self.tr("参赛号或姓名"), name="contestant_search")

    # Which contest ----------------------------------------------------------------------------
    def set_contest(self, contest_id: int | None, detail: ContestDetail | None = None) -> None:
        self.contest_id = contest_id
        if detail is not None and detail.page is ContestPage.CONTESTANTS and detail.head.id == contest_id:
            self._opened = True
            self.opened_page(detail)
            return
        self._opened = False  # the next showing opens it
        if self.isVisible():
            self._opened = True
            self.open()

    def open(self) -> None:
        if self.contest_id is None:
            self.model.show(Page([]))
            return
        super().open()

    def current_filter(self) -> ContestantFilter:
        return ContestantFilter(self.contest_id or 0, self.search.text())

    def opening_request(self) -> DetailRequest | None:
        if self.contest_id is None:
            return None
        sort, descending = self.model.sort_key
        window = ListWindow(0, PAGE_SIZE, sort, descending)
        return DetailRequest(self.contest_id, ContestPage.CONTESTANTS, self.search.text(), window)

    def opened(self, screen: ContestDetail) -> Page:
        self.host.show_head(screen.head)
        return screen.contestants or Page([])

    def opened_page(self, detail: ContestDetail) -> None:
        """A detail that came with the tab's own call: shown without asking again."""
        self.model.set_filter(self.list_op, self.current_filter())
        self.model.show(detail.contestants or Page([]))

    # Actions ----------------------------------------------------------------------------------
    def add_members(self) -> None:
        from unionoffice.contests.views.add_members_dialog import AddMembersDialog

        if self.contest_id is None:
            return
        dialog = AddMembersDialog(self.ctx, self)
        chosen = dialog.selected_ids() if dialog.exec() == QDialog.DialogCode.Accepted else []
        if not chosen:
            return

        def added(result: Added) -> None:
            info(self, self.tr("已添加 {n} 名选手。").format(n=result.count))
            self.host.refresh()

        self.ctx.calls.fetch(
            self, contests.ADD_CONTESTANTS, contests.NewContestants(self.contest_id, chosen), added
        )

    def import_entries(self) -> None:
        contest_id = self.contest_id
        if contest_id is None:
            return

        def imported(result: ImportOutcome) -> None:
            text = self.tr("已报名 {n} 人。").format(n=result.inserted)
            if result.rejected:
                text += self.tr("\n有问题的 {n} 行没有导入。").format(n=result.rejected)
            info(self, text)
            self.host.refresh()

        run_import(
            self.ctx,
            self,
            self.tr("选择分工会报名表"),
            contests.PLAN_ENTRIES,
            contests.APPLY_ENTRIES,
            imported,
            noun=self.tr("选手"),
            plan_request=lambda file: EntryUpload(contest_id, file),
        )

    def save_template(self) -> None:
        if self.contest_id is None:
            return
        target = choose_target(self, self.tr("保存报名表模板"), self.tr("报名表模板.xlsx"))
        if target is None:
            return

        def saved(path: object) -> None:
            info(self, self.tr("模板已保存：{path}").format(path=path))

        self.ctx.calls.fetch(
            self,
            contests.ENTRY_TEMPLATE,
            ById(self.contest_id),
            lambda file: save_download(self.ctx, self, file, target, saved),
        )

    def withdraw(self) -> None:
        contestant_id = self.selected_id()
        if contestant_id is None:
            return
        reason, ok = QInputDialog.getText(
            self, self.tr("退赛"), self.tr("退赛理由（将记入选手名单和审计日志）：")
        )
        if not ok:
            return

        def done(_result: Empty) -> None:
            self.host.refresh()

        self.ctx.calls.fetch(self, contests.WITHDRAW, Withdrawal(contestant_id, reason), done)

    def remove_contestant(self) -> None:
        contestant_id = self.selected_id()
        if contestant_id is None or not confirm(self, self.tr("删除所选选手？")):
            return

        def removed(_result: Empty) -> None:
            self.host.refresh()

        self.ctx.calls.fetch(self, contests.REMOVE_CONTESTANT, ById(contestant_id), removed)
