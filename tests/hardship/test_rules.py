"""The category and the notice as pure functions: the acceptance edges to the fen."""

from __future__ import annotations

from datetime import date

import pytest

from unionoffice.core.calendar.rules import Arrangement, arrangement_of
from unionoffice.hardship.labels import Category
from unionoffice.hardship.rules import (
    add_months,
    assess,
    category_of,
    notice_end,
    notice_over,
    per_head_monthly,
)

LINE = 70_000  # a 低保 of 700 yuan per person and month


@pytest.mark.parametrize(
    ("per_head", "expected"),
    [
        (59_999, Category.DEEP),
        (60_000, Category.DEEP),  # 600 yuan against 700
        (60_001, Category.DEEP),
        (69_999, Category.DEEP),
        (70_000, Category.RELATIVE),  # not below the 低保 any more
        (70_001, Category.RELATIVE),
        (129_999, Category.RELATIVE),
        (130_000, Category.RELATIVE),  # 1,300 yuan: below twice the 低保
        (130_001, Category.RELATIVE),
        (139_999, Category.RELATIVE),
        (140_000, Category.NONE),  # twice the 低保 is not below it
        (140_001, Category.NONE),
        (149_999, Category.NONE),
        (150_000, Category.NONE),  # 1,500 yuan: not eligible
        (150_001, Category.NONE),
    ],
)
def test_category_against_a_low_income_line_of_700(per_head, expected):
    assert category_of(per_head, LINE) == expected


def test_a_sudden_accident_makes_an_otherwise_ineligible_household_accident_hit():
    assert category_of(150_000, LINE, sudden=True) == Category.ACCIDENT
    assert category_of(60_000, LINE, sudden=True) == Category.DEEP  # income decides first
    assert (
        category_of(130_000, LINE, relative_pct=180) == Category.NONE
    )  # the ratio is a figure, not a constant


def test_per_head_is_monthly_after_rigid_expenses_rounded_half_up():
    assert per_head_monthly(60_000 * 12 * 3 + 500_000, 500_000, 3) == 60_000
    assert per_head_monthly(1_000, 0, 1) == 83  # 83.33 fen
    assert per_head_monthly(1_002, 0, 1) == 84  # 83.5 fen rounds up
    assert per_head_monthly(100_000, 400_000, 2) == -12_500  # expenses above income
    found = assess(69_999 * 12, 0, 1, LINE)
    assert (found.per_head_fen, found.category) == (69_999, Category.DEEP)


def test_the_notice_runs_five_working_days_over_the_national_day_holiday():
    holidays = [date(2026, 10, d) for d in range(1, 8)]
    worked = [date(2026, 9, 20), date(2026, 10, 10)]
    cal = arrangement_of([(d, True) for d in holidays] + [(d, False) for d in worked], [2026])
    posted = date(2026, 9, 29)  # Tuesday; the posting day does not count
    until = notice_end(cal, posted, 5)
    assert until == date(2026, 10, 12)  # 9-30, 10-8, 10-9, 10-10 (a worked Saturday), 10-12
    assert not notice_over(until, date(2026, 10, 10))  # fourth working day
    assert not notice_over(until, until)  # the last day is still the notice
    assert notice_over(until, date(2026, 10, 13))  # sixth working day
    plain = Arrangement(years=frozenset({2030}))
    assert notice_end(plain, date(2030, 1, 4), 5) == date(2030, 1, 11)


def test_months_after_a_day_keep_the_day_or_take_the_month_end():
    assert add_months(date(2026, 8, 31), 6) == date(2027, 2, 28)
    assert add_months(date(2026, 3, 15), 12) == date(2027, 3, 15)
    assert add_months(date(2026, 12, 1), 1) == date(2027, 1, 1)
