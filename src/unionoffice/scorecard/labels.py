"""Calendar quarters as the scorecard names them (``2026Q3`` on the command line and the wire), shared
by the services and the screen."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from unionoffice.foundation.errors import UserError
from unionoffice.foundation.i18n import translate

_CODE = re.compile(r"^\s*(\d{4})\s*[-_ ]?\s*[Qq]\s*([1-4])\s*$")
FIRST_YEAR = 2000


@dataclass(frozen=True, order=True)
class Quarter:
    year: int
    number: int  # 1–4

    @classmethod
    def parse(cls, text: str) -> Quarter:
        found = _CODE.match(text or "")
        if found is None or not FIRST_YEAR <= int(found.group(1)) <= 2100:
            raise UserError(translate("Scorecard", "季度“{text}”格式不正确，应如 2026Q3。").format(text=text))
        return cls(int(found.group(1)), int(found.group(2)))

    @classmethod
    def of(cls, day: date) -> Quarter:
        return cls(day.year, (day.month - 1) // 3 + 1)

    @property
    def code(self) -> str:
        return f"{self.year}Q{self.number}"

    @property
    def start(self) -> date:
        return date(self.year, 3 * self.number - 2, 1)

    @property
    def end(self) -> date:
        return self.next.start - timedelta(days=1)

    @property
    def next(self) -> Quarter:
        return Quarter(self.year + 1, 1) if self.number == 4 else Quarter(self.year, self.number + 1)

    @property
    def previous(self) -> Quarter:
        return Quarter(self.year - 1, 4) if self.number == 1 else Quarter(self.year, self.number - 1)

    @property
    def label(self) -> str:
        return translate("Scorecard", "{year} 年第 {n} 季度").format(year=self.year, n=self.number)

    def __str__(self) -> str:
        return self.code


def last_complete(today: date | None = None) -> Quarter:
    """The newest quarter that has ended: what a bulletin is usually about."""
    return Quarter.of(today or date.today()).previous


def offered(today: date | None = None, years: int = 3) -> list[Quarter]:
    """The quarters the screen offers: the current one and those of the last ``years`` years, newest first."""
    q, found = Quarter.of(today or date.today()), []
    for _ in range(4 * years):
        found.append(q)
        q = q.previous
    return found


def value_text(value: Decimal | None, unit: str) -> str:
    """A value as printed, the unit after it: "98.52%", "3.26 项/百人", "200 人次" (counts stay whole)."""
    if value is None:
        return "—"
    exponent = value.as_tuple().exponent
    whole = isinstance(exponent, int) and exponent >= 0
    text = f"{value:,}" if whole else f"{value:,.2f}"
    return f"{text}{unit}" if unit == "%" else f"{text} {unit}"
