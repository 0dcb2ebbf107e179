from __future__ import annotations

from datetime import date, datetime, time, timedelta
from enum import Enum
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from unionoffice.foundation.identity import IdNumber
from unionoffice.foundation.importer import (
    CellError,
    enum_parser,
    money_parser,
    parse_date,
    parse_gender,
    parse_id_number,
    parse_int,
    parse_money_fen,
    parse_name,
    parse_phone,
    parse_text,
    text_parser,
)
from unionoffice.foundation.importer.table import ErrorCell, OversizeCell


class Politics(Enum):
    PARTY = "party"
    MASSES = "masses"


POLITICS = enum_parser({"中共党员": Politics.PARTY, "群众": Politics.MASSES})


def _error(parser: Any, value: object) -> str:
    with pytest.raises(CellError) as caught:
        parser(value)
    return caught.value.message


@pytest.mark.parametrize(
    "raw",
    [
        "2019.05.01",
        "2019-5-1",
        "2019/05/01",
        "2019年5月1日",
        "2019 年 5 月 1 日",
        "20190501",
        20190501.0,
        43586.0,
        "43586",
        date(2019, 5, 1),
        datetime(2019, 5, 1, 8, 30),
        "2019-05-01 00:00:00",
        "２０１９．５．１",
    ],
)
def test_dates_in_every_office_form(raw: object) -> None:
    assert parse_date(raw) == date(2019, 5, 1)


@pytest.mark.parametrize(
    ("raw", "fragment"),
    [
        ("2019-02-29", "不存在"),
        ("2019-13-01", "不存在"),
        ("19-5-1", "格式"),
        ("2019.5", "格式"),
        ("明天", "格式"),
        (1e12, "格式"),
        (43586.5, "格式"),
        (60.0, "不存在"),
        ("1899-12-31", "范围"),
        (time(8), "格式"),
        (timedelta(days=3), "格式"),
        (True, "格式"),
    ],
)
def test_bad_dates(raw: object, fragment: str) -> None:
    assert fragment in _error(parse_date, raw)


def test_excel_serials_around_the_phantom_leap_day() -> None:
    assert parse_date(1.0) == date(1900, 1, 1)
    assert parse_date(59.0) == date(1900, 2, 28)
    assert parse_date(61.0) == date(1900, 3, 1)


@pytest.mark.parametrize(
    ("raw", "expected"), [(27.0, 27), ("27", 27), ("27.0", 27), ("１，２３４", 1234), (-3, -3)]
)
def test_integers(raw: object, expected: int) -> None:
    assert parse_int(raw) == expected


@pytest.mark.parametrize("raw", [27.5, "27.5", "abc", True, "1,23", float("nan"), "1e3"])
def test_bad_integers(raw: object) -> None:
    assert "整数" in _error(parse_int, raw)


@pytest.mark.parametrize(
    ("raw", "fen"),
    [
        ("1,234.50", 123450),
        ("¥1234.5", 123450),
        ("￥1,234.5", 123450),
        ("1234.5元", 123450),
        ("人民币12元", 1200),
        (1234.5, 123450),
        (0.1 + 0.2, 30),
        (27, 2700),
        (27.0, 2700),
        ("0", 0),
        ("１２．３", 1230),
        ("-0", 0),
    ],
)
def test_money_to_fen(raw: object, fen: int) -> None:
    assert parse_money_fen(raw) == fen
    assert isinstance(parse_money_fen(raw), int)


@pytest.mark.parametrize(
    ("raw", "fragment"),
    [
        ("1.234", "两位小数"),
        (1.234, "两位小数"),
        ("-5", "负数"),
        (-5.0, "负数"),
        ("12,34", "金额"),
        ("1e5", "金额"),
        ("abc", "金额"),
        (True, "金额"),
        (1e300, "过大"),
        (float("inf"), "金额"),
        (date(2019, 1, 1), "金额"),
    ],
)
def test_bad_money(raw: object, fragment: str) -> None:
    assert fragment in _error(parse_money_fen, raw)


def test_negative_money_when_the_column_allows_it() -> None:
    assert money_parser(allow_negative=True)("-12.30") == -1230


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("138 1234 5678", "13812345678"),
        (13812345678.0, "13812345678"),
        ("+86 138-1234-5678", "13812345678"),
        ("0371-12345678", "0371-12345678"),
        ("（0371）12345678", "0371-12345678"),
        ("037112345678", "0371-12345678"),
        ("01012345678", "010-12345678"),
        ("021-61234567转88", "021-61234567-88"),
        ("０３７１－６１２３４５６", "0371-6123456"),
    ],
)
def test_phones(raw: object, expected: str) -> None:
    assert parse_phone(raw) == expected


@pytest.mark.parametrize(
    "raw", ["12345", "23812345678", "1381234567", "0371-0123456", "371-12345678", True, 3.5]
)
def test_bad_phones(raw: object) -> None:
    assert "手机号" in _error(parse_phone, raw)


@pytest.mark.parametrize(
    ("raw", "expected"), [("男", "M"), ("女", "F"), (" 男性 ", "M"), ("f", "F"), ("Ｍ", "M")]
)
def test_gender(raw: str, expected: str) -> None:
    assert parse_gender(raw) == expected


@pytest.mark.parametrize("raw", ["未知", 1.0, "男女"])
def test_bad_gender(raw: object) -> None:
    assert "男" in _error(parse_gender, raw)


def test_enum_by_chinese_label() -> None:
    assert POLITICS(" 中共 党员 ") is Politics.PARTY
    assert "中共党员、群众" in _error(POLITICS, "团员")


def test_text_and_names() -> None:
    assert parse_text(1001.0) == "1001"
    assert parse_text(" Ａ  b\u3000c ") == "A b c"
    assert parse_name("欧阳 娜娜") == "欧阳娜娜"
    assert "数字" in _error(parse_name, "张3")
    assert "10" in _error(text_parser(10), "一二三四五六七八九十十")


def test_id_numbers() -> None:
    assert parse_id_number("11010519491231002x") == IdNumber(
        "11010519491231002X", date(1949, 12, 31), "F", "110105"
    )
    assert "文本格式" in _error(parse_id_number, 110105194912310020.0)
    assert "校验位" in _error(parse_id_number, "110105194912310021")


@pytest.mark.parametrize("parser", [parse_text, parse_date, parse_money_fen, parse_phone, parse_id_number])
def test_flagged_cells(parser: Any) -> None:
    assert "#REF!" in _error(parser, ErrorCell("#REF!"))
    assert "过长" in _error(parser, OversizeCell(1_048_576))


cells = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.floats(allow_nan=True, allow_infinity=True),
    st.text(),
    st.text(alphabet="0123456789０１２３.,-/年月日元¥￥ +()（）xX转:", max_size=30),
    st.dates(),
    st.datetimes(),
    st.times(),
    st.timedeltas(),
    st.builds(ErrorCell, st.text(max_size=8)),
    st.builds(OversizeCell, st.integers(0, 10**7)),
)
PARSERS = [
    parse_text,
    parse_name,
    parse_int,
    parse_money_fen,
    money_parser(allow_negative=True),
    parse_date,
    parse_phone,
    parse_gender,
    parse_id_number,
    POLITICS,
]


@given(cells)
def test_parsers_return_a_value_or_a_cell_error(value: object) -> None:
    for parser in PARSERS:
        try:
            result = parser(value)
        except CellError as error:
            assert error.message and isinstance(error.message, str)
        else:
            assert result is not None
