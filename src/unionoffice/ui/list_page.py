"""The one list screen: a toolbar, a filter bar, a lazy table, the row count.

A list screen says what is different and nothing else::

    class ClaimsPage(ListPage[ClaimFilter]):
        list_op = medical.LIST_CLAIMS
        columns = medical.CLAIM_COLUMNS

        def build(self):
            self.add_action("plus", self.tr("新增"), self.add_claim, permission=MedicalPerm.WRITE)
            self.add_action("pencil", self.tr("编辑"), self.edit, needs_selection=True)
            self.search = self.add_search(self.tr("搜索：姓名、工号"))
            self.status = self.add_combo("status", self.tr("全部状态"), STATUS_ITEMS)

        def current_filter(self) -> ClaimFilter:
            return ClaimFilter(self.search.text(), self.status.currentData())

The page loads when first shown (a hidden tab costs nothing), then on every filter change
(typing is debounced); sorting is done by the services. ``show_filtered`` lets another screen
open this one filtered (dashboard drill-down); after a conflict the list reloads.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any, ClassVar, Generic, TypeVar

import shiboken6
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QTableView,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from unionoffice.foundation.contract import ColumnDef, Operation, Page
from unionoffice.foundation.i18n import translate
from unionoffice.ui.context import AppContext
from unionoffice.ui.icons import icon
from unionoffice.ui.table_model import LazyTableModel
from unionoffice.ui.widgets.fields import combo, find_data
from unionoffice.ui.widgets.tables import selected_id, selected_ids

F = TypeVar("F")
SEARCH_DELAY_MS = 150  # one call per pause in typing, not per key
ROW_HEIGHT = 24


class ListPage(QWidget, Generic[F]):
    """GUI thread. Subclasses set ``list_op`` and ``columns`` and write ``build`` and
    ``current_filter``; ``open_op`` (optional) answers the first load with the screen's extras."""

    list_op: ClassVar[Operation[Any, Page]]
    columns: ClassVar[tuple[ColumnDef, ...]]
    default_sort: ClassVar[tuple[str | None, bool]] = (None, False)
    multi_select: ClassVar[bool] = False

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._selection_actions: list[QAction] = []
        self._opened = False
        self._answered = False  # the first answer has filled the page's choices
        self._waiting: list[Callable[[], None]] = []
        layout = QVBoxLayout(self)
        self.toolbar = QToolBar()
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        layout.addWidget(self.toolbar)
        self.filter_bar = QHBoxLayout()
        layout.addLayout(self.filter_bar)
        self.table = self._build_table()
        self.model: LazyTableModel[F] = LazyTableModel(ctx.calls, self, self.columns, parent=self)
        self.table.setModel(self.model)
        self.count_label = QLabel()
        self.count_label.setObjectName("count")
        self._debounce = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._debounce.timeout.connect(self.reload)
        self.build()
        self.filter_bar.addStretch(0)
        self.filter_bar.addWidget(self.count_label)
        layout.addWidget(self.table, 1)
        self._wire_sorting()
        self.model.loaded.connect(self._loaded)
        self.model.failed.connect(self._load_failed)
        self.table.selectionModel().selectionChanged.connect(self.update_actions)
        self.table.doubleClicked.connect(self.activated)
        self._size_columns()
        self.update_actions()

    # What a subclass writes ------------------------------------------------------------------
    def build(self) -> None:
        """Add actions and filters."""

    def current_filter(self) -> F:
        raise NotImplementedError

    def activated(self) -> None:
        """Double-click or Enter on a row (usually: open it)."""

    def opening_request(self) -> Any | None:
        """The request of ``open_op`` for the first load, or None to load with ``list_op``."""
        return None

    def opened(self, screen: Any) -> Page:
        """Take the screen's extras from the opening answer; return its first page."""
        raise NotImplementedError

    # Building blocks --------------------------------------------------------------------------
    def add_action(
        self,
        icon_name: str,
        text: str,
        slot: Callable[[], Any],
        *,
        shortcut: str | None = None,
        needs_selection: bool = False,
        permission: str | None = None,
        name: str = "",
    ) -> QAction:
        """A toolbar action; hidden without ``permission``, disabled until a row is chosen when it
        ``needs_selection``. The services still check both."""
        action = QAction(icon(icon_name), text, self)
        if name:
            action.setObjectName(name)
        action.triggered.connect(lambda _checked=False: slot())
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.toolbar.addAction(action)
        action.setVisible(permission is None or self.ctx.session.can(permission))
        if needs_selection:
            self._selection_actions.append(action)
        return action

    def add_menu(
        self, icon_name: str, text: str, entries: Iterable[tuple[str, str, Callable[[], Any]] | None]
    ) -> QMenu:
        """A toolbar button with a menu of (icon, text, slot) entries (None: a separator)."""
        menu = QMenu(self)
        for entry in entries:
            if entry is None:
                menu.addSeparator()
                continue
            entry_icon, entry_text, entry_slot = entry
            menu.addAction(icon(entry_icon), entry_text, entry_slot)
        button = QToolButton()
        button.setText(text)
        button.setIcon(icon(icon_name))
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        button.setMenu(menu)
        self.toolbar.addWidget(button)
        return menu

    def add_search(self, placeholder: str, name: str = "search", stretch: int = 3) -> QLineEdit:
        search = QLineEdit()
        search.setObjectName(name)
        search.setPlaceholderText(placeholder)
        search.setClearButtonEnabled(True)
        search.addAction(icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        search.textChanged.connect(self._debounce.start)
        self.filter_bar.addWidget(search, stretch)
        return search

    def add_combo(
        self, name: str, everything: str | None, items: Iterable[tuple[str, object]] = ()
    ) -> QComboBox:
        box = combo(items, everything, name)
        box.currentIndexChanged.connect(self.reload)
        self.filter_bar.addWidget(box, 1)
        return box

    def add_filter_widget(self, widget: QWidget, stretch: int = 1) -> None:
        self.filter_bar.addWidget(widget, stretch)

    # Loading ----------------------------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._opened:
            self._opened = True
            self.open()

    def open(self) -> None:
        """The first load: the screen's opening call when it has one, else the list's own."""
        self._debounce.stop()  # text typed before the first showing is in this call already
        request = self.opening_request()
        open_op = getattr(self, "open_op", None)
        if request is None or open_op is None:
            self.reload()
            return
        self.count_label.setText(translate("ListPage", "正在加载…"))

        def arrived(screen: Any) -> None:
            page = self.opened(screen)
            self.model.set_filter(self.list_op, self.current_filter())
            self.model.show(page)

        self.ctx.calls.fetch(self, open_op, request, arrived, channel="list")

    def reload(self) -> None:
        if not self._opened:
            return  # the first showing loads
        self.model.load(self.list_op, self.current_filter())

    def reload_after_conflict(self, _error: object = None) -> None:
        self.model.refresh()

    def show_filtered(self, **values: object) -> None:
        """Set filter widgets by object name (``branch=3, status="active"``) and reload. Widgets
        not named keep their "all" choice; the search box is cleared."""
        widgets = {w.objectName(): w for w in self.findChildren(QWidget) if w.objectName()}
        touched = [w for w in widgets.values() if isinstance(w, QComboBox | QLineEdit)]
        for widget in touched:
            widget.blockSignals(True)
        try:
            for widget in touched:
                if isinstance(widget, QLineEdit) and widget.parentWidget() is self:
                    widget.clear()
                elif isinstance(widget, QComboBox) and widget.parentWidget() is self:
                    widget.setCurrentIndex(0)
            for key, value in values.items():
                target = widgets.get(key)
                if isinstance(target, QComboBox):
                    target.setCurrentIndex(max(find_data(target, value), 0))
                elif isinstance(target, QLineEdit):
                    target.setText("" if value is None else str(value))
        finally:
            for widget in touched:
                widget.blockSignals(False)
        self.filters_changed()
        if self._opened:
            self.reload()

    def when_opened(self, then: Callable[[], None]) -> None:
        """Run ``then`` once the first answer has filled the page's choices, at once if it has.
        A drill-down into a tab shown just now waits for it: its filters need the branch unions
        and years that answer brings, and a reload meanwhile would drop the answer."""
        if self._answered:
            then()
        else:
            self._waiting.append(then)

    @property
    def opening(self) -> bool:
        """Shown, and the first call is under way: a drill-down waits for it (``when_opened``);
        before the first showing it sets the filters that call will carry."""
        return self._opened and not self._answered

    def filters_changed(self) -> None:
        """After ``show_filtered`` set the widgets: dependent widgets (groups of a branch) follow."""

    def _load_failed(self, error: BaseException) -> None:
        """A list that could not load says so (a refusal, an unreachable server), never silently:
        at once beside the count, and in a message once control is back in the event loop, if the
        screen is still open (never a modal dialog from inside an answer's delivery)."""
        self.count_label.setText(translate("ListPage", "未能加载"))
        self.count_label.setToolTip(str(error))

        def tell() -> None:
            if shiboken6.isValid(self) and self.isVisible():
                from unionoffice.ui.messages import show_error  # messages loads dialogs on demand

                show_error(self, error)

        QTimer.singleShot(0, tell)

    def _loaded(self, count: int) -> None:
        self.count_label.setText(translate("ListPage", "共 {n} 条").format(n=f"{count:,}"))
        self.update_actions()
        if not self._answered:
            self._answered = True
            waiting, self._waiting = self._waiting, []
            for then in waiting:
                then()

    # Selection -------------------------------------------------------------------------------
    def selected_id(self) -> int | None:
        return selected_id(self.table)

    def selected_ids(self) -> list[int]:
        return selected_ids(self.table)

    def update_actions(self) -> None:
        chosen = self.selected_id() is not None
        for action in self._selection_actions:
            action.setEnabled(chosen)

    # Table -------------------------------------------------------------------------------------
    def _build_table(self) -> QTableView:
        table = QTableView()
        table.setObjectName("table")
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(
            QAbstractItemView.SelectionMode.ExtendedSelection
            if self.multi_select
            else QAbstractItemView.SelectionMode.SingleSelection
        )
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setAlternatingRowColors(True)
        table.verticalHeader().setDefaultSectionSize(ROW_HEIGHT)
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        table.horizontalHeader().setHighlightSections(False)
        return table

    def _wire_sorting(self) -> None:
        """Sorting goes to the services through the model; wired by hand so that opening costs one
        call, not a load followed by a re-sort."""
        header = self.table.horizontalHeader()
        header.setSortIndicatorShown(True)
        header.setSectionsClickable(True)
        key, descending = self.default_sort
        self.model.sorted_by(key, descending)
        keys = [c.key for c in self.columns]
        if key in keys:
            order = Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder
            header.setSortIndicator(keys.index(key), order)
        else:
            header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        header.sortIndicatorChanged.connect(self.model.sort)

    def _size_columns(self) -> None:
        """Fixed widths from the column definitions: measuring contents would fetch pages."""
        digit = self.table.fontMetrics().horizontalAdvance("0")
        for i, column in enumerate(self.columns):
            chars = column.width or max(8, 2 * len(column.title) + 2)
            self.table.setColumnWidth(i, digit * chars + 12)
        self.table.horizontalHeader().setStretchLastSection(True)
