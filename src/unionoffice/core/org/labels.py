"""The kinds of organisation unit and the production bases, for services and screens alike."""

from __future__ import annotations

from enum import StrEnum

from unionoffice.foundation.i18n import translate


class UnitKind(StrEnum):
    COMPANY = "company"
    BRANCH = "branch"
    GROUP = "group"

    @property
    def label(self) -> str:
        return {
            UnitKind.COMPANY: translate("Org", "公司工会"),
            UnitKind.BRANCH: translate("Org", "分工会"),
            UnitKind.GROUP: translate("Org", "工会小组"),
        }[self]


# Production bases are an attribute of units and members, not a level of the tree.
BASES = ("新乡", "江西", "新疆")
