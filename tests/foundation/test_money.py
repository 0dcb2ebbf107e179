from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from unionoffice.foundation.errors import ValidationError
from unionoffice.foundation.money import Money


@pytest.mark.parametrize(
    ("text", "fen"),
    [
        ("1234.5", 123450),
        ("1,234.50", 123450),
        ("¥0.01", 1),
        ("88元", 8800),
        ("-3.2", -320),
        (Decimal("7.05"), 705),
    ],
)
def test_yuan_text_becomes_exact_fen(text, fen):
    assert Money.from_yuan(text).fen == fen


@pytest.mark.parametrize("bad", ["1.234", "abc", "", "1e5"])
def test_malformed_amounts_are_refused(bad):
    with pytest.raises(ValidationError):
        Money.from_yuan(bad)


def test_float_is_rejected_outright():
    with pytest.raises(TypeError):
        Money.from_yuan(0.1)  # type: ignore[arg-type]


def test_formatting_and_ratio_rounding():
    assert Money(123456789).format() == "1,234,567.89"
    assert Money(-5).format(symbol=True) == "¥-0.05"
    assert Money(1001).times_ratio(Decimal("0.5")).fen == 501  # half up, to the fen


@given(st.integers(min_value=-(10**12), max_value=10**12))
def test_format_then_parse_round_trips(fen):
    assert Money.from_yuan(Money(fen).format()).fen == fen
