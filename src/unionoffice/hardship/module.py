"""Registers the hardship module (困难帮扶) with the main window, the command line and the demo data."""

from __future__ import annotations

from unionoffice.core.auth.roles import Role
from unionoffice.core.modules import ModuleSpec
from unionoffice.foundation.i18n import translate
from unionoffice.hardship.perms import HardshipPerm

SPEC = ModuleSpec(
    key="hardship",
    # Candidates come from the register (deaths, relatives) and from medical claims (api.py of each).
    depends=("members", "medical"),
    tab_order=35,
    title=lambda: translate("Modules", "困难帮扶"),
    permission=HardshipPerm.READ,
    permissions=tuple(HardshipPerm),
    grants={
        # Clerks keep their branch unions' files; the committee's approval and the figures
        # (低保, rules) are the company union's.
        Role.CLERK: frozenset(
            {HardshipPerm.READ, HardshipPerm.WRITE, HardshipPerm.DETAILS, HardshipPerm.STATISTICS}
        ),
        # Viewers see counts and totals on the dashboard, never a household.
        Role.VIEWER: frozenset({HardshipPerm.STATISTICS}),
    },
    models=("unionoffice.hardship.models",),
    services=("unionoffice.hardship.operations",),
    view="unionoffice.hardship.views.tab:HardshipTab",
    cli="unionoffice.hardship.cli:register",
    demo="unionoffice.hardship.demo:fill",
    icon="hand-heart",
)
