"""The studio register: the list above, the chosen studio's page below."""

from __future__ import annotations

from PySide6.QtCore import QItemSelection, Qt
from PySide6.QtWidgets import QDialog, QSplitter, QVBoxLayout, QWidget

from unionoffice.foundation.contract import ById, ListWindow, Page
from unionoffice.studios import contract as studios
from unionoffice.studios.contract import StudioFilter, StudioPage, StudiosOpen, StudiosScreen
from unionoffice.studios.labels import Level
from unionoffice.studios.perms import StudiosPerm
from unionoffice.studios.views.studio_dialogs import RecognitionDialog, StudioDialog
from unionoffice.studios.views.studio_page import StudioPageWidget
from unionoffice.ui.context import AppContext
from unionoffice.ui.list_page import ListPage
from unionoffice.ui.table_model import PAGE_SIZE


class StudiosPage(ListPage[StudioFilter]):
    """GUI thread. Opening is one call (first page and the org reference); choosing a studio is
    one call for its page."""

    list_op = studios.LIST_STUDIOS
    open_op = studios.OPEN_STUDIOS
    columns = studios.studio_columns()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.table.setObjectName("studio_table")
        self.page = StudioPageWidget()
        split = QSplitter(Qt.Orientation.Vertical)
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)  # ListPage's own
        layout.removeWidget(self.table)
        split.addWidget(self.table)
        split.addWidget(self.page)
        split.setSizes([260, 560])
        layout.addWidget(split)
        self._keep: int | None = None  # the studio to choose again after the list reloads
        self.table.selectionModel().selectionChanged.connect(self._chosen)
        self.model.loaded.connect(self._reselect)

    def build(self) -> None:
        write = StudiosPerm.WRITE
        self.add_action("plus", self.tr("新增工作室…"), self.add_studio, permission=write, name="add_studio")
        self.add_action(
            "pencil",
            self.tr("编辑…"),
            self.activated,
            permission=write,
            needs_selection=True,
            name="edit_studio",
        )
        self.add_action(
            "award",
            self.tr("登记命名…"),
            self.add_recognition,
            permission=write,
            needs_selection=True,
            name="add_recognition",
        )
        self.search = self.add_search(self.tr("搜索工作室名称或领衔人"))
        self.level = self.add_combo(
            "level_filter", self.tr("全部级别"), [(lv.label, lv.value) for lv in Level]
        )

    def current_filter(self) -> StudioFilter:
        return StudioFilter(self.search.text(), self.level.currentData())

    def opening_request(self) -> StudiosOpen:
        sort, descending = self.model.sort_key
        return StudiosOpen(
            self.current_filter(), ListWindow(0, PAGE_SIZE, sort, descending), self.ctx.refs.org_stamp
        )

    def opened(self, screen: StudiosScreen) -> Page:
        if screen.org is not None:
            self.ctx.refs.take(screen.org)
        return screen.page

    def _reselect(self, count: int) -> None:
        """After a (re)load: the studio chosen before, else the first one."""
        keep, self._keep = self._keep, None
        row = self.model.row_of_id(keep) if keep is not None else None
        if count and self.selected_id() is None:
            self.table.selectRow(row if row is not None else 0)

    def _chosen(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        self.show_studio()

    def show_studio(self) -> None:
        studio_id = self.selected_id()
        if studio_id is not None:
            self.ctx.calls.fetch(self, studios.STUDIO_PAGE, ById(studio_id), self._show, channel="page")

    def _show(self, page: StudioPage) -> None:
        self.page.show_page(page)

    def add_studio(self) -> None:
        dialog = StudioDialog(self.ctx, None, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.reload_keeping(dialog.saved_id)

    def activated(self) -> None:
        """Double-click or Enter: the studio form (for those who may change studios)."""
        studio_id = self.selected_id()
        if studio_id is None or not self.ctx.session.can(StudiosPerm.WRITE):
            return
        if StudioDialog(self.ctx, studio_id, self).exec() == QDialog.DialogCode.Accepted:
            self.reload_keeping(studio_id)

    def add_recognition(self) -> None:
        page = self.page.page
        if page is None or page.studio.id != self.selected_id():
            return
        if RecognitionDialog(self.ctx, page.studio, self).exec() == QDialog.DialogCode.Accepted:
            self.reload_keeping(page.studio.id)

    def reload_keeping(self, studio_id: int | None) -> None:
        """Reload the list (a level or a name may have changed) and show ``studio_id`` again."""
        self._keep = studio_id
        self.table.clearSelection()
        self.model.refresh()
