"""The administrator's tab: organisation tree, user accounts, audit log, holiday arrangement
(each built when first shown)."""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget

from unionoffice.ui.admin.audit_view import AuditView
from unionoffice.ui.admin.calendar_view import CalendarView
from unionoffice.ui.admin.org_view import OrgView
from unionoffice.ui.admin.users_view import UsersView
from unionoffice.ui.context import AppContext
from unionoffice.ui.widgets.lazy_tabs import LazyTabs


class AdminTab(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        self.tabs = LazyTabs()
        self.tabs.add_page("org", self.tr("组织机构"), "network", lambda parent: OrgView(ctx, parent))
        self.tabs.add_page("users", self.tr("用户与权限"), "user-cog", lambda parent: UsersView(ctx, parent))
        self.tabs.add_page("audit", self.tr("操作日志"), "scroll-text", lambda parent: AuditView(ctx, parent))
        self.tabs.add_page(
            "calendar", self.tr("节假日"), "calendar", lambda parent: CalendarView(ctx, parent)
        )
        layout.addWidget(self.tabs)

    @property
    def org(self) -> QWidget:
        return self.tabs.page("org")

    @property
    def users(self) -> QWidget:
        return self.tabs.page("users")

    @property
    def audit(self) -> QWidget:
        return self.tabs.page("audit")
