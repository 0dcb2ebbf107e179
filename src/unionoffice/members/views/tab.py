"""The members tab: the register, applications to join, the six-month review list and the
headcount per month, each a page built when first shown."""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget

from unionoffice.ui.context import AppContext
from unionoffice.ui.widgets.lazy_tabs import LazyTabs

# Imports inside functions: each page's module loads when the clerk first opens that page.


class MembersTab(QWidget):
    """GUI thread. Holds the pages; every call to the services is theirs, on a worker."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.tabs = LazyTabs(self)
        self.tabs.setObjectName("member_pages")
        self.tabs.setDocumentMode(True)
        self.tabs.add_page("register", self.tr("会员名册"), "users", self._register)
        self.tabs.add_page("applications", self.tr("入会申请"), "user-plus", self._applications)
        self.tabs.add_page("reviews", self.tr("会籍审查"), "clipboard-check", self._reviews)
        self.tabs.add_page("headcounts", self.tr("职工人数"), "building-2", self._headcounts)
        layout.addWidget(self.tabs)

    def _register(self, parent: QWidget) -> QWidget:
        from unionoffice.members.views.register import RegisterPage

        return RegisterPage(self.ctx, parent)

    def _applications(self, parent: QWidget) -> QWidget:
        from unionoffice.members.views.applications import ApplicationsPage

        return ApplicationsPage(self.ctx, parent)

    def _reviews(self, parent: QWidget) -> QWidget:
        from unionoffice.members.views.reviews import ReviewsPage

        return ReviewsPage(self.ctx, parent)

    def _headcounts(self, parent: QWidget) -> QWidget:
        from unionoffice.members.views.headcounts import HeadcountPage

        return HeadcountPage(self.ctx, parent)

    def page(self, key: str) -> QWidget:
        """Show page ``key`` (``register``, ``applications``, ``reviews``, ``headcounts``)."""
        return self.tabs.page(key)

    def show_filtered(self, **values: object) -> None:
        """Drill-down from the dashboard: the register, filtered (``branch`` id and ``status``)."""
        from unionoffice.members.views.register import RegisterPage  # loaded by page() anyway

        register = self.page("register")
        assert isinstance(register, RegisterPage)
        register.show_filtered(**values)
