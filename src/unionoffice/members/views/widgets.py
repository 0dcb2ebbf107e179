"""Small pieces the member screens share: the branch/group picker, date fields, error labels."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QWidget

from unionoffice.foundation.importer import CellError, parse_date
from unionoffice.members.service import BranchChoice

ERROR_STYLE = "color: #b3261e;"


class OrgPicker(QWidget):
    """A branch combo and the matching group combo."""

    changed = Signal()

    def __init__(
        self, choices: list[BranchChoice], with_blank_group: bool = True, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._choices = {c.id: c for c in choices}
        self._blank_group = with_blank_group
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.branch = QComboBox()
        self.branch.setObjectName("branch")
        for choice in choices:
            self.branch.addItem(choice.name, choice.id)
        self.group = QComboBox()
        self.group.setObjectName("group")
        layout.addWidget(self.branch, 1)
        layout.addWidget(self.group, 1)
        self.branch.currentIndexChanged.connect(self._fill_groups)
        self.group.currentIndexChanged.connect(self.changed)
        self._fill_groups()

    def _fill_groups(self) -> None:
        self.group.blockSignals(True)
        self.group.clear()
        if self._blank_group:
            self.group.addItem(self.tr("（不分小组）"), None)
        choice = self._choices.get(self.branch.currentData())
        for group_id, name in choice.groups if choice else ():
            self.group.addItem(name, group_id)
        self.group.blockSignals(False)
        self.changed.emit()

    def set_value(self, branch_id: int | None, group_id: int | None) -> None:
        index = self.branch.findData(branch_id)
        if index >= 0:
            self.branch.setCurrentIndex(index)
        index = self.group.findData(group_id)
        if index >= 0:
            self.group.setCurrentIndex(index)

    def value(self) -> tuple[int | None, int | None]:
        return self.branch.currentData(), self.group.currentData()

    def base_of_branch(self) -> str | None:
        choice = self._choices.get(self.branch.currentData())
        return choice.base if choice else None


class DateField(QLineEdit):
    """A date typed the way clerks do: 2019-05-01, 2019.5.1, 2019年5月1日, 20190501."""

    def __init__(self, value: date | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPlaceholderText(self.tr("如 2019-05-01"))
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


def error_label() -> QLabel:
    label = QLabel()
    label.setStyleSheet(ERROR_STYLE)
    label.setWordWrap(True)
    label.hide()
    return label
