"""Registers the certificates module with the main window, the command line and the demo data."""

from __future__ import annotations

from unionoffice.certificates.perms import CertificatesPerm
from unionoffice.core.auth.roles import Role
from unionoffice.core.modules import ModuleSpec
from unionoffice.foundation.i18n import translate

SPEC = ModuleSpec(
    key="certificates",
    depends=("members",),
    tab_order=60,
    title=lambda: translate("Modules", "证书"),
    permission=CertificatesPerm.READ,
    permissions=tuple(CertificatesPerm),
    grants={
        Role.VIEWER: frozenset({CertificatesPerm.READ}),
    },
    models=("unionoffice.certificates.models",),
    services=("unionoffice.certificates.operations",),
    view="unionoffice.certificates.views.tab:CertificatesTab",
    cli="unionoffice.certificates.cli:register",
    demo="unionoffice.certificates.demo:fill",
    icon="award",
)
