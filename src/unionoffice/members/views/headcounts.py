"""Employees per branch union per month: typed, or imported from HR's monthly figures. Past
membership rates divide by the headcount of their month."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QDialog, QFormLayout, QSpinBox, QWidget

from unionoffice.foundation.contract import Empty, ListWindow, Operation, Page, Saved
from unionoffice.foundation.errors import FieldProblem
from unionoffice.foundation.importer.preview import ImportOutcome
from unionoffice.members import contract as members
from unionoffice.members.contract import (
    HeadcountFilter,
    HeadcountInput,
    HeadcountSave,
    HeadcountScreen,
    field_label,
)
from unionoffice.members.perms import MembersPerm
from unionoffice.ui.context import AppContext
from unionoffice.ui.list_page import ListPage
from unionoffice.ui.messages import info
from unionoffice.ui.table_model import PAGE_SIZE
from unionoffice.ui.widgets.fields import calendar_edit, combo, picked_date
from unionoffice.ui.widgets.files import choose_target, save_download
from unionoffice.ui.widgets.form_dialog import FormDialog
from unionoffice.ui.widgets.import_preview import run_import

FIRST_YEAR = 2015


class HeadcountPage(ListPage[HeadcountFilter]):
    """GUI thread; every call to the services runs on a worker."""

    list_op = members.LIST_HEADCOUNTS
    open_op = members.OPEN_HEADCOUNTS
    columns = members.headcount_columns()
    default_sort = ("month", True)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.table.setObjectName("headcount_table")

    def build(self) -> None:
        write = MembersPerm.WRITE
        self.add_action("pencil", self.tr("录入人数…"), self.add_headcount, permission=write)
        self.add_action("file-up", self.tr("导入…"), self.import_file, permission=write)
        self.add_action("file-spreadsheet", self.tr("下载导入模板"), self.save_template, permission=write)
        self.branch = self.add_combo("headcount_branch", self.tr("全部分工会"))
        years = [(self.tr("{y} 年").format(y=y), y) for y in range(date.today().year, FIRST_YEAR - 1, -1)]
        self.year = self.add_combo("headcount_year", self.tr("全部年份"), years)

    def current_filter(self) -> HeadcountFilter:
        return HeadcountFilter(self.branch.currentData(), self.year.currentData())

    def opening_request(self) -> members.HeadcountOpen:
        sort, descending = self.model.sort_key
        window = ListWindow(0, PAGE_SIZE, sort, descending)
        return members.HeadcountOpen(self.current_filter(), window, self.ctx.refs.org_stamp)

    def opened(self, screen: HeadcountScreen) -> Page:
        org = self.ctx.refs.take(screen.org)
        self.branch.blockSignals(True)
        for branch in org.mine():
            self.branch.addItem(branch.name, branch.id)
        self.branch.blockSignals(False)
        return screen.page

    def add_headcount(self) -> None:
        if HeadcountDialog(self.ctx, self.branch.currentData(), self).exec() == QDialog.DialogCode.Accepted:
            self.reload()

    def import_file(self) -> None:
        def imported(result: ImportOutcome) -> None:
            self.reload()
            info(
                self,
                self.tr("导入完成：新增 {new} 条，更正 {updated} 条。").format(
                    new=result.inserted, updated=result.updated
                ),
            )

        run_import(
            self.ctx,
            self,
            self.tr("选择职工人数表"),
            members.PLAN_HEADCOUNT_IMPORT,
            members.APPLY_HEADCOUNT_IMPORT,
            imported,
            noun=self.tr("人数记录"),
        )

    def save_template(self) -> None:
        target = choose_target(self, self.tr("保存导入模板"), self.tr("职工人数导入模板.xlsx"))
        if target is not None:
            self.ctx.calls.fetch(
                self,
                members.HEADCOUNT_TEMPLATE,
                Empty(),
                lambda file: save_download(
                    self.ctx,
                    self,
                    file,
                    target,
                    lambda path: info(self, self.tr("模板已保存：{path}").format(path=path)),
                ),
            )


class HeadcountDialog(FormDialog):
    """A branch union's headcount for a month; typing a month again corrects it."""

    def __init__(self, ctx: AppContext, branch_id: int | None, parent: QWidget | None = None) -> None:
        super().__init__(ctx, self.tr("录入职工人数"), parent)
        self.setMinimumWidth(400)
        form = QFormLayout()
        self.layout_.addLayout(form)
        branches = ctx.refs.take(None).mine()
        self.branch = combo([(b.name, b.id) for b in branches], name="branch")
        if branch_id is not None:
            self.branch.setCurrentIndex(max(0, self.branch.findData(branch_id)))
        self.month = calendar_edit(date.today().replace(day=1))
        self.month.setDisplayFormat("yyyy-MM")
        self.month.setCalendarPopup(False)
        self.headcount = QSpinBox()
        self.headcount.setObjectName("headcount")
        self.headcount.setRange(0, 1_000_000)
        self.row(form, "branch", field_label("branch"), self.branch)
        self.row(form, "month", field_label("month"), self.month)
        self.row(form, "headcount", field_label("headcount"), self.headcount)
        self.finish_layout()

    def collect(self) -> tuple[Operation[HeadcountSave, Saved], HeadcountSave, list[FieldProblem]]:
        data = HeadcountInput(
            branch_id=self.branch.currentData(),
            month=picked_date(self.month).replace(day=1),
            headcount=self.headcount.value(),
        )
        return members.SAVE_HEADCOUNT, HeadcountSave(data), []
