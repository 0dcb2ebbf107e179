"""The dues rule and the welfare caps as values: what they compute and how a refusal names them."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from unionoffice.dues.labels import FESTIVAL, CapPer, CountPer, Rounding, WelfareItem
from unionoffice.dues.rules import Cap, DuesRate, Taken, cap_refusal, in_force, months_between

NATIONAL = DuesRate(1, date(1990, 1, 1), Decimal("0.005"), 1000, Rounding.HALF_UP, "全总规定")


def test_half_a_percent_of_the_wage_with_the_part_under_ten_yuan_not_counted():
    assert NATIONAL.base(523_600) == 523_000
    assert NATIONAL.dues(523_600) == 2615  # 5,236.00 → 26.15
    assert NATIONAL.dues(999) == 0  # under 10 yuan: nothing counted
    assert NATIONAL.dues(523_999) == 2615  # 5,239.99 still counts as 5,230
    assert NATIONAL.dues(524_000) == 2620


def test_rounding_is_the_rules_not_the_codes():
    odd = DuesRate(2, date(2027, 1, 1), Decimal("0.0033"), 100, Rounding.HALF_UP)
    down = DuesRate(3, date(2027, 1, 1), Decimal("0.0033"), 100, Rounding.DOWN)
    assert odd.dues(523_600) == 1728  # 5,236 × 0.33 % = 17.2788 → 17.28
    assert down.dues(523_600) == 1727
    assert "0.5%" in NATIONAL.text() and "10 元" in NATIONAL.text()


def test_the_rule_in_force_is_the_latest_that_took_effect():
    later = DuesRate(4, date(2027, 1, 1), Decimal("0.006"), 1000, Rounding.HALF_UP)
    rules = [later, NATIONAL]
    assert in_force(rules, date(2026, 12, 31)) is NATIONAL
    assert in_force(rules, date(2027, 1, 1)) is later
    assert in_force(rules, date(1989, 12, 31)) is None


def test_a_refusal_names_the_cap_and_its_source():
    birthday = Cap(1, "birthday", date(2018, 1, 1), 30_000, CapPer.PAYMENT, 1, CountPer.YEAR, "河南2018")
    field, message = cap_refusal(birthday, 20_000, Taken(20_000, 1, 3, date(2026, 3, 5)), "张坤") or ("", "")
    assert field == "item"
    assert (
        "生日蛋糕卡" in message and "300.00" in message and "每年限 1 次" in message and "河南2018" in message
    )
    assert "2026-03-05" in message
    hospital = Cap(2, "hospital", date(2018, 1, 1), 100_000, CapPer.PAYMENT, source="河南2018")
    field, message = cap_refusal(hospital, 120_000, Taken(), "张坤") or ("", "")
    assert field == "amount" and "1,000.00" in message and "1,200.00" in message
    assert cap_refusal(hospital, 100_000, Taken(), "张坤") is None


def test_the_festival_cap_is_a_yearly_total_of_both_festivals():
    assert WelfareItem.SPRING_FESTIVAL.cap_key == WelfareItem.MID_AUTUMN.cap_key == FESTIVAL
    festival = Cap(3, FESTIVAL, date(2018, 1, 1), 200_000, CapPer.YEAR, source="河南2018")
    assert cap_refusal(festival, 60_000, Taken(140_000, 1), "张坤") is None
    field, message = cap_refusal(festival, 60_001, Taken(140_000, 1), "张坤") or ("", "")
    assert field == "amount" and "2,000.00" in message and "本次最多 600.00 元" in message


def test_months_between_counts_whole_months():
    assert months_between(date(2025, 12, 15), date(2026, 2, 1)) == [
        date(2025, 12, 1),
        date(2026, 1, 1),
        date(2026, 2, 1),
    ]
