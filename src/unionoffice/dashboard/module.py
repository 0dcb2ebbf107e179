"""Registers the dashboard: the first tab for admins and viewers, and ``unionoffice report``."""

from __future__ import annotations

from unionoffice.core.auth.roles import Role
from unionoffice.core.modules import ModuleSpec
from unionoffice.dashboard.perms import DashboardPerm
from unionoffice.foundation.i18n import translate

# No tables and no demo data of its own: every figure is computed from the other modules.
SPEC = ModuleSpec(
    key="dashboard",
    depends=("members", "medical", "contests", "studios"),
    tab_order=10,
    title=lambda: translate("Modules", "数据概览"),
    permission=DashboardPerm.READ,
    permissions=tuple(DashboardPerm),
    grants={
        Role.VIEWER: frozenset({DashboardPerm.READ}),
    },
    services=("unionoffice.dashboard.operations",),
    view="unionoffice.dashboard.views.tab:DashboardTab",
    cli="unionoffice.dashboard.cli:register",
    icon="layout-dashboard",
)
