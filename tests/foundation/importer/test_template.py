from __future__ import annotations

from pathlib import Path

import openpyxl

from unionoffice.foundation.importer import parse_rows, read_table, write_template

from .conftest import MEMBER_COLUMNS, VALID_IDS


def test_template_round_trip(tmp_path: Path) -> None:
    path = tmp_path / "模板.xlsx"
    write_template(path, MEMBER_COLUMNS, [["张三", "男", VALID_IDS[0], "13812345678", "2019-05-01", "12.50"]])
    book = openpyxl.load_workbook(path)
    data, notes = book.worksheets
    assert [c.value for c in data[1]] == [c.label for c in MEMBER_COLUMNS]
    assert data.freeze_panes == "A2" and data["A1"].font.b
    assert data["C2"].number_format == "@" and data["D2"].number_format == "@"  # id and phone as text
    assert data.column_dimensions["C"].number_format == "@"  # cells typed later stay text too
    assert "身份证号" in [row[0] for row in notes.iter_rows(values_only=True)]
    preview = parse_rows(read_table(path), MEMBER_COLUMNS)
    assert preview.ok and preview.rows[0].values["fee"] == 1250
