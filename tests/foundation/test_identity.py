from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from unionoffice.foundation.errors import ValidationError
from unionoffice.foundation.identity import (
    PROVINCE_CODES,
    check_digit,
    generate_id_number,
    id_suffix,
    mask_id_number,
    normalize_id_number,
    upgrade_15_to_18,
    validate_id_number,
)

regions = st.builds(
    lambda p, rest: f"{p:02d}{rest:04d}", st.sampled_from(sorted(PROVINCE_CODES)), st.integers(0, 9999)
)
birth_dates = st.dates(min_value=date(1900, 1, 1), max_value=date.today())
genders = st.sampled_from(["M", "F"])
valid_numbers = st.builds(generate_id_number, regions, birth_dates, st.integers(0, 499), genders)


def _message(raw: object, **kwargs: object) -> str:
    with pytest.raises(ValidationError) as caught:
        validate_id_number(raw, **kwargs)  # type: ignore[arg-type]
    return caught.value.problems[0].message


def test_standard_examples() -> None:
    parsed = validate_id_number("11010519491231002X")
    assert (parsed.birth_date, parsed.gender, parsed.region) == (date(1949, 12, 31), "F", "110105")
    # The standard's second example was born in 1880: its checksum is right, but it is older
    # than any member can be, so it passes only with an explicit earliest date.
    assert check_digit("44052418800101001") == "4"
    assert "1900" in _message("440524188001010014")
    assert validate_id_number("440524188001010014", earliest=date(1800, 1, 1)).gender == "M"


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        (" 1101 0519 4912 3100 2x ", "11010519491231002X"),
        ("１１０１０５１９４９１２３１００２Ｘ", "11010519491231002X"),
        ("\u00a011010519491231002X\u3000", "11010519491231002X"),
        ("\u200b11010519491231002ｘ\t", "11010519491231002X"),
        ("'11010519491231002X", "11010519491231002X"),
    ],
)
def test_normalisation(raw: str, expected: str) -> None:
    assert normalize_id_number(raw) == expected
    assert validate_id_number(raw).number == expected


@pytest.mark.parametrize(
    ("raw", "fragment"),
    [
        (110105194912310020.0, "文本格式"),
        (110105194912310020, "文本格式"),
        ("1.10105E+17", "文本格式"),
        ("1.10105194912310E+17", "文本格式"),
        ("110105194912310020.0", "文本格式"),
        ("1101051949123100", "实际为 16 位"),
        ("11010519491231002XX", "实际为 19 位"),
        ("", "未填写"),
        (None, "未填写"),
        ("11010519491231A02X", "只能包含数字"),
        ("11010519491231002Y", "只能包含数字"),
        ("X10105194912310020", "只能包含数字"),
        ("010105194912310020", "省级"),
        ("990105194912310020", "省级"),
        ("910105194912310020", "省级"),
        ("110105194902290020", "出生日期不存在"),
        ("110105194913010020", "出生日期不存在"),
        ("110105189912310020", "1900"),
        (f"110105{date.today() + timedelta(days=1):%Y%m%d}0020", "晚于今天"),
        ("110105194912310021", "校验位"),
        ("11010549123100A", "15 位"),
        ("110105490230002", "出生日期不存在"),
    ],
)
def test_invalid_numbers_say_why(raw: object, fragment: str) -> None:
    assert fragment in _message(raw)


def test_fifteen_digit_numbers_upgrade() -> None:
    assert upgrade_15_to_18("110105491231002") == "11010519491231002X"
    assert validate_id_number("110105491231002").number == "11010519491231002X"


def test_mask_and_suffix() -> None:
    # Two characters only: the birth digits are the birth date, the region code follows from the
    # base, and the last four would give the sequence code (docs/security.md).
    assert mask_id_number("410702199001020061") == "****************61"
    assert mask_id_number("11010519491231002X") == "****************2X"
    assert mask_id_number("") == ""
    assert id_suffix("11010519491231002X") == "002X"
    assert id_suffix("11010519491231002X", 6) == "31002X"


@given(regions, birth_dates, st.integers(0, 499), genders)
def test_generated_numbers_validate(region: str, born: date, seq: int, gender: str) -> None:
    parsed = validate_id_number(generate_id_number(region, born, seq, gender))
    assert (parsed.region, parsed.birth_date, parsed.gender) == (region, born, gender)


@given(valid_numbers, st.data())
def test_round_trip_through_messy_variants(number: str, data: st.DataObject) -> None:
    full_width = "".join(chr(ord(c) + 0xFEE0) if data.draw(st.booleans()) else c for c in number)
    spaced = "".join(
        c + data.draw(st.sampled_from(["", " ", "\u3000", "\u00a0", "\u200b"])) for c in full_width
    )
    assert validate_id_number(spaced.lower()).number == number


@given(valid_numbers, st.integers(0, 16), st.integers(1, 9))
def test_any_single_digit_change_is_caught(number: str, position: int, delta: int) -> None:
    changed = number[:position] + str((int(number[position]) + delta) % 10) + number[position + 1 :]
    assert check_digit(changed[:17]) != changed[17]  # MOD 11-2 catches every single-digit slip
    with pytest.raises(ValidationError):
        validate_id_number(changed)


@given(valid_numbers, st.sampled_from("0123456789X"))
def test_wrong_check_character_is_caught(number: str, last: str) -> None:
    if last != number[-1]:
        assert "校验位" in _message(number[:17] + last)


@given(
    st.sampled_from(sorted(PROVINCE_CODES)),
    st.integers(0, 9999),
    st.dates(min_value=date(1900, 1, 1), max_value=date(1999, 12, 31)),
    st.integers(0, 999),
)
def test_upgrade_makes_valid_numbers(province: int, rest: int, born: date, seq: int) -> None:
    old = f"{province:02d}{rest:04d}{born:%y%m%d}{seq:03d}"
    parsed = validate_id_number(old)
    assert parsed.birth_date == born
    assert parsed.number == upgrade_15_to_18(old)
    assert validate_id_number(parsed.number) == parsed
