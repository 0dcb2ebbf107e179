"""The certificates tab: issue, register, verify, templates; each page built when first shown."""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget

from unionoffice.certificates.contract import TemplateInfo
from unionoffice.certificates.perms import CertificatesPerm
from unionoffice.certificates.views.issue_page import IssuePage
from unionoffice.certificates.views.register_page import RegisterPage
from unionoffice.certificates.views.template_editor import TemplateEditor
from unionoffice.certificates.views.verify_page import VerifyPage
from unionoffice.ui.context import AppContext
from unionoffice.ui.widgets.lazy_tabs import LazyTabs


class CertificatesTab(QWidget):
    """GUI thread. Pages that exist tell each other what changed (a batch issued, a design
    saved) without asking the services again."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.issue_page: IssuePage | None = None
        self.register_page: RegisterPage | None = None
        self.verify_page: VerifyPage | None = None
        self.editor: TemplateEditor | None = None
        self.pages = LazyTabs()
        self.pages.setObjectName("certificate_pages")
        can_issue = ctx.session.can(CertificatesPerm.ISSUE)
        if can_issue:
            self.pages.add_page("issue", self.tr("批量发证"), "award", self._build_issue)
        self.pages.add_page("register", self.tr("证书登记簿"), "list", self._build_register)
        self.pages.add_page("verify", self.tr("验证"), "shield-check", self._build_verify)
        if can_issue:
            self.pages.add_page("templates", self.tr("模板与校准"), "pencil", self._build_editor)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.pages)

    def page(self, key: str) -> QWidget:
        """Show page ``key`` (building it if need be)."""
        return self.pages.page(key)

    def _build_issue(self, parent: QWidget) -> QWidget:
        self.issue_page = IssuePage(self.ctx, parent)
        self.issue_page.issued.connect(self._issued)
        return self.issue_page

    def _build_register(self, parent: QWidget) -> QWidget:
        self.register_page = RegisterPage(self.ctx, parent)
        return self.register_page

    def _build_verify(self, parent: QWidget) -> QWidget:
        self.verify_page = VerifyPage(self.ctx, parent)
        return self.verify_page

    def _build_editor(self, parent: QWidget) -> QWidget:
        self.editor = TemplateEditor(self.ctx, parent)
        self.editor.saved.connect(self._template_saved)
        return self.editor

    def _issued(self) -> None:
        if self.register_page is not None:
            self.register_page.refresh()

    def _template_saved(self, template: TemplateInfo) -> None:
        if self.issue_page is not None:
            self.issue_page.template_saved(template)
