"""The administrator's tab: organisation tree, user accounts, audit log."""

from __future__ import annotations

from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from unionoffice.ui.admin.audit_view import AuditView
from unionoffice.ui.admin.org_view import OrgView
from unionoffice.ui.admin.users_view import UsersView
from unionoffice.ui.context import AppContext
from unionoffice.ui.icons import icon


class AdminTab(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        self.tabs = QTabWidget()
        self.org = OrgView(ctx)
        self.users = UsersView(ctx)
        self.audit = AuditView(ctx)
        self.tabs.addTab(self.org, icon("network"), self.tr("组织机构"))
        self.tabs.addTab(self.users, icon("user-cog"), self.tr("用户与权限"))
        self.tabs.addTab(self.audit, icon("scroll-text"), self.tr("操作日志"))
        layout.addWidget(self.tabs)
