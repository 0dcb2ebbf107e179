"""Registers the members module with the main window, the command line and the demo data."""

from __future__ import annotations

from unionoffice.core.auth.roles import Perm
from unionoffice.foundation.i18n import translate
from unionoffice.core.modules import ModuleSpec

SPEC = ModuleSpec(
    key="members",
    title=lambda: translate("Modules", "会员管理"),
    permission=Perm.MEMBERS_READ,
    models=("unionoffice.members.models",),
    view="unionoffice.members.views.register:MembersTab",
    cli="unionoffice.members.cli:register",
    demo="unionoffice.members.demo:fill",
    icon="users",
    on_keys_ready="unionoffice.members.models:fill_missing_hashes",
    extra_perms=(Perm.MEMBERS_WRITE, Perm.MEMBERS_UNMASK, Perm.MEMBERS_EXPORT_UNMASKED),
)
