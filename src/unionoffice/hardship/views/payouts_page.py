"""帮扶发放: help paid to households (送温暖, 金秋助学, emergency help), the yearly totals per
household and programme, the sign-off sheet and the yearly report."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QDialog, QWidget

from unionoffice.foundation.contract import FileData, ListWindow, Operation, Page
from unionoffice.hardship import contract as hs
from unionoffice.hardship.contract import PayoutFilter, PayoutScreen, ReportRequest, SheetRequest
from unionoffice.hardship.labels import Programme
from unionoffice.hardship.perms import HardshipPerm
from unionoffice.hardship.views.payout_dialogs import BatchDialog, PayoutDialog, TotalsDialog
from unionoffice.ui.context import AppContext
from unionoffice.ui.list_page import ListPage
from unionoffice.ui.messages import info
from unionoffice.ui.table_model import PAGE_SIZE
from unionoffice.ui.widgets.files import choose_target, pdf, save_download, xlsx


class PayoutsPage(ListPage[PayoutFilter]):
    """GUI thread; every call to the services runs on a worker."""

    list_op = hs.LIST_PAYOUTS
    open_op = hs.OPEN_PAYOUTS
    columns = hs.payout_columns()
    default_sort = ("paid_on", True)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.table.setObjectName("payout_table")

    def build(self) -> None:
        write = HardshipPerm.WRITE
        self.add_action("plus", self.tr("登记发放"), self.add_payout, permission=write, name="add_payout")
        self.add_action(
            "pencil", self.tr("修改"), self.activated, needs_selection=True, permission=write, name="edit"
        )
        self.add_action("users-round", self.tr("批量送温暖…"), self.batch, permission=write, name="batch")
        self.toolbar.addSeparator()
        self.add_action("printer", self.tr("领取签字表…"), self.sign_sheet, name="sign_sheet")
        self.add_action("table", self.tr("年度汇总"), self.totals, name="totals")
        self.add_menu(
            "download",
            self.tr("年度报告"),
            [
                ("file-text", self.tr("PDF 报告…"), lambda: self.report("pdf")),
                ("file-spreadsheet", self.tr("Excel 报告…"), lambda: self.report("xlsx")),
            ],
        )
        self.search = self.add_search(
            self.tr("搜索：姓名、拼音首字母、档案号"), name="payout_search", stretch=2
        )
        self.year = self.add_combo("year", self.tr("全部年度"))
        self.programme = self.add_combo(
            "programme", self.tr("全部项目"), [(p.label, p.value) for p in Programme]
        )
        self.branch = self.add_combo("branch", self.tr("全部分工会"))

    def current_filter(self) -> PayoutFilter:
        return PayoutFilter(
            year=self.year.currentData(),
            programme=self.programme.currentData(),
            branch_id=self.branch.currentData(),
            text=self.search.text(),
        )

    def opening_request(self) -> hs.PayoutsOpen:
        sort, descending = self.model.sort_key
        return hs.PayoutsOpen(
            self.current_filter(), ListWindow(0, PAGE_SIZE, sort, descending), self.ctx.refs.org_stamp
        )

    def opened(self, screen: PayoutScreen) -> Page:
        org = self.ctx.refs.take(screen.org)
        self.years = screen.years
        for combo, items in (
            (self.year, [(self.tr("{y} 年度").format(y=y), y) for y in screen.years]),
            (self.branch, [(b.name, b.id) for b in org.mine()]),
        ):
            combo.blockSignals(True)
            for text, value in items:
                combo.addItem(text, value)
            combo.blockSignals(False)
        return screen.page

    def _year(self) -> int:
        chosen = self.year.currentData()
        return chosen if isinstance(chosen, int) else date.today().year

    # Actions ----------------------------------------------------------------------------------
    def add_payout(self) -> None:
        if PayoutDialog(self.ctx, None, self._year(), self).exec() == QDialog.DialogCode.Accepted:
            self.reload()

    def activated(self) -> None:
        payout_id = self.selected_id()
        if (
            payout_id is not None
            and PayoutDialog(self.ctx, payout_id, self._year(), self).exec() == QDialog.DialogCode.Accepted
        ):
            self.model.refresh()

    def batch(self) -> None:
        if (
            BatchDialog(self.ctx, self._year(), self.branch.currentData(), self).exec()
            == QDialog.DialogCode.Accepted
        ):
            self.reload()

    def totals(self) -> None:
        TotalsDialog(self.ctx, self._year(), self.branch.currentData(), self).exec()

    def _save_file(
        self, title: str, suggested: str, filters: str, op: Operation[Any, FileData], request: Any, busy: str
    ) -> None:
        target = choose_target(self, title, suggested, filters)
        if target is None:
            return

        def produced(file: FileData) -> None:
            save_download(
                self.ctx,
                self,
                file,
                target,
                lambda path: info(self, self.tr("已保存：{path}").format(path=path)),
            )

        self.ctx.tasks.run_job(self, busy, op, request, produced)

    def sign_sheet(self) -> None:
        programme = Programme(self.programme.currentData() or Programme.SPRING.value)
        year = self._year()
        name = self.tr("{year}年{programme}领取签字表.pdf").format(year=year, programme=programme.label)
        request = SheetRequest(programme, year, self.branch.currentData())
        self._save_file(
            self.tr("保存领取签字表"), name, pdf(), hs.SIGN_SHEET, request, self.tr("正在生成签字表…")
        )

    def report(self, kind: str) -> None:
        year = self._year()
        suffix = ".pdf" if kind == "pdf" else ".xlsx"
        name = str(Path(self.tr("{year}年困难职工帮扶报告").format(year=year)).with_suffix(suffix))
        self._save_file(
            self.tr("保存年度报告"),
            name,
            pdf() if kind == "pdf" else xlsx(),
            hs.REPORT,
            ReportRequest(year, kind),
            self.tr("正在生成年度报告…"),
        )
