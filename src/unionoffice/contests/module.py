"""Registers the skill-contest module with the main window, the command line and the demo data."""

from __future__ import annotations

from unionoffice.contests.perms import ContestsPerm
from unionoffice.core.auth.roles import Role
from unionoffice.core.modules import ModuleSpec
from unionoffice.foundation.i18n import translate

SPEC = ModuleSpec(
    key="contests",
    depends=("members",),
    tab_order=40,
    title=lambda: translate("Modules", "技能竞赛"),
    permission=ContestsPerm.READ,
    permissions=tuple(ContestsPerm),
    recipient_sources=("unionoffice.contests.recipients:PRIZE_WINNERS",),
    grants={
        Role.CLERK: frozenset({ContestsPerm.READ, ContestsPerm.ENTER}),
        Role.JUDGE: frozenset({ContestsPerm.JUDGE}),
        Role.VIEWER: frozenset({ContestsPerm.READ}),
    },
    services=("unionoffice.contests.operations",),
    models=("unionoffice.contests.models",),
    view="unionoffice.contests.views.tab:ContestsTab",
    cli="unionoffice.contests.cli:register",
    demo="unionoffice.contests.demo:fill",
    icon="medal",
    extensions={"scorecard.indicators": ("unionoffice.contests.scorecard:INDICATORS",)},
)
