"""Medical mutual-aid tables: scheme years, benefit rules, enrolments, claims, fund ledger."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Boolean, Date, DateTime, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from unionoffice.core.crypto.fields import EncryptedText
from unionoffice.db.base import Base, Versioned, utcnow
from unionoffice.medical.labels import (
    CAP_COUNTED,
    FILED,
    BenefitType,
    ClaimStatus,
    EntryKind,
    Fund,
    LedgerKind,
)

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
    "EnrolmentProduct",
    "EnrolmentRule",
    "EntryKind",
    "Fund",
    "LedgerEntry",
    "LedgerKind",
    "Product",
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
    # Waiting periods (docs/medical.md): a first enrolment waits ``waiting_days`` from the later of
    # the enrolment and the coverage start; a late renewal waits ``renewal_waiting_days`` from the
    # enrolment; a member continuing from last year on time does not wait.
    waiting_days: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    renewal_waiting_days: Mapped[int] = mapped_column(Integer, nullable=False, default=0, server_default="0")
    hardship_threshold_fen: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    # Claims for treatment in this year must be filed by this date (e.g. 31 March of the next year).
    claim_deadline: Mapped[date | None] = mapped_column(Date, nullable=True)
    # The enrolment window; None on either side: open on that side.
    enrol_from: Mapped[date | None] = mapped_column(Date, nullable=True)
    enrol_to: Mapped[date | None] = mapped_column(Date, nullable=True)


class EnrolmentRule(Versioned, Base):
    """Who may enrol in a fund's scheme, from ``effective_from`` until the next rule of the fund."""

    __tablename__ = "medical_enrolment_rules"
    __label__ = "参保条件"
    __table_args__ = (
        UniqueConstraint("fund", "effective_from", name="uq_medical_enrolment_rules_fund_from"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    fund: Mapped[str] = mapped_column(String(16), nullable=False)
    effective_from: Mapped[date] = mapped_column(Date, nullable=False)
    min_age: Mapped[int | None] = mapped_column(Integer, nullable=True)
    max_age: Mapped[int | None] = mapped_column(Integer, nullable=True)  # inclusive: 60 admits a 60-year-old
    require_in_work: Mapped[bool] = mapped_column(Boolean, nullable=False, default=True)
    require_medical_insurance: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    note: Mapped[str] = mapped_column(String(255), nullable=False, default="")


class Product(Versioned, Base):
    """An optional product of a scheme year: its own fee on top of the scheme's, its own yearly cap."""

    __tablename__ = "medical_products"
    __label__ = "可选保障"
    __table_args__ = (UniqueConstraint("scheme_year_id", "name", name="uq_medical_products_year_name"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    scheme_year_id: Mapped[int] = mapped_column(
        ForeignKey("medical_scheme_years.id"), nullable=False, index=True
    )
    name: Mapped[str] = mapped_column(String(64), nullable=False)
    benefit_type: Mapped[str | None] = mapped_column(String(32), nullable=True)  # None: any
    fee_fen: Mapped[int] = mapped_column(Integer, nullable=False)
    cap_fen: Mapped[int] = mapped_column(Integer, nullable=False)  # per member and year
    note: Mapped[str] = mapped_column(String(255), nullable=False, default="")


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
    fee_fen: Mapped[int] = mapped_column(Integer, nullable=False)  # the scheme's and the products' together
    paid_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    entry_kind: Mapped[str | None] = mapped_column(String(16), nullable=True)  # None: before it was kept
    # The clerk confirmed basic employee medical insurance at enrolment (None: not asked then).
    medical_insurance: Mapped[bool | None] = mapped_column(Boolean, nullable=True)
    # Provincial scheme: when the contribution was passed on, and in which remittance.
    remitted_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    remittance_id: Mapped[int | None] = mapped_column(ForeignKey("medical_ledger.id"), nullable=True)


class EnrolmentProduct(Base):
    """An optional product a member took with their enrolment, at its fee then."""

    __tablename__ = "medical_enrolment_products"
    __label__ = "参保可选保障"
    __table_args__ = (
        UniqueConstraint("enrolment_id", "product_id", name="uq_medical_enrolment_products_pair"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    enrolment_id: Mapped[int] = mapped_column(
        ForeignKey("medical_enrolments.id", ondelete="CASCADE"), nullable=False, index=True
    )
    product_id: Mapped[int] = mapped_column(ForeignKey("medical_products.id"), nullable=False, index=True)
    fee_fen: Mapped[int] = mapped_column(Integer, nullable=False)


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
    product_id: Mapped[int | None] = mapped_column(ForeignKey("medical_products.id"), nullable=True)
    # Provincial scheme: filed with the province on ``filed_on``; its decision on ``outcome_on``
    # under its reference number. The amount it paid is ``payable_fen``.
    filed_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    outcome_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    outcome_reference: Mapped[str] = mapped_column(String(64), nullable=False, default="", server_default="")


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
    reference: Mapped[str] = mapped_column(String(64), nullable=False, default="", server_default="")
    created_at: Mapped[datetime] = mapped_column(DateTime, nullable=False, default=utcnow)
    created_by_id: Mapped[int | None] = mapped_column(Integer, nullable=True)
