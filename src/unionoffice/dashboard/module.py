"""Registers the dashboard: the first tab for admins and viewers, and ``unionoffice report``."""

from __future__ import annotations

from unionoffice.core.auth.roles import Perm
from unionoffice.foundation.i18n import translate
from unionoffice.core.modules import ModuleSpec

# No tables and no demo data of its own: every figure is computed from the other modules.
SPEC = ModuleSpec(
    key="dashboard",
    title=lambda: translate("Modules", "数据概览"),
    permission=Perm.DASHBOARD_READ,
    view="unionoffice.dashboard.view:DashboardTab",
    cli="unionoffice.dashboard.cli:register",
    icon="layout-dashboard",
)
