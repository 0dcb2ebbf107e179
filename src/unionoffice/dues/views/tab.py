"""The 经费与福利 tab: dues of a month, the arrears list, the welfare register; each page is
built when first shown. The dashboard's dues figures open the dues or welfare page filtered."""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget

from unionoffice.ui.context import AppContext
from unionoffice.ui.widgets.lazy_tabs import LazyTabs

# Imports inside functions: each page's module loads when the clerk first opens that page.


class DuesTab(QWidget):
    """GUI thread. Holds the pages; every call to the services is theirs, on a worker."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.tabs = LazyTabs(self)
        self.tabs.setObjectName("dues_pages")
        self.tabs.setDocumentMode(True)
        self.tabs.add_page("dues", self.tr("会费收缴"), "wallet", self._dues)
        self.tabs.add_page("arrears", self.tr("欠缴名单"), "triangle-alert", self._arrears)
        self.tabs.add_page("welfare", self.tr("福利慰问"), "heart-pulse", self._welfare)
        layout.addWidget(self.tabs)

    def _dues(self, parent: QWidget) -> QWidget:
        from unionoffice.dues.views.dues_page import DuesPage

        return DuesPage(self.ctx, parent)

    def _arrears(self, parent: QWidget) -> QWidget:
        from unionoffice.dues.views.arrears_page import ArrearsPage

        return ArrearsPage(self.ctx, parent)

    def _welfare(self, parent: QWidget) -> QWidget:
        from unionoffice.dues.views.welfare_page import WelfarePage

        return WelfarePage(self.ctx, parent)

    def page(self, key: str) -> QWidget:
        """Show page ``key`` (``dues``, ``arrears``, ``welfare``)."""
        return self.tabs.page(key)

    def show_filtered(self, **values: object) -> None:
        """Drill-down from the dashboard: ``page`` "dues" (the default) or "welfare", the rest that
        page's filters (``DuesPage.show_filtered``, ``WelfarePage.show_filtered``)."""
        from unionoffice.dues.views.dues_page import DuesPage  # loaded by page() anyway
        from unionoffice.dues.views.welfare_page import WelfarePage

        key = "welfare" if values.pop("page", "dues") == "welfare" else "dues"
        page = self.page(key)
        assert isinstance(page, DuesPage | WelfarePage)
        page.show_filtered(**values)
