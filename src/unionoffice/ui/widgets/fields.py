"""Typed fields the way clerks type: dates in any usual spelling, yuan with or without commas,
combos that carry ids, and the red line under a field that names its problem."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QComboBox, QDateEdit, QLabel, QLineEdit, QWidget

from unionoffice.foundation.errors import FieldProblem, ValidationError
from unionoffice.foundation.i18n import translate
from unionoffice.foundation.importer import CellError, parse_date
from unionoffice.foundation.money import Money
from unionoffice.ui.style import ERROR_TEXT


class DateField(QLineEdit):
    """A date typed the way clerks do: 2019-05-01, 2019.5.1, 2019年5月1日, 20190501."""

    def __init__(self, value: date | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPlaceholderText(translate("Widgets", "如 2019-05-01"))
        self.set_date(value)

    def set_date(self, value: date | None) -> None:
        self.setText(value.isoformat() if value else "")

    def date_value(self) -> date | None:
        """The date, ``None`` when blank; raises ``CellError`` with a Chinese message when unreadable."""
        text = self.text().strip()
        return parse_date(text) if text else None

    def checked(self) -> tuple[date | None, str | None]:
        try:
            return self.date_value(), None
        except CellError as error:
            return None, error.message


class MoneyField(QLineEdit):
    """Yuan as typed ("1,234.5", "¥800"), held as integer fen."""

    def __init__(self, fen: int | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPlaceholderText("0.00")
        self.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.setMaximumWidth(160)
        self.set_fen(fen)

    def set_fen(self, fen: int | None) -> None:
        self.setText(yuan_text(fen))

    def fen(self, label: str, required: bool = True) -> int | None:
        """Fen, or None for a blank optional field; a ``ValidationError`` naming ``label`` otherwise."""
        return parse_money(label, self.text(), required)


def parse_money(label: str, text: str, required: bool = True) -> int | None:
    if not text.strip():
        if required:
            raise ValidationError(FieldProblem(label, translate("Widgets", "必须填写")))
        return None
    try:
        return Money.from_yuan(text).fen
    except ValidationError:
        message = translate("Widgets", "“{t}”不是金额，请填写元，最多两位小数").format(t=text)
        raise ValidationError(FieldProblem(label, message)) from None


def yuan_text(fen: int | None) -> str:
    return "" if fen is None else str(Money(fen).yuan)


def calendar_edit(value: date | None = None) -> QDateEdit:
    """A date picked from a calendar (where a clerk rarely types, e.g. a report's month)."""
    edit = QDateEdit()
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    edit.setDate(QDate(value or date.today()))
    return edit


def picked_date(edit: QDateEdit) -> date:
    value = edit.date().toPython()
    assert isinstance(value, date)
    return value


def combo(items: Iterable[tuple[str, object]], everything: str | None = None, name: str = "") -> QComboBox:
    """A combo whose items carry data; ``everything`` adds a first "all" item with data None."""
    box = QComboBox()
    if name:
        box.setObjectName(name)
    if everything is not None:
        box.addItem(everything, None)
    for text, value in items:
        box.addItem(text, value)
    return box


def select_data(box: QComboBox, value: object) -> None:
    index = box.findData(value)
    if index >= 0:
        box.setCurrentIndex(index)


def find_data(box: QComboBox, value: object) -> int:
    """``box.findData`` by equality: Qt compares Python objects it holds (dates) by identity."""
    return next((i for i in range(box.count()) if box.itemData(i) == value), -1)


def hold(box: QComboBox, text: str, value: object) -> None:
    """Let ``box`` offer ``value`` before an answer lists it (a drill-down into a list not yet
    loaded): added as ``text`` at the end, so the opening call filters by it; no signal."""
    if value is not None and find_data(box, value) < 0:
        box.blockSignals(True)
        box.addItem(text, value)
        box.blockSignals(False)


def refill(box: QComboBox, items: Iterable[tuple[str, object]]) -> None:
    """Replace the items after ``box``'s first ("all") item, keeping the chosen value; no signal."""
    keep = box.currentData()
    box.blockSignals(True)
    while box.count() > 1:
        box.removeItem(1)
    for text, value in items:
        box.addItem(text, value)
    box.setCurrentIndex(max(find_data(box, keep), 0))
    box.blockSignals(False)


def error_label(name: str = "") -> QLabel:
    label = QLabel()
    if name:
        label.setObjectName(name)
    label.setStyleSheet(ERROR_TEXT)
    label.setWordWrap(True)
    label.hide()
    return label
