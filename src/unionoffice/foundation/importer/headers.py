"""Column specs and finding the header row.

Clerks' sheets have title rows above the header, merged cells (read as blanks), columns in any
order, name variants (姓名/职工姓名), stray spaces, full-width brackets and line breaks in
header text, and a 序号 column. The header row is the row among the first few that matches
the most declared columns.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from unionoffice.foundation.errors import FieldProblem, UserError, ValidationError
from unionoffice.foundation.i18n import translate
from unionoffice.foundation.importer.normalize import remove_spaces
from unionoffice.foundation.importer.parsers import parse_text
from unionoffice.foundation.importer.table import Table, column_letter

HEADER_SEARCH_ROWS = 20
IGNORED_HEADERS = frozenset({"序号", "序", "编号序号", "NO", "NO.", "行号"})
_DECORATION = re.compile(r"[*＊:：]+$|^[*＊]+")  # 姓名* / *姓名 / 姓名：
_BRACKETED = re.compile(r"[(\[【][^)\]】]*[)\]】]")  # 会费(元) / 身份证号【必填】


@dataclass(frozen=True)
class Column:
    """One column a module accepts.

    ``required``: the header must be present and every row must have a value; an optional
    column may be missing and its blank cells become ``None``. ``unique``: the same value on
    two rows of one file flags both. ``text``: the template formats the column as text (ids,
    phone numbers) so Excel keeps every digit. ``hint`` goes on the template's instructions sheet.
    """

    key: str
    label: str
    aliases: tuple[str, ...] = ()
    required: bool = True
    parser: Callable[[Any], Any] = parse_text
    unique: bool = False
    text: bool = False
    hint: str = ""

    def names(self) -> set[str]:
        return {header_key(name) for name in (self.label, *self.aliases)}


@dataclass
class HeaderMatch:
    row_number: int  # spreadsheet row of the header
    positions: dict[str, int]  # column key → 0-based column index
    ignored: list[str] = field(default_factory=list)  # header texts nobody declared


def header_key(text: str) -> str:
    """What a header means, with decoration removed: ' 身份证号码\\n(必填)* ' → '身份证号码'."""
    key = _DECORATION.sub("", remove_spaces(text).upper())
    bare = _BRACKETED.sub("", key)
    return bare or key


def _match_row(cells: Sequence[object], columns: Sequence[Column]) -> tuple[dict[str, list[int]], list[str]]:
    lookup: dict[str, str] = {}
    for column in columns:
        for name in column.names():
            lookup.setdefault(name, column.key)
        lookup.setdefault(remove_spaces(column.label).upper(), column.key)  # label with its brackets
    found: dict[str, list[int]] = {}
    unknown: list[str] = []
    for index, cell in enumerate(cells):
        if not isinstance(cell, str) or not cell.strip():
            continue
        raw = remove_spaces(cell).upper()
        key = lookup.get(raw) or lookup.get(header_key(cell))
        if key is not None:
            found.setdefault(key, []).append(index)
        elif header_key(cell) not in IGNORED_HEADERS:
            unknown.append(cell.strip())
    return found, unknown


def find_header(table: Table, columns: Sequence[Column]) -> HeaderMatch:
    """Pick the header row; raise ``UserError``/``ValidationError`` naming what is missing."""
    best: tuple[int, int, dict[str, list[int]], list[str]] | None = None
    for row in table.rows[:HEADER_SEARCH_ROWS]:
        found, unknown = _match_row(row.cells, columns)
        if found and (best is None or len(found) > len(best[2])):
            best = (len(found), row.number, found, unknown)
    if best is None:
        expected = "、".join(c.label for c in columns if c.required)
        raise UserError(
            translate("Import", "在前 {count} 行中没有找到表头；表头应包含：{columns}").format(
                count=HEADER_SEARCH_ROWS, columns=expected
            )
        )
    _, row_number, found, unknown = best
    problems = []
    for key, indexes in found.items():
        if len(indexes) > 1:
            label = next(c.label for c in columns if c.key == key)
            problems.append(
                FieldProblem(
                    label,
                    translate("Import", "出现了多次（第 {letters} 列），请只保留一列").format(
                        letters="、".join(column_letter(i) for i in indexes)
                    ),
                    row_number,
                )
            )
    for column in columns:
        if column.required and column.key not in found:
            problems.append(FieldProblem(column.label, translate("Import", "缺少这一列"), row_number))
    if problems:
        raise ValidationError(problems)
    return HeaderMatch(row_number, {key: indexes[0] for key, indexes in found.items()}, unknown)
