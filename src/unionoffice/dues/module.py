"""Registers the dues and welfare module (经费与福利) with the main window, the command line and the demo data."""

from __future__ import annotations

from unionoffice.core.auth.roles import Role
from unionoffice.core.modules import ModuleSpec
from unionoffice.dues.perms import DuesPerm
from unionoffice.foundation.i18n import translate

SPEC = ModuleSpec(
    key="dues",
    depends=("members", "medical"),
    tab_order=35,
    title=lambda: translate("Modules", "经费与福利"),
    permission=DuesPerm.READ,
    permissions=tuple(DuesPerm),
    services=("unionoffice.dues.operations",),
    grants={
        Role.CLERK: frozenset(
            {DuesPerm.READ, DuesPerm.WRITE, DuesPerm.WELFARE, DuesPerm.BUDGET, DuesPerm.FIGURES}
        ),
        Role.VIEWER: frozenset({DuesPerm.FIGURES}),
    },
    models=("unionoffice.dues.models",),
    view="unionoffice.dues.views.tab:DuesTab",
    cli="unionoffice.dues.cli:register",
    demo="unionoffice.dues.demo:fill",
    icon="wallet",
    extensions={
        "members.dues_lapses": ("unionoffice.dues.arrears:LAPSES",),
        "scorecard.indicators": ("unionoffice.dues.scorecard:INDICATORS",),
    },
)
