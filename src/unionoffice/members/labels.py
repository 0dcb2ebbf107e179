"""The register's statuses, genders, event kinds and family relations, with their Chinese labels.

Plain Python: services, screens and other modules' code use these without loading the database.
"""

from __future__ import annotations

from enum import StrEnum

from unionoffice.foundation.i18n import translate


class MemberStatus(StrEnum):
    ACTIVE = "active"
    TRANSFERRED = "transferred"
    RETIRED = "retired"
    LEFT = "left"
    DECEASED = "deceased"

    @property
    def label(self) -> str:
        return {
            MemberStatus.ACTIVE: translate("Members", "在会"),
            MemberStatus.TRANSFERRED: translate("Members", "调出"),
            MemberStatus.RETIRED: translate("Members", "退休"),
            MemberStatus.LEFT: translate("Members", "退会"),
            MemberStatus.DECEASED: translate("Members", "去世"),
        }[self]


class Gender(StrEnum):
    MALE = "M"
    FEMALE = "F"

    @property
    def label(self) -> str:
        return translate("Members", "男") if self is Gender.MALE else translate("Members", "女")


class EventKind(StrEnum):
    JOIN = "join"
    TRANSFER = "transfer"
    STATUS = "status"
    REJOIN = "rejoin"

    @property
    def label(self) -> str:
        return {
            EventKind.JOIN: translate("Members", "入会"),
            EventKind.TRANSFER: translate("Members", "调动"),
            EventKind.STATUS: translate("Members", "状态变更"),
            EventKind.REJOIN: translate("Members", "重新入会"),
        }[self]


class Relation(StrEnum):
    SPOUSE = "spouse"
    CHILD = "child"
    PARENT = "parent"

    @property
    def label(self) -> str:
        return {
            Relation.SPOUSE: translate("Members", "配偶"),
            Relation.CHILD: translate("Members", "子女"),
            Relation.PARENT: translate("Members", "父母"),
        }[self]


# Statuses a member in the union can move to (the status dialog's choices).
LEAVING = (MemberStatus.TRANSFERRED, MemberStatus.RETIRED, MemberStatus.LEFT, MemberStatus.DECEASED)
