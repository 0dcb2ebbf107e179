"""The member register: members, the history of their status changes and transfers, their families;
applications and the committee's approval batches; headcount per branch union and month; the
six-month review list."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Date, DateTime, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from unionoffice.core.crypto.fields import EncryptedText, KeyedHash
from unionoffice.core.crypto.vault import keyed_hash
from unionoffice.db.base import Base, Versioned, utcnow
from unionoffice.members.labels import ApplicationStatus, MemberStatus

# The encryption context of the identity-number column (lists decrypt page rows with it).
ID_NUMBER_CONTEXT = "members.id_number"
APPLICATION_ID_CONTEXT = "member_applications.id_number"
# An applicant's phone is encrypted: only the register (members.phone) keeps phones in clear,
# where the search box needs them.
APPLICATION_PHONE_CONTEXT = "member_applications.phone"


def last_four(number: str) -> str:
    """What the suffix search matches (a clerk types the last four characters)."""
    return number[-4:]


class RealName:
    """The real-name system's fields (工会会员实名制) a member and an application both carry.
    Coded fields hold the code of their list (``members/codes.py``)."""

    ethnicity: Mapped[str | None] = mapped_column(String(2), nullable=True, info={"label": "民族"})
    political_status: Mapped[str | None] = mapped_column(String(2), nullable=True, info={"label": "政治面貌"})
    hukou_type: Mapped[str | None] = mapped_column(String(2), nullable=True, info={"label": "户籍类型"})
    native_place: Mapped[str | None] = mapped_column(String(64), nullable=True, info={"label": "籍贯"})
    post: Mapped[str | None] = mapped_column(String(64), nullable=True, info={"label": "职务"})
    title: Mapped[str | None] = mapped_column(String(64), nullable=True, info={"label": "职称"})
    employment_form: Mapped[str | None] = mapped_column(String(2), nullable=True, info={"label": "用工形式"})


class Member(RealName, Versioned, Base):
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
        # A unique index rather than a constraint: SQLite adds it without copying the table.
        Index("ix_members_card_no", "card_no", unique=True),
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
    status_cause: Mapped[str | None] = mapped_column(String(16), nullable=True)  # StatusCause
    # 会员证号: issued gap-free at approval (members/cards.py); unique when present.
    card_no: Mapped[str | None] = mapped_column(String(32), nullable=True)
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
    cause: Mapped[str | None] = mapped_column(String(16), nullable=True)  # StatusCause
    # 会籍接转: the other organisation's union and the transfer letter (介绍信) number.
    other_org: Mapped[str | None] = mapped_column(String(128), nullable=True)
    letter_no: Mapped[str | None] = mapped_column(String(64), nullable=True)
    # A deemed withdrawal keeps what it rests on (months without dues, the committee's decision).
    evidence: Mapped[str | None] = mapped_column(Text, nullable=True)
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


class MemberApplication(RealName, Versioned, Base):
    """An application to join (入会申请): typed, or imported from HR's new-hire sheet. The
    committee approves applications in batches; approval issues the card number and puts the
    person in the register (``member_id``)."""

    __tablename__ = "member_applications"
    __label__ = "入会申请"
    __table_args__ = (Index("ix_member_applications_status_branch", "status", "branch_id", "applied_on"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(64), nullable=False)
    name_pinyin: Mapped[str] = mapped_column(String(255), default="", nullable=False)
    name_initials: Mapped[str] = mapped_column(String(64), default="", nullable=False)
    gender: Mapped[str] = mapped_column(String(1), nullable=False)
    # The same keyed hash as a member's: finds the member or the open application of a person.
    id_number: Mapped[str] = mapped_column(
        EncryptedText(APPLICATION_ID_CONTEXT, hashes=(KeyedHash("id_hash", "member-id"),)),
        nullable=False,
        info={"sensitive": True},
    )
    id_hash: Mapped[str | None] = mapped_column(String(64), nullable=True, index=True)
    birth_date: Mapped[date] = mapped_column(Date, nullable=False)
    employee_no: Mapped[str | None] = mapped_column(String(32), nullable=True)
    phone: Mapped[str | None] = mapped_column(
        EncryptedText(APPLICATION_PHONE_CONTEXT), nullable=True, info={"sensitive": True}
    )
    branch_id: Mapped[int] = mapped_column(ForeignKey("org_units.id"), nullable=False)
    group_id: Mapped[int | None] = mapped_column(ForeignKey("org_units.id"), nullable=True)
    trade: Mapped[str | None] = mapped_column(String(64), nullable=True)
    education: Mapped[str | None] = mapped_column(String(32), nullable=True)
    hire_date: Mapped[date | None] = mapped_column(Date, nullable=True)
    applied_on: Mapped[date] = mapped_column(Date, nullable=False)
    source: Mapped[str] = mapped_column(String(16), default="typed", nullable=False)  # typed | import
    # Joining by transfer from another organisation's union (会籍转入).
    from_org: Mapped[str | None] = mapped_column(String(128), nullable=True)
    letter_no: Mapped[str | None] = mapped_column(String(64), nullable=True)
    status: Mapped[str] = mapped_column(String(16), default=ApplicationStatus.PENDING, nullable=False)
    batch_id: Mapped[int | None] = mapped_column(ForeignKey("member_approval_batches.id"), nullable=True)
    member_id: Mapped[int | None] = mapped_column(ForeignKey("members.id"), nullable=True)
    decided_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    decision_note: Mapped[str | None] = mapped_column(String(255), nullable=True)
    notes: Mapped[str | None] = mapped_column(Text, nullable=True)


class ApprovalBatch(Base):
    """One committee decision: the applications it approved and the card numbers it issued."""

    __tablename__ = "member_approval_batches"
    __label__ = "入会审批批次"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    meeting_date: Mapped[date] = mapped_column(Date, nullable=False)
    meeting_ref: Mapped[str | None] = mapped_column(String(64), nullable=True)  # minutes number
    approved: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    first_card_no: Mapped[str | None] = mapped_column(String(32), nullable=True)
    last_card_no: Mapped[str | None] = mapped_column(String(32), nullable=True)
    recorded_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, nullable=False)
    recorded_by_id: Mapped[int | None] = mapped_column(Integer, nullable=True)


class CardPattern(Base):
    """The union's card-number pattern from a date on, e.g. ``HX{year}{seq:05}``: data, so a new
    pattern (or an old one, for cards issued before the app) is a row, not a code change."""

    __tablename__ = "member_card_patterns"
    __label__ = "会员证号规则"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    effective_from: Mapped[date] = mapped_column(Date, nullable=False, unique=True)
    pattern: Mapped[str] = mapped_column(String(64), nullable=False)
    note: Mapped[str | None] = mapped_column(String(255), nullable=True)


class Headcount(Versioned, Base):
    """Employees of a branch union in a month (typed, or from HR's sheet): the denominator of the
    membership rate at that time."""

    __tablename__ = "member_headcounts"
    __label__ = "职工人数"
    __table_args__ = (UniqueConstraint("branch_id", "month"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    branch_id: Mapped[int] = mapped_column(ForeignKey("org_units.id"), nullable=False)
    month: Mapped[date] = mapped_column(Date, nullable=False)  # the first day of the month
    headcount: Mapped[int] = mapped_column(Integer, nullable=False, info={"label": "职工人数"})
    source: Mapped[str] = mapped_column(String(16), default="typed", nullable=False)  # typed | import


class MembershipReview(Versioned, Base):
    """A member put before the committee under the six-month rule, and what it decided.

    Never removes anyone by itself: only a decision to deem the member withdrawn changes the status.
    """

    __tablename__ = "member_reviews"
    __label__ = "会籍审查"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("members.id"), nullable=False, index=True)
    source: Mapped[str] = mapped_column(String(16), nullable=False)  # ReviewSource
    flagged_on: Mapped[date] = mapped_column(Date, nullable=False)
    flagged_by_id: Mapped[int | None] = mapped_column(Integer, nullable=True)
    evidence: Mapped[str | None] = mapped_column(Text, nullable=True)
    decision: Mapped[str | None] = mapped_column(String(16), nullable=True)  # ReviewDecision
    decided_on: Mapped[date | None] = mapped_column(Date, nullable=True)  # the committee's meeting
    decision_note: Mapped[str | None] = mapped_column(String(255), nullable=True)
    decided_by_id: Mapped[int | None] = mapped_column(Integer, nullable=True)
