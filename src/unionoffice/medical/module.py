"""Registers the medical mutual-aid module with the main window, the command line and the demo data."""

from __future__ import annotations

from unionoffice.core.auth.roles import Role
from unionoffice.core.modules import ModuleSpec
from unionoffice.foundation.i18n import translate
from unionoffice.medical.perms import MedicalPerm

SPEC = ModuleSpec(
    key="medical",
    depends=("members",),
    tab_order=30,
    title=lambda: translate("Modules", "医疗互助"),
    permission=MedicalPerm.READ,
    permissions=tuple(MedicalPerm),
    grants={
        Role.CLERK: frozenset({MedicalPerm.READ, MedicalPerm.WRITE, MedicalPerm.REVIEW}),
        Role.VIEWER: frozenset({MedicalPerm.READ}),
    },
    models=("unionoffice.medical.models",),
    services=("unionoffice.medical.operations",),
    view="unionoffice.medical.views.tab:MedicalTab",
    cli="unionoffice.medical.cli:register",
    demo="unionoffice.medical.demo:fill",
    icon="heart-pulse",
    # Claims carry the hospital and diagnosis (encrypted) and the scans of medical documents.
    sensitive_permissions=frozenset({MedicalPerm.WRITE, MedicalPerm.REVIEW}),
    extensions={"scorecard.indicators": ("unionoffice.medical.scorecard:INDICATORS",)},
)
