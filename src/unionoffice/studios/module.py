"""Registers the studios module with the main window, the command line and the demo data."""

from __future__ import annotations

from unionoffice.core.auth.roles import Perm
from unionoffice.foundation.i18n import translate
from unionoffice.core.modules import ModuleSpec

SPEC = ModuleSpec(
    key="studios",
    title=lambda: translate("Modules", "创新工作室"),
    permission=Perm.STUDIOS_READ,
    models=("unionoffice.studios.models",),
    view="unionoffice.studios.views.tab:StudiosTab",
    cli="unionoffice.studios.cli:register",
    demo="unionoffice.studios.demo:fill",
    icon="lightbulb",
    extra_perms=(Perm.STUDIOS_WRITE,),
)
