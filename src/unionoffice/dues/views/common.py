"""What the dues pages share: a month as clerks write it, the months a payroll may be for."""

from __future__ import annotations

from datetime import date

from unionoffice.foundation.i18n import translate


def month_text(month: date) -> str:
    return translate("DuesViews", "{year}年{month}月").format(year=month.year, month=month.month)


def recent_months(today: date, count: int = 13) -> list[date]:
    """This month and the ``count - 1`` before it, newest first (the months a payroll may be for)."""
    months = []
    year, month = today.year, today.month
    for _ in range(count):
        months.append(date(year, month, 1))
        year, month = (year, month - 1) if month > 1 else (year - 1, 12)
    return months
