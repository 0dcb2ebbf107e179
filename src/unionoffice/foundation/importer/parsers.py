"""Cell parsers: raw cell value (never blank: the engine handles blanks) → clean value or ``CellError``.

A parser is any ``Callable[[object], T]``; the factories below build configured ones.
Messages are short because the report already names the row and the column.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Mapping
from datetime import date, datetime, time, timedelta
from decimal import Decimal, InvalidOperation
from typing import Any, TypeVar

from unionoffice.foundation.errors import ValidationError
from unionoffice.foundation.i18n import translate
from unionoffice.foundation.identity import IdNumber, validate_id_number
from unionoffice.foundation.importer.errors import CellError
from unionoffice.foundation.importer.normalize import normalize_halfwidth, normalize_text, remove_spaces
from unionoffice.foundation.importer.table import ErrorCell, OversizeCell

T = TypeVar("T")
Parser = Callable[[Any], Any]

EXCEL_EPOCH = date(1899, 12, 30)  # serial 1 = 1900-01-01 once Excel's phantom 1900-02-29 is skipped
EARLIEST_DATE = date(1900, 1, 1)
LATEST_DATE = date(2100, 12, 31)
MAX_FEN = 10**13  # 1,000 亿元: beyond any trade-union amount, and keeps Decimal arithmetic sane


def check_special(value: object) -> None:
    """Cells the reader already flagged: formula errors and oversize text."""
    if type(value) is ErrorCell:  # exact type checks: this runs for every cell
        message = translate("Import", "公式计算出错（{code}），请修正后再导入")
        raise CellError(message.format(code=value.code or "#ERROR"))
    if type(value) is OversizeCell:
        raise CellError(translate("Import", "内容过长（{length} 个字符）").format(length=value.length))


def _number_text(value: float) -> str:
    """A float as Excel shows it: 15 significant digits, no binary noise (0.1+0.2 → 0.3)."""
    return format(Decimal(format(value, ".15g")), "f")


# ---- text -------------------------------------------------------------------------------------


def text_parser(max_length: int = 200) -> Parser:
    def parse(value: object) -> str:
        check_special(value)
        if isinstance(value, bool):
            text = "是" if value else "否"
        elif isinstance(value, float):
            text = _number_text(value) if math.isfinite(value) else str(value)
            if "." in text:
                text = text.rstrip("0").rstrip(".")  # an employee number typed as 1001 → "1001"
        elif isinstance(value, datetime):
            text = value.date().isoformat() if value.time() == time() else value.isoformat(sep=" ")
        elif isinstance(value, (date, time)):
            text = value.isoformat()
        else:
            text = normalize_text(str(value))
        if len(text) > max_length:
            raise CellError(translate("Import", "不能超过 {limit} 个字符").format(limit=max_length))
        return text

    return parse


parse_text = text_parser()


def parse_name(value: object) -> str:
    """Person names: inner spaces removed (张 三 → 张三), 'ASCII' middle dot · kept for minorities."""
    text = remove_spaces(text_parser(50)(value))
    if any(ch.isdigit() for ch in text):
        raise CellError(translate("Import", "姓名中不应包含数字"))
    return text


# ---- numbers ----------------------------------------------------------------------------------

_INT = re.compile(r"^[+-]?(\d{1,3}(,\d{3})+|\d+)(\.0*)?$")


def parse_int(value: object) -> int:
    check_special(value)
    if isinstance(value, bool):
        raise CellError(translate("Import", "应为整数"))
    if isinstance(value, int):
        return value
    if isinstance(value, float):
        if math.isfinite(value) and value.is_integer() and abs(value) < 1e15:
            return int(value)
        raise CellError(translate("Import", "应为整数"))
    text = remove_spaces(str(value)) if isinstance(value, str) else ""
    if not _INT.match(text):
        raise CellError(translate("Import", "应为整数"))
    return int(text.split(".")[0].replace(",", ""))


_MONEY = re.compile(r"^([+-]?)(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?$")


def money_parser(allow_negative: bool = False) -> Parser:
    """Yuan as written in an office (``1,234.50``, ``¥1234.5``, ``1234.5元``) → integer fen."""

    def parse(value: object) -> int:
        check_special(value)
        if isinstance(value, bool) or not isinstance(value, (int, float, str)):
            raise CellError(translate("Import", "应为金额（元），如 1234.50"))
        if isinstance(value, float) and not math.isfinite(value):
            raise CellError(translate("Import", "应为金额（元），如 1234.50"))
        if isinstance(value, float):
            text = _number_text(value)
        else:
            text = remove_spaces(str(value)).replace("¥", "").replace("￥", "")
            text = text.removeprefix("人民币").removeprefix("RMB").removeprefix("CNY").removesuffix("元")
        match = _MONEY.match(text)
        if not match:
            raise CellError(translate("Import", "应为金额（元），如 1234.50"))
        sign, whole, decimals = match.groups()
        decimals = (decimals or "").rstrip("0") if isinstance(value, float) else decimals or ""
        if len(decimals) > 2:
            raise CellError(translate("Import", "金额最多保留两位小数（分）"))
        try:
            fen = int(Decimal(whole.replace(",", "") + "." + (decimals or "0")) * 100)
        except InvalidOperation:
            raise CellError(translate("Import", "应为金额（元），如 1234.50")) from None
        if sign == "-" and fen:
            if not allow_negative:
                raise CellError(translate("Import", "金额不能为负数"))
            fen = -fen
        if abs(fen) >= MAX_FEN:
            raise CellError(translate("Import", "金额过大"))
        return fen

    return parse


parse_money_fen = money_parser()


# ---- dates ------------------------------------------------------------------------------------

_DATE = re.compile(
    r"^(\d{4})\s*[-./年]\s*(\d{1,2})\s*[-./月]\s*(\d{1,2})\s*日?(?:\s+\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?$"
)
_COMPACT_DATE = re.compile(r"^(\d{4})(\d{2})(\d{2})$")
_SERIAL = re.compile(r"^\d{1,6}(\.0+)?$")


def _checked(year: int, month: int, day: int) -> date:
    try:
        result = date(year, month, day)
    except ValueError:
        raise CellError(translate("Import", "日期不存在")) from None
    if not EARLIEST_DATE <= result <= LATEST_DATE:
        raise CellError(translate("Import", "日期超出范围（1900—2100 年）"))
    return result


def _from_serial(serial: float) -> date:
    if not 1 <= serial < 73051:  # 73051 = 2100-01-01
        raise CellError(translate("Import", "日期格式不正确，应如 2019-05-01"))
    if int(serial) == 60:
        raise CellError(translate("Import", "日期不存在"))
    if serial < 60:  # Excel counts a 1900-02-29 that never was
        serial += 1
    return EXCEL_EPOCH + timedelta(days=int(serial))


def parse_date(value: object) -> date:
    """Every form offices use: calamine date/datetime, Excel serial numbers, 2019.05.01,
    2019-5-1, 2019/05/01, 2019年5月1日, 20190501 (text or number)."""
    check_special(value)
    if isinstance(value, datetime):
        return _checked(value.year, value.month, value.day)
    if isinstance(value, date):
        return _checked(value.year, value.month, value.day)
    if isinstance(value, bool):
        raise CellError(translate("Import", "日期格式不正确，应如 2019-05-01"))
    if isinstance(value, (int, float)):
        if not math.isfinite(value) or value != int(value):
            raise CellError(translate("Import", "日期格式不正确，应如 2019-05-01"))
        text = str(int(value))
    elif isinstance(value, str):
        text = normalize_halfwidth(value)
    else:
        raise CellError(translate("Import", "日期格式不正确，应如 2019-05-01"))
    match = _DATE.match(text) or _COMPACT_DATE.match(text)
    if match:
        return _checked(int(match.group(1)), int(match.group(2)), int(match.group(3)))
    if _SERIAL.match(text):
        return _checked_serial(float(text))
    raise CellError(translate("Import", "日期格式不正确，应如 2019-05-01"))


def _checked_serial(serial: float) -> date:
    result = _from_serial(serial)
    if result < EARLIEST_DATE:
        raise CellError(translate("Import", "日期超出范围（1900—2100 年）"))
    return result


# ---- people -----------------------------------------------------------------------------------

_MOBILE = re.compile(r"^(?:86)?(1[3-9]\d{9})$")
_AREA = re.compile(r"^0(?:[12]\d|[3-9]\d{2})$")  # 010, 02x: 3 digits; the rest: 4 digits
_LOCAL = re.compile(r"^[1-9]\d{6,7}$")
_EXTENSION = re.compile(r"^\d{1,6}$")


_SEPARATED = re.compile(r"^\(?(0\d{2,3})(?:\)-?|-)(\d+)(?:-(\d+))?$")  # (0371)1234567, 0371-1234567
_RUN_ON = re.compile(r"^(0\d+)(?:-(\d+))?$")  # 037112345678


def _phone_error() -> CellError:
    return CellError(translate("Import", "应为 11 位手机号或带区号的座机号（如 0371-12345678）"))


def parse_phone(value: object) -> str:
    """11-digit mobile (``13812345678``) or landline with area code (``0371-12345678[-123]``)."""
    check_special(value)
    if isinstance(value, float) and math.isfinite(value) and value.is_integer():
        text = str(int(value))  # a mobile typed as a number keeps all 11 digits
    elif isinstance(value, (str, int)) and not isinstance(value, bool):
        text = (
            remove_spaces(str(value))
            .replace("—", "-")
            .replace("（", "(")
            .replace("）", ")")
            .replace("转", "-")
        )
    else:
        raise _phone_error()
    mobile = _MOBILE.match(re.sub(r"[-()+]", "", text))
    if mobile:
        return mobile.group(1)
    match = _SEPARATED.match(text)
    if match:
        area, number, extension = match.groups()
    else:
        match = _RUN_ON.match(text)
        if not match:
            raise _phone_error()
        digits, extension = match.groups()
        split = 3 if digits[1:2] in ("1", "2") else 4
        area, number = digits[:split], digits[split:]
    if not (
        _AREA.match(area) and _LOCAL.match(number) and (extension is None or _EXTENSION.match(extension))
    ):
        raise _phone_error()
    return f"{area}-{number}-{extension}" if extension else f"{area}-{number}"


_GENDERS = {"男": "M", "男性": "M", "M": "M", "MALE": "M", "女": "F", "女性": "F", "F": "F", "FEMALE": "F"}


def parse_gender(value: object) -> str:
    check_special(value)
    gender = _GENDERS.get(remove_spaces(str(value)).upper()) if isinstance(value, str) else None
    if gender is None:
        raise CellError(translate("Import", "应为“男”或“女”"))
    return gender


def parse_id_number(value: object) -> IdNumber:
    check_special(value)
    try:
        return validate_id_number(value)
    except ValidationError as error:
        raise CellError(error.problems[0].message) from None


# ---- choices ----------------------------------------------------------------------------------


def enum_parser(choices: Mapping[str, T]) -> Callable[[object], T]:
    """Chinese label → value, e.g. ``enum_parser({"党员": Politics.PARTY, "群众": Politics.MASSES})``."""
    table = {remove_spaces(label).upper(): item for label, item in choices.items()}
    listed = "、".join(choices)

    def parse(value: object) -> T:
        check_special(value)
        text = remove_spaces(text_parser(200)(value)).upper()
        if text not in table:
            raise CellError(translate("Import", "应为以下之一：{choices}").format(choices=listed))
        return table[text]

    return parse
