"""The medical mutual-aid tab: a scheme-year picker over five sub-pages (claims, enrolment,
ledger, hardship alert, schemes and rules), each built and opened the first time it is shown."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from unionoffice.medical.contract import SchemeChoice, SchemeInfo, SchemePick
from unionoffice.medical.labels import Fund
from unionoffice.medical.views.common import SchemeBound
from unionoffice.ui.context import AppContext
from unionoffice.ui.widgets.lazy_tabs import LazyTab, LazyTabs

# Imports inside functions: each sub-page's module loads when the clerk first opens that page.


class MedicalTab(QWidget):
    """GUI thread. Holds the scheme year the sub-pages show; the sub-page shown first brings the
    list of years with its own opening call (no call of the tab's own)."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._scheme: SchemeInfo | None = None
        self._schemes: dict[int, SchemeInfo] = {}
        self._schemes_known = False
        self._pending_year: int | None = None  # a drill-down's year, before the years are known
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("方案年度")))
        self.picker = QComboBox()
        self.picker.setObjectName("scheme_picker")
        self.picker.setMinimumWidth(260)
        top.addWidget(self.picker)
        top.addStretch(1)
        layout.addLayout(top)
        self.pages = LazyTabs()
        self.pages.add_page("claims", self.tr("互助金申请"), "receipt", self._claims)
        self.pages.add_page("enrolment", self.tr("参保缴费"), "user-check", self._enrolment)
        self.pages.add_page("ledger", self.tr("基金台账"), "coins", self._ledger)
        self.pages.add_page("hardship", self.tr("困难预警"), "triangle-alert", self._hardship)
        self.pages.add_page("rules", self.tr("方案与规则"), "scroll-text", self._rules)
        layout.addWidget(self.pages, 1)
        self.picker.currentIndexChanged.connect(self._picked)

    # Sub-pages ------------------------------------------------------------------------------
    def _claims(self, parent: QWidget) -> QWidget:
        from unionoffice.medical.views.claims_page import ClaimsPage

        return ClaimsPage(self.ctx, self, parent)

    def _enrolment(self, parent: QWidget) -> QWidget:
        from unionoffice.medical.views.enrolment_page import EnrolmentPage

        return EnrolmentPage(self.ctx, self, parent)

    def _ledger(self, parent: QWidget) -> QWidget:
        from unionoffice.medical.views.ledger_page import LedgerPage

        return LedgerPage(self.ctx, self, parent)

    def _hardship(self, parent: QWidget) -> QWidget:
        from unionoffice.medical.views.hardship_page import HardshipPage

        return HardshipPage(self.ctx, self, parent)

    def _rules(self, parent: QWidget) -> QWidget:
        from unionoffice.medical.views.schemes_page import SchemesPage

        return SchemesPage(self.ctx, self, parent)

    def built(self) -> list[SchemeBound]:
        """The sub-pages built so far."""
        found = []
        for index in range(self.pages.count()):
            tab = self.pages.widget(index)
            if isinstance(tab, LazyTab) and isinstance(tab.view, SchemeBound):
                found.append(tab.view)
        return found

    # The scheme year (SchemeHost) -----------------------------------------------------------
    @property
    def scheme(self) -> SchemeInfo | None:
        return self._scheme

    def pick(self) -> SchemePick:
        return SchemePick(
            self._scheme.id if self._scheme is not None else None,
            self._pending_year,
            with_schemes=not self._schemes_known,
        )

    def take(self, choice: SchemeChoice) -> None:
        if choice.schemes is not None:
            self._schemes = {s.id: s for s in choice.schemes}
            self._schemes_known = True
            self.picker.blockSignals(True)
            self.picker.clear()
            for s in choice.schemes:
                self.picker.addItem(s.title, s.id)
            self.picker.blockSignals(False)
        self._pending_year = None
        if choice.scheme is not None:
            changed = self._scheme is not None and self._scheme.id != choice.scheme.id
            self._scheme = choice.scheme
            self._schemes[choice.scheme.id] = choice.scheme
            self._select(choice.scheme.id)
            if changed:
                self._others_follow()

    def scheme_saved(self, scheme: SchemeInfo) -> None:
        self._scheme = scheme
        self._schemes_known = False  # the next opening call brings the list again
        for page in self.built():
            page.scheme_changed()

    def scheme_updated(self, scheme: SchemeInfo) -> None:
        self._scheme = scheme
        self._schemes[scheme.id] = scheme
        self._others_follow()

    def _select(self, scheme_id: int) -> None:
        self.picker.blockSignals(True)
        self.picker.setCurrentIndex(max(self.picker.findData(scheme_id), 0))
        self.picker.blockSignals(False)

    def _picked(self) -> None:
        found = self._schemes.get(self.picker.currentData())
        if found is None or (self._scheme is not None and found.id == self._scheme.id):
            return
        self._scheme = found
        for page in self.built():
            page.scheme_changed()

    def _others_follow(self) -> None:
        """Sub-pages that are not shown open again on the new scheme when next shown."""
        for page in self.built():
            if not page.isVisible():
                page.scheme_changed()

    # Drill-down ------------------------------------------------------------------------------
    def show_filtered(
        self,
        year: int | None = None,
        status: str | None = None,
        benefit_type: str | None = None,
        branch_id: int | None = None,
    ) -> None:
        """From the dashboard: the union fund's claims of ``year``, filtered (one call)."""
        from unionoffice.medical.views.claims_page import ClaimsPage

        target = None
        if year is not None:
            target = next(
                (s for s in self._schemes.values() if s.year == year and s.fund == Fund.UNION), None
            )
            if target is None and not self._schemes_known:
                self._pending_year = year
        index = self.pages.keys.index("claims")
        tab = self.pages.widget(index)
        assert isinstance(tab, LazyTab)
        claims = tab.ensure_built()  # filters first, so that its first showing loads them at once
        assert isinstance(claims, ClaimsPage)
        if target is not None and (self._scheme is None or target.id != self._scheme.id):
            self._scheme = target
            self._select(target.id)
            for page in self.built():
                if page is not claims:
                    page.scheme_changed()
        claims.show_filtered(branch=branch_id, status=status, benefit=benefit_type)
        self.pages.setCurrentIndex(index)
