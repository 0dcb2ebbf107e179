"""Registers the skill-contest module with the main window, the command line and the demo data."""

from __future__ import annotations

from unionoffice.core.auth.roles import Perm
from unionoffice.foundation.i18n import translate
from unionoffice.core.modules import ModuleSpec

SPEC = ModuleSpec(
    key="contests",
    title=lambda: translate("Modules", "技能竞赛"),
    permission=Perm.CONTESTS_READ,
    models=("unionoffice.contests.models",),
    view="unionoffice.contests.views.tab:ContestsTab",
    cli="unionoffice.contests.cli:register",
    demo="unionoffice.contests.demo:fill",
    icon="medal",
    extra_perms=(Perm.CONTESTS_ADMIN, Perm.CONTESTS_JUDGE, Perm.CONTESTS_ENTER),
)
