"""Honours of members, studios and teams; one person's honours below the list."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLabel, QSplitter, QVBoxLayout, QWidget

from unionoffice.foundation.contract import ById, ListWindow, Page
from unionoffice.foundation.importer.preview import ImportOutcome
from unionoffice.studios import contract as studios
from unionoffice.studios.contract import HonourFilter, HonoursOpen, HonoursScreen, PersonHonours
from unionoffice.studios.labels import Level
from unionoffice.studios.perms import StudiosPerm
from unionoffice.studios.views.downloads import save_template
from unionoffice.studios.views.honour_dialog import HonourDialog
from unionoffice.ui.context import AppContext
from unionoffice.ui.list_page import ListPage
from unionoffice.ui.messages import confirm, info
from unionoffice.ui.style import HEADING
from unionoffice.ui.table_model import PAGE_SIZE
from unionoffice.ui.widgets.import_preview import run_import
from unionoffice.ui.widgets.tables import fill_table, read_only_table


class HonoursPage(ListPage[HonourFilter]):
    """GUI thread. Opening is one call (first page and the years honours fall in)."""

    list_op = studios.LIST_HONOURS
    open_op = studios.OPEN_HONOURS
    columns = studios.honour_columns()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.table.setObjectName("honour_table")
        self.person_box = QWidget()
        column = QVBoxLayout(self.person_box)
        column.setContentsMargins(0, 0, 0, 0)
        self.person_title = QLabel()
        self.person_title.setObjectName("person_title")
        self.person_title.setStyleSheet(f"font-weight: 600; color: {HEADING};")
        self.person_table = read_only_table(name="person_honours")
        column.addWidget(self.person_title)
        column.addWidget(self.person_table)
        self.person_box.hide()
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)  # ListPage's own
        layout.removeWidget(self.table)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.table)
        split.addWidget(self.person_box)
        layout.addWidget(split, 1)

    def build(self) -> None:
        write = StudiosPerm.WRITE
        self.add_action("plus", self.tr("登记荣誉…"), self.add, permission=write, name="add_honour")
        self.add_action(
            "pencil", self.tr("编辑…"), self.edit, permission=write, needs_selection=True, name="edit_honour"
        )
        self.add_action(
            "trash-2",
            self.tr("删除"),
            self.delete,
            permission=write,
            needs_selection=True,
            name="delete_honour",
        )
        self.add_action("user", self.tr("个人荣誉"), self.person_page, needs_selection=True, name="person")
        self.toolbar.addSeparator()
        self.add_action("file-up", self.tr("导入…"), self.import_file, permission=write)
        self.add_action("file-spreadsheet", self.tr("下载导入模板"), self.template, permission=write)
        self.search = self.add_search(self.tr("搜索荣誉名称或获奖人"))
        self.year = self.add_combo("year_filter", self.tr("全部年度"))
        self.level = self.add_combo(
            "level_filter", self.tr("全部级别"), [(lv.label, lv.value) for lv in Level]
        )

    def current_filter(self) -> HonourFilter:
        return HonourFilter(self.search.text(), self.year.currentData(), self.level.currentData())

    def opening_request(self) -> HonoursOpen:
        sort, descending = self.model.sort_key
        return HonoursOpen(self.current_filter(), ListWindow(0, PAGE_SIZE, sort, descending))

    def opened(self, screen: HonoursScreen) -> Page:
        self.year.blockSignals(True)
        for year in screen.years:
            self.year.addItem(str(year), year)
        self.year.blockSignals(False)
        return screen.page

    def activated(self) -> None:
        """Double-click or Enter: the form for those who may change honours, else the person."""
        if self.ctx.session.can(StudiosPerm.WRITE):
            self.edit()
        else:
            self.person_page()

    def edit(self) -> None:
        honour_id = self.selected_id()
        if (
            honour_id is not None
            and HonourDialog(self.ctx, honour_id, self).exec() == QDialog.DialogCode.Accepted
        ):
            self.model.refresh()

    def delete(self) -> None:
        honour_id = self.selected_id()
        if honour_id is None:
            return
        index = self.table.currentIndex()
        title = self.model.data(index.siblingAtColumn(1))
        who = self.model.data(index.siblingAtColumn(4))
        if confirm(self, self.tr("删除荣誉记录“{title}”（{who}）？").format(title=title, who=who)):
            self.ctx.calls.fetch(self, studios.DELETE_HONOUR, ById(honour_id), lambda _done: self.reload())

    def add(self) -> None:
        if HonourDialog(self.ctx, None, self).exec() == QDialog.DialogCode.Accepted:
            self.reload()

    def person_page(self) -> None:
        honour_id = self.selected_id()
        if honour_id is not None:
            self.ctx.calls.fetch(
                self, studios.PERSON_HONOURS, ById(honour_id), self._show_person, channel="person"
            )

    def _show_person(self, found: PersonHonours) -> None:
        if not found.name:
            info(self, self.tr("这是集体或工作室荣誉，请选择一条个人荣誉。"))
            return
        self.person_title.setText(
            self.tr("{name} 的荣誉（{n} 项，含其所在工作室的荣誉）").format(
                name=found.name, n=len(found.honours)
            )
        )
        fill_table(
            self.person_table,
            [
                self.tr("年度"),
                self.tr("荣誉名称"),
                self.tr("级别"),
                self.tr("获奖对象"),
                self.tr("授予单位"),
                self.tr("证书编号"),
            ],
            [
                (h.year, h.title, h.level.label, h.recipient_name, h.body, h.certificate_no)
                for h in found.honours
            ],
        )
        self.person_box.show()

    def import_file(self) -> None:
        run_import(
            self.ctx,
            self,
            self.tr("选择要导入的荣誉表格"),
            studios.PLAN_HONOUR_IMPORT,
            studios.APPLY_HONOUR_IMPORT,
            self._imported,
            noun=self.tr("荣誉"),
        )

    def _imported(self, result: ImportOutcome) -> None:
        self.reload()
        text = self.tr("已导入 {n} 项荣誉。").format(n=result.inserted)
        if result.rejected:
            text += self.tr("\n有问题的 {n} 行没有导入。").format(n=result.rejected)
        info(self, text)

    def template(self) -> None:
        save_template(self.ctx, self, studios.HONOUR_TEMPLATE, self.tr("荣誉导入模板.xlsx"))
