"""The register's statuses, genders, event kinds and family relations, with their Chinese labels.

Plain Python: services, screens and other modules' code use these without loading the database.
Statuses follow the union constitution (中国工会章程, membership articles): a member is 在会, keeps
the membership as 保留会籍 when retired or unemployed (still in the register, dues-exempt), moves
to another organisation's union (会籍接转: 转出 here, 转入 there), withdraws (退会, voluntarily or
deemed under the six-month rule), is expelled (除名) or dies (去世).
"""

from __future__ import annotations

from enum import StrEnum

from unionoffice.foundation.i18n import translate


class MemberStatus(StrEnum):
    ACTIVE = "active"
    RETAINED = "retained"  # 保留会籍: retired or unemployed, kept in the register
    TRANSFERRED_OUT = "transferred_out"  # membership transferred to another organisation's union
    LEFT = "left"  # 退会: voluntary, or deemed under the six-month rule
    EXPELLED = "expelled"
    DECEASED = "deceased"

    @property
    def label(self) -> str:
        return {
            MemberStatus.ACTIVE: translate("Members", "在会"),
            MemberStatus.RETAINED: translate("Members", "保留会籍"),
            MemberStatus.TRANSFERRED_OUT: translate("Members", "转出"),
            MemberStatus.LEFT: translate("Members", "退会"),
            MemberStatus.EXPELLED: translate("Members", "除名"),
            MemberStatus.DECEASED: translate("Members", "去世"),
        }[self]

    @property
    def in_register(self) -> bool:
        """在会 and 保留会籍 members are in the register (and in its counts); the others are not."""
        return self in IN_REGISTER


IN_REGISTER = frozenset({MemberStatus.ACTIVE, MemberStatus.RETAINED})


class StatusCause(StrEnum):
    """Why a member keeps the membership (保留会籍) or withdrew (退会)."""

    RETIRED = "retired"
    UNEMPLOYED = "unemployed"
    VOLUNTARY = "voluntary"
    DEEMED = "deemed"  # no dues for six consecutive months and no part in union life

    @property
    def label(self) -> str:
        return {
            StatusCause.RETIRED: translate("Members", "退休"),
            StatusCause.UNEMPLOYED: translate("Members", "失业"),
            StatusCause.VOLUNTARY: translate("Members", "本人申请"),
            StatusCause.DEEMED: translate("Members", "视为自动退会（连续六个月未交会费）"),
        }[self]


# The causes a status needs; a status not named here takes none.
CAUSES: dict[MemberStatus, tuple[StatusCause, ...]] = {
    MemberStatus.RETAINED: (StatusCause.RETIRED, StatusCause.UNEMPLOYED),
    MemberStatus.LEFT: (StatusCause.VOLUNTARY, StatusCause.DEEMED),
}


def next_statuses(current: MemberStatus) -> tuple[MemberStatus, ...]:
    """Where a member can go from ``current`` by a status change (the status dialog's choices).

    Out of the register only a death is recorded; coming back is a re-join, a record of death is final.
    """
    if current == MemberStatus.DECEASED:
        return ()
    if not current.in_register:
        return (MemberStatus.DECEASED,)
    leaving = (
        MemberStatus.TRANSFERRED_OUT,
        MemberStatus.LEFT,
        MemberStatus.EXPELLED,
        MemberStatus.DECEASED,
    )
    other = MemberStatus.ACTIVE if current == MemberStatus.RETAINED else MemberStatus.RETAINED
    return (other, *leaving)


class Gender(StrEnum):
    MALE = "M"
    FEMALE = "F"

    @property
    def label(self) -> str:
        return translate("Members", "男") if self is Gender.MALE else translate("Members", "女")


class EventKind(StrEnum):
    JOIN = "join"
    TRANSFER = "transfer"  # between branch unions or groups of this union
    STATUS = "status"
    REJOIN = "rejoin"
    TRANSFER_IN = "transfer_in"  # joined by membership transfer from another organisation

    @property
    def label(self) -> str:
        return {
            EventKind.JOIN: translate("Members", "入会"),
            EventKind.TRANSFER: translate("Members", "调动"),
            EventKind.STATUS: translate("Members", "状态变更"),
            EventKind.REJOIN: translate("Members", "重新入会"),
            EventKind.TRANSFER_IN: translate("Members", "会籍转入"),
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


class ApplicationStatus(StrEnum):
    PENDING = "pending"
    APPROVED = "approved"
    REJECTED = "rejected"

    @property
    def label(self) -> str:
        return {
            ApplicationStatus.PENDING: translate("Members", "待审批"),
            ApplicationStatus.APPROVED: translate("Members", "已批准"),
            ApplicationStatus.REJECTED: translate("Members", "未批准"),
        }[self]


class ReviewSource(StrEnum):
    """Why a member is on the six-month review list."""

    DUES = "dues"  # a dues provider found six months without dues
    MANUAL = "manual"  # flagged by hand

    @property
    def label(self) -> str:
        return {
            ReviewSource.DUES: translate("Members", "连续六个月未交会费"),
            ReviewSource.MANUAL: translate("Members", "人工标记"),
        }[self]


class ReviewDecision(StrEnum):
    KEEP = "keep"
    WITHDRAWN = "withdrawn"  # deemed to have withdrawn (退会, cause DEEMED)

    @property
    def label(self) -> str:
        return {
            ReviewDecision.KEEP: translate("Members", "继续在会"),
            ReviewDecision.WITHDRAWN: translate("Members", "视为自动退会"),
        }[self]
