"""The member register: members, the history of their status changes and transfers, their families."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Date, DateTime, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from unionoffice.core.crypto.fields import EncryptedText, KeyedHash
from unionoffice.core.crypto.vault import keyed_hash
from unionoffice.db.base import Base, Versioned, utcnow
from unionoffice.members.labels import MemberStatus

# The encryption context of the identity-number column (lists decrypt page rows with it).
ID_NUMBER_CONTEXT = "members.id_number"


def last_four(number: str) -> str:
    """What the suffix search matches (a clerk types the last four characters)."""
    return number[-4:]


class Member(Versioned, Base):
    __tablename__ = "members"
    __label__ = "会员"
    # The search box's indexes carry what the register filters and sorts by (pinyin order,
    # status, branch union), so counting and paging a search never read the table rows:
    # "zh" among 100,000 members takes 3 ms instead of 30 (see members/search.py).
    __table_args__ = (
        Index("ix_members_branch_status", "branch_id", "status"),
        Index("ix_members_search_pinyin", "name_pinyin", "status", "branch_id"),
        Index("ix_members_search_initials", "name_initials", "name_pinyin", "status", "branch_id"),
        Index("ix_members_search_name", "name", "name_pinyin", "status", "branch_id"),
        Index("ix_members_search_phone", "phone", "name_pinyin", "status", "branch_id"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(64), nullable=False)
    # Pinyin is computed on write and indexed: pypinyin over 100k names takes seconds.
    name_pinyin: Mapped[str] = mapped_column(String(255), default="", nullable=False)
    name_initials: Mapped[str] = mapped_column(String(64), default="", nullable=False)
    gender: Mapped[str] = mapped_column(String(1), nullable=False)
    # Encrypted at rest (core/crypto). Equality and suffix search go through keyed hashes, which
    # reveal nothing without the data key. One record per person for life: the hash is unique.
    id_number: Mapped[str] = mapped_column(
        EncryptedText(
            ID_NUMBER_CONTEXT,
            hashes=(
                KeyedHash("id_hash", "member-id"),
                KeyedHash("id_suffix_hash", "member-id-suffix", last_four),
            ),
        ),
        nullable=False,
        info={"sensitive": True},
    )
    id_hash: Mapped[str | None] = mapped_column(String(64), nullable=True, unique=True)
    id_suffix_hash: Mapped[str | None] = mapped_column(String(64), nullable=True, index=True)
    birth_date: Mapped[date] = mapped_column(Date, nullable=False)
    employee_no: Mapped[str | None] = mapped_column(String(32), nullable=True, index=True)
    phone: Mapped[str | None] = mapped_column(String(32), nullable=True)
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


def id_hashes(number: str) -> tuple[str, str]:
    """Keyed hashes of a (normalised) identity number and of its last four characters."""
    return keyed_hash("member-id", number), keyed_hash("member-id-suffix", last_four(number))


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
    id_number: Mapped[str | None] = mapped_column(
        EncryptedText("member_family.id_number"), nullable=True, info={"sensitive": True}
    )
    birth_date: Mapped[date | None] = mapped_column(Date, nullable=True)
    notes: Mapped[str | None] = mapped_column(String(255), nullable=True)
