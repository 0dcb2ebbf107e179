"""困难档案: the register of household files with its filters, and the steps of each file."""

from __future__ import annotations

from functools import partial

from PySide6.QtWidgets import QDialog, QWidget

from unionoffice.core.org.labels import BASES
from unionoffice.foundation.contract import ListWindow, Page
from unionoffice.hardship import contract as hs
from unionoffice.hardship.contract import DUE_FOLLOW_UP, DUE_REVIEW, Exported, FileFilter, RegisterScreen
from unionoffice.hardship.labels import Category, Stage, StepKind
from unionoffice.hardship.perms import HardshipPerm
from unionoffice.hardship.views.file_dialog import FileDialog
from unionoffice.hardship.views.step_dialog import StepDialog
from unionoffice.ui.context import AppContext
from unionoffice.ui.list_page import ListPage
from unionoffice.ui.messages import info
from unionoffice.ui.table_model import PAGE_SIZE
from unionoffice.ui.widgets.files import choose_target, save_download


class FilesPage(ListPage[FileFilter]):
    """GUI thread; every call to the services runs on a worker."""

    list_op = hs.LIST_FILES
    open_op = hs.OPEN_REGISTER
    columns = hs.file_columns()
    default_sort = ("opened_on", True)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.table.setObjectName("file_table")

    def build(self) -> None:
        write = HardshipPerm.WRITE
        self.add_action(
            "file-plus", self.tr("新建档案"), self.add_file, shortcut="Ctrl+N", permission=write, name="add"
        )
        self.add_action(
            "folder-open", self.tr("打开"), self.activated, shortcut="Return", needs_selection=True
        )
        self.toolbar.addSeparator()
        for icon_name, kind, permission in (
            ("users", StepKind.VISIT, write),
            ("scroll-text", StepKind.NOTICE, write),
            ("stamp", StepKind.APPROVE, HardshipPerm.APPROVE),
            ("refresh-cw", StepKind.REVIEW, write),
            ("archive-restore", StepKind.CLOSE, write),
            ("history", StepKind.FOLLOW_UP, write),
        ):
            self.add_action(
                icon_name,
                kind.label,
                partial(self.step, kind),
                needs_selection=True,
                permission=permission,
                name=f"step_{kind.value}",
            )
        self.toolbar.addSeparator()
        self.add_action("file-down", self.tr("导出…"), self.export)
        self.search = self.add_search(self.tr("搜索：姓名、拼音首字母、工号、档案号"), name="file_search")
        self.branch = self.add_combo("branch", self.tr("全部分工会"))
        self.base = self.add_combo("base", self.tr("全部基地"), [(b, b) for b in BASES])
        self.category = self.add_combo(
            "category", self.tr("全部类别"), [(c.label, c.value) for c in Category]
        )
        self.stage = self.add_combo("stage", self.tr("全部状态"), [(s.label, s.value) for s in Stage])
        self.due = self.add_combo(
            "due",
            self.tr("不限期限"),
            [(self.tr("复核到期"), DUE_REVIEW), (self.tr("销档跟踪期内"), DUE_FOLLOW_UP)],
        )

    def current_filter(self) -> FileFilter:
        return FileFilter(
            text=self.search.text(),
            branch_id=self.branch.currentData(),
            base=self.base.currentData(),
            category=self.category.currentData(),
            stage=self.stage.currentData(),
            due=self.due.currentData(),
        )

    def opening_request(self) -> hs.RegisterOpen:
        sort, descending = self.model.sort_key
        return hs.RegisterOpen(
            self.current_filter(), ListWindow(0, PAGE_SIZE, sort, descending), self.ctx.refs.org_stamp
        )

    def opened(self, screen: RegisterScreen) -> Page:
        org = self.ctx.refs.take(screen.org)
        self.branch.blockSignals(True)
        for branch in org.mine():
            self.branch.addItem(branch.name, branch.id)
        self.branch.blockSignals(False)
        return screen.page

    # Actions ----------------------------------------------------------------------------------
    def add_file(self) -> None:
        if FileDialog(self.ctx, None, parent=self).exec() == QDialog.DialogCode.Accepted:
            self.reload()

    def activated(self) -> None:
        file_id = self.selected_id()
        if (
            file_id is not None
            and FileDialog(self.ctx, file_id, parent=self).exec() == QDialog.DialogCode.Accepted
        ):
            self.model.refresh()

    def step(self, kind: StepKind) -> None:
        file_id = self.selected_id()
        if (
            file_id is not None
            and StepDialog(self.ctx, file_id, kind, self).exec() == QDialog.DialogCode.Accepted
        ):
            self.model.refresh()

    def export(self) -> None:
        target = choose_target(self, self.tr("导出困难档案"), self.tr("困难职工档案.xlsx"))
        if target is None:
            return

        def exported(result: Exported) -> None:
            save_download(
                self.ctx,
                self,
                result.file,
                target,
                lambda path: info(
                    self, self.tr("已导出 {n} 份档案到 {path}").format(n=result.rows, path=path)
                ),
            )

        self.ctx.tasks.run_job(
            self, self.tr("正在导出困难档案…"), hs.EXPORT_FILES, self.current_filter(), exported
        )
