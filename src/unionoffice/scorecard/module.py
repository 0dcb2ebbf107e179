"""Registers the branch scorecard: the 分工会比较 tab, ``unionoffice bulletin`` and the weights table."""

from __future__ import annotations

from unionoffice.core.auth.roles import Role
from unionoffice.core.modules import ModuleSpec
from unionoffice.foundation.i18n import translate
from unionoffice.scorecard.perms import ScorecardPerm

# No depends: the indicators come through the extension point "scorecard.indicators"
# (scorecard/point.py), so this module imports no other module's code.
SPEC = ModuleSpec(
    key="scorecard",
    tab_order=65,  # after the modules whose figures it compares
    title=lambda: translate("Modules", "分工会比较"),
    permission=ScorecardPerm.READ,
    permissions=tuple(ScorecardPerm),
    grants={
        Role.CLERK: frozenset({ScorecardPerm.READ}),
        Role.VIEWER: frozenset({ScorecardPerm.READ}),
    },
    models=("unionoffice.scorecard.models",),
    services=("unionoffice.scorecard.operations",),
    view="unionoffice.scorecard.views.tab:ScorecardTab",
    cli="unionoffice.scorecard.cli:register",
    icon="trophy",
)
