"""GB 11643-1999 identity numbers and the cell normaliser, by example and by property."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from unionoffice.foundation.errors import ValidationError
from unionoffice.foundation.identity import (
    check_digit,
    generate_id_number,
    upgrade_15_to_18,
    validate_id_number,
)
from unionoffice.foundation.importer import CellError, parse_id_number
from unionoffice.foundation.importer.normalize import normalize_halfwidth

FULL_WIDTH = str.maketrans("0123456789X", "０１２３４５６７８９Ｘ")


@pytest.mark.parametrize(
    "number", ["11010519491231002X", "110105194912310029"[:17] + check_digit("11010519491231002")]
)
def test_known_valid(number):
    assert validate_id_number(number).number == number


@pytest.mark.parametrize(
    "number, message",
    [
        ("110105194912310021", "校验位"),
        ("11010519491331002X", "日期"),
        ("00010519491231002X", "省级"),
        ("11010519491231002", "17 位"),
        ("11010519491231002Y", "数字"),
    ],
)
def test_known_invalid(number, message):
    with pytest.raises(ValidationError, match=message):
        validate_id_number(number)


def test_standard_weights_and_check_digits():
    # Weighted sum mod 11 → 1 0 X 9 8 7 6 5 4 3 2, per GB 11643-1999.
    assert check_digit("34052419800101001") == "X"
    assert upgrade_15_to_18("110105491231002") == "11010519491231002X"


births = st.dates(min_value=date(1930, 1, 1), max_value=date(2010, 12, 31))
regions = st.sampled_from(["410702", "360111", "650104", "110105", "440305"])


@given(regions, births, st.integers(0, 499), st.sampled_from("MF"))
def test_generated_numbers_validate_and_encode_birth_and_gender(region, born, seq, gender):
    number = generate_id_number(region, born, seq, gender)
    parsed = validate_id_number(number)
    assert (parsed.birth_date, parsed.gender, parsed.region) == (born, gender, region)


@given(regions, births, st.integers(0, 499), st.sampled_from("MF"), st.integers(0, 16), st.integers(1, 9))
def test_any_single_digit_change_is_caught(region, born, seq, gender, position, delta):
    number = generate_id_number(region, born, seq, gender)
    changed = number[:position] + str((int(number[position]) + delta) % 10) + number[position + 1 :]
    with pytest.raises(ValidationError):
        validate_id_number(changed)


@given(
    regions,
    births,
    st.integers(0, 499),
    st.sampled_from("MF"),
    st.lists(st.sampled_from([" ", "\u3000", "\u200b", "\t", "\u00a0"]), max_size=4),
    st.booleans(),
    st.booleans(),
)
@settings(max_examples=200)
def test_messy_forms_normalise_to_the_same_number(region, born, seq, gender, junk, full_width, lower):
    number = generate_id_number(region, born, seq, gender)
    messy = number.translate(FULL_WIDTH) if full_width else number
    messy = messy.lower() if lower else messy
    cut = len(messy) // 2
    messy = "".join(junk) + messy[:cut] + "".join(junk) + messy[cut:] + "".join(junk)
    assert parse_id_number(messy).number == number


def test_fifteen_digit_numbers_are_upgraded_on_import():
    assert parse_id_number("110105491231002").number == "11010519491231002X"


def test_numbers_stored_as_numbers_are_refused_not_guessed():
    with pytest.raises(CellError, match="数字"):
        parse_id_number(4.10702199005012e17)
    with pytest.raises(CellError, match="数字"):
        parse_id_number("4.10702E+17")


@given(st.text(max_size=40))
def test_normaliser_never_crashes_and_is_idempotent(text):
    once = normalize_halfwidth(text)
    assert normalize_halfwidth(once) == once
    assert not any(0xFF01 <= ord(ch) <= 0xFF5E for ch in once)


@given(st.one_of(st.text(max_size=30), st.integers(), st.floats(), st.none(), st.booleans()))
def test_validator_only_ever_refuses_in_chinese(value):
    try:
        parse_id_number(value)
    except CellError as error:
        assert error.message and not error.message.isascii()
