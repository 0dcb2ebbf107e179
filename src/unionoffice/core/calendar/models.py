"""The stored holiday arrangement: one row per day that differs from the plain week."""

from __future__ import annotations

from datetime import date

from sqlalchemy import Boolean, Date, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from unionoffice.db.base import Base, Versioned


class CalendarDay(Versioned, Base):
    __tablename__ = "calendar_days"
    __label__ = "节假日安排"

    day: Mapped[date] = mapped_column(Date, primary_key=True)
    holiday: Mapped[bool] = mapped_column(Boolean, nullable=False, info={"label": "放假"})  # False: 调休上班
    name: Mapped[str] = mapped_column(String(40), nullable=False, default="", info={"label": "名称"})


class CalendarYear(Versioned, Base):
    """A year whose arrangement has been entered (a year with no holidays at all is still entered)."""

    __tablename__ = "calendar_years"
    __label__ = "节假日年度"

    year: Mapped[int] = mapped_column(Integer, primary_key=True)
    source: Mapped[str] = mapped_column(String(200), nullable=False, default="", info={"label": "依据"})
