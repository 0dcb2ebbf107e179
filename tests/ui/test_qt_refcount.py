"""Guards the PySide6 pin: a binding that leaks references to None crashes long sessions."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QWidget


def test_qt_calls_do_not_leak_references_to_none(qtbot):
    widget = QWidget()
    qtbot.addWidget(widget)
    before = sys.getrefcount(None)
    for _ in range(2000):
        widget.setEnabled(True)
    assert before - sys.getrefcount(None) < 100
