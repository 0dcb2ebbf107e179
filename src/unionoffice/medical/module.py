"""Registers the medical mutual-aid module with the main window, the command line and the demo data."""

from __future__ import annotations

from unionoffice.core.auth.roles import Perm
from unionoffice.foundation.i18n import translate
from unionoffice.core.modules import ModuleSpec

SPEC = ModuleSpec(
    key="medical",
    title=lambda: translate("Modules", "医疗互助"),
    permission=Perm.MEDICAL_READ,
    models=("unionoffice.medical.models",),
    view="unionoffice.medical.views.tab:MedicalTab",
    cli="unionoffice.medical.cli:register",
    demo="unionoffice.medical.demo:fill",
    icon="heart-pulse",
    extra_perms=(Perm.MEDICAL_WRITE, Perm.MEDICAL_REVIEW, Perm.MEDICAL_ADMIN),
)
