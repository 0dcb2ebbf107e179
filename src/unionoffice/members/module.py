"""Registers the members module with the main window, the command line and the demo data."""

from __future__ import annotations

from unionoffice.core.auth.roles import Role
from unionoffice.core.modules import ModuleSpec
from unionoffice.foundation.i18n import translate
from unionoffice.members.perms import MembersPerm

SPEC = ModuleSpec(
    key="members",
    depends=(),
    tab_order=20,
    title=lambda: translate("Modules", "会员管理"),
    permission=MembersPerm.READ,
    permissions=tuple(MembersPerm),
    org_membership="unionoffice.members.org_membership:ORG_MEMBERSHIP",
    services=("unionoffice.members.operations",),
    grants={
        Role.CLERK: frozenset({MembersPerm.READ, MembersPerm.WRITE, MembersPerm.UNMASK}),
        Role.VIEWER: frozenset({MembersPerm.READ}),
    },
    models=("unionoffice.members.models",),
    view="unionoffice.members.views.tab:MembersTab",
    cli="unionoffice.members.cli:register",
    demo="unionoffice.members.demo:fill",
    icon="users",
    # Writing a member seals the identity number; unmasking opens it.
    sensitive_permissions=frozenset({MembersPerm.WRITE, MembersPerm.UNMASK}),
    extensions={"scorecard.indicators": ("unionoffice.members.scorecard:INDICATORS",)},
)
