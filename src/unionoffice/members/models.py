"""The member register: members, the history of their status changes and transfers, their families."""

from __future__ import annotations

from datetime import date, datetime
from enum import StrEnum

from sqlalchemy import Date, DateTime, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from unionoffice.core.i18n import translate
from unionoffice.db.base import Base, Versioned, utcnow


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


class Member(Versioned, Base):
    __tablename__ = "members"
    __label__ = "会员"
    __table_args__ = (
        Index("ix_members_branch_status", "branch_id", "status"),
        Index("ix_members_name_initials", "name_initials"),
        Index("ix_members_name_pinyin", "name_pinyin"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(64), nullable=False, index=True)
    # Pinyin is computed on write and indexed: pypinyin over 100k names takes seconds.
    name_pinyin: Mapped[str] = mapped_column(String(255), default="", nullable=False)
    name_initials: Mapped[str] = mapped_column(String(64), default="", nullable=False)
    gender: Mapped[str] = mapped_column(String(1), nullable=False)
    # One record per person for life: a re-join revives it, so the number is unique outright.
    id_number: Mapped[str] = mapped_column(
        String(18), nullable=False, index=True, unique=True, info={"sensitive": True}
    )
    id_suffix: Mapped[str] = mapped_column(String(4), nullable=False, index=True)
    birth_date: Mapped[date] = mapped_column(Date, nullable=False)
    employee_no: Mapped[str | None] = mapped_column(String(32), nullable=True, index=True)
    phone: Mapped[str | None] = mapped_column(String(32), nullable=True, index=True)
    branch_id: Mapped[int] = mapped_column(ForeignKey("org_units.id"), nullable=False)
    group_id: Mapped[int | None] = mapped_column(ForeignKey("org_units.id"), nullable=True, index=True)
    base: Mapped[str | None] = mapped_column(String(16), nullable=True)
    trade: Mapped[str | None] = mapped_column(String(64), nullable=True)
    education: Mapped[str | None] = mapped_column(String(32), nullable=True)
    hire_date: Mapped[date | None] = mapped_column(Date, nullable=True)
    join_date: Mapped[date] = mapped_column(Date, nullable=False, index=True)
    status: Mapped[str] = mapped_column(String(16), default=MemberStatus.ACTIVE, nullable=False, index=True)
    status_date: Mapped[date | None] = mapped_column(Date, nullable=True)
    status_reason: Mapped[str | None] = mapped_column(String(255), nullable=True)
    notes: Mapped[str | None] = mapped_column(Text, nullable=True)


class MemberEvent(Base):
    """One line of a member's history: joined, transferred, changed status, re-joined. Append-only."""

    __tablename__ = "member_events"
    __label__ = "会员变动记录"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("members.id"), nullable=False, index=True)
    kind: Mapped[str] = mapped_column(String(16), nullable=False)
    event_date: Mapped[date] = mapped_column(Date, nullable=False)
    from_branch_id: Mapped[int | None] = mapped_column(ForeignKey("org_units.id"), nullable=True)
    from_group_id: Mapped[int | None] = mapped_column(ForeignKey("org_units.id"), nullable=True)
    to_branch_id: Mapped[int | None] = mapped_column(ForeignKey("org_units.id"), nullable=True)
    to_group_id: Mapped[int | None] = mapped_column(ForeignKey("org_units.id"), nullable=True)
    from_status: Mapped[str | None] = mapped_column(String(16), nullable=True)
    to_status: Mapped[str | None] = mapped_column(String(16), nullable=True)
    reason: Mapped[str | None] = mapped_column(String(255), nullable=True)
    recorded_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, nullable=False)
    recorded_by_id: Mapped[int | None] = mapped_column(Integer, nullable=True)


class FamilyMember(Versioned, Base):
    """Spouse, children, parents: kept for later benefits (medical aid for dependants, gifts)."""

    __tablename__ = "member_family"
    __label__ = "会员家属"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("members.id"), nullable=False, index=True)
    relation: Mapped[str] = mapped_column(String(16), nullable=False)
    name: Mapped[str] = mapped_column(String(64), nullable=False)
    id_number: Mapped[str | None] = mapped_column(String(18), nullable=True, info={"sensitive": True})
    birth_date: Mapped[date | None] = mapped_column(Date, nullable=True)
    notes: Mapped[str | None] = mapped_column(String(255), nullable=True)
