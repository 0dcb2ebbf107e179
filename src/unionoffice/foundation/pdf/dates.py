"""Dates written the way Chinese certificates and official documents write them."""

from __future__ import annotations

from datetime import date

_DIGITS = "〇一二三四五六七八九"


def _small_number(n: int) -> str:
    """1..31 in Chinese numerals: 十, 十一, 二十, 二十四, 三十一."""
    tens, ones = divmod(n, 10)
    if tens == 0:
        return _DIGITS[ones]
    head = "" if tens == 1 else _DIGITS[tens]
    return head + "十" + (_DIGITS[ones] if ones else "")


def chinese_date(value: date, day: bool = False) -> str:
    """二〇二六年十一月, or 二〇二六年十一月二十四日 with ``day=True``."""
    year = "".join(_DIGITS[int(d)] for d in str(value.year))
    text = f"{year}年{_small_number(value.month)}月"
    if day:
        text += f"{_small_number(value.day)}日"
    return text
