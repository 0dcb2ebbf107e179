"""Resident identity numbers (居民身份证号码, GB 11643-1999).

Layout of the 18 characters: 6-digit region code, 8-digit birth date (YYYYMMDD), 3-digit
sequence code whose last digit is odd for men, and an ISO 7064 MOD 11-2 check character.
The old 15-digit numbers have a 2-digit year and no check character.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from operator import mul

from unionoffice.foundation.errors import FieldProblem, ValidationError
from unionoffice.foundation.i18n import translate

WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
CHECK_CHARS = "10X98765432"

# First two digits of GB/T 2260 province-level codes. 81/82 are Hong Kong and Macao; 83 is the
# prefix of residence permits for Taiwan residents, which share this number format.
PROVINCE_CODES = frozenset(
    {
        11,
        12,
        13,
        14,
        15,
        21,
        22,
        23,
        31,
        32,
        33,
        34,
        35,
        36,
        37,
        41,
        42,
        43,
        44,
        45,
        46,
        50,
        51,
        52,
        53,
        54,
        61,
        62,
        63,
        64,
        65,
        71,
        81,
        82,
        83,
    }
)
EARLIEST_BIRTH = date(1900, 1, 1)

# Spaces of every kind and zero-width characters clerks paste along with the number.
_INVISIBLE = re.compile(r"[\s\u00a0\u2000-\u200f\u2028-\u202f\u205f\u2060\u3000\ufeff]+")
_FULL_WIDTH = {code: code - 0xFEE0 for code in range(0xFF01, 0xFF5F)}
_SCIENTIFIC = re.compile(r"^[+-]?\d+(\.\d*)?E[+-]?\d+$")
_NUMERIC_FLOAT = re.compile(r"^\d+\.\d*$")


@dataclass(frozen=True)
class IdNumber:
    number: str  # always the 18-character form
    birth_date: date
    gender: str  # "M" or "F"
    region: str  # 6-digit region code

    def __str__(self) -> str:
        return self.number


def _error(message: str) -> ValidationError:
    return ValidationError(FieldProblem(translate("Identity", "身份证号"), message))


def _stored_as_number() -> ValidationError:
    return _error(
        translate(
            "Identity",
            "被存成了数字，末几位已经丢失；请把该列设为文本格式后重新填写",
        )
    )


def normalize_id_number(raw: object) -> str:
    """Clean what a clerk typed or pasted; refuse numbers that a spreadsheet stored as numbers.

    Excel keeps 15 significant digits, so an 18-digit number stored as a number has already
    lost its tail: guessing it back would invent someone else's number.
    """
    if isinstance(raw, bool) or raw is None:
        raise _error(translate("Identity", "未填写"))
    if isinstance(raw, (int, float)):
        raise _stored_as_number()
    if not isinstance(raw, str):
        raise _error(translate("Identity", "格式不正确"))
    text = _INVISIBLE.sub("", raw.translate(_FULL_WIDTH)).upper()
    text = text.lstrip("'")  # Excel's "treat as text" apostrophe, kept by some exports
    if _SCIENTIFIC.match(text) or _NUMERIC_FLOAT.match(text):
        raise _stored_as_number()
    return text


def check_digit(first17: str) -> str:
    if len(first17) != 17:
        raise ValueError("check_digit needs the first 17 digits")
    return CHECK_CHARS[sum(map(mul, map(int, first17), WEIGHTS)) % 11]


def _birth_date(year: int, month: int, day: int, earliest: date) -> date:
    try:
        born = date(year, month, day)
    except ValueError:
        raise _error(translate("Identity", "出生日期不存在")) from None
    if born < earliest:
        raise _error(translate("Identity", "出生日期早于 {year} 年").format(year=earliest.year))
    if born > date.today():
        raise _error(translate("Identity", "出生日期晚于今天"))
    return born


def _check_region(number: str) -> None:
    if number[0] not in "12345678" or int(number[:2]) not in PROVINCE_CODES:
        raise _error(translate("Identity", "前两位不是有效的省级行政区代码"))


def upgrade_15_to_18(number15: str) -> str:
    """Old 15-digit number → 18 digits: insert the century '19' and append the check character."""
    if len(number15) != 15 or not number15.isascii() or not number15.isdigit():
        raise _error(translate("Identity", "15 位的老号码应全部为数字"))
    first17 = number15[:6] + "19" + number15[6:]
    return first17 + check_digit(first17)


def validate_id_number(raw: object, *, earliest: date = EARLIEST_BIRTH) -> IdNumber:
    """Return the parsed number or raise ``ValidationError`` saying exactly what is wrong.

    ``earliest`` exists for the standard's own example (born 1880); members are born after 1900.
    """
    number = normalize_id_number(raw)
    if not number:
        raise _error(translate("Identity", "未填写"))
    if len(number) == 15:
        if not (number.isascii() and number.isdigit()):
            raise _error(translate("Identity", "15 位的老号码应全部为数字"))
        _check_region(number)
        _birth_date(1900 + int(number[6:8]), int(number[8:10]), int(number[10:12]), earliest)
        number = upgrade_15_to_18(number)
    elif len(number) != 18:
        raise _error(translate("Identity", "应为 18 位，实际为 {length} 位").format(length=len(number)))
    body, last = number[:17], number[17]
    if not (body.isascii() and body.isdigit()) or last not in "0123456789X":
        raise _error(translate("Identity", "只能包含数字，最后一位可以是 X"))
    _check_region(number)
    born = _birth_date(int(number[6:10]), int(number[10:12]), int(number[12:14]), earliest)
    if check_digit(body) != last:
        raise _error(translate("Identity", "校验位不正确，请核对号码"))
    return IdNumber(number, born, "M" if int(number[16]) % 2 else "F", number[:6])


# A masked number keeps its last two characters and nothing else (docs/security.md, "who sees
# what"). The eight hidden birth digits are shown anyway wherever the birth date is, and the
# region code follows from the base for most members; the last four characters are the whole
# sequence code plus the check character, so with those the number is rebuilt. With the last
# two, about nine numbers still fit a known birth date, gender and region: not one.
MASK_SHOWS = 2
HIDDEN_ID = "*" * 18  # what someone who may not see any part of the number sees


def mask_id_number(number: str) -> str:
    """``****************3X``: tells a clerk's own records apart, rebuilds nobody's number."""
    if not number:
        return ""
    if len(number) <= 10:
        return "*" * len(number)
    return "*" * (len(number) - MASK_SHOWS) + number[-MASK_SHOWS:]


def id_suffix(number: str, k: int = 4) -> str:
    return number[-k:] if k > 0 else ""


def generate_id_number(region: str, birth_date: date, seq: int, gender: str) -> str:
    """A valid 18-digit number for demo data and tests.

    ``seq`` picks the sequence code (taken modulo 500, as the foundation's demo data expects);
    its last digit is made odd for "M" and even for "F", so every (seq % 500, gender) pair
    gives a different number.
    """
    if not (len(region) == 6 and region.isdigit()) or seq < 0 or gender not in ("M", "F"):
        raise ValueError("region must be 6 digits, seq >= 0, gender 'M' or 'F'")
    seq %= 500
    sequence = seq * 2 + (1 if gender == "M" else 0)
    first17 = f"{region}{birth_date:%Y%m%d}{sequence:03d}"
    return first17 + check_digit(first17)
