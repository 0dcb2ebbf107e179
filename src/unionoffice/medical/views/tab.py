"""The medical mutual-aid tab: a scheme-year picker over claims, enrolment, ledger, hardship, rules."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QTabWidget, QVBoxLayout, QWidget

from unionoffice.medical.service.schemes import list_schemes
from unionoffice.medical.views.claims_page import ClaimsPage
from unionoffice.medical.views.enrolment_page import EnrolmentPage
from unionoffice.medical.views.hardship_page import HardshipPage
from unionoffice.medical.views.ledger_page import LedgerPage
from unionoffice.medical.views.schemes_page import SchemesPage
from unionoffice.ui.context import AppContext
from unionoffice.ui.icons import icon
from unionoffice.ui.messages import guarded


class MedicalTab(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("方案年度")))
        self.scheme = QComboBox()
        self.scheme.setObjectName("scheme_picker")
        self.scheme.setMinimumWidth(260)
        top.addWidget(self.scheme)
        top.addStretch(1)
        layout.addLayout(top)
        self.pages = QTabWidget()
        self.claims = ClaimsPage(ctx)
        self.enrolment = EnrolmentPage(ctx)
        self.ledger = LedgerPage(ctx)
        self.hardship = HardshipPage(ctx)
        self.rules = SchemesPage(ctx, self.reload_schemes)
        for page, text, icon_name in (
            (self.claims, self.tr("互助金申请"), "receipt"),
            (self.enrolment, self.tr("参保缴费"), "user-check"),
            (self.ledger, self.tr("基金台账"), "coins"),
            (self.hardship, self.tr("困难预警"), "triangle-alert"),
            (self.rules, self.tr("方案与规则"), "scroll-text"),
        ):
            self.pages.addTab(page, icon(icon_name), text)
        layout.addWidget(self.pages, 1)
        self.scheme.currentIndexChanged.connect(self.scheme_changed)
        self.reload_schemes()

    def reload_schemes(self, select_id: int | None = None) -> None:
        self._schemes = {s.id: s for s in list_schemes(self.ctx.db, self.ctx.actor)}
        current = select_id or self.scheme.currentData()
        self.scheme.blockSignals(True)
        self.scheme.clear()
        for s in self._schemes.values():
            self.scheme.addItem(s.title, s.id)
        index = self.scheme.findData(current)
        self.scheme.setCurrentIndex(max(index, 0))
        self.scheme.blockSignals(False)
        self.scheme_changed()

    @guarded
    def show_filtered(
        self,
        year: int,
        status: str | None = None,
        benefit_type: str | None = None,
        branch_id: int | None = None,
    ) -> None:
        """Drill-down from the dashboard: the claims of the union fund's year, filtered."""
        from unionoffice.medical.models import Fund

        scheme = next((s for s in self._schemes.values() if s.year == year and s.fund == Fund.UNION), None)
        if scheme is not None:
            self.scheme.blockSignals(True)
            self.scheme.setCurrentIndex(self.scheme.findData(scheme.id))
            self.scheme.blockSignals(False)
            self.scheme_changed()
        self.pages.setCurrentWidget(self.claims)
        self.claims.show_filtered(branch_id, status, benefit_type)

    @guarded
    def scheme_changed(self) -> None:
        scheme = self._schemes.get(self.scheme.currentData())
        for page in (self.claims, self.enrolment, self.ledger, self.hardship, self.rules):
            page.set_scheme(scheme)
