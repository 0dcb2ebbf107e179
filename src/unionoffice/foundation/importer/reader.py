"""Open a spreadsheet or CSV file and return its rows; every failure becomes a Chinese ``UserError``.

Formats: .xlsx .xlsm .xlsb .xls .ods through python-calamine (fast, reads cached formula
results), .csv through ``csv_reader``. The file type is taken from its first bytes, not its
name: branch systems often export .xlsx files named .xls and the like.
"""

from __future__ import annotations

import csv
import io
import zipfile
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import python_calamine

from unionoffice.foundation.errors import UserError
from unionoffice.foundation.i18n import translate
from unionoffice.foundation.importer import ooxml_scan
from unionoffice.foundation.importer.csv_reader import read_csv_rows
from unionoffice.foundation.importer.normalize import is_blank
from unionoffice.foundation.importer.table import (
    MAX_BLANK_RUN,
    MAX_CELL_CHARS,
    MAX_DATA_ROWS,
    MAX_FILE_BYTES,
    MAX_SHEET_CELLS,
    Cell,
    ErrorCell,
    OversizeCell,
    SheetRow,
    Table,
)

SUPPORTED = (".xlsx", ".xlsm", ".xlsb", ".xls", ".ods", ".csv", ".txt")
_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def _not_a_workbook() -> UserError:
    return UserError(
        translate(
            "Import",
            "文件不是有效的 Excel 文件，可能已损坏或只是改了扩展名；请用 Excel 或 WPS 打开后另存为 .xlsx 再导入",
        )
    )


def read_table(path: str | Path, sheet: str | None = None) -> Table:
    """Rows of the named sheet (default: the first visible worksheet) or of a CSV file."""
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise UserError(
                translate("Import", "文件太大（{size} MB），最多 {limit} MB；请拆分后分批导入").format(
                    size=size // 2**20, limit=MAX_FILE_BYTES // 2**20
                )
            )
        data = path.read_bytes()
    except OSError as error:
        raise UserError(
            translate("Import", "无法读取文件：{reason}").format(reason=error.strerror or error)
        ) from None
    if not data.strip():
        raise UserError(translate("Import", "文件是空的"))
    head = data[:512].lstrip().lower()
    if data.startswith(b"PK\x03\x04"):
        table = _read_workbook(data, sheet, zipped=True)
    elif data.startswith(_OLE):
        table = _read_workbook(data, sheet, zipped=False)
    elif head.startswith((b"<html", b"<!doctype", b"<table", b"<?xml")):
        raise UserError(
            translate(
                "Import",
                "这是网页（HTML/XML）格式的文件，只是扩展名像 Excel；请用 Excel 或 WPS 打开后另存为 .xlsx 再导入",
            )
        )
    elif path.suffix.lower() in (".xlsx", ".xlsm", ".xlsb", ".xls", ".ods"):
        raise _not_a_workbook()
    else:
        table = _collect(_csv_rows(data), start_column=0, errors={})
    table.source = str(path)
    return table


def _csv_rows(data: bytes) -> Iterable[tuple[int, list[Any]]]:
    reader = read_csv_rows(data)
    number = 0
    try:
        for number, row in enumerate(reader, start=1):
            yield number, row
    except csv.Error as error:
        raise UserError(
            translate("Import", "CSV 文件第 {row} 行格式错误：{reason}").format(row=number + 1, reason=error)
        ) from None


def _read_workbook(data: bytes, sheet: str | None, zipped: bool) -> Table:
    try:
        return _read_with_calamine(data, sheet, zipped)
    except UserError:
        raise
    except python_calamine.PasswordError:
        raise _password_protected() from None
    except Exception:  # noqa: BLE001 - calamine raises many types for a damaged file; all mean the same
        raise _not_a_workbook() from None
    except BaseException as error:  # pyo3 turns a Rust panic into PanicException(BaseException)
        if type(error).__name__ != "PanicException":
            raise
        raise _not_a_workbook() from None


def _password_protected() -> UserError:
    return UserError(translate("Import", "文件设置了打开密码；请在 Excel 或 WPS 中取消密码后再导入"))


def _read_with_calamine(data: bytes, sheet: str | None, zipped: bool) -> Table:
    if not zipped and "EncryptedPackage".encode("utf-16-le") in data[: 1 << 20]:
        raise _password_protected()  # an encrypted .xlsx is an OLE container, like an old .xls
    if zipped:
        _refuse_inflating_members(data)
    book = python_calamine.CalamineWorkbook.from_filelike(io.BytesIO(data))
    name = _choose_sheet(book, sheet)
    errors = _check_ooxml_extent(data, name) if zipped else {}
    range_ = book.get_sheet_by_name(name)
    # iter_rows() yields from row 1 (blank lists above the first value) but starts each row at
    # the first used column; a test pins both.
    start_col = (range_.start or (0, 0))[1]
    rows = ((i + 1, row) for i, row in enumerate(range_.iter_rows()))
    table = _collect(rows, start_col, errors)
    table.sheet = name
    return table


def _refuse_inflating_members(data: bytes) -> None:
    """Check every zip member's uncompressed size and ratio before calamine inflates any."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            found = ooxml_scan.oversize_member(zf)
    except (zipfile.BadZipFile, OSError, ValueError, EOFError):
        raise _not_a_workbook() from None
    if found is not None:
        raise UserError(
            translate(
                "Import",
                "文件中的“{part}”解压后有 {size} MB（压缩前 {packed} KB），远超正常表格，可能是恶意构造的文件；"
                "请用 Excel 或 WPS 打开后另存为新的 .xlsx 再导入",
            ).format(part=found.name, size=found.size // 2**20, packed=max(1, found.compressed // 1024))
        )


def _choose_sheet(book: Any, sheet: str | None) -> str:
    names = book.sheet_names
    if sheet is not None:
        if sheet not in names:
            raise UserError(translate("Import", "文件中没有名为「{sheet}」的工作表").format(sheet=sheet))
        return sheet
    for meta in book.sheets_metadata:
        if (
            meta.typ == python_calamine.SheetTypeEnum.WorkSheet
            and meta.visible == python_calamine.SheetVisibleEnum.Visible
        ):
            return str(meta.name)
    if names:
        return str(names[0])
    raise UserError(translate("Import", "文件中没有工作表"))


def _check_ooxml_extent(data: bytes, name: str) -> dict[tuple[int, int], str]:
    """Refuse sheets whose used rectangle calamine could not allocate; return formula error cells."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            member = ooxml_scan.sheet_member(zf, name)
            if member is None:  # .ods or .xlsb: calamine reads those sparsely enough, no XML to scan
                return {}
            scan = ooxml_scan.scan_sheet(zf, member, MAX_SHEET_CELLS)
    except (ooxml_scan.ScanError, zipfile.BadZipFile, OSError, ValueError, EOFError):
        raise _not_a_workbook() from None
    if scan.cells > MAX_SHEET_CELLS:
        raise UserError(
            translate(
                "Import",
                "工作表的使用范围过大（到第 {rows} 行、第 {cols} 列），多半是远处的单元格里有内容或空格；"
                "请删除数据以外的行和列后再导入",
            ).format(rows=scan.max_row, cols=scan.max_col)
        )
    return scan.errors


def _collect(
    rows: Iterable[tuple[int, list[Any]]], start_column: int, errors: dict[tuple[int, int], str]
) -> Table:
    """Keep non-blank rows; stop after a long run of blank ones; mark oversize and error cells."""
    kept: list[SheetRow] = []
    error_cells: dict[int, list[Cell]] = {}  # the kept rows that hold formula errors
    notes: list[str] = []
    blank_run = 0
    pad: list[Cell] = [None] * start_column
    error_rows = {row for row, _ in errors}
    for number, raw in rows:
        if all(is_blank(value) for value in raw) and number not in error_rows:
            blank_run += 1
            if blank_run >= MAX_BLANK_RUN:
                notes.append(
                    translate(
                        "Import",
                        "第 {row} 行之后连续 {count} 行为空，已停止读取；如果后面还有数据，请删除中间的空行",
                    ).format(row=number - blank_run, count=MAX_BLANK_RUN)
                )
                break
            continue
        blank_run = 0
        if len(kept) >= MAX_DATA_ROWS + 50:  # a little room for title and header rows
            raise UserError(
                translate("Import", "文件超过 {limit} 行，请拆分后分批导入").format(limit=MAX_DATA_ROWS)
            )
        cells: list[Cell] = pad + raw if pad else raw
        for index, value in enumerate(cells):
            if type(value) is str and len(value) > MAX_CELL_CHARS:
                cells[index] = OversizeCell(len(value))
        kept.append(SheetRow(number, cells))
        if number in error_rows:
            error_cells[number] = cells
    if errors:
        for (row_number, col_number), code in errors.items():
            row_cells = error_cells.get(row_number)
            if row_cells is not None and col_number - 1 < len(row_cells):
                row_cells[col_number - 1] = ErrorCell(code)
    return Table(kept, notes=notes)
