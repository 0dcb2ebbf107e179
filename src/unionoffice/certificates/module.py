"""Registers the certificates module with the main window, the command line and the demo data."""

from __future__ import annotations

from unionoffice.core.auth.roles import Perm
from unionoffice.foundation.i18n import translate
from unionoffice.core.modules import ModuleSpec

SPEC = ModuleSpec(
    key="certificates",
    title=lambda: translate("Modules", "证书"),
    permission=Perm.CERTIFICATES_READ,
    models=("unionoffice.certificates.models",),
    view="unionoffice.certificates.views.tab:CertificatesTab",
    cli="unionoffice.certificates.cli:register",
    demo="unionoffice.certificates.demo:fill",
    icon="award",
    extra_perms=(Perm.CERTIFICATES_ISSUE,),
)
