"""Dues and welfare tables: the dues rule, payroll imports and the dues line of each member and
month; welfare caps, batches and payments; branch union budgets.

Money is integer fen. The dues rate and rounding and the welfare caps are rows with the date they
take effect: a new rule is a new row, so a month or a payment is always judged by the rule of its
time. Each dues line and payment keeps the branch union (and group) of its time: dues stay with
the base union, and a sign-off sheet lists the group the member was in when it was issued.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    BigInteger,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    String,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from unionoffice.db.base import Base, Versioned, utcnow
from unionoffice.dues.labels import DuesStatus, PaymentStatus


class DuesRule(Base):
    """The dues rule from a date on: 0.5 % of the monthly basic wage, the part under 10 yuan not
    counted (``base_unit_fen`` = 1000), the result rounded to the fen as ``rounding`` says."""

    __tablename__ = "dues_rules"
    __label__ = "会费标准"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    effective_from: Mapped[date] = mapped_column(Date, nullable=False, unique=True)
    rate: Mapped[str] = mapped_column(String(16), nullable=False, info={"label": "费率"})  # "0.005"
    base_unit_fen: Mapped[int] = mapped_column(Integer, nullable=False, info={"label": "计费单位"})
    rounding: Mapped[str] = mapped_column(String(16), nullable=False, info={"label": "尾数处理"})
    source: Mapped[str] = mapped_column(String(255), nullable=False, default="", info={"label": "依据"})
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, nullable=False)
    created_by_id: Mapped[int | None] = mapped_column(Integer, nullable=True)


class PayrollImport(Base):
    """One payroll sheet imported for a month (and who replaced which month when)."""

    __tablename__ = "dues_payroll_imports"
    __label__ = "工资表导入"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    month: Mapped[date] = mapped_column(Date, nullable=False, index=True)  # the month's first day
    source: Mapped[str] = mapped_column(String(255), nullable=False)
    scope: Mapped[str] = mapped_column(String(255), nullable=False, default="")  # branch unions covered
    rows: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    lines: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    due_fen: Mapped[int] = mapped_column(BigInteger, nullable=False, default=0)
    replaced: Mapped[int] = mapped_column(Integer, nullable=False, default=0)  # lines of an earlier import
    imported_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, nullable=False)
    imported_by_id: Mapped[int | None] = mapped_column(Integer, nullable=True)


class DuesLine(Base):
    """A member's dues for a month: paid (withheld or paid in cash), unpaid, or exempt."""

    __tablename__ = "dues_lines"
    __label__ = "会费记录"
    __table_args__ = (
        UniqueConstraint("member_id", "month"),
        # The amounts ride along so the monthly totals (dashboard, dues tab) read the index alone:
        # a year's 146,000 lines summed in 30 ms instead of 54 on the demo (SQLite).
        Index("ix_dues_lines_month_totals", "month", "branch_id", "status", "dues_fen", "paid_fen"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    month: Mapped[date] = mapped_column(Date, nullable=False)
    member_id: Mapped[int] = mapped_column(ForeignKey("members.id"), nullable=False)
    branch_id: Mapped[int] = mapped_column(ForeignKey("org_units.id"), nullable=False)
    group_id: Mapped[int | None] = mapped_column(ForeignKey("org_units.id"), nullable=True)
    employee_no: Mapped[str | None] = mapped_column(String(32), nullable=True)
    # A wage is personal: the audit log never shows it.
    wage_fen: Mapped[int | None] = mapped_column(Integer, nullable=True, info={"sensitive": True})
    dues_fen: Mapped[int | None] = mapped_column(Integer, nullable=True)  # None: not on the payroll
    status: Mapped[str] = mapped_column(String(16), nullable=False, default=DuesStatus.UNPAID)
    paid_via: Mapped[str | None] = mapped_column(String(16), nullable=True)
    paid_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    paid_fen: Mapped[int | None] = mapped_column(Integer, nullable=True)
    rule_id: Mapped[int | None] = mapped_column(ForeignKey("dues_rules.id"), nullable=True)
    import_id: Mapped[int | None] = mapped_column(ForeignKey("dues_payroll_imports.id"), nullable=True)
    row_number: Mapped[int | None] = mapped_column(Integer, nullable=True)  # in the payroll sheet


class WelfareRule(Base):
    """A welfare cap from a date on: ``cap_fen`` per payment or per year, and optionally how many
    payments (``max_count`` per year or ever). ``cap_key`` is an item, or ``festival`` for both
    festival gifts together."""

    __tablename__ = "welfare_rules"
    __label__ = "慰问福利标准"
    __table_args__ = (UniqueConstraint("cap_key", "effective_from"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    cap_key: Mapped[str] = mapped_column(String(32), nullable=False)
    effective_from: Mapped[date] = mapped_column(Date, nullable=False)
    cap_fen: Mapped[int] = mapped_column(Integer, nullable=False, info={"label": "标准"})
    cap_per: Mapped[str] = mapped_column(String(16), nullable=False)  # CapPer
    max_count: Mapped[int | None] = mapped_column(Integer, nullable=True)
    count_per: Mapped[str | None] = mapped_column(String(16), nullable=True)  # CountPer
    source: Mapped[str] = mapped_column(String(255), nullable=False, default="", info={"label": "依据"})
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, nullable=False)
    created_by_id: Mapped[int | None] = mapped_column(Integer, nullable=True)


class WelfareBatch(Base):
    """One issue to many members at once: this month's birthdays, a festival."""

    __tablename__ = "welfare_batches"
    __label__ = "福利批量发放"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    item: Mapped[str] = mapped_column(String(32), nullable=False)
    title: Mapped[str] = mapped_column(String(100), nullable=False)
    event_date: Mapped[date] = mapped_column(Date, nullable=False)
    amount_fen: Mapped[int] = mapped_column(Integer, nullable=False)
    count: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    total_fen: Mapped[int] = mapped_column(BigInteger, nullable=False, default=0)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, nullable=False)
    created_by_id: Mapped[int | None] = mapped_column(Integer, nullable=True)


class WelfarePayment(Versioned, Base):
    """A welfare or condolence payment to one member, counted against the item's cap in the year
    of ``event_date`` while it is not cancelled."""

    __tablename__ = "welfare_payments"
    __label__ = "慰问福利发放"
    __table_args__ = (
        Index("ix_welfare_payments_member_item_year", "member_id", "item", "year"),
        Index("ix_welfare_payments_year_branch_item", "year", "branch_id", "item"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("members.id"), nullable=False)
    branch_id: Mapped[int] = mapped_column(ForeignKey("org_units.id"), nullable=False)
    group_id: Mapped[int | None] = mapped_column(ForeignKey("org_units.id"), nullable=True)
    item: Mapped[str] = mapped_column(String(32), nullable=False, info={"label": "项目"})
    amount_fen: Mapped[int] = mapped_column(Integer, nullable=False, info={"label": "金额"})
    event_date: Mapped[date] = mapped_column(Date, nullable=False, info={"label": "事由日期"})
    year: Mapped[int] = mapped_column(Integer, nullable=False)
    status: Mapped[str] = mapped_column(
        String(16), nullable=False, default=PaymentStatus.ISSUED, info={"label": "状态"}
    )
    paid_on: Mapped[date | None] = mapped_column(Date, nullable=True, info={"label": "签领日期"})
    batch_id: Mapped[int | None] = mapped_column(ForeignKey("welfare_batches.id"), nullable=True, index=True)
    rule_id: Mapped[int | None] = mapped_column(ForeignKey("welfare_rules.id"), nullable=True)
    note: Mapped[str | None] = mapped_column(String(255), nullable=True, info={"label": "说明"})
    created_by_id: Mapped[int | None] = mapped_column(Integer, nullable=True)


class Budget(Versioned, Base):
    """A branch union's budget for a year and a spending category."""

    __tablename__ = "branch_budgets"
    __label__ = "分工会经费预算"
    __table_args__ = (UniqueConstraint("branch_id", "year", "category"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    branch_id: Mapped[int] = mapped_column(ForeignKey("org_units.id"), nullable=False)
    year: Mapped[int] = mapped_column(Integer, nullable=False)
    category: Mapped[str] = mapped_column(String(32), nullable=False)
    amount_fen: Mapped[int] = mapped_column(BigInteger, nullable=False, info={"label": "预算金额"})
