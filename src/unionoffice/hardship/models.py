"""Hardship tables: 低保 figures and rules by effective date, household files with their people,
income and expenses and history, the candidate list's dismissals, and payouts.

The household's details (names of its people, amounts of income and expenses, the cause, notes of
visits and reviews) are sensitive personal information: encrypted at rest (core/crypto) and marked
sensitive, so the audit log never repeats them. No table has a ``name`` column: the audit log
writes a record's ``name`` as its summary.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Boolean, Date, DateTime, ForeignKey, Index, Integer, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from unionoffice.core.crypto.fields import EncryptedText
from unionoffice.db.base import Base, Versioned, utcnow
from unionoffice.hardship.labels import Category, Stage

# Encrypted, never shown in the audit log, emptied when a member is anonymised.
SECRET = {"sensitive": True, "maskable": False}


class PovertyLine(Versioned, Base):
    """A base's minimum living standard (城市低保, yuan per person and month) from a date on."""

    __tablename__ = "hardship_poverty_lines"
    __label__ = "低保标准"
    __table_args__ = (UniqueConstraint("base", "effective_from", name="uq_hardship_poverty_lines_base_from"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    base: Mapped[str] = mapped_column(String(16), nullable=False, info={"label": "基地"})
    effective_from: Mapped[date] = mapped_column(Date, nullable=False, info={"label": "起始日期"})
    monthly_fen: Mapped[int] = mapped_column(Integer, nullable=False, info={"label": "低保标准"})
    source: Mapped[str] = mapped_column(String(200), nullable=False, default="", info={"label": "依据"})


class HardshipRule(Versioned, Base):
    """The rules in force from a date on: the notice length, the review and follow-up periods, the
    ratio of 相对困难, and the medical bill the candidate list counts as large."""

    __tablename__ = "hardship_rules"
    __label__ = "帮扶规则"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    effective_from: Mapped[date] = mapped_column(
        Date, nullable=False, unique=True, info={"label": "起始日期"}
    )
    notice_working_days: Mapped[int] = mapped_column(Integer, nullable=False, info={"label": "公示工作日"})
    review_months: Mapped[int] = mapped_column(Integer, nullable=False, info={"label": "复核周期（月）"})
    follow_up_months: Mapped[int] = mapped_column(Integer, nullable=False, info={"label": "跟踪期（月）"})
    relative_pct: Mapped[int] = mapped_column(Integer, nullable=False, info={"label": "相对困难线（%）"})
    large_claim_fen: Mapped[int] = mapped_column(Integer, nullable=False, info={"label": "大额医疗费用"})
    source: Mapped[str] = mapped_column(String(200), nullable=False, default="", info={"label": "依据"})


class HardshipFile(Versioned, Base):
    """One household's file (建档立卡). ``member_id`` is the union member the household is filed
    under; ``branch_id`` and ``base`` are theirs when the file was opened (scope, 低保)."""

    __tablename__ = "hardship_files"
    __label__ = "困难职工档案"
    __table_args__ = (
        Index("ix_hardship_files_branch_stage", "branch_id", "stage"),
        Index("ix_hardship_files_member", "member_id", "stage"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    file_no: Mapped[str] = mapped_column(String(32), nullable=False, unique=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("members.id"), nullable=False)
    branch_id: Mapped[int] = mapped_column(ForeignKey("org_units.id"), nullable=False)
    base: Mapped[str] = mapped_column(String(16), nullable=False)
    origin: Mapped[str] = mapped_column(String(16), nullable=False)
    stage: Mapped[str] = mapped_column(String(16), nullable=False, default=Stage.PROPOSED)
    category: Mapped[str] = mapped_column(String(16), nullable=False, default=Category.NONE)
    opened_on: Mapped[date] = mapped_column(Date, nullable=False)
    # The household's figures, assessed on ``assessed_on`` against the 低保 in force that day.
    assessed_on: Mapped[date] = mapped_column(Date, nullable=False)
    household_size: Mapped[int | None] = mapped_column(Integer, nullable=True)
    line_fen: Mapped[int | None] = mapped_column(Integer, nullable=True)  # the 低保 used
    sudden: Mapped[bool] = mapped_column(
        Boolean, nullable=False, default=False
    )  # accident or serious illness
    cause: Mapped[str] = mapped_column(
        EncryptedText("hardship_files.cause"), nullable=False, default="", info=SECRET
    )
    per_head_fen: Mapped[str | None] = mapped_column(
        EncryptedText("hardship_files.per_head_fen"), nullable=True, info=SECRET
    )
    # The pipeline's dates; each step's notes are in the history.
    visited_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    notice_from: Mapped[date | None] = mapped_column(Date, nullable=True)
    notice_until: Mapped[date | None] = mapped_column(Date, nullable=True)
    approved_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    review_due: Mapped[date | None] = mapped_column(Date, nullable=True)
    closed_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    close_reason: Mapped[str | None] = mapped_column(String(16), nullable=True)
    follow_up_until: Mapped[date | None] = mapped_column(Date, nullable=True)


class HouseholdPerson(Base):
    """Someone in the household: a member of the register, a relative from a member's family
    record, or a person typed in. Replaced as a whole when the file is saved."""

    __tablename__ = "hardship_people"
    __label__ = "困难家庭成员"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    file_id: Mapped[int] = mapped_column(
        ForeignKey("hardship_files.id", ondelete="CASCADE"), nullable=False, index=True
    )
    position: Mapped[int] = mapped_column(Integer, nullable=False)
    member_id: Mapped[int | None] = mapped_column(ForeignKey("members.id"), nullable=True, index=True)
    family_id: Mapped[int | None] = mapped_column(ForeignKey("member_family.id"), nullable=True)
    relation: Mapped[str] = mapped_column(String(16), nullable=False)
    person_name: Mapped[str] = mapped_column(
        EncryptedText("hardship_people.person_name"), nullable=False, info=SECRET
    )
    situation: Mapped[str] = mapped_column(
        EncryptedText("hardship_people.situation"), nullable=False, default="", info=SECRET
    )
    student: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)  # for 金秋助学


class HouseholdItem(Base):
    """A yearly income or rigid expense of the household, with its evidence. Replaced as a whole
    when the file is saved."""

    __tablename__ = "hardship_items"
    __label__ = "困难家庭收支"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    file_id: Mapped[int] = mapped_column(
        ForeignKey("hardship_files.id", ondelete="CASCADE"), nullable=False, index=True
    )
    position: Mapped[int] = mapped_column(Integer, nullable=False)
    kind: Mapped[str] = mapped_column(String(16), nullable=False)
    item: Mapped[str] = mapped_column(EncryptedText("hardship_items.item"), nullable=False, info=SECRET)
    yearly_fen: Mapped[str] = mapped_column(
        EncryptedText("hardship_items.yearly_fen"), nullable=False, info=SECRET
    )
    evidence: Mapped[str] = mapped_column(
        EncryptedText("hardship_items.evidence"), nullable=False, default="", info=SECRET
    )


class FileStep(Base):
    """One line of a file's history: opened, visited, notice, approved, reviewed, closed, followed up."""

    __tablename__ = "hardship_steps"
    __label__ = "困难档案办理记录"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    file_id: Mapped[int] = mapped_column(
        ForeignKey("hardship_files.id", ondelete="CASCADE"), nullable=False, index=True
    )
    kind: Mapped[str] = mapped_column(String(16), nullable=False)
    step_on: Mapped[date] = mapped_column(Date, nullable=False)
    category: Mapped[str | None] = mapped_column(String(16), nullable=True)  # after a review
    note: Mapped[str] = mapped_column(
        EncryptedText("hardship_steps.note"), nullable=False, default="", info=SECRET
    )
    recorded_at: Mapped[datetime] = mapped_column(DateTime, nullable=False, default=utcnow)
    recorded_by_id: Mapped[int | None] = mapped_column(Integer, nullable=True)


class Dismissal(Base):
    """The committee decided not to open a file for a candidate this year, for these reasons.
    A reason that appears later (not among ``signals``) brings the member back to the list."""

    __tablename__ = "hardship_dismissals"
    __label__ = "免申即享排除记录"
    __table_args__ = (Index("ix_hardship_dismissals_year_member", "year", "member_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("members.id"), nullable=False)
    branch_id: Mapped[int] = mapped_column(ForeignKey("org_units.id"), nullable=False)
    year: Mapped[int] = mapped_column(Integer, nullable=False)
    signals: Mapped[str] = mapped_column(String(255), nullable=False)  # the reason keys, comma-separated
    reason: Mapped[str] = mapped_column(
        EncryptedText("hardship_dismissals.reason"), nullable=False, info=SECRET
    )
    dismissed_on: Mapped[date] = mapped_column(Date, nullable=False)
    recorded_by_id: Mapped[int | None] = mapped_column(Integer, nullable=True)


class Payout(Versioned, Base):
    """Help paid to a household under a programme (送温暖, 金秋助学, 应急救助)."""

    __tablename__ = "hardship_payouts"
    __label__ = "帮扶发放"
    __table_args__ = (
        Index("ix_hardship_payouts_year_programme", "year", "programme", "branch_id"),
        Index("ix_hardship_payouts_file", "file_id"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    file_id: Mapped[int] = mapped_column(ForeignKey("hardship_files.id"), nullable=False)
    branch_id: Mapped[int] = mapped_column(ForeignKey("org_units.id"), nullable=False)  # the file's
    programme: Mapped[str] = mapped_column(String(16), nullable=False)
    year: Mapped[int] = mapped_column(Integer, nullable=False)
    paid_on: Mapped[date] = mapped_column(Date, nullable=False)
    # A household's help is not a value for the audit log (it says the household is in hardship).
    amount_fen: Mapped[int] = mapped_column(Integer, nullable=False, info=SECRET)
    person_id: Mapped[int | None] = mapped_column(ForeignKey("hardship_people.id"), nullable=True)  # 金秋助学
    note: Mapped[str] = mapped_column(
        EncryptedText("hardship_payouts.note"), nullable=False, default="", info=SECRET
    )
