"""The 困难帮扶 tab: the register of files, the 免申即享 candidates, payouts, and the 低保 figures;
each page is built (and asks the services) when first shown."""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget

from unionoffice.hardship.views.candidates_page import CandidatesPage
from unionoffice.hardship.views.files_page import FilesPage
from unionoffice.hardship.views.payouts_page import PayoutsPage
from unionoffice.hardship.views.standards_page import StandardsPage
from unionoffice.ui.context import AppContext
from unionoffice.ui.widgets.lazy_tabs import LazyTabs


class HardshipTab(QWidget):
    """GUI thread; every call to the services runs on a worker."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.files: FilesPage | None = None
        self.candidates: CandidatesPage | None = None
        self.payouts: PayoutsPage | None = None
        self.pages = LazyTabs()
        self.pages.setObjectName("hardship_pages")
        self.pages.add_page("files", self.tr("困难档案"), "house-heart", self._build_files)
        self.pages.add_page("candidates", self.tr("免申即享"), "list-checks", self._build_candidates)
        self.pages.add_page("payouts", self.tr("帮扶发放"), "hand-coins", self._build_payouts)
        self.pages.add_page(
            "standards", self.tr("低保标准与规则"), "sliders-horizontal", self._build_standards
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.pages)

    def page(self, key: str) -> QWidget:
        """Show page ``key`` (building it if need be)."""
        return self.pages.page(key)

    def show_filtered(self, **values: object) -> None:
        """Drill-down (dashboard): the register, filtered by ``category``, ``stage``, ``branch``."""
        page = self.page("files")
        assert isinstance(page, FilesPage)
        page.show_filtered(**values)

    def _build_files(self, parent: QWidget) -> QWidget:
        self.files = FilesPage(self.ctx, parent)
        return self.files

    def _build_candidates(self, parent: QWidget) -> QWidget:
        self.candidates = CandidatesPage(self.ctx, parent)
        self.candidates.file_opened.connect(self._file_opened)
        return self.candidates

    def _build_payouts(self, parent: QWidget) -> QWidget:
        self.payouts = PayoutsPage(self.ctx, parent)
        return self.payouts

    def _build_standards(self, parent: QWidget) -> QWidget:
        return StandardsPage(self.ctx, parent)

    def _file_opened(self) -> None:
        """A file opened from the candidate list shows up in the register."""
        if self.files is not None:
            self.files.reload()
