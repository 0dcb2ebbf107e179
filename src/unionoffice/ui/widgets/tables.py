"""Small read-only tables (a studio page, a summary, a preview): a few hundred rows at most.
Long lists use ``ListPage`` and the lazy model instead."""

from __future__ import annotations

from collections.abc import Collection, Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from unionoffice.ui.table_model import ID_ROLE


def read_only_table(parent: QWidget | None = None, name: str = "") -> QTableWidget:
    table = QTableWidget(parent)
    if name:
        table.setObjectName(name)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.verticalHeader().hide()
    table.verticalHeader().setDefaultSectionSize(24)
    table.setAlternatingRowColors(True)
    table.horizontalHeader().setStretchLastSection(True)
    return table


def fill_table(
    table: QTableWidget,
    headers: Sequence[str],
    rows: Sequence[Sequence[object]],
    right: Collection[int] = (),
    spread: bool = False,
    ids: Sequence[int] | None = None,
) -> None:
    """Replace the table's contents. ``right``: columns of figures; ``spread``: columns share the
    width (a block of figures) instead of one wide last column; ``ids``: row ids for ``selected_id``."""
    table.clear()
    table.setColumnCount(len(headers))
    table.setRowCount(len(rows))
    table.setHorizontalHeaderLabels([str(h) for h in headers])
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            item = QTableWidgetItem("" if value is None else str(value))
            if c in right:
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if ids is not None and c == 0:
                item.setData(ID_ROLE, ids[r])
            table.setItem(r, c, item)
    table.resizeColumnsToContents()
    header = table.horizontalHeader()
    if spread:
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
    else:
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)


def selected_id(table: QTableView) -> int | None:
    """The id of the current row (lazy lists and small tables alike)."""
    index = table.currentIndex()
    if not index.isValid():
        return None
    value = table.model().data(index.siblingAtColumn(0), ID_ROLE)
    return value if isinstance(value, int) else None


def selected_ids(table: QTableView) -> list[int]:
    model = table.model()
    rows = table.selectionModel().selectedRows() if table.selectionModel() else []
    found = [model.data(index, ID_ROLE) for index in rows]
    return [value for value in found if isinstance(value, int)]
