"""Registers the congress module (职代会与评先) with the main window, the command line and the demo."""

from __future__ import annotations

from unionoffice.congress.perms import CongressPerm
from unionoffice.core.auth.roles import Role
from unionoffice.core.modules import ModuleSpec
from unionoffice.foundation.i18n import translate

SPEC = ModuleSpec(
    key="congress",
    depends=("members", "studios"),
    tab_order=55,
    title=lambda: translate("Modules", "职代会与评先"),
    permission=CongressPerm.READ,
    permissions=tuple(CongressPerm),
    grants={
        Role.CLERK: frozenset({CongressPerm.READ, CongressPerm.WRITE}),
        Role.VIEWER: frozenset({CongressPerm.READ}),
    },
    models=("unionoffice.congress.models",),
    services=("unionoffice.congress.operations",),
    view="unionoffice.congress.views.tab:CongressTab",
    cli="unionoffice.congress.cli:register",
    demo="unionoffice.congress.demo:fill",
    icon="scroll-text",
    recipient_sources=("unionoffice.congress.recipients:AWARDED",),
    extensions={"scorecard.indicators": ("unionoffice.congress.scorecard:INDICATORS",)},
)
