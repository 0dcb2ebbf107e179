"""The one table model every list uses: rows are fetched page by page as the view asks.

It holds a ``QuerySource`` built by a service (the SQL, the scope and the formatting stay
there) and keeps a few recent pages; 100,000 members cost a count and one page to show.
"""

from __future__ import annotations

from collections import OrderedDict
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from unionoffice.core.listing import QuerySource

PAGE_SIZE = 200
KEEP_PAGES = 16
ID_ROLE = Qt.ItemDataRole.UserRole + 1
_ALIGN = {
    "left": Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
    "right": Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
    "center": Qt.AlignmentFlag.AlignCenter,
}

Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()  # the invalid index Qt passes for a flat table's parent


class LazyTableModel(QAbstractTableModel):
    """GUI thread only. ``set_source`` after a filter change; sorting goes back to SQL."""

    def __init__(self, source: QuerySource | None = None, parent: Any = None) -> None:
        super().__init__(parent)
        self._source: QuerySource | None = None
        self._count = 0
        self._pages: OrderedDict[int, _Page] = OrderedDict()
        if source is not None:
            self.set_source(source)

    @property
    def source(self) -> QuerySource | None:
        return self._source

    def set_source(self, source: QuerySource) -> None:
        if self._source is not None and self._source.sort_key is not None and source.sort_key is None:
            source = source.sorted_by(self._source.sort_key, self._source.descending)
        total, first = source.first_page(PAGE_SIZE)
        self.beginResetModel()
        self._source = source
        self._pages.clear()
        self._count = total
        if first:
            self._pages[0] = _Page(first)
        self.endResetModel()

    def refresh(self) -> None:
        if self._source is not None:
            self.set_source(self._source)

    # Qt's model interface ------------------------------------------------------------------
    def rowCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() or self._source is None else len(self._source.columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if self._source is None:
            return None
        if orientation == Qt.Orientation.Horizontal:
            column = self._source.columns[section]
            if role == Qt.ItemDataRole.DisplayRole:
                return column.title
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return _ALIGN[column.align]
        elif role == Qt.ItemDataRole.DisplayRole:
            return section + 1
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self._source is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole or role == Qt.ItemDataRole.ToolTipRole:
            value = self.row(index.row())[1][index.column()]
            return "" if value is None else str(value)
        if role == ID_ROLE:
            return self.row(index.row())[0]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _ALIGN[self._source.columns[index.column()].align]
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if self._source is None:
            return
        key = self._source.columns[column].key
        if not self._source.columns[column].sortable:
            return
        self.set_source(self._source.sorted_by(key, order == Qt.SortOrder.DescendingOrder))

    # Rows -----------------------------------------------------------------------------------
    def row(self, row: int) -> tuple[int, tuple[Any, ...]]:
        assert self._source is not None
        page_no = row // PAGE_SIZE
        page = self._pages.get(page_no)
        if page is None:
            page = self._pages[page_no] = _Page(self._source.fetch_rows(page_no * PAGE_SIZE, PAGE_SIZE))
            if len(self._pages) > KEEP_PAGES:
                self._pages.popitem(last=False)
        else:
            self._pages.move_to_end(page_no)
        offset = row - page_no * PAGE_SIZE
        if offset >= len(page.raw):  # the data shrank under us; show blanks until the next refresh
            return (0, tuple("" for _ in self._source.columns))
        shown = page.shown[offset]
        if shown is None:
            shown = page.shown[offset] = self._source.display(page.raw[offset])
        return shown

    def row_id(self, row: int) -> int:
        return self.row(row)[0]

    def row_of_id(self, row_id: int) -> int | None:
        """The row of ``row_id`` among pages already loaded (None if not loaded)."""
        for page_no, page in self._pages.items():
            for offset, raw in enumerate(page.raw):
                if raw[0] == row_id:
                    return page_no * PAGE_SIZE + offset
        return None


class _Page:
    """Rows as the database returned them; each is formatted (ids unmasked, dates written
    out) the first time it is painted, so a page costs only what is on screen."""

    __slots__ = ("raw", "shown")

    def __init__(self, raw: list[Any]) -> None:
        self.raw = raw
        self.shown: list[tuple[int, tuple[Any, ...]] | None] = [None] * len(raw)
