"""Counting working days, given the year's holiday arrangement. Pure functions, no database.

China's State Council announces each year's arrangement in November: which days are public
holidays and which weekend days are worked instead (调休). A notice "of at least five working
days" ends on the fifth working day after it is posted; a day counts when it is a weekday and not
a holiday, or a weekend day that is worked.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, timedelta

from unionoffice.foundation.errors import UserError
from unionoffice.foundation.i18n import translate


@dataclass(frozen=True)
class Arrangement:
    """The days that differ from the plain week, and the years they cover."""

    holidays: frozenset[date] = field(default_factory=frozenset)
    worked_weekends: frozenset[date] = field(default_factory=frozenset)
    years: frozenset[int] = field(default_factory=frozenset)

    def is_working_day(self, day: date) -> bool:
        self.require_year(day.year)
        if day in self.worked_weekends:
            return True
        return day.weekday() < 5 and day not in self.holidays

    def require_year(self, year: int) -> None:
        if year not in self.years:
            raise UserError(
                translate(
                    "Calendar", "{year} 年的节假日安排尚未录入（系统管理 → 节假日），无法计算工作日。"
                ).format(year=year)
            )


def add_working_days(arrangement: Arrangement, start: date, days: int) -> date:
    """The ``days``-th working day after ``start`` (``start`` itself does not count)."""
    day, left = start, days
    while left > 0:
        day += timedelta(days=1)
        if arrangement.is_working_day(day):
            left -= 1
    return day


def working_days_between(arrangement: Arrangement, start: date, end: date) -> int:
    """Working days after ``start`` up to and including ``end`` (0 when ``end`` is not later)."""
    count, day = 0, start
    while day < end:
        day += timedelta(days=1)
        if arrangement.is_working_day(day):
            count += 1
    return count


def arrangement_of(rows: Iterable[tuple[date, bool]], years: Iterable[int]) -> Arrangement:
    """From stored rows (day, is_holiday): a holiday, or else a weekend day that is worked."""
    holidays: set[date] = set()
    worked: set[date] = set()
    for day, holiday in rows:
        (holidays if holiday else worked).add(day)
    return Arrangement(frozenset(holidays), frozenset(worked), frozenset(years))
