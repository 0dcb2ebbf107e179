from __future__ import annotations

import os
import random
import subprocess
import sys
import time
import zipfile
from datetime import date
from pathlib import Path

import pytest
from openpyxl import Workbook

from unionoffice.foundation.errors import UserError
from unionoffice.foundation.importer import parse_rows, read_table, reader
from unionoffice.foundation.importer.table import MAX_CELL_CHARS, ErrorCell, OversizeCell

from .conftest import MEMBER_COLUMNS, VALID_IDS, write_book

CSV_TEXT = (
    "姓名,身份证号,入会日期\n张三,11010519491231002X,2019.05.01\n李四,410702199001020061,2019年5月1日\n"
)


def _refused(path: Path) -> str:
    with pytest.raises(UserError) as caught:
        read_table(path)
    return str(caught.value)


@pytest.mark.parametrize(
    ("encoding", "prefix"),
    [("utf-8", b""), ("utf-8", b"\xef\xbb\xbf"), ("gbk", b""), ("gb18030", b""), ("utf-16", b"")],
)
def test_csv_encodings(tmp_path: Path, encoding: str, prefix: bytes) -> None:
    path = tmp_path / "m.csv"
    path.write_bytes(prefix + CSV_TEXT.encode(encoding))
    table = read_table(path)
    assert table.rows[0].cells == ["姓名", "身份证号", "入会日期"]  # no BOM glued to the first header
    preview = parse_rows(table, MEMBER_COLUMNS)
    assert preview.ok and [r.values["joined"] for r in preview.rows] == [date(2019, 5, 1)] * 2


def test_gb18030_only_characters(tmp_path: Path) -> None:
    path = tmp_path / "rare.csv"
    path.write_bytes("姓名,身份证号\n王䶮,11010519491231002X\n".encode("gb18030"))  # 䶮 is not in GBK
    assert read_table(path).rows[1].cells[0] == "王䶮"


@pytest.mark.parametrize("delimiter", [",", "\t", ";", "|"])
def test_csv_delimiters(tmp_path: Path, delimiter: str) -> None:
    path = tmp_path / "d.txt"
    path.write_text(CSV_TEXT.replace(",", delimiter), encoding="utf-8")
    assert read_table(path).rows[1].cells == ["张三", "11010519491231002X", "2019.05.01"]


def test_csv_quoted_fields_and_row_numbers(tmp_path: Path) -> None:
    path = tmp_path / "q.csv"
    path.write_text('姓名,备注\n"张,三","两行\n备注"\n\n李四,x\n', encoding="utf-8")
    rows = read_table(path).rows
    assert [(r.number, r.cells[0]) for r in rows] == [(1, "姓名"), (2, "张,三"), (4, "李四")]


def test_binary_garbage_csv(tmp_path: Path) -> None:
    path = tmp_path / "g.csv"
    path.write_bytes(bytes(range(256)) * 20)
    assert "编码" in _refused(path)


@pytest.mark.parametrize("name", ["empty.csv", "empty.xlsx", "blank.csv"])
def test_empty_files(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    path.write_bytes(b"" if name.startswith("empty") else b" \r\n\r\n")
    assert "空" in _refused(path)


def test_random_bytes_renamed_xlsx(tmp_path: Path) -> None:
    path = tmp_path / "fake.xlsx"
    path.write_bytes(os.urandom(4096))
    assert "不是有效的 Excel 文件" in _refused(path)


def test_zip_that_is_not_a_workbook(tmp_path: Path) -> None:
    path = tmp_path / "zip.xlsx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("hello.txt", "hi")
    assert "不是有效的 Excel 文件" in _refused(path)


def test_html_saved_as_xls(tmp_path: Path) -> None:
    path = tmp_path / "export.xls"
    path.write_text("<html><body><table><tr><td>姓名</td></tr></table></body></html>", encoding="utf-8")
    assert "网页" in _refused(path)


def test_type_comes_from_content_not_name(tmp_path: Path) -> None:
    real = write_book(tmp_path / "real.xlsx", [["姓名", "身份证号"], ["张三", VALID_IDS[0]]])
    renamed = tmp_path / "renamed.xls"
    renamed.write_bytes(real.read_bytes())
    assert read_table(renamed).rows[1].cells == ["张三", VALID_IDS[0]]


def test_missing_file(tmp_path: Path) -> None:
    assert "无法读取" in _refused(tmp_path / "nope.xlsx")


def test_million_blank_rows_stop_fast(tmp_path: Path) -> None:
    path = write_book(tmp_path / "tall.xlsx", [["姓名", "身份证号"], ["张三", VALID_IDS[0]]])
    book = __import__("openpyxl").load_workbook(path)
    book.active["B1000000"] = " x"  # one stray value a million rows down
    book.save(path)
    started = time.perf_counter()
    table = read_table(path)
    assert time.perf_counter() - started < 3
    assert len(table.rows) == 2 and "连续" in table.notes[0]


def test_stray_value_in_the_far_corner_is_refused_not_allocated(tmp_path: Path) -> None:
    # calamine would try to allocate 1,048,576 x 16,384 cells and abort the whole process.
    path = write_book(tmp_path / "corner.xlsx", [["姓名"]])
    book = __import__("openpyxl").load_workbook(path)
    book.active["XFD1048576"] = "x"
    book.save(path)
    # In a child process: if the guard ever regresses, calamine aborts that process, not pytest.
    code = (
        "import sys\nfrom unionoffice.foundation.errors import UserError\n"
        "from unionoffice.foundation.importer import read_table\n"
        "try:\n    read_table(sys.argv[1])\nexcept UserError as e:\n    print(e)\n"
    )
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    result = subprocess.run(
        [sys.executable, "-c", code, str(path)],
        check=False,
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr[-500:]
    assert "范围过大" in result.stdout


def test_styled_empty_cells_far_away_are_fine(tmp_path: Path) -> None:
    from openpyxl.styles import Font

    path = write_book(tmp_path / "styled.xlsx", [["姓名"], ["张三"]])
    book = __import__("openpyxl").load_workbook(path)
    book.active["Z100000"].font = Font(bold=True)
    book.save(path)
    assert [r.cells[0] for r in read_table(path).rows] == ["姓名", "张三"]


def _replace_in_package(source: Path, target: Path, member: str, old: bytes, new: bytes) -> Path:
    with zipfile.ZipFile(source) as zin, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as zout:
        assert member in zin.namelist()
        for item in zin.infolist():
            data = zin.read(item.filename)
            if item.filename == member:
                assert old in data
                data = data.replace(old, new)
            zout.writestr(item, data)
    return target


def test_huge_cell_is_flagged_not_kept(tmp_path: Path) -> None:
    # openpyxl (like Excel) stops at 32,767 characters, so write the 1 MiB cell into the XML.
    source = write_book(tmp_path / "small.xlsx", [["姓名", "身份证号"], ["BIGCELL", VALID_IDS[0]]])
    # Varied characters: one repeated a million times would be refused earlier as a zip bomb.
    rng = random.Random(17)
    text = "".join(chr(rng.randrange(0x4E00, 0x9FA5)) for _ in range(1_048_576))
    path = _replace_in_package(
        source, tmp_path / "big.xlsx", "xl/worksheets/sheet1.xml", b"BIGCELL", text.encode()
    )
    cell = read_table(path).rows[1].cells[0]
    assert cell == OversizeCell(1_048_576)
    preview = parse_rows(read_table(path), MEMBER_COLUMNS)
    assert [(p.row, p.field) for p in preview.problems] == [(2, "姓名")] and "过长" in preview.problems[
        0
    ].message


def test_huge_csv_cell(tmp_path: Path) -> None:
    path = tmp_path / "big.csv"
    path.write_text("姓名,身份证号\n" + "x" * (MAX_CELL_CHARS * 600) + f",{VALID_IDS[0]}\n", encoding="utf-8")
    assert isinstance(read_table(path).rows[1].cells[0], OversizeCell)


def _with_error_cells(tmp_path: Path) -> Path:
    source = write_book(
        tmp_path / "plain.xlsx", [["姓名", "身份证号", "入会日期"], ["张三", VALID_IDS[0], 1]]
    )
    return _replace_in_package(
        source,
        tmp_path / "errors.xlsx",
        "xl/worksheets/sheet1.xml",
        b'<c r="C2" t="n"><v>1</v></c>',
        b'<c r="C2" t="e"><f>A1/0</f><v>#DIV/0!</v></c>',
    )


def test_formula_errors_become_row_problems(tmp_path: Path) -> None:
    table = read_table(_with_error_cells(tmp_path))
    assert table.rows[1].cells[2] == ErrorCell("#DIV/0!")
    preview = parse_rows(table, MEMBER_COLUMNS)
    assert [(p.row, p.field) for p in preview.problems] == [(2, "入会日期")]
    assert "#DIV/0!" in preview.problems[0].message


def test_cached_formula_values_are_read(tmp_path: Path) -> None:
    source = write_book(tmp_path / "f.xlsx", [["姓名", "会费"], ["张三", 1]])
    path = _replace_in_package(
        source,
        tmp_path / "formula.xlsx",
        "xl/worksheets/sheet1.xml",
        b'<c r="B2" t="n"><v>1</v></c>',
        b'<c r="B2"><f>10*1.5</f><v>15</v></c>',
    )
    assert read_table(path).rows[1].cells == ["张三", 15.0]


def test_row_cap(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(reader, "MAX_DATA_ROWS", 10)
    path = tmp_path / "many.csv"
    path.write_text("姓名\n" + "张三\n" * 100, encoding="utf-8")
    assert "超过 10 行" in _refused(path)


def test_first_visible_sheet_or_named_sheet(tmp_path: Path) -> None:
    book = Workbook()
    hidden = book.active
    hidden.title = "隐藏"
    hidden.append(["旧数据"])
    hidden.sheet_state = "hidden"
    book.create_sheet("名册").append(["姓名"])
    path = tmp_path / "sheets.xlsx"
    book.save(path)
    assert read_table(path).sheet == "名册"
    assert read_table(path, sheet="隐藏").rows[0].cells == ["旧数据"]
    assert "没有名为" in str(pytest.raises(UserError, read_table, path, sheet="别的").value)


def test_data_starting_away_from_a1_keeps_column_positions(tmp_path: Path) -> None:
    book = Workbook()
    book.active["C5"] = "姓名"
    book.active["C6"] = "张三"
    path = tmp_path / "offset.xlsx"
    book.save(path)
    rows = read_table(path).rows
    assert [(r.number, r.cells) for r in rows] == [(5, [None, None, "姓名"]), (6, [None, None, "张三"])]


def _bloated_workbook(source: Path, target: Path, part: str, inflated: bytes) -> None:
    """``source`` with ``part`` replaced by ``inflated``, deflated (a small file that grows huge)."""
    with zipfile.ZipFile(source) as zin, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            if item.filename != part:
                zout.writestr(item, zin.read(item.filename))
        zout.writestr(part, inflated)


def test_a_workbook_whose_shared_strings_inflate_a_thousandfold_is_refused_before_reading(
    tmp_path: Path,
) -> None:
    from unionoffice.foundation.xlsx import Sheet, write_xlsx

    plain = tmp_path / "plain.xlsx"
    write_xlsx(plain, [Sheet("名单", ["姓名"], [["张三"]])])
    bomb = tmp_path / "bomb.xlsx"
    strings = b'<?xml version="1.0"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
    _bloated_workbook(
        plain, bomb, "xl/sharedStrings.xml", strings + b"<si><t>a</t></si>" * 3_000_000 + b"</sst>"
    )
    assert bomb.stat().st_size < 400_000
    with pytest.raises(UserError, match="sharedStrings.xml") as refused:
        read_table(bomb)
    assert "解压后" in str(refused.value)


def test_ordinary_workbooks_pass_the_zip_member_check(tmp_path: Path) -> None:
    from unionoffice.foundation.importer import ooxml_scan
    from unionoffice.foundation.xlsx import Sheet, write_xlsx

    path = tmp_path / "members.xlsx"
    rows = [
        [f"张{i % 500}", "男", f"41070219900101{i % 1000:03d}1", "心兴分工会", 13900000000 + i]
        for i in range(20_000)
    ]
    write_xlsx(path, [Sheet("名单", ["姓名", "性别", "身份证号", "分工会", "手机号"], rows)])
    with zipfile.ZipFile(path) as zf:
        assert ooxml_scan.oversize_member(zf) is None
    assert len(read_table(path).rows) == 20_001
