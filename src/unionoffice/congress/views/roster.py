"""A session's representatives, drawn from the register, with the composition check's warnings."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QVBoxLayout, QWidget

from unionoffice.congress import contract as congress
from unionoffice.congress.contract import CompositionCheck, RosterChanged, RosterFilter, RosterScreen
from unionoffice.congress.labels import PostCategory
from unionoffice.congress.perms import CongressPerm
from unionoffice.congress.views.common import figures_label, fill_choices
from unionoffice.foundation.contract import ListWindow, Page
from unionoffice.ui.context import AppContext
from unionoffice.ui.list_page import ListPage
from unionoffice.ui.messages import confirm
from unionoffice.ui.style import MUTED_TEXT, WARNING_TEXT
from unionoffice.ui.table_model import PAGE_SIZE
from unionoffice.ui.widgets.fields import combo

# Imports inside functions: the dialogs load when the clerk first opens one.


class RosterPage(ListPage[RosterFilter]):
    """GUI thread; every call to the services runs on a worker."""

    list_op = congress.LIST_ROSTER
    open_op = congress.OPEN_ROSTER
    columns = congress.roster_columns()
    multi_select = True

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.table.setObjectName("roster_table")

    def build(self) -> None:
        manage = CongressPerm.MANAGE
        self.add_action("plus", self.tr("新建职代会"), self.new_session, permission=manage)
        self.add_action("user-plus", self.tr("添加代表"), self.add_representatives, permission=manage)
        self.add_action(
            "user-minus", self.tr("移出名册"), self.remove, needs_selection=True, permission=manage
        )
        self.session = combo([], None, "roster_session")
        self.session.currentIndexChanged.connect(self.reopen)
        self.add_filter_widget(self.session, 2)
        self.search = self.add_search(self.tr("搜索：姓名、工号"), name="roster_search")
        self.branch = self.add_combo("roster_branch", self.tr("全部分工会"))
        self.category = self.add_combo(
            "roster_category", self.tr("全部岗位类别"), [(c.label, c.value) for c in PostCategory]
        )
        self.figures = figures_label("roster_figures")
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertWidget(2, self.figures)

    def current_filter(self) -> RosterFilter:
        return RosterFilter(
            self.session.currentData(),
            self.search.text(),
            self.branch.currentData(),
            self.category.currentData(),
        )

    def opening_request(self) -> congress.RosterOpen:
        sort, descending = self.model.sort_key
        return congress.RosterOpen(
            self.current_filter(), ListWindow(0, PAGE_SIZE, sort, descending), self.ctx.refs.org_stamp
        )

    def opened(self, screen: RosterScreen) -> Page:
        org = self.ctx.refs.take(screen.org)
        if self.branch.count() == 1:
            self.branch.blockSignals(True)
            for branch in org.mine():
                self.branch.addItem(branch.name, branch.id)
            self.branch.blockSignals(False)
        fill_choices(self.session, screen.sessions, screen.session_id)
        self.show_composition(screen.composition)
        return screen.page

    def show_composition(self, check: CompositionCheck | None) -> None:
        if check is None:
            self.figures.setText(self.tr("还没有职代会：请先“新建职代会”。"))
            return
        text = self.tr(
            "代表 {total} 名：一线职工 {front}%，中层及以上 {management}%，女职工 {women}%（职工中 {workforce}%）。"
        ).format(
            total=check.total,
            front=check.front_line,
            management=check.management,
            women=check.women,
            workforce=check.workforce_women,
        )
        if check.warnings:
            self.figures.setStyleSheet(WARNING_TEXT)
            text += "\n" + "\n".join(self.tr("⚠ {warning}").format(warning=w) for w in check.warnings)
        else:
            self.figures.setStyleSheet(MUTED_TEXT)
            if check.total:
                text += self.tr("构成符合规定。")
        self.figures.setText(text)

    def reopen(self) -> None:
        if self._opened:
            self.open()

    def new_session(self) -> None:
        from unionoffice.congress.views.roster_dialogs import SessionDialog

        dialog = SessionDialog(self.ctx, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.session.blockSignals(True)
            self.session.addItem("", dialog.result_value.id)
            self.session.setCurrentIndex(self.session.count() - 1)
            self.session.blockSignals(False)
            self.reopen()

    def add_representatives(self) -> None:
        from unionoffice.congress.views.roster_dialogs import AddRepresentativesDialog

        session_id = self.session.currentData()
        if session_id is None:
            self.new_session()
            return
        dialog = AddRepresentativesDialog(self.ctx, session_id, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.reopen()

    def remove(self) -> None:
        chosen = self.selected_ids()
        session_id = self.session.currentData()
        if not chosen or session_id is None:
            return
        if not confirm(self, self.tr("将所选 {n} 名代表移出本次职代会的名册？").format(n=len(chosen))):
            return

        def removed(result: RosterChanged) -> None:
            self.reopen()

        self.ctx.calls.fetch(
            self, congress.REMOVE_REPRESENTATIVES, congress.RepresentativesRemove(session_id, chosen), removed
        )
