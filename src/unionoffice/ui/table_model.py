"""The one table model every list uses: rows arrive page by page from a list operation.

It never asks the services on the GUI thread. A (re)load sends the filter and gets the count
and the first page in one call; scrolling to a row not yet loaded shows it as "…" and fetches
its page on a worker; the rows fill in when it arrives. A newer load makes older answers
vanish, so a stale keystroke never overwrites the list of a newer one.
"""

from __future__ import annotations

from collections import OrderedDict
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import QWidget

from unionoffice.foundation.contract import ColumnDef, ListQuery, ListWindow, Operation, Page, Row
from unionoffice.ui.calls import Calls

PAGE_SIZE = 200
KEEP_PAGES = 16
ID_ROLE = Qt.ItemDataRole.UserRole + 1
LOADING = "…"
_ALIGN = {
    "left": Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
    "right": Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
    "center": Qt.AlignmentFlag.AlignCenter,
}

F = TypeVar("F")
Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()  # the invalid index Qt passes for a flat table's parent


class LazyTableModel(QAbstractTableModel, Generic[F]):
    """GUI thread. ``load(filter)`` after a filter change; sorting is done by the services."""

    loaded = Signal(int)  # the row count, after each (re)load arrived
    failed = Signal(object)  # the error of a (re)load

    def __init__(
        self, calls: Calls, owner: QWidget, columns: tuple[ColumnDef, ...], parent: Any = None
    ) -> None:
        super().__init__(parent)
        self._calls, self._owner, self.columns = calls, owner, columns
        self._op: Operation[ListQuery[F], Page] | None = None
        self._filter: F | None = None
        self._sort: str | None = None
        self._descending = False
        self._count = 0
        self._generation = 0
        self._pages: OrderedDict[int, list[Row]] = OrderedDict()
        self._asked: set[int] = set()

    # Loading ------------------------------------------------------------------------------
    def load(self, op: Operation[ListQuery[F], Page], flt: F) -> None:
        """Ask for the count and the first page of ``flt``; the table keeps showing the old rows
        until they arrive (no flicker while typing)."""
        self._op, self._filter = op, flt
        self._generation += 1
        generation = self._generation
        window = ListWindow(0, PAGE_SIZE, self._sort, self._descending, count=True)
        self._calls.fetch(
            self._owner,
            op,
            ListQuery(flt, window),
            lambda page: self.show(page, generation),
            self._load_failed,
            channel="list",
        )

    def show(self, page: Page, generation: int | None = None) -> None:
        """Show a first page (with its count), e.g. one that came with the screen's opening call."""
        if generation is not None and generation != self._generation:
            return
        self.beginResetModel()
        self._pages.clear()
        self._asked.clear()
        self._count = page.total if page.total is not None else len(page.rows)
        if page.rows:
            self._pages[0] = list(page.rows)
        self.endResetModel()
        self.loaded.emit(self._count)

    def set_filter(self, op: Operation[ListQuery[F], Page], flt: F) -> None:
        """Remember the filter a first page shown with ``show`` belongs to (for later pages)."""
        self._op, self._filter = op, flt
        self._generation += 1

    def refresh(self) -> None:
        if self._op is not None and self._filter is not None:
            self.load(self._op, self._filter)

    def _load_failed(self, error: BaseException) -> None:
        self.failed.emit(error)

    def _fetch_page(self, page_no: int) -> None:
        if self._op is None or self._filter is None or page_no in self._asked:
            return
        self._asked.add(page_no)
        generation = self._generation
        window = ListWindow(page_no * PAGE_SIZE, PAGE_SIZE, self._sort, self._descending, count=False)

        def arrived(page: Page) -> None:
            if generation != self._generation:
                return
            self._asked.discard(page_no)
            self._pages[page_no] = list(page.rows)
            if len(self._pages) > KEEP_PAGES:
                self._pages.popitem(last=False)
            first = page_no * PAGE_SIZE
            last = min(first + PAGE_SIZE, self._count) - 1
            if last >= first:
                self.dataChanged.emit(self.index(first, 0), self.index(last, len(self.columns) - 1))

        def failed(error: BaseException) -> None:
            self._asked.discard(page_no)
            self._load_failed(error)

        self._calls.fetch(
            self._owner, self._op, ListQuery(self._filter, window), arrived, failed, channel=f"page-{page_no}"
        )

    # Qt's model interface ------------------------------------------------------------------
    def rowCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal:
            column = self.columns[section]
            if role == Qt.ItemDataRole.DisplayRole:
                return column.title
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return _ALIGN[column.align]
        elif role == Qt.ItemDataRole.DisplayRole:
            return section + 1
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            row = self.row(index.row())
            if row is None:
                return LOADING
            value = row[1][index.column()]
            return "" if value is None else str(value)
        if role == ID_ROLE:
            row = self.row(index.row())
            return None if row is None else row[0]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _ALIGN[self.columns[index.column()].align]
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not self.columns[column].sortable:
            return
        self._sort = self.columns[column].key
        self._descending = order == Qt.SortOrder.DescendingOrder
        self.refresh()

    def sorted_by(self, key: str | None, descending: bool = False) -> None:
        """Set the order without loading (the opening call carries it)."""
        self._sort, self._descending = key, descending

    @property
    def sort_key(self) -> tuple[str | None, bool]:
        return self._sort, self._descending

    # Rows -----------------------------------------------------------------------------------
    def row(self, row: int) -> Row | None:
        """The row, or None while its page is on its way (it is then asked for)."""
        page_no = row // PAGE_SIZE
        page = self._pages.get(page_no)
        if page is None:
            self._fetch_page(page_no)
            return None
        self._pages.move_to_end(page_no)
        offset = row - page_no * PAGE_SIZE
        if offset >= len(page):  # the data shrank under us; blanks until the next refresh
            return (0, tuple("" for _ in self.columns))
        return page[offset]

    def row_id(self, row: int) -> int | None:
        found = self.row(row)
        return None if found is None else found[0]

    def row_of_id(self, row_id: int) -> int | None:
        """The row of ``row_id`` among pages already loaded (None if not loaded)."""
        for page_no, page in self._pages.items():
            for offset, (rid, _values) in enumerate(page):
                if rid == row_id:
                    return page_no * PAGE_SIZE + offset
        return None
