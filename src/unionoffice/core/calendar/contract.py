"""The holiday arrangement as the administrator's screen reads and saves it."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from unionoffice.foundation.contract import Empty, Operation


@dataclass(frozen=True)
class ByYear:
    year: int


@dataclass(frozen=True)
class CalendarEntry:
    day: date
    holiday: bool  # False: a weekend day worked instead (调休上班)
    name: str = ""


@dataclass(frozen=True)
class YearCalendar:
    year: int
    entered: bool
    source: str = ""
    days: list[CalendarEntry] = field(default_factory=list)


YEAR = Operation("calendar.year", ByYear, YearCalendar)
SAVE_YEAR = Operation("calendar.save_year", YearCalendar, Empty, write=True)
