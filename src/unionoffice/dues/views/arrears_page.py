"""Arrears: members with unpaid months in a row up to a month, longest first. Six months or
more puts a member before the committee under the six-month rule (the members module's review)."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from unionoffice.dues import contract as dues
from unionoffice.dues.contract import ArrearsFilter, ArrearsScreen, Exported
from unionoffice.dues.views.common import month_text
from unionoffice.foundation.contract import ListWindow, Page
from unionoffice.ui.context import AppContext
from unionoffice.ui.list_page import ListPage
from unionoffice.ui.messages import info
from unionoffice.ui.style import MUTED_TEXT
from unionoffice.ui.table_model import PAGE_SIZE
from unionoffice.ui.widgets.files import choose_target, save_download


class ArrearsPage(ListPage[ArrearsFilter]):
    """GUI thread; every call to the services runs on a worker."""

    list_op = dues.LIST_ARREARS
    open_op = dues.OPEN_ARREARS
    columns = dues.arrears_columns()
    default_sort = ("months", True)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.table.setObjectName("arrears_table")

    def build(self) -> None:
        self.add_action("file-spreadsheet", self.tr("导出 Excel…"), self.export)
        self.month = self.add_combo("arrears_month", None)
        self.least = self.add_combo(
            "arrears_least",
            None,
            [(self.tr("连续未交 1 个月以上"), 1), (self.tr("3 个月以上"), 3), (self.tr("6 个月以上"), 6)],
        )
        self.search = self.add_search(self.tr("搜索：姓名、拼音首字母、工号"), name="arrears_search")
        self.branch = self.add_combo("arrears_branch", self.tr("全部分工会"))
        self.note = QLabel()
        self.note.setObjectName("arrears_note")
        self.note.setWordWrap(True)
        self.note.setStyleSheet(MUTED_TEXT)
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertWidget(2, self.note)

    def current_filter(self) -> ArrearsFilter:
        return ArrearsFilter(
            self.month.currentData(),
            int(self.least.currentData() or 1),
            self.search.text(),
            self.branch.currentData(),
        )

    def opening_request(self) -> dues.ArrearsOpen:
        sort, descending = self.model.sort_key
        return dues.ArrearsOpen(
            self.current_filter(), ListWindow(0, PAGE_SIZE, sort, descending), self.ctx.refs.org_stamp
        )

    def opened(self, screen: ArrearsScreen) -> Page:
        org = self.ctx.refs.take(screen.org)
        for box in (self.month, self.branch):
            box.blockSignals(True)
        for month in screen.months:
            self.month.addItem(self.tr("截至{month}").format(month=month_text(month)), month)
        if screen.month is not None:
            self.month.setCurrentIndex(max(self.month.findData(screen.month), 0))
        for branch in org.mine():
            self.branch.addItem(branch.name, branch.id)
        for box in (self.month, self.branch):
            box.blockSignals(False)
        self.note.setText(
            self.tr(
                "连续六个月未交会费的 {n} 人可列入会籍审查（会员管理 → 会籍审查 → 从会费记录更新），"
                "由会员委员会决定；本名单不改变任何人的会籍。"
            ).format(n=screen.six_or_more)
        )
        return screen.page

    def export(self) -> None:
        target = choose_target(self, self.tr("导出欠缴名单"), self.tr("会费欠缴名单.xlsx"))
        if target is None:
            return

        def exported(result: Exported) -> None:
            save_download(
                self.ctx,
                self,
                result.file,
                target,
                lambda path: info(self, self.tr("已导出 {n} 人：{path}").format(n=result.rows, path=path)),
            )

        self.ctx.tasks.run_job(
            self, self.tr("正在导出欠缴名单…"), dues.EXPORT_ARREARS, self.current_filter(), exported
        )
