"""The hardship rules as pure functions: the category of a household, the end of a public notice,
months after a date. No database; the figures (低保, ratio, notice length) come in as arguments.

Category (全国总工会 困难职工帮扶): the household's income over the last twelve months minus its
rigid expenses, per head and month, rounded half up to the fen (the figure the file shows), is
compared with the 低保 of the member's base: below it → 深度困难; below ``relative_pct`` % of it
(200 %: "below twice it") → 相对困难; otherwise 意外致困 when a sudden accident or a serious illness
caused the hardship, else not eligible.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date

from unionoffice.core.calendar.rules import Arrangement, add_working_days
from unionoffice.hardship.labels import Category

MONTHS = 12


def per_head_monthly(income_fen: int, expense_fen: int, size: int) -> int:
    """Yearly income minus yearly rigid expenses, per person and month, rounded half up to the fen
    (a negative net gives a negative figure: the expenses exceed the income)."""
    if size <= 0:
        raise ValueError("household size must be positive")
    net = income_fen - expense_fen
    divisor = MONTHS * size
    quotient, remainder = divmod(abs(net), divisor)
    if remainder * 2 >= divisor:
        quotient += 1
    return quotient if net >= 0 else -quotient


def category_of(per_head_fen: int, line_fen: int, relative_pct: int = 200, sudden: bool = False) -> Category:
    """The category of a household with ``per_head_fen`` a month against a 低保 of ``line_fen``."""
    if per_head_fen < line_fen:
        return Category.DEEP
    if per_head_fen * 100 < line_fen * relative_pct:
        return Category.RELATIVE
    return Category.ACCIDENT if sudden else Category.NONE


@dataclass(frozen=True)
class Assessment:
    """A household's figures and the category they give."""

    income_fen: int
    expense_fen: int
    size: int
    line_fen: int
    per_head_fen: int
    category: Category


def assess(
    income_fen: int, expense_fen: int, size: int, line_fen: int, relative_pct: int = 200, sudden: bool = False
) -> Assessment:
    per_head = per_head_monthly(income_fen, expense_fen, size)
    return Assessment(
        income_fen,
        expense_fen,
        size,
        line_fen,
        per_head,
        category_of(per_head, line_fen, relative_pct, sudden),
    )


def notice_end(arrangement: Arrangement, posted_on: date, working_days: int) -> date:
    """The last day of a notice posted on ``posted_on`` that runs ``working_days`` working days
    (the posting day itself does not count: core/calendar/rules.py)."""
    return add_working_days(arrangement, posted_on, working_days)


def notice_over(notice_until: date, on: date) -> bool:
    """Approval may be recorded only after the notice's last day."""
    return on > notice_until


def add_months(day: date, months: int) -> date:
    """The same day ``months`` later (the month's last day when it has no such day: 8-31 → 2-28)."""
    index = day.month - 1 + months
    year, month = day.year + index // 12, index % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))
