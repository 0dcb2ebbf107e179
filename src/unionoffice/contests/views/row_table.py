"""A small editable grid for the scheme editor: typed columns (text, choice, whole number), rows read
and written as plain lists, so adding, removing and moving rows is "read all, change, write all"."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, cast

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)


@dataclass(frozen=True)
class Column:
    header: str
    kind: str = "text"  # text | choice | int
    choices: tuple[tuple[str, str], ...] = ()  # (value, label) for a choice column
    minimum: int = 0
    maximum: int = 99
    width: int = 0  # 0: stretch
    tip: str = ""


class RowTable(QTableWidget):
    """Runs on the GUI thread. ``edited`` fires on any change a person makes."""

    edited = Signal()

    def __init__(self, columns: list[Column], parent: QWidget | None = None) -> None:
        super().__init__(0, len(columns), parent)
        self.columns = columns
        self.setHorizontalHeaderLabels([c.header for c in columns])
        for n, c in enumerate(columns):
            header_item = self.horizontalHeaderItem(n)
            if c.tip and header_item is not None:
                header_item.setToolTip(c.tip)
            if c.width:
                self.setColumnWidth(n, c.width)
            else:
                self.horizontalHeader().setSectionResizeMode(n, QHeaderView.ResizeMode.Stretch)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.verticalHeader().setDefaultSectionSize(28)
        self.itemChanged.connect(lambda _item: self.edited.emit())
        self.read_only = False
        self._triggers = self.editTriggers()  # double click, F2, or just start typing

    def set_read_only(self, read_only: bool) -> None:
        """Rows stay selectable (to browse an event's items); nothing can be changed."""
        self.read_only = read_only
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers if read_only else self._triggers)
        for r in range(self.rowCount()):
            for c in range(self.columnCount()):
                widget = self.cellWidget(r, c)
                if widget is not None:
                    widget.setEnabled(not read_only)

    def rows(self) -> list[list[Any]]:
        return [[self.value(r, c) for c in range(len(self.columns))] for r in range(self.rowCount())]

    def value(self, row: int, col: int) -> Any:
        kind = self.columns[col].kind
        if kind == "text":
            item = self.item(row, col)
            return item.text().strip() if item else ""
        if kind == "choice":
            return cast(QComboBox, self.cellWidget(row, col)).currentData()
        return cast(QSpinBox, self.cellWidget(row, col)).value()

    def set_rows(self, rows: list[list[Any]]) -> None:
        self.blockSignals(True)
        self.setRowCount(0)
        for row in rows:
            self._append(row)
        self.blockSignals(False)
        self.edited.emit()

    def add_row(self, row: list[Any]) -> int:
        self._append(row)
        self.setCurrentCell(self.rowCount() - 1, 1)
        self.edited.emit()
        return self.rowCount() - 1

    def remove_current(self) -> int:
        """Removes the selected row; returns its index, or -1 when none was selected."""
        row = self.currentRow()
        if row < 0:
            return -1
        self.removeRow(row)
        self.edited.emit()
        return row

    def move_current(self, delta: int) -> None:
        row = self.currentRow()
        target = row + delta
        if row < 0 or not 0 <= target < self.rowCount():
            return
        rows = self.rows()
        rows[row], rows[target] = rows[target], rows[row]
        self.set_rows(rows)
        self.setCurrentCell(target, 1)

    def set_cell(self, row: int, col: int, value: Any) -> None:
        kind = self.columns[col].kind
        if kind == "text":
            item = self.item(row, col)
            if item is not None:
                item.setText(str(value))
        elif kind == "choice":
            combo = cast(QComboBox, self.cellWidget(row, col))
            combo.setCurrentIndex(max(0, combo.findData(value)))
        else:
            cast(QSpinBox, self.cellWidget(row, col)).setValue(int(value))

    def widget_at(self, row: int, col: int) -> QWidget | None:
        return self.cellWidget(row, col)

    def _append(self, row: list[Any]) -> None:
        # Quiet while the row is half built: a listener reading rows() would find no widgets yet.
        was_blocked = self.blockSignals(True)
        try:
            self._build_row(row)
        finally:
            self.blockSignals(was_blocked)

    def _build_row(self, row: list[Any]) -> None:
        r = self.rowCount()
        self.insertRow(r)
        for col, (c, value) in enumerate(zip(self.columns, row, strict=True)):
            if c.kind == "text":
                self.setItem(r, col, QTableWidgetItem(str(value)))
            elif c.kind == "choice":
                combo = QComboBox()
                for data, label in c.choices:
                    combo.addItem(label, data)
                combo.setCurrentIndex(max(0, combo.findData(value)))
                combo.setEnabled(not self.read_only)
                combo.currentIndexChanged.connect(lambda _i: self.edited.emit())
                self.setCellWidget(r, col, combo)
            else:
                spin = QSpinBox()
                spin.setRange(c.minimum, c.maximum)
                spin.setValue(int(value))
                spin.setEnabled(not self.read_only)
                spin.valueChanged.connect(lambda _v: self.edited.emit())
                self.setCellWidget(r, col, spin)
