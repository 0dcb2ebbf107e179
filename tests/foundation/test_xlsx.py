from __future__ import annotations

from datetime import date
from pathlib import Path

import openpyxl
import python_calamine

from unionoffice.foundation.xlsx import FEN, TEXT, Sheet, display_width, write_xlsx


def test_write_xlsx(tmp_path: Path) -> None:
    path = tmp_path / "out.xlsx"
    rows = [
        ["张三", "11010519491231002X", 123456, date(2019, 5, 1), '=HYPERLINK("http://x")'],
        ["李四\x07", None, 5, None, 7],
    ]
    write_xlsx(
        path,
        [
            Sheet(
                "会员/名册",
                ["姓名", "身份证号", "会费（元）", "入会日期", "备注"],
                rows,
                number_formats={"身份证号": TEXT, 2: FEN},
            ),
            Sheet("会员/名册", ["空"], []),
        ],
    )
    book = openpyxl.load_workbook(path)
    assert book.sheetnames == ["会员_名册", "会员_名册(2)"]
    ws = book.worksheets[0]
    assert ws.freeze_panes == "A2" and ws["A1"].font.b
    assert ws["B2"].value == "11010519491231002X" and ws["B2"].number_format == "@"
    assert ws["C2"].value == 1234.56
    assert ws["C2"].number_format == "#,##0.00" and ws["C3"].value == 0.05
    assert ws["E2"].data_type == "s"  # never a live formula
    assert ws["A3"].value == "李四"  # control character dropped
    assert ws.column_dimensions["B"].width >= 18
    assert not list(path.parent.glob("*.part"))
    cells = python_calamine.CalamineWorkbook.from_path(path).get_sheet_by_index(0).to_python()
    assert cells[1][:3] == ["张三", "11010519491231002X", 1234.56]


def test_display_width_counts_cjk_double() -> None:
    assert display_width("张三") == 4 and display_width("ab") == 2 and display_width(None) == 0


def test_hundred_thousand_rows_stream(tmp_path: Path) -> None:
    rows = ([f"name{i}", str(i)] for i in range(20_000))  # a generator is consumed once, lazily
    write_xlsx(tmp_path / "big.xlsx", [Sheet("s", ["a", "b"], rows, number_formats={1: TEXT})])
    sheet = python_calamine.CalamineWorkbook.from_path(tmp_path / "big.xlsx").get_sheet_by_index(0)
    assert sheet.height == 20_001
