"""Tabs whose pages are built the first time they are shown: a hidden page costs nothing, not
even a call to the services."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from unionoffice.ui.icons import icon


class LazyTab(QWidget):
    """Holds a page and builds it the first time it is needed."""

    def __init__(self, build: Callable[[QWidget], QWidget], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._build = build
        self.view: QWidget | None = None
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)

    def ensure_built(self) -> QWidget:
        if self.view is None:
            self.view = self._build(self)
            self._layout.addWidget(self.view)
        return self.view


class LazyTabs(QTabWidget):
    """A tab widget of ``LazyTab`` pages: the current one is built, the others when chosen."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.keys: list[str] = []
        self.currentChanged.connect(self._build_current)

    def add_page(self, key: str, title: str, icon_name: str, build: Callable[[QWidget], QWidget]) -> LazyTab:
        page = LazyTab(build)
        self.addTab(page, icon(icon_name), title)
        self.keys.append(key)
        return page

    def page(self, key: str) -> QWidget:
        """Show page ``key`` and return its view (built now if need be)."""
        index = self.keys.index(key)
        self.setCurrentIndex(index)
        tab = self.widget(index)
        assert isinstance(tab, LazyTab)
        return tab.ensure_built()

    def _build_current(self, index: int) -> None:
        tab = self.widget(index)
        if isinstance(tab, LazyTab):
            tab.ensure_built()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._build_current(self.currentIndex())
