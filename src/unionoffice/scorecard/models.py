"""The scorecard's one table: indicator weights, as dated sets of rows.

A set is every row sharing ``effective_from`` (the first day of a quarter); a quarter is scored
with the newest set that began on or before its first day. Saving a set replaces the rows of that
date, so history stays: last year's bulletin is reprinted with last year's weights.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import Date, Integer, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from unionoffice.db.base import Base


class IndicatorWeight(Base):
    __tablename__ = "scorecard_weights"
    __label__ = "比较指标权重"
    __table_args__ = (
        UniqueConstraint("effective_from", "indicator", name="uq_scorecard_weights_from_indicator"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    effective_from: Mapped[date] = mapped_column(Date, nullable=False, index=True)
    indicator: Mapped[str] = mapped_column(String(64), nullable=False)  # an indicator's ``key``
    weight: Mapped[int] = mapped_column(Integer, nullable=False, info={"label": "权重"})  # points of 100
