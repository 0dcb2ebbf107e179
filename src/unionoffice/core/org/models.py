"""Organisation units. Retired and merged units stay in the table so history keeps its names."""

from __future__ import annotations

from datetime import date

from sqlalchemy import Boolean, Date, ForeignKey, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from unionoffice.db.base import Base, Versioned


class OrgUnit(Versioned, Base):
    __tablename__ = "org_units"
    __label__ = "组织单位"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    kind: Mapped[str] = mapped_column(String(16), nullable=False)
    name: Mapped[str] = mapped_column(String(100), nullable=False, info={"label": "名称"})
    code: Mapped[str | None] = mapped_column(String(16), nullable=True)
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("org_units.id"), nullable=True, index=True)
    base: Mapped[str | None] = mapped_column(String(16), nullable=True, info={"label": "生产基地"})
    # Employees counted for the membership rate (members ÷ headcount); entered per branch.
    headcount: Mapped[int | None] = mapped_column(Integer, nullable=True, info={"label": "职工人数"})
    sort_order: Mapped[int] = mapped_column(Integer, default=0, nullable=False)
    active: Mapped[bool] = mapped_column(Boolean, default=True, nullable=False)
    retired_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    merged_into_id: Mapped[int | None] = mapped_column(ForeignKey("org_units.id"), nullable=True)
