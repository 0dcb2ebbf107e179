"""The core member table every module refers to."""

from __future__ import annotations

from datetime import date
from enum import StrEnum

from sqlalchemy import Date, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from unionoffice.core.i18n import translate
from unionoffice.db.base import Base, Versioned


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
    id_number: Mapped[str] = mapped_column(String(18), nullable=False, index=True, info={"sensitive": True})
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
