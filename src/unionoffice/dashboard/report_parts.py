"""The report's tables as plain data: the PDF and the workbook are both written from these."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Table:
    title: str
    headers: list[str]
    rows: list[list[Any]]  # fen columns hold integer fen
    fen_columns: tuple[int, ...] = ()


@dataclass(frozen=True)
class Section:
    sheet: str  # the workbook's sheet name for this module
    heading: str
    tables: list[Table]
    key: str = ""  # which charts the PDF puts above the tables
