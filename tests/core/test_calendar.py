"""Working days with the holiday arrangement as data."""

from __future__ import annotations

from datetime import date

import pytest
from factories import actor_of

from unionoffice.core.calendar import contract as calendar
from unionoffice.core.calendar.rules import (
    Arrangement,
    add_working_days,
    arrangement_of,
    working_days_between,
)
from unionoffice.core.calendar.service import arrangement
from unionoffice.foundation.errors import PermissionDenied, UserError, ValidationError


def test_a_notice_over_the_national_day_holiday_counts_only_working_days(db):
    with db.read() as s:
        cal = arrangement(s, 2026, 2026)
    posted = date(
        2026, 9, 29
    )  # Tuesday; 9-30 works, 10-1…10-7 off, 10-8 and 10-9 work, 10-10 (Sat) is worked
    assert working_days_between(cal, posted, date(2026, 10, 9)) == 3
    assert add_working_days(cal, posted, 4) == date(2026, 10, 10)  # the worked Saturday counts
    assert add_working_days(cal, posted, 5) == date(2026, 10, 12)  # Sunday 10-11 does not


def test_spring_festival_2026_and_its_worked_saturdays(db):
    with db.read() as s:
        cal = arrangement(s, 2026, 2026)
    assert not cal.is_working_day(date(2026, 2, 16))  # a Monday in the holiday
    assert cal.is_working_day(date(2026, 2, 14)) and cal.is_working_day(date(2026, 2, 28))
    assert add_working_days(cal, date(2026, 2, 12), 2) == date(2026, 2, 14)


def test_a_year_without_an_arrangement_is_refused_by_name():
    cal = arrangement_of([], [2026])
    with pytest.raises(UserError, match="2027 年的节假日安排尚未录入"):
        add_working_days(cal, date(2026, 12, 30), 5)


def test_plain_weeks_count_five_days():
    cal = Arrangement(years=frozenset({2030}))
    assert add_working_days(cal, date(2030, 1, 4), 5) == date(2030, 1, 11)  # Friday → next Friday


def test_the_administrator_enters_a_year_and_bad_rows_are_refused(db, org, services_as):
    admin = services_as(db, actor_of(db, "admin"))
    with pytest.raises(ValidationError, match="不需要登记为调休上班"):
        admin.call(
            calendar.SAVE_YEAR,
            calendar.YearCalendar(
                2027, True, "通知", [calendar.CalendarEntry(date(2027, 1, 4), False, "周一")]
            ),
        )
    assert not admin.call(calendar.YEAR, calendar.ByYear(2027)).entered
    admin.call(
        calendar.SAVE_YEAR,
        calendar.YearCalendar(
            2027,
            True,
            "国务院办公厅关于2027年部分节假日安排的通知",
            [calendar.CalendarEntry(date(2027, 1, 1), True, "元旦")],
        ),
    )
    year = admin.call(calendar.YEAR, calendar.ByYear(2027))
    assert year.entered and [d.day for d in year.days] == [date(2027, 1, 1)]
    clerk = services_as(db, actor_of(db, "clerk_a"))
    with pytest.raises(PermissionDenied):
        clerk.call(calendar.SAVE_YEAR, year)
