"""One importer for every module: read a spreadsheet, find the header, parse and check each cell,
report problems by row and column. Modules declare ``Column`` specs; services apply the rows."""

from __future__ import annotations

from unionoffice.foundation.importer.engine import (
    ImportMode,
    ImportPreview,
    ParsedRow,
    format_report,
    parse_rows,
    rows_to_apply,
)
from unionoffice.foundation.importer.errors import CellError, ImportCancelled
from unionoffice.foundation.importer.headers import Column, find_header
from unionoffice.foundation.importer.parsers import (
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
from unionoffice.foundation.importer.reader import read_table
from unionoffice.foundation.importer.table import SheetRow, Table
from unionoffice.foundation.importer.template import write_template

__all__ = [
    "CellError",
    "Column",
    "ImportCancelled",
    "ImportMode",
    "ImportPreview",
    "ParsedRow",
    "SheetRow",
    "Table",
    "enum_parser",
    "find_header",
    "format_report",
    "money_parser",
    "parse_date",
    "parse_gender",
    "parse_id_number",
    "parse_int",
    "parse_money_fen",
    "parse_name",
    "parse_phone",
    "parse_rows",
    "parse_text",
    "read_table",
    "rows_to_apply",
    "text_parser",
    "write_template",
]
