"""The congress and honours tab (职代会与评先): proposals, the representatives' roster and the
honours recommendation, each a page built when first shown."""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget

from unionoffice.ui.context import AppContext
from unionoffice.ui.widgets.lazy_tabs import LazyTabs

# Imports inside functions: each page's module loads when the clerk first opens that page.


class CongressTab(QWidget):
    """GUI thread. Holds the pages; every call to the services is theirs, on a worker."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.tabs = LazyTabs(self)
        self.tabs.setObjectName("congress_pages")
        self.tabs.setDocumentMode(True)
        self.tabs.add_page("proposals", self.tr("职代会提案"), "scroll-text", self._proposals)
        self.tabs.add_page("roster", self.tr("职工代表"), "users", self._roster)
        self.tabs.add_page("honours", self.tr("评先推荐"), "medal", self._honours)
        layout.addWidget(self.tabs)

    def _proposals(self, parent: QWidget) -> QWidget:
        from unionoffice.congress.views.proposals import ProposalsPage

        return ProposalsPage(self.ctx, parent)

    def _roster(self, parent: QWidget) -> QWidget:
        from unionoffice.congress.views.roster import RosterPage

        return RosterPage(self.ctx, parent)

    def _honours(self, parent: QWidget) -> QWidget:
        from unionoffice.congress.views.candidates import CandidatesPage

        return CandidatesPage(self.ctx, parent)

    def page(self, key: str) -> QWidget:
        """Show page ``key`` (``proposals``, ``roster``, ``honours``)."""
        return self.tabs.page(key)

    def show_filtered(self, **values: object) -> None:
        """Drill-down from the dashboard: the proposals, filtered (``status``, e.g. "overdue")."""
        from unionoffice.congress.views.proposals import ProposalsPage  # loaded by page() anyway

        proposals = self.page("proposals")
        assert isinstance(proposals, ProposalsPage)
        proposals.show_filtered(**values)
