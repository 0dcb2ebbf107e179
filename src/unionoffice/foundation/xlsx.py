"""The one spreadsheet export helper: openpyxl write-only mode (streams rows, ~10 s per 100k rows).

Header row bold and frozen, widths from the header and the first rows, identity numbers as
text, money stored as integer fen and shown as yuan. Text that starts with '=' is written as
text, never as a formula (data imported from outside must not run in someone's Excel).
"""

# Imports inside functions: openpyxl (0.2 s) loads only when a file is written.

from __future__ import annotations

import os
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from itertools import chain, islice
from pathlib import Path
from typing import Any

TEXT = "@"  # identity numbers, phone numbers, codes with leading zeros
FEN = "fen"  # value is integer fen; written as yuan (Decimal) with MONEY_FORMAT
DATE = "yyyy-mm-dd"
MONEY_FORMAT = "#,##0.00"
_WIDTH_SAMPLE = 200
_BAD_TITLE = re.compile(r"[\[\]:*?/\\]")
# openpyxl's own list of characters a cell may not hold (imported only when writing: it costs 0.2 s).
ILLEGAL_CHARACTERS_RE = re.compile(r"[\000-\010]|[\013-\014]|[\016-\037]")


@dataclass
class Sheet:
    title: str
    headers: Sequence[str]
    rows: Iterable[Sequence[Any]]
    column_widths: Sequence[float] | None = None
    # By 0-based index or header text
    number_formats: Mapping[int, str] | Mapping[str, str] | Mapping[int | str, str] | None = None


def display_width(value: Any) -> int:
    """Roughly Excel's character units: CJK characters count twice."""
    if value is None:
        return 0
    if isinstance(value, datetime):
        return 19
    if isinstance(value, date):
        return 10
    text = str(value)
    return len(text) + sum(1 for ch in text if ord(ch) > 0x2E7F)


def _safe_title(title: str, used: set[str]) -> str:
    base = _BAD_TITLE.sub("_", title).strip("'")[:31] or "Sheet"
    name, n = base, 2
    while name.lower() in used:
        suffix = f"({n})"
        name, n = base[: 31 - len(suffix)] + suffix, n + 1
    used.add(name.lower())
    return name


def _formats(sheet: Sheet) -> dict[int, str]:
    resolved: dict[int, str] = {}
    for key, fmt in (sheet.number_formats or {}).items():
        index = key if isinstance(key, int) else list(sheet.headers).index(key)
        resolved[index] = fmt
    return resolved


def _convert(value: Any, fmt: str | None) -> Any:
    if fmt == FEN and isinstance(value, int) and not isinstance(value, bool):
        return Decimal(value).scaleb(-2)
    if fmt == TEXT and value is not None and not isinstance(value, str):
        return str(value)
    if isinstance(value, str) and ILLEGAL_CHARACTERS_RE.search(value):
        return ILLEGAL_CHARACTERS_RE.sub("", value)  # control characters make the file unreadable
    return value


def _widths(sheet: Sheet, sample: list[Sequence[Any]], formats: dict[int, str]) -> list[float]:
    widths = [display_width(h) for h in sheet.headers]
    for row in sample:
        for i, value in enumerate(row[: len(widths)]):
            shown = f"{value / 100:,.2f}" if formats.get(i) == FEN and isinstance(value, int) else value
            widths[i] = max(widths[i], display_width(shown))
    return [min(max(w + 2, 6), 50) for w in widths]


def write_xlsx(path: str | Path, sheets: list[Sheet]) -> None:
    """Write all sheets; the file appears only once complete (temp file + rename)."""
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    book = Workbook(write_only=True)
    bold = Font(bold=True)
    used: set[str] = set()
    for sheet in sheets:
        ws = book.create_sheet(_safe_title(sheet.title, used))
        formats = _formats(sheet)
        rows = iter(sheet.rows)
        sample = list(islice(rows, _WIDTH_SAMPLE))
        widths = sheet.column_widths or _widths(sheet, sample, formats)
        for i, width in enumerate(widths):
            ws.column_dimensions[get_column_letter(i + 1)].width = width
        for i, fmt in formats.items():  # column style: cells typed in later keep the format
            ws.column_dimensions[get_column_letter(i + 1)].number_format = MONEY_FORMAT if fmt == FEN else fmt
        ws.freeze_panes = "A2"
        header = []
        for text in sheet.headers:
            cell = WriteOnlyCell(ws, value=text)
            cell.font = bold
            header.append(cell)
        ws.append(header)
        for row in chain(sample, rows):
            out: list[Any] = []
            for i, value in enumerate(row):
                cell_format = formats.get(i)
                value = _convert(value, cell_format)
                if cell_format is not None or (isinstance(value, str) and value.startswith("=")):
                    cell = WriteOnlyCell(ws, value=value)
                    if isinstance(value, str):
                        cell.data_type = "s"
                    if cell_format is not None:
                        cell.number_format = MONEY_FORMAT if cell_format == FEN else cell_format
                    out.append(cell)
                else:
                    out.append(value)
            ws.append(out)
    path = Path(path)
    temporary = path.with_name(path.name + ".part")
    try:
        book.save(temporary)
        os.replace(temporary, path)
    finally:
        temporary.unlink(missing_ok=True)
