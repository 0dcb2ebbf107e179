"""Medical mutual-aid tables: scheme years, benefit rules, enrolments, claims, fund ledger."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Boolean, Date, DateTime, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from unionoffice.core.crypto.fields import EncryptedText
from unionoffice.db.base import Base, Versioned, utcnow
from unionoffice.medical.labels import CAP_COUNTED, FILED, BenefitType, ClaimStatus, Fund, LedgerKind

__all__ = [
    "CAP_COUNTED",
    "FILED",
    "BenefitRule",
    "BenefitType",
    "Claim",
    "ClaimAttachment",
    "ClaimInvoice",
    "ClaimStatus",
    "Enrolment",
    "Fund",
    "LedgerEntry",
    "LedgerKind",
    "SchemeYear",
]


class SchemeYear(Versioned, Base):
    """One fund's scheme for one year: the fee, the coverage period, the waiting period."""

    __tablename__ = "medical_scheme_years"
    __label__ = "互助方案年度"
    __table_args__ = (UniqueConstraint("fund", "year", name="uq_medical_scheme_years_fund_year"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    fund: Mapped[str] = mapped_column(String(16), nullable=False, default=Fund.UNION)
    year: Mapped[int] = mapped_column(Integer, nullable=False)
    name: Mapped[str] = mapped_column(String(100), nullable=False)
    fee_fen: Mapped[int] = mapped_column(Integer, nullable=False)
    coverage_start: Mapped[date] = mapped_column(Date, nullable=False)
    coverage_end: Mapped[date] = mapped_column(Date, nullable=False)
    # Members enrolled after coverage starts wait this many days before treatment counts.
    waiting_days: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    hardship_threshold_fen: Mapped[int] = mapped_column(Integer, nullable=False, default=0)


class BenefitRule(Versioned, Base):
    """How one benefit type is paid in one scheme year. Frozen once a claim under it is paid:
    a change then becomes a new revision, so old claims keep the rule they were computed by."""

    __tablename__ = "medical_benefit_rules"
    __label__ = "互助规则"
    __table_args__ = (
        UniqueConstraint(
            "scheme_year_id", "benefit_type", "revision", name="uq_medical_benefit_rules_revision"
        ),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    scheme_year_id: Mapped[int] = mapped_column(
        ForeignKey("medical_scheme_years.id"), nullable=False, index=True
    )
    benefit_type: Mapped[str] = mapped_column(String(32), nullable=False)
    revision: Mapped[int] = mapped_column(Integer, nullable=False, default=1)
    deductible_fen: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    # JSON list of [upper_fen or null, "ratio"]; bands are contiguous from 0, so only uppers are stored.
    bands: Mapped[str] = mapped_column(Text, nullable=False, default="[]")
    per_claim_cap_fen: Mapped[int | None] = mapped_column(Integer, nullable=True)
    annual_cap_fen: Mapped[int | None] = mapped_column(Integer, nullable=True)
    lump_sum_fen: Mapped[int | None] = mapped_column(Integer, nullable=True)
    note: Mapped[str] = mapped_column(String(255), nullable=False, default="")


class Enrolment(Versioned, Base):
    __tablename__ = "medical_enrolments"
    __label__ = "参保登记"
    __table_args__ = (
        UniqueConstraint("scheme_year_id", "member_id", name="uq_medical_enrolments_year_member"),
        Index("ix_medical_enrolments_year_branch", "scheme_year_id", "branch_id"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    scheme_year_id: Mapped[int] = mapped_column(ForeignKey("medical_scheme_years.id"), nullable=False)
    member_id: Mapped[int] = mapped_column(ForeignKey("members.id"), nullable=False, index=True)
    # The branch at enrolment time: fees are booked to it even if the member moves later.
    branch_id: Mapped[int] = mapped_column(ForeignKey("org_units.id"), nullable=False)
    enrolled_on: Mapped[date] = mapped_column(Date, nullable=False)
    covered_from: Mapped[date] = mapped_column(Date, nullable=False)
    fee_fen: Mapped[int] = mapped_column(Integer, nullable=False)
    paid_on: Mapped[date | None] = mapped_column(Date, nullable=True)


class Claim(Versioned, Base):
    __tablename__ = "medical_claims"
    __label__ = "互助金申请"
    __table_args__ = (
        Index("ix_medical_claims_member_year", "member_id", "scheme_year_id"),
        Index("ix_medical_claims_year_branch_status", "scheme_year_id", "branch_id", "status"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    # Given at submission from a gap-free sequence; drafts have none.
    claim_no: Mapped[str | None] = mapped_column(String(32), nullable=True, unique=True)
    scheme_year_id: Mapped[int] = mapped_column(ForeignKey("medical_scheme_years.id"), nullable=False)
    member_id: Mapped[int] = mapped_column(ForeignKey("members.id"), nullable=False)
    branch_id: Mapped[int] = mapped_column(ForeignKey("org_units.id"), nullable=False)
    benefit_type: Mapped[str] = mapped_column(String(32), nullable=False)
    rule_id: Mapped[int | None] = mapped_column(
        ForeignKey("medical_benefit_rules.id"), nullable=True, index=True
    )
    # Medical details are sensitive personal information (PIPL): encrypted at rest.
    hospital: Mapped[str] = mapped_column(
        EncryptedText("medical_claims.hospital"),
        nullable=False,
        default="",
        info={"sensitive": True, "maskable": False},
    )
    diagnosis: Mapped[str] = mapped_column(
        EncryptedText("medical_claims.diagnosis"),
        nullable=False,
        default="",
        info={"sensitive": True, "maskable": False},
    )
    admission_date: Mapped[date] = mapped_column(Date, nullable=False)
    discharge_date: Mapped[date] = mapped_column(Date, nullable=False)
    total_fen: Mapped[int] = mapped_column(Integer, nullable=False)
    insurance_fen: Mapped[int] = mapped_column(Integer, nullable=False)  # paid by basic medical insurance
    covered_self_fen: Mapped[int] = mapped_column(Integer, nullable=False)  # policy-covered, self-paid
    uncovered_self_fen: Mapped[int] = mapped_column(Integer, nullable=False)  # outside the policy list
    payable_fen: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    explanation: Mapped[str] = mapped_column(Text, nullable=False, default="[]")  # JSON lines
    status: Mapped[str] = mapped_column(String(16), nullable=False, default=ClaimStatus.DRAFT, index=True)
    created_by_id: Mapped[int | None] = mapped_column(Integer, nullable=True)
    submitted_by_id: Mapped[int | None] = mapped_column(Integer, nullable=True)
    submitted_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    overlap_acknowledged: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    reviewed_by_id: Mapped[int | None] = mapped_column(Integer, nullable=True)
    reviewed_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    review_note: Mapped[str] = mapped_column(String(255), nullable=False, default="")
    decided_by_id: Mapped[int | None] = mapped_column(Integer, nullable=True)
    decided_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    reject_reason: Mapped[str] = mapped_column(String(255), nullable=False, default="")
    paid_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    voucher_no: Mapped[str] = mapped_column(String(64), nullable=False, default="")


class ClaimInvoice(Base):
    """One invoice number of a claim; indexed so a reused invoice is found at once."""

    __tablename__ = "medical_claim_invoices"
    __label__ = "互助金发票"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    claim_id: Mapped[int] = mapped_column(
        ForeignKey("medical_claims.id", ondelete="CASCADE"), nullable=False, index=True
    )
    invoice_no: Mapped[str] = mapped_column(String(64), nullable=False, index=True)


class ClaimAttachment(Base):
    """A scan kept in the data folder by content hash (``core.attachments``)."""

    __tablename__ = "medical_claim_attachments"
    __label__ = "互助金附件"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    claim_id: Mapped[int] = mapped_column(
        ForeignKey("medical_claims.id", ondelete="CASCADE"), nullable=False, index=True
    )
    sha256: Mapped[str] = mapped_column(String(64), nullable=False)
    filename: Mapped[str] = mapped_column(String(255), nullable=False)
    size: Mapped[int] = mapped_column(Integer, nullable=False)
    added_at: Mapped[datetime] = mapped_column(DateTime, nullable=False, default=utcnow)


class LedgerEntry(Base):
    """Money in or out of a fund. Entries are never edited: a correction is another entry."""

    __tablename__ = "medical_ledger"
    __label__ = "基金台账"
    __table_args__ = (Index("ix_medical_ledger_year_branch", "scheme_year_id", "branch_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    scheme_year_id: Mapped[int] = mapped_column(ForeignKey("medical_scheme_years.id"), nullable=False)
    branch_id: Mapped[int | None] = mapped_column(ForeignKey("org_units.id"), nullable=True)
    kind: Mapped[str] = mapped_column(String(16), nullable=False)
    amount_fen: Mapped[int] = mapped_column(Integer, nullable=False)  # always positive; kind gives the sign
    entry_date: Mapped[date] = mapped_column(Date, nullable=False)
    memo: Mapped[str] = mapped_column(String(255), nullable=False, default="")
    claim_id: Mapped[int | None] = mapped_column(ForeignKey("medical_claims.id"), nullable=True, unique=True)
    created_at: Mapped[datetime] = mapped_column(DateTime, nullable=False, default=utcnow)
    created_by_id: Mapped[int | None] = mapped_column(Integer, nullable=True)
