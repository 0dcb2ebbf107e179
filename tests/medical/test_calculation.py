"""The calculation engine, table-driven, every figure worked out by hand to the fen.

Rule under test (the issue's example): deductible 1,000.00; 0–10,000 at 50 %, 10,000–30,000
at 60 %, above at 70 %; per-claim cap 50,000.00; annual cap 80,000.00.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from unionoffice.foundation.errors import ValidationError
from unionoffice.medical.calculation import (
    Band,
    Rule,
    bands_from_json,
    bands_to_json,
    calculate,
    parse_ratio,
    validate_rule,
)
from unionoffice.medical.service.schemes import standard_bands

RULE = Rule(
    deductible_fen=100_000,
    bands=standard_bands((1_000_000, "0.5"), (3_000_000, "0.6"), (None, "0.7")),
    per_claim_cap_fen=5_000_000,
    annual_cap_fen=8_000_000,
)


@pytest.mark.parametrize(
    ("covered", "payable"),
    [
        (0, 0),
        (99_999, 0),  # one fen under the deductible
        (100_000, 0),  # exactly the deductible
        (100_001, 1),  # 0.01 × 50 % = 0.005 → rounds half up to 0.01
        (100_003, 2),  # 0.03 × 50 % = 0.015 → 0.02
        (999_999, 450_000),  # 8,999.99 × 50 % = 4,499.995 → 4,500.00
        (1_000_000, 450_000),  # top of band 1: 9,000 × 50 %
        (1_000_001, 450_001),  # 0.01 into band 2: 0.006 → 0.01
        (2_000_000, 1_050_000),  # 4,500 + 10,000 × 60 %
        (3_000_000, 1_650_000),  # top of band 2: 4,500 + 12,000
        (3_000_001, 1_650_001),  # 0.01 × 70 % = 0.007 → 0.01
        (5_000_000, 3_050_000),  # 16,500 + 20,000 × 70 %
        (7_000_000, 4_450_000),  # 16,500 + 40,000 × 70 % = 44,500
        (8_000_000, 5_000_000),  # 16,500 + 50,000 × 70 % = 51,500 → per-claim cap 50,000
        (123_456_789, 5_000_000),
    ],
)
def test_bands_deductible_and_per_claim_cap(covered: int, payable: int) -> None:
    assert calculate(RULE, covered).payable_fen == payable


def test_explanation_names_each_band_and_the_cap() -> None:
    calc = calculate(RULE, 8_000_000)
    texts = [line.text for line in calc.lines]
    assert texts[0] == "政策范围内个人自付：80,000.00 元"
    assert "起付线：1,000.00 元（以下部分不予补助）" in texts
    assert "0.00–10,000.00 元段：9,000.00 × 50% = 4,500.00 元" in texts
    assert "10,000.00–30,000.00 元段：20,000.00 × 60% = 12,000.00 元" in texts
    assert "30,000.00 元以上段：50,000.00 × 70% = 35,000.00 元" in texts
    assert "分段合计：51,500.00 元" in texts
    assert "超过单次封顶 50,000.00 元，按封顶额计" in texts
    assert texts[-1] == "本次应付互助金：50,000.00 元"
    assert calc.caps_hit == ("per_claim",)


def test_below_deductible_is_explained() -> None:
    texts = [line.text for line in calculate(RULE, 50_000).lines]
    assert "自付金额未超过起付线，不予补助" in texts


def test_deductible_above_first_band_cuts_into_the_second() -> None:
    rule = Rule(deductible_fen=1_200_000, bands=RULE.bands)
    # band 1 entirely below the deductible; band 2 from 12,000 to 20,000 at 60 % = 4,800
    assert calculate(rule, 2_000_000).payable_fen == 480_000


@pytest.mark.parametrize(
    ("claims", "expected"),
    [
        # (covered self-paid of successive claims) → payable of each, annual cap 80,000
        ((7_000_000, 7_000_000), (4_450_000, 3_550_000)),  # second claim gets the 35,500 left
        (
            (8_000_000, 8_000_000, 100_000),
            (5_000_000, 3_000_000, 0),
        ),  # per-claim cap, then annual, then nothing
        ((2_000_000, 2_000_000, 2_000_000), (1_050_000, 1_050_000, 1_050_000)),  # well under the cap
    ],
)
def test_annual_cap_across_claims_in_one_year(claims: tuple[int, ...], expected: tuple[int, ...]) -> None:
    used = 0
    got = []
    for covered in claims:
        calc = calculate(RULE, covered, used)
        got.append(calc.payable_fen)
        used += calc.payable_fen
    assert tuple(got) == expected
    assert used <= RULE.annual_cap_fen


def test_annual_cap_line_shows_used_and_left() -> None:
    calc = calculate(RULE, 7_000_000, 4_450_000)
    assert calc.caps_hit == ("annual",)
    assert "年度封顶 80,000.00 元，本年度已获补助 44,500.00 元，剩余 35,500.00 元，按剩余额计" in [
        line.text for line in calc.lines
    ]


@pytest.mark.parametrize(("used", "payable"), [(0, 2_000_000), (1_500_000, 500_000), (2_000_000, 0)])
def test_critical_illness_lump_sum(used: int, payable: int) -> None:
    rule = Rule(lump_sum_fen=2_000_000, annual_cap_fen=2_000_000)
    calc = calculate(rule, 12_345_678, used)  # expenses do not change a lump sum
    assert calc.payable_fen == payable
    assert calc.lines[0].text == "重大疾病一次性补助：20,000.00 元"


def test_odd_ratio_rounds_half_up_per_band() -> None:
    rule = Rule(bands=(Band(1_000, Decimal("0.333")), Band(None, Decimal("0.5"))))
    # 10.00 × 33.3 % = 3.33; 0.01 × 50 % = 0.005 → 0.01
    assert calculate(rule, 1_001).payable_fen == 333 + 1


def test_negative_amount_is_a_programming_error() -> None:
    with pytest.raises(ValueError):
        calculate(RULE, -1)


def test_bands_round_trip_through_json() -> None:
    assert bands_from_json(bands_to_json(RULE.bands)) == RULE.bands


@pytest.mark.parametrize(
    ("text", "value"), [("60%", "0.6"), ("60", "0.6"), ("0.6", "0.6"), ("12.5", "0.125")]
)
def test_parse_ratio(text: str, value: str) -> None:
    assert parse_ratio(text, "比例") == Decimal(value)


@pytest.mark.parametrize("text", ["abc", "0", "-5", "150", "nan", "sNaN%", "inf"])
def test_parse_ratio_refuses(text: str) -> None:
    with pytest.raises(ValidationError):
        parse_ratio(text, "比例")


def test_validate_rule_names_each_problem() -> None:
    bad = Rule(
        deductible_fen=-1,
        bands=(Band(None, Decimal("0.5")), Band(500, Decimal("0.6")), Band(400, Decimal("0.7"))),
        per_claim_cap_fen=0,
    )
    with pytest.raises(ValidationError) as err:
        validate_rule(bad)
    text = str(err.value)
    assert "起付线：不能为负数" in text
    assert "单次封顶：应大于 0" in text
    assert "第 1 行 补助分段：只有最后一段可以不设上限" in text
    assert "第 3 行 补助分段：上限应大于上一段的上限" in text
