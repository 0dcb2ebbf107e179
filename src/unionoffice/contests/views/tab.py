"""The contests tab: the contest list above; the chosen contest's results, contestants, judges and
scheme below, each page loaded when it is first shown.

Opening the tab is one call (the list, its filter choices and the first contest's visible page);
choosing another contest is one call (its visible page); after a change the tab asks once more for
the list and the page it shows.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QComboBox, QDialog, QInputDialog, QLabel, QSplitter, QVBoxLayout, QWidget

from unionoffice.contests import contract as contests
from unionoffice.contests.contract import (
    ContestDetail,
    ContestFilter,
    ContestHead,
    DefinitionUpload,
    SchemeForEdit,
    TabOpen,
    TabScreen,
)
from unionoffice.contests.labels import ContestPage
from unionoffice.contests.perms import ContestsPerm
from unionoffice.contests.views.bank_page import BankPart
from unionoffice.contests.views.contestants_page import ContestantsPage
from unionoffice.contests.views.exam_page import ExamPart
from unionoffice.contests.views.judges_page import JudgesPart
from unionoffice.contests.views.part import ContestPart
from unionoffice.contests.views.results_page import ResultsPart
from unionoffice.contests.views.scheme_page import SchemePart
from unionoffice.core.org.labels import BASES
from unionoffice.foundation.contract import ById, FileData, ListWindow, Page, Saved
from unionoffice.ui.context import AppContext
from unionoffice.ui.list_page import ListPage
from unionoffice.ui.messages import info
from unionoffice.ui.style import HEADING, MUTED_TEXT
from unionoffice.ui.table_model import PAGE_SIZE
from unionoffice.ui.widgets.files import choose_target, choose_upload, read_upload, save_download
from unionoffice.ui.widgets.lazy_tabs import LazyTabs

# Imports inside functions: the scheme editor loads when an admin first opens it.

DRILL_FILTERS = {"year": "year_filter", "trade": "trade_filter", "base": "base_filter"}


class ContestsTab(ListPage[ContestFilter]):
    """GUI thread; every call to the services runs on a worker."""

    list_op = contests.LIST
    open_op = contests.OPEN_TAB
    columns = contests.contest_columns()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.table.setObjectName("contest_list")
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.removeWidget(self.table)
        self.split = QSplitter(Qt.Orientation.Vertical)
        self.split.addWidget(self.table)
        self.split.addWidget(self._detail_area())
        self.split.setStretchFactor(1, 1)
        self.split.setSizes([150, 600])
        layout.addWidget(self.split, 1)
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)
        self.model.loaded.connect(self._after_load)

    def build(self) -> None:
        self.contest_id: int | None = None
        self.head: ContestHead | None = None
        self._opening = False
        self._arrived_detail: ContestDetail | None = None
        self._quiet = False
        admin = ContestsPerm.ADMIN
        self.add_action("plus", self.tr("新建竞赛…"), self.new_contest, permission=admin)
        self.add_action(
            "pencil", self.tr("编辑方案…"), self.edit_scheme, permission=admin, needs_selection=True
        )
        self.add_action(
            "copy", self.tr("复制为新竞赛…"), self.copy_contest, permission=admin, needs_selection=True
        )
        self.toolbar.addSeparator()
        self.add_action("file-up", self.tr("导入方案…"), self.import_definition, permission=admin)
        self.add_action(
            "file-down", self.tr("导出方案…"), self.export_definition, permission=admin, needs_selection=True
        )
        self.year = self.add_combo("year_filter", self.tr("全部年度"))
        self.trade = self.add_combo("trade_filter", self.tr("全部工种"))
        self.base = self.add_combo("base_filter", self.tr("全部基地"), [(b, b) for b in BASES])

    def _detail_area(self) -> QWidget:
        area = QWidget()
        layout = QVBoxLayout(area)
        layout.setContentsMargins(0, 4, 0, 0)
        self.title = QLabel(self.tr("正在加载…"))
        self.title.setObjectName("contest_title")
        self.title.setStyleSheet(f"font-size: 13pt; font-weight: bold; color: {HEADING};")
        self.facts = QLabel()
        self.facts.setObjectName("contest_facts")
        self.facts.setStyleSheet(MUTED_TEXT)
        layout.addWidget(self.title)
        layout.addWidget(self.facts)
        self.pages = LazyTabs()
        self.pages.setObjectName("contest_pages")
        self.parts: dict[ContestPage, ContestPart | ContestantsPage] = {}
        for key, title, icon_name in (
            (ContestPage.RESULTS, self.tr("成绩"), "trophy"),
            (ContestPage.CONTESTANTS, self.tr("参赛选手"), "users"),
            (ContestPage.JUDGES, self.tr("评委"), "gavel"),
            (ContestPage.SCHEME, self.tr("竞赛方案"), "list-checks"),
            (ContestPage.BANK, self.tr("题库"), "file-text"),
            (ContestPage.EXAM, self.tr("理论考试"), "clipboard-check"),
        ):
            self.pages.add_page(key.value, title, icon_name, self._part_maker(key))
        layout.addWidget(self.pages, 1)
        return area

    def _part_maker(self, key: ContestPage) -> Callable[[QWidget], QWidget]:
        return lambda _parent: self._make_part(key)

    def _make_part(self, key: ContestPage) -> QWidget:
        part: ContestPart | ContestantsPage
        if key is ContestPage.RESULTS:
            part = ResultsPart(self.ctx, self, self.contest_id)
        elif key is ContestPage.CONTESTANTS:
            part = ContestantsPage(self.ctx, self, self.contest_id)
        elif key is ContestPage.JUDGES:
            part = JudgesPart(self.ctx, self, self.contest_id)
        elif key is ContestPage.BANK:
            part = BankPart(self.ctx, self, self.contest_id)
        elif key is ContestPage.EXAM:
            part = ExamPart(self.ctx, self, self.contest_id)
        else:
            part = SchemePart(self.ctx, self, self.contest_id)
        self.parts[key] = part
        return part

    def current_page(self) -> ContestPage:
        return ContestPage(self.pages.keys[max(self.pages.currentIndex(), 0)])

    # The list ---------------------------------------------------------------------------------
    def current_filter(self) -> ContestFilter:
        return ContestFilter(self.year.currentData(), self.trade.currentData(), self.base.currentData())

    def opening_request(self) -> TabOpen:
        sort, descending = self.model.sort_key
        window = ListWindow(0, PAGE_SIZE, sort, descending)
        return TabOpen(
            self.current_filter(), window, self.current_page(), self.contest_id, self.ctx.refs.org_stamp
        )

    def opened(self, screen: TabScreen) -> Page:
        if screen.org is not None:
            self.ctx.refs.take(screen.org)
        self._fill(self.year, [(self.tr("{y} 年").format(y=y), y) for y in screen.years])
        self._fill(self.trade, [(t, t) for t in screen.trades])
        self._opening, self._arrived_detail = True, screen.detail
        return screen.contests

    @staticmethod
    def _fill(box: QComboBox, items: list[tuple[str, object]]) -> None:
        keep = box.currentData()
        box.blockSignals(True)
        while box.count() > 1:
            box.removeItem(1)
        for text, value in items:
            box.addItem(text, value)
        if keep is not None and box.findData(keep) < 0:
            box.addItem(str(keep), keep)  # a drill-down to something no longer listed still shows
        box.setCurrentIndex(max(box.findData(keep), 0))
        box.blockSignals(False)

    def reload(self) -> None:
        """Filters changed: the list and the page shown come back in one call."""
        if self._opened:
            self.open()

    def refresh(self) -> None:
        """After a change: the list (counts, lock state) and the current contest's page, one call."""
        self.reload()

    def show_filtered(self, **values: object) -> None:
        """Drill-down from the dashboard: ``year``, ``trade`` and ``base``; nothing given shows all."""
        named = {DRILL_FILTERS[k]: v for k, v in values.items() if k in DRILL_FILTERS}
        for key, box in (("year", self.year), ("trade", self.trade)):
            value = values.get(key)
            if value is not None and box.findData(value) < 0:
                box.blockSignals(True)
                box.addItem(self.tr("{y} 年").format(y=value) if key == "year" else str(value), value)
                box.blockSignals(False)
        super().show_filtered(**named)

    def _after_load(self, count: int) -> None:
        opening, detail = self._opening, self._arrived_detail
        self._opening, self._arrived_detail = False, None
        target = detail.head.id if detail is not None else self.contest_id
        row = self.model.row_of_id(target) if target is not None else None
        if row is not None:
            self._quiet = True
            try:
                self.table.selectRow(row)
            finally:
                self._quiet = False
        if opening:
            self._choose(target if detail is not None else None, detail)
        self.update_actions()

    def _row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self._quiet or not current.isValid():
            return
        row_id = self.model.row_id(current.row())
        if row_id is not None and row_id != self.contest_id:
            self._choose(row_id, None)

    def _choose(self, contest_id: int | None, detail: ContestDetail | None) -> None:
        self.contest_id = contest_id
        if detail is not None:
            self.show_head(detail.head)
        elif contest_id is None:
            self.show_head(None)
        for part in self.parts.values():
            part.set_contest(contest_id, detail)

    def show_head(self, head: ContestHead | None) -> None:
        self.head = head
        if head is None:
            self.title.setText(self.tr("还没有竞赛") if self.model.rowCount() == 0 else "")
            self.facts.setText("")
            return
        self.title.setText(head.name)
        dates: list[tuple[str, date | None]] = [
            (self.tr("部署"), head.deploy_date),
            (self.tr("题库下发"), head.bank_date),
            (self.tr("练兵"), head.practice_date),
            (self.tr("比武"), head.contest_date),
        ]
        facts = [head.trade, head.base or "", head.venue]
        facts += [f"{label} {day:%Y-%m-%d}" for label, day in dates if day]
        facts.append(self.tr("{n} 名选手").format(n=head.contestants))
        if head.locked:
            facts.append(self.tr("成绩已锁定"))
        self.facts.setText("　·　".join(f for f in facts if f))

    def activated(self) -> None:
        if self.ctx.session.can(ContestsPerm.ADMIN):
            self.edit_scheme()

    # The scheme -------------------------------------------------------------------------------
    def new_contest(self) -> None:
        self._open_editor(None, None)

    def edit_scheme(self) -> None:
        if self.contest_id is not None:
            self._open_editor(self.contest_id, None)

    def _open_editor(self, contest_id: int | None, state: SchemeForEdit | None) -> None:
        from unionoffice.contests.views.scheme_editor import SchemeEditor

        dialog = SchemeEditor(self.ctx, contest_id, self, state)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        # Saved, or copied as a new contest (even if the copy was then closed unsaved): show it.
        if dialog.contest_id is not None and (accepted or dialog.contest_id != contest_id):
            self.contest_id = dialog.contest_id
            self.refresh()

    def copy_contest(self) -> None:
        if self.contest_id is None or self.head is None:
            return
        year, ok = QInputDialog.getInt(
            self,
            self.tr("复制为新竞赛"),
            self.tr("新竞赛的年度（方案沿用，日期清空）："),
            self.head.year + 1,
            2000,
            2100,
        )
        if not ok:
            return

        def copied(state: SchemeForEdit) -> None:
            self.contest_id = state.contest_id
            self._open_editor(state.contest_id, state)
            self.refresh()

        self.ctx.calls.fetch(self, contests.COPY_CONTEST, contests.ContestCopy(self.contest_id, year), copied)

    def import_definition(self) -> None:
        path = choose_upload(self, self.tr("选择竞赛方案文件"), self.tr("竞赛方案 (*.json)"))
        if path is None:
            return
        year, ok = QInputDialog.getInt(
            self, self.tr("年度"), self.tr("新竞赛的年度："), date.today().year, 2000, 2100
        )
        if not ok:
            return

        def imported(saved: Saved) -> None:
            self.contest_id = saved.id
            self.refresh()

        def uploaded(file: FileData) -> None:
            self.ctx.calls.fetch(self, contests.IMPORT_DEFINITION, DefinitionUpload(file, year), imported)

        read_upload(self.ctx, self, path, uploaded)

    def export_definition(self) -> None:
        if self.contest_id is None or self.head is None:
            return
        target = choose_target(
            self, self.tr("保存竞赛方案"), f"{self.head.name}.json", self.tr("竞赛方案 (*.json)")
        )
        if target is None:
            return

        def written(_path: object) -> None:
            info(self, self.tr("已导出竞赛方案，明年可按此方案新建竞赛。"))

        self.ctx.calls.fetch(
            self,
            contests.EXPORT_DEFINITION,
            ById(self.contest_id),
            lambda file: save_download(self.ctx, self, file, target, written),
        )
