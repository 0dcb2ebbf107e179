"""Turn a ``Table`` into checked rows plus a list of problems; never touches the database.

The module's service then applies ``rows_to_apply(preview, mode)`` in one transaction.
Runs on the import worker thread: ``progress`` and ``cancelled`` are the dialog's hooks.
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from unionoffice.foundation.bulk import collector_paused
from unionoffice.foundation.errors import FieldProblem, UserError, ValidationError
from unionoffice.foundation.i18n import translate
from unionoffice.foundation.importer.errors import CellError, ImportCancelled
from unionoffice.foundation.importer.headers import Column, find_header
from unionoffice.foundation.importer.normalize import is_blank
from unionoffice.foundation.importer.table import Table

RowValidator = Callable[[dict[str, Any]], Iterable[CellError] | None]
PROGRESS_EVERY = 500


class ImportMode(enum.Enum):
    ALL_OR_NOTHING = "all_or_nothing"  # any problem → nothing is saved
    VALID_ROWS_ONLY = "valid_rows_only"  # save the good rows, report the rest


@dataclass(frozen=True)
class ParsedRow:
    row_number: int
    values: dict[str, Any]  # column key → parsed value; None when blank (or unreadable)


@dataclass
class ImportPreview:
    rows: list[ParsedRow]
    problems: list[FieldProblem]
    header_row: int = 0
    ignored_columns: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    @property
    def rejected_row_numbers(self) -> set[int]:
        return {p.row for p in self.problems if p.row is not None}

    @property
    def valid_rows(self) -> list[ParsedRow]:
        rejected = self.rejected_row_numbers
        return [row for row in self.rows if row.row_number not in rejected]

    @property
    def ok(self) -> bool:
        return not self.problems


def _report_progress(progress: Callable[[int, int], None] | None, done: int, total: int) -> None:
    if progress is not None:
        progress(done, total)


@collector_paused()
def parse_rows(
    table: Table,
    columns: Sequence[Column],
    row_validator: RowValidator | None = None,
    *,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> ImportPreview:
    header = find_header(table, columns)
    present = [(column, header.positions[column.key]) for column in columns if column.key in header.positions]
    absent = [column.key for column in columns if column.key not in header.positions]
    labels = {column.key: column.label for column in columns}
    data = [row for row in table.rows if row.number > header.row_number]
    total = len(data)
    parsed: list[ParsedRow] = []
    problems: list[FieldProblem] = []
    seen: dict[str, dict[Any, list[int]]] = {column.key: {} for column, _ in present if column.unique}

    # Office sheets repeat themselves (the same branch, group, trade, date on thousands of rows):
    # each column remembers what its parser made of a raw value. Parsers are pure functions of
    # the cell; the type is part of the key because 1, 1.0 and True are equal in Python.
    memo: list[dict[tuple[type, Any], Any]] = [{} for _ in present]

    for done, row in enumerate(data):
        if done % PROGRESS_EVERY == 0:
            if cancelled is not None and cancelled():
                raise ImportCancelled()
            _report_progress(progress, done, total)
        cells = row.cells
        width = len(cells)
        values: dict[str, Any] = dict.fromkeys(absent)
        row_problems: list[FieldProblem] = []
        filled = False
        for (column, index), known in zip(present, memo, strict=True):
            raw = cells[index] if index < width else None
            if is_blank(raw):
                values[column.key] = None
                if column.required:
                    row_problems.append(
                        FieldProblem(column.label, translate("Import", "不能为空"), row.number)
                    )
                continue
            filled = True
            cache_key = (type(raw), raw)
            try:
                value = known[cache_key]
            except KeyError:
                value = known[cache_key] = _parse(column, raw)
            except TypeError:  # an unhashable cell (never from a reader, maybe from code): no memo
                value = _parse(column, raw)
            if type(value) is _Rejected:
                row_problems.append(FieldProblem(column.label, value.message, row.number))
                values[column.key] = None
                continue
            values[column.key] = value
            if column.key in seen:
                seen[column.key].setdefault(_identity(value), []).append(row.number)
        if not filled and all(is_blank(cell) for cell in cells):
            continue  # tables built in code may hold blank rows; the reader already drops them
        if not row_problems and row_validator is not None:
            for found in row_validator(values) or ():
                row_problems.append(
                    FieldProblem(labels.get(found.column or "", ""), found.message, row.number)
                )
        problems.extend(row_problems)
        parsed.append(ParsedRow(row.number, values))
    _report_progress(progress, total, total)

    for key, occurrences in seen.items():
        for rows in occurrences.values():
            if len(rows) > 1:
                for number in rows:
                    others = "、".join(str(n) for n in rows if n != number)
                    message = translate("Import", "与第 {rows} 行重复").format(rows=others)
                    problems.append(FieldProblem(labels[key], message, number))
    order = {column.label: i for i, column in enumerate(columns)}
    problems.sort(key=lambda p: (p.row or 0, order.get(p.field, len(order))))
    return ImportPreview(parsed, problems, header.row_number, header.ignored, list(table.notes))


def _parse(column: Column, raw: Any) -> Any:
    try:
        return column.parser(raw)
    except CellError as error:
        return _Rejected(error.message)


@dataclass(frozen=True)
class _Rejected:
    """A parser's refusal, remembered like a value."""

    message: str


def _identity(value: Any) -> Any:
    """Compare id numbers by number, text case- and space-insensitively."""
    number = getattr(value, "number", None)
    if isinstance(number, str):
        return number
    if isinstance(value, str):
        return value.replace(" ", "").upper()
    return value


def rows_to_apply(preview: ImportPreview, mode: ImportMode) -> list[ParsedRow]:
    """The rows a service may write, or ``ValidationError``/``UserError`` when there are none."""
    if mode is ImportMode.ALL_OR_NOTHING and preview.problems:
        raise ValidationError(preview.problems)
    rows = preview.valid_rows
    if not rows:
        if preview.problems:
            raise ValidationError(preview.problems)
        raise UserError(translate("Import", "文件中没有可导入的数据行"))
    return rows


def format_report(preview: ImportPreview, limit: int = 500) -> str:
    """Plain Chinese, one line per problem: 第 5 行「身份证号」：校验位不正确，请核对号码."""
    lines = [
        translate("Import", "共 {total} 行，可导入 {valid} 行，有问题 {bad} 行。").format(
            total=len(preview.rows), valid=len(preview.valid_rows), bad=len(preview.rejected_row_numbers)
        )
    ]
    for problem in preview.problems[:limit]:
        if problem.field:
            line = translate("Import", "第 {row} 行「{column}」：{message}")
        else:
            line = translate("Import", "第 {row} 行：{message}")
        lines.append(line.format(row=problem.row, column=problem.field, message=problem.message))
    if len(preview.problems) > limit:
        lines.append(
            translate("Import", "……另有 {count} 个问题未列出").format(count=len(preview.problems) - limit)
        )
    if preview.ignored_columns:
        lines.append(
            translate("Import", "以下列未识别，已忽略：{columns}").format(
                columns="、".join(preview.ignored_columns)
            )
        )
    lines.extend(preview.notes)
    return "\n".join(lines)
