"""Small widgets shared by the studio screens."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QTableWidget, QTableWidgetItem

from unionoffice.ui.table_model import ID_ROLE, LazyTableModel


def lazy_table(parent) -> tuple[QTableView, LazyTableModel]:  # type: ignore[no-untyped-def]
    table = QTableView(parent)
    table.setSortingEnabled(True)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().setDefaultSectionSize(24)
    table.verticalHeader().hide()
    table.setAlternatingRowColors(True)
    model = LazyTableModel(parent=parent)
    table.setModel(model)
    return table, model


def size_columns(table: QTableView) -> None:
    """Widths from the source's character hints; the last column takes the rest."""
    model = table.model()
    source = getattr(model, "source", None)
    if source is None:
        return
    metrics = table.fontMetrics()
    for i, column in enumerate(source.columns):
        chars = column.width or max(6, len(column.title) + 2)
        table.setColumnWidth(i, metrics.horizontalAdvance("中") * chars // 2 + 24)
    table.horizontalHeader().setStretchLastSection(True)


def selected_id(table: QTableView) -> int | None:
    index = table.currentIndex()
    if not index.isValid():
        return None
    return table.model().data(index.siblingAtColumn(0), ID_ROLE)


def fill_table(
    table: QTableWidget,
    headers: Sequence[str],
    rows: Sequence[Sequence[object]],
    right_from: int | None = None,
    spread: bool = False,
) -> None:
    """A small read-only table (a studio page, a statistics block): a handful of rows at most."""
    table.clear()
    table.setColumnCount(len(headers))
    table.setRowCount(len(rows))
    table.setHorizontalHeaderLabels([str(h) for h in headers])
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            item = QTableWidgetItem("" if value is None else str(value))
            if right_from is not None and c >= right_from:
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            table.setItem(r, c, item)
    table.resizeColumnsToContents()
    if spread:  # figures: every column shares the width instead of one huge last column
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
    else:
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        table.horizontalHeader().setStretchLastSection(True)


def read_only_table(parent=None) -> QTableWidget:  # type: ignore[no-untyped-def]
    table = QTableWidget(parent)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.verticalHeader().hide()
    table.verticalHeader().setDefaultSectionSize(24)
    table.setAlternatingRowColors(True)
    return table
