"""The push button the contest pages put beside their tables (icon optional)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QPushButton

from unionoffice.ui.icons import icon


def button(text: str, icon_name: str, slot: Callable[[], object], name: str = "") -> QPushButton:
    made = QPushButton(icon(icon_name), text) if icon_name else QPushButton(text)
    if name:
        made.setObjectName(name)
    made.clicked.connect(lambda _checked=False: slot())
    return made
