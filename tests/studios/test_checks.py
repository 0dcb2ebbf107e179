from __future__ import annotations

import pytest

from unionoffice.foundation.importer import CellError
from unionoffice.studios.labels import Kind
from unionoffice.studios.service.checks import benefit_fen, normalize_reg_no, patent_check_char


def test_check_character_matches_the_published_example():
    assert patent_check_char("201710601862") == "3"
    assert patent_check_char("95115608") == "X"  # the pre-2004 example, ZL95115608.X


@pytest.mark.parametrize(
    "typed", ["ZL201710601862.3", "201710601862.3", "zl 2017 1 0601862.3", "CN2017106018623"]
)
def test_patent_numbers_are_normalised(typed):
    assert normalize_reg_no(Kind.INVENTION, typed) == "ZL201710601862.3"


@pytest.mark.parametrize(
    ("kind", "typed", "says"),
    [
        (Kind.INVENTION, "ZL201710601862.4", "校验位"),
        (Kind.UTILITY, "ZL201710601862.3", "类型"),
        (Kind.INVENTION, "ZL2017106018", "格式"),
        (Kind.SOFTWARE, "2023-SR-12", "2023SR0123456"),
        (Kind.FIVE_SMALL, "五小001", "WX2026-0001"),
    ],
)
def test_bad_numbers_say_what_is_wrong(kind, typed, says):
    with pytest.raises(CellError, match=says):
        normalize_reg_no(kind, typed)


def test_benefit_is_yuan_to_fen_and_refuses_wan_and_negative():
    assert benefit_fen("1,234.50") == 123_450
    assert benefit_fen("") == 0
    with pytest.raises(CellError, match="万"):
        benefit_fen("35万")
    with pytest.raises(CellError, match="负数"):
        benefit_fen("-100")
    with pytest.raises(CellError):
        benefit_fen("12.345")
