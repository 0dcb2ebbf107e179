"""Pieces the congress pages share: a line of figures over a list, and a session/notice chooser
that reopens the page (list and figures in one call)."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QLabel

from unionoffice.congress.contract import Choice
from unionoffice.ui.style import MUTED_TEXT


def figures_label(name: str) -> QLabel:
    label = QLabel()
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setStyleSheet(MUTED_TEXT)
    return label


def fill_choices(box: QComboBox, choices: list[Choice], current: int | None) -> None:
    """Replace the items without announcing the change (the caller is answering one)."""
    box.blockSignals(True)
    box.clear()
    for choice in choices:
        box.addItem(choice.label, choice.id)
    index = box.findData(current)
    box.setCurrentIndex(max(index, 0))
    box.blockSignals(False)
