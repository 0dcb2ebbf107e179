"""Small widgets and parsers the medical screens share."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QComboBox, QDateEdit, QLineEdit, QTableWidget, QTableWidgetItem, QWidget

from unionoffice.foundation.errors import FieldProblem, ValidationError
from unionoffice.foundation.i18n import translate
from unionoffice.foundation.money import Money


def money_edit(placeholder: str = "0.00") -> QLineEdit:
    edit = QLineEdit()
    edit.setPlaceholderText(placeholder)
    edit.setAlignment(Qt.AlignmentFlag.AlignRight)
    edit.setMaximumWidth(160)
    return edit


def parse_money(label: str, text: str, required: bool = True) -> int | None:
    """Yuan typed by a clerk ("1,234.5", "¥800") → fen; a blank optional field → None."""
    if not text.strip():
        if required:
            raise ValidationError(FieldProblem(label, translate("MedicalViews", "必须填写")))
        return None
    try:
        return Money.from_yuan(text).fen
    except ValidationError:
        raise ValidationError(
            FieldProblem(
                label, translate("MedicalViews", "“{t}”不是金额，请填写元，最多两位小数").format(t=text)
            )
        ) from None


def yuan_text(fen: int | None) -> str:
    return "" if fen is None else str(Money(fen).yuan)


def date_edit(value: date | None = None) -> QDateEdit:
    edit = QDateEdit()
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    edit.setDate(QDate(value or date.today()))
    return edit


def to_date(edit: QDateEdit) -> date:
    return edit.date().toPython()  # type: ignore[return-value]


def select_data(combo: QComboBox, value: object) -> None:
    index = combo.findData(value)
    if index >= 0:
        combo.setCurrentIndex(index)


def fill_table(
    table: QTableWidget, headers: list[str], rows: list[list[object]], right: set[int] = frozenset()
) -> None:
    """Small fixed tables (summaries, rules); long lists use LazyTableModel instead."""
    table.clear()
    table.setColumnCount(len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.setRowCount(len(rows))
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            item = QTableWidgetItem("" if value is None else str(value))
            item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
            if c in right:
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            table.setItem(r, c, item)
    table.resizeColumnsToContents()


def read_only_table(parent: QWidget | None = None) -> QTableWidget:
    table = QTableWidget(parent)
    table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
    table.verticalHeader().setVisible(False)
    table.horizontalHeader().setStretchLastSection(True)
    return table
