from __future__ import annotations

from pathlib import Path

import pytest

from unionoffice.foundation.errors import UserError, ValidationError
from unionoffice.foundation.importer import Column, Table, find_header, parse_rows, read_table
from unionoffice.foundation.importer.headers import header_key

from .conftest import VALID_IDS, write_book


def test_header_below_a_merged_title_row(tmp_path: Path, member_columns: tuple[Column, ...]) -> None:
    path = write_book(
        tmp_path / "title.xlsx",
        [
            ["2024 年度会员名册"],
            ["填报单位：一车间", None, None, None, "填报日期：2024-05-01"],
            [],
            ["序号", "职工姓名", "身份证号码", "联系电话", "备注"],
            [1, "张三", VALID_IDS[0], "13812345678", "无"],
        ],
        merge="A1:E1",
    )
    preview = parse_rows(read_table(path), member_columns)
    assert preview.header_row == 4
    assert preview.ignored_columns == ["备注"]  # 序号 is silently ignored
    assert [row.values["name"] for row in preview.rows] == ["张三"]
    assert preview.rows[0].row_number == 5


def test_two_row_header_with_merged_group_cells(tmp_path: Path, member_columns: tuple[Column, ...]) -> None:
    path = write_book(
        tmp_path / "groups.xlsx",
        [
            ["基本信息", None, "联系方式"],
            ["姓名", "身份证号", "手机号"],
            ["李四", VALID_IDS[1], "0371-12345678"],
        ],
        merge="A1:B1",
    )
    preview = parse_rows(read_table(path), member_columns)
    assert preview.header_row == 2 and preview.ok
    assert preview.rows[0].values["phone"] == "0371-12345678"


@pytest.mark.parametrize(
    "text",
    [
        "身份证号",
        " 身份证号码 ",
        "公民身份\n号码",
        "证件号码*",
        "*身份证号",
        "身份证号（18位）",
        "身份证号：",
        "身份　证号",
    ],
)
def test_header_variants(text: str, member_columns: tuple[Column, ...]) -> None:
    table = Table.from_lists([["姓名", text], ["王五", VALID_IDS[2]]])
    assert find_header(table, member_columns).positions == {"name": 0, "id_number": 1}


def test_label_with_brackets_matches_with_or_without_them() -> None:
    assert header_key("会费（元）") == header_key("会费(元)") == header_key("会费") == "会费"
    column = Column("fee", "会费（元）")
    assert find_header(Table.from_lists([["会费(元)"]]), [column]).positions == {"fee": 0}


def test_columns_in_any_order(member_columns: tuple[Column, ...]) -> None:
    table = Table.from_lists(
        [["手机号", "身份证号", "性别", "姓名"], ["13812345678", VALID_IDS[0], "女", "赵六"]]
    )
    values = parse_rows(table, member_columns).rows[0].values
    assert (values["name"], values["gender"], values["phone"]) == ("赵六", "F", "13812345678")
    assert values["joined"] is None and values["fee"] is None  # optional columns that are absent


def test_missing_required_columns_are_named(member_columns: tuple[Column, ...]) -> None:
    with pytest.raises(ValidationError) as caught:
        find_header(Table.from_lists([["标题"], ["姓名", "手机号"]]), member_columns)
    assert [(p.field, p.row) for p in caught.value.problems] == [("身份证号", 2)]
    assert "缺少" in str(caught.value)


def test_no_header_at_all(member_columns: tuple[Column, ...]) -> None:
    with pytest.raises(UserError) as caught:
        find_header(Table.from_lists([["a", "b"], [1, 2]]), member_columns)
    assert "姓名" in str(caught.value) and "表头" in str(caught.value)


def test_duplicate_header_columns_are_refused(member_columns: tuple[Column, ...]) -> None:
    with pytest.raises(ValidationError) as caught:
        find_header(Table.from_lists([["姓名", "身份证号", "职工姓名"]]), member_columns)
    assert "A、C" in str(caught.value)


def test_header_must_be_within_the_first_rows(member_columns: tuple[Column, ...]) -> None:
    table = Table.from_lists([["说明"]] * 25 + [["姓名", "身份证号"]])
    with pytest.raises(UserError):
        find_header(table, member_columns)
