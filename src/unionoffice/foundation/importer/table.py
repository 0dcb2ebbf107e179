"""What a reader hands to the engine: rows of raw cell values with their spreadsheet row numbers."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta

# Limits that keep a hostile or broken file from freezing the app or exhausting memory.
MAX_FILE_BYTES = 256 * 1024 * 1024
MAX_DATA_ROWS = 200_000
MAX_CELL_CHARS = 2_000
MAX_BLANK_RUN = 1_000  # consecutive blank rows after which reading stops
MAX_SHEET_CELLS = 10_000_000  # calamine allocates the whole used rectangle at once


@dataclass(frozen=True)
class ErrorCell:
    """A formula whose cached result is an error (#REF!, #DIV/0!, ...)."""

    code: str


@dataclass(frozen=True)
class OversizeCell:
    """A cell longer than ``MAX_CELL_CHARS``; the text itself is dropped to bound memory."""

    length: int


Cell = str | float | int | bool | date | datetime | time | timedelta | ErrorCell | OversizeCell | None


@dataclass(frozen=True)
class SheetRow:
    number: int  # 1-based, as the spreadsheet shows it
    cells: Sequence[Cell]  # index 0 is column A


@dataclass
class Table:
    rows: list[SheetRow]
    source: str = ""
    sheet: str = ""
    notes: list[str] = field(default_factory=list)  # things the clerk should know, not errors

    @classmethod
    def from_lists(cls, rows: Iterable[Sequence[Cell]], source: str = "") -> Table:
        """Row ``i`` of the input becomes spreadsheet row ``i + 1`` (handy in tests)."""
        return cls([SheetRow(i, list(cells)) for i, cells in enumerate(rows, start=1)], source)


def column_letter(index: int) -> str:
    """0 → A, 25 → Z, 26 → AA."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters
