from __future__ import annotations

from datetime import date

import pytest

from unionoffice.foundation.pdf import chinese_date


@pytest.mark.parametrize(
    ("value", "day", "expected"),
    [
        (date(2026, 11, 24), False, "二〇二六年十一月"),
        (date(2026, 11, 24), True, "二〇二六年十一月二十四日"),
        (date(2020, 1, 1), True, "二〇二〇年一月一日"),
        (date(2019, 10, 10), True, "二〇一九年十月十日"),
        (date(2008, 12, 20), True, "二〇〇八年十二月二十日"),
        (date(2031, 5, 31), True, "二〇三一年五月三十一日"),
        (date(2000, 2, 19), True, "二〇〇〇年二月十九日"),
    ],
)
def test_chinese_date(value, day, expected):
    assert chinese_date(value, day=day) == expected
