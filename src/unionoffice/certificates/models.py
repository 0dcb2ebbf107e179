"""The certificate register: batches, certificates, and the module's settings (the HMAC key)."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Date, DateTime, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from unionoffice.certificates.labels import CertificateStatus
from unionoffice.db.base import Base, Versioned, utcnow
from unionoffice.members import api as _members  # noqa: F401 - certificates.member_id refers to its table


class CertificateSetting(Base):
    """Key/value settings of the module. Holds the QR signing key, so it stays out of the audit log."""

    __tablename__ = "certificate_settings"
    __audited__ = False

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text, nullable=False)


class CertificateBatch(Base):
    """One issuing run. Keeps the template as it was, so a reprint years later looks the same."""

    __tablename__ = "certificate_batches"
    __label__ = "证书批次"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    template_key: Mapped[str] = mapped_column(String(64), nullable=False)
    template_name: Mapped[str] = mapped_column(String(100), nullable=False)
    template_json: Mapped[str] = mapped_column(Text, nullable=False)
    source_key: Mapped[str] = mapped_column(String(32), nullable=False)
    source_label: Mapped[str] = mapped_column(String(255), nullable=False)
    issued_on: Mapped[date] = mapped_column(Date, nullable=False)
    count: Mapped[int] = mapped_column(Integer, nullable=False)
    first_number: Mapped[str] = mapped_column(String(64), nullable=False)
    last_number: Mapped[str] = mapped_column(String(64), nullable=False)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, nullable=False)
    created_by_id: Mapped[int | None] = mapped_column(Integer, nullable=True)


class Certificate(Versioned, Base):
    __tablename__ = "certificates"
    __label__ = "证书"
    __table_args__ = (Index("ix_certificates_year_status", "year", "status"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    number: Mapped[str] = mapped_column(String(64), nullable=False, unique=True)
    serial: Mapped[int] = mapped_column(Integer, nullable=False)
    batch_id: Mapped[int] = mapped_column(ForeignKey("certificate_batches.id"), nullable=False, index=True)
    template_key: Mapped[str] = mapped_column(String(64), nullable=False)
    recipient_name: Mapped[str] = mapped_column(String(64), nullable=False, index=True)
    member_id: Mapped[int | None] = mapped_column(ForeignKey("members.id"), nullable=True, index=True)
    # What the register list shows beside the name: the award, title or project.
    summary: Mapped[str] = mapped_column(String(255), nullable=False, default="")
    source_label: Mapped[str] = mapped_column(String(255), nullable=False, index=True)
    values_json: Mapped[str] = mapped_column(Text, nullable=False)  # every value printed, for reprints
    issued_on: Mapped[date] = mapped_column(Date, nullable=False)
    year: Mapped[int] = mapped_column(Integer, nullable=False)
    status: Mapped[str] = mapped_column(String(16), nullable=False, default=CertificateStatus.ISSUED)
    revoked_reason: Mapped[str | None] = mapped_column(String(255), nullable=True)
    revoked_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    reprint_count: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
