"""Typing a mark: text → integer hundredths, with the item's range. Shared by judge mode, sheets and packages."""

from __future__ import annotations

import math
import re
from decimal import Decimal

from unionoffice.foundation.i18n import translate

_NUMBER = re.compile(r"^\d{1,4}(\.\d{1,2})?$")


class MarkError(ValueError):
    """A mark that cannot be accepted; the message is Chinese and names the problem."""


def format_centi(value: int | None) -> str:
    if value is None:
        return ""
    text = f"{value // 100}.{value % 100:02d}"
    return text.rstrip("0").rstrip(".") if "." in text else text


def parse_mark(raw: object, max_centi: int) -> int:
    """'8.5' → 850 within 0..max; refuses words, negatives, three decimals, out of range."""
    if isinstance(raw, bool):
        raise MarkError(translate("JudgeMarks", "分数必须是数字"))
    if isinstance(raw, int):
        text = str(raw)
    elif isinstance(raw, float):
        if not math.isfinite(raw):
            raise MarkError(translate("JudgeMarks", "分数必须是数字"))
        text = format(Decimal(repr(raw)).normalize(), "f")  # spreadsheet numbers arrive as float
    else:
        text = (
            str(raw).strip().replace("．", ".").translate(str.maketrans("０１２３４５６７８９", "0123456789"))
        )
    if text.startswith("-"):
        raise MarkError(translate("JudgeMarks", "分数不能为负数"))
    if not _NUMBER.match(text):
        if re.match(r"^\d+\.\d{3,}$", text):
            raise MarkError(translate("JudgeMarks", "分数最多保留两位小数"))
        raise MarkError(translate("JudgeMarks", "“{text}”不是有效的分数").format(text=str(raw)[:20]))
    centi = int(Decimal(text) * 100)
    if centi > max_centi:
        raise MarkError(
            translate("JudgeMarks", "分数 {value} 超出范围（0～{max}）").format(
                value=text, max=format_centi(max_centi)
            )
        )
    return centi
