"""The certificates tab: issue, register, verify, templates."""

from __future__ import annotations

from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from unionoffice.certificates.perms import CertificatesPerm
from unionoffice.certificates.views.register_page import RegisterPage
from unionoffice.certificates.views.verify_page import VerifyPage
from unionoffice.ui.context import AppContext
from unionoffice.ui.icons import icon


class CertificatesTab(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.pages = QTabWidget()
        self.pages.setObjectName("certificate_pages")
        self.issue_page = self.editor = None
        if ctx.actor.can(CertificatesPerm.ISSUE):
            from unionoffice.certificates.views.issue_page import IssuePage
            from unionoffice.certificates.views.template_editor import TemplateEditor

            self.issue_page = IssuePage(ctx)
            self.pages.addTab(self.issue_page, icon("award"), self.tr("批量发证"))
        self.register_page = RegisterPage(ctx)
        self.pages.addTab(self.register_page, icon("list"), self.tr("证书登记簿"))
        self.verify_page = VerifyPage(ctx)
        self.pages.addTab(self.verify_page, icon("shield-check"), self.tr("验证"))
        if self.issue_page is not None:
            self.editor = TemplateEditor(ctx)
            self.pages.addTab(self.editor, icon("pencil"), self.tr("模板与校准"))
            self.issue_page.issued.connect(self.register_page.refresh)
            self.editor.saved.connect(self.issue_page.reload_templates)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.pages)
