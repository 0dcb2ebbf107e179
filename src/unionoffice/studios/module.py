"""Registers the studios module with the main window, the command line and the demo data."""

from __future__ import annotations

from unionoffice.core.auth.roles import Role
from unionoffice.core.modules import ModuleSpec
from unionoffice.foundation.i18n import translate
from unionoffice.studios.perms import StudiosPerm

SPEC = ModuleSpec(
    key="studios",
    depends=("members",),
    tab_order=50,
    title=lambda: translate("Modules", "创新工作室"),
    permission=StudiosPerm.READ,
    permissions=tuple(StudiosPerm),
    recipient_sources=(
        "unionoffice.studios.recipients:FIVE_SMALL_RESULTS",
        "unionoffice.studios.recipients:HONOURS",
    ),
    grants={
        Role.CLERK: frozenset({StudiosPerm.READ, StudiosPerm.WRITE}),
        Role.VIEWER: frozenset({StudiosPerm.READ}),
    },
    models=("unionoffice.studios.models",),
    services=("unionoffice.studios.operations", "unionoffice.studios.panel_operations"),
    view="unionoffice.studios.views.tab:StudiosTab",
    cli="unionoffice.studios.cli:register",
    demo="unionoffice.studios.demo:fill",
    icon="lightbulb",
    extensions={"scorecard.indicators": ("unionoffice.studios.scorecard:INDICATORS",)},
)
