from __future__ import annotations

from datetime import date

import pytest

from unionoffice.foundation.errors import UserError, ValidationError
from unionoffice.foundation.importer import (
    CellError,
    Column,
    ImportCancelled,
    ImportMode,
    Table,
    format_report,
    parse_rows,
    rows_to_apply,
)

from .conftest import MEMBER_COLUMNS, VALID_IDS

HEADER = ["姓名", "性别", "身份证号", "手机号", "入会日期", "会费"]


def _table(*rows: list[object]) -> Table:
    return Table.from_lists([["会员名册"], HEADER, *rows])


def test_problems_name_row_and_column() -> None:
    preview = parse_rows(
        _table(
            ["张三", "男", VALID_IDS[2], "13812345678", "2019.05.01", "12.50"],
            ["", "女", "110105194912310021", "123", "2019-02-30", "-1"],
            [None, None, None, None, None, None],
            ["李四", "x", VALID_IDS[1], None, None, None],
        ),
        MEMBER_COLUMNS,
    )
    assert [(p.row, p.field) for p in preview.problems] == [
        (4, "姓名"),
        (4, "身份证号"),
        (4, "手机号"),
        (4, "入会日期"),
        (4, "会费（元）"),
        (6, "性别"),
    ]
    assert preview.rejected_row_numbers == {4, 6}
    assert [r.row_number for r in preview.rows] == [3, 4, 6]  # the blank row 5 is skipped
    (valid,) = preview.valid_rows
    assert valid.values["fee"] == 1250 and valid.values["joined"] == date(2019, 5, 1)
    assert valid.values["id_number"].number == VALID_IDS[2]
    report = format_report(preview)
    assert "第 4 行「身份证号」：校验位不正确" in report
    assert "第 4 行「姓名」：不能为空" in report
    assert report.splitlines()[0] == "共 3 行，可导入 1 行，有问题 2 行。"


def test_duplicates_within_the_file_flag_every_copy() -> None:
    preview = parse_rows(
        _table(
            ["张三", "男", VALID_IDS[0], None, None, None],
            ["李四", "女", VALID_IDS[1], None, None, None],
            ["张三", "男", VALID_IDS[0].lower(), None, None, None],
            ["王五", "男", " " + VALID_IDS[0], None, None, None],
        ),
        MEMBER_COLUMNS,
    )
    assert [(p.row, p.message) for p in preview.problems] == [
        (3, "与第 5、6 行重复"),
        (5, "与第 3、6 行重复"),
        (6, "与第 3、5 行重复"),
    ]
    assert [r.row_number for r in preview.valid_rows] == [4]


def test_row_validator_cross_checks() -> None:
    def birth_matches_gender(values: dict[str, object]) -> list[CellError]:
        number = values["id_number"]
        if values["gender"] and number.gender != values["gender"]:  # type: ignore[attr-defined]
            return [CellError("与身份证号中的性别不一致", column="gender")]
        return []

    preview = parse_rows(
        _table(
            ["张三", "女", VALID_IDS[2], None, None, None], ["李四", "女", VALID_IDS[1], None, None, None]
        ),
        MEMBER_COLUMNS,
        row_validator=birth_matches_gender,
    )
    assert [(p.row, p.field, p.message) for p in preview.problems] == [
        (3, "性别", "与身份证号中的性别不一致")
    ]


def test_row_level_problem_without_a_column() -> None:
    preview = parse_rows(
        _table(["张三", None, VALID_IDS[2], None, None, None]),
        MEMBER_COLUMNS,
        row_validator=lambda values: [CellError("该会员已调出")],
    )
    assert "第 3 行：该会员已调出" in format_report(preview)


def test_import_modes() -> None:
    preview = parse_rows(
        _table(["张三", None, VALID_IDS[2], None, None, None], ["李四", None, "bad", None, None, None]),
        MEMBER_COLUMNS,
    )
    assert [r.row_number for r in rows_to_apply(preview, ImportMode.VALID_ROWS_ONLY)] == [3]
    with pytest.raises(ValidationError) as caught:
        rows_to_apply(preview, ImportMode.ALL_OR_NOTHING)
    assert caught.value.problems == preview.problems
    empty = parse_rows(_table(), MEMBER_COLUMNS)
    with pytest.raises(UserError, match="没有可导入"):
        rows_to_apply(empty, ImportMode.VALID_ROWS_ONLY)


def test_progress_and_cancellation() -> None:
    rows = [["张三", None, VALID_IDS[0], None, None, None]] * 1200
    seen: list[tuple[int, int]] = []
    parse_rows(_table(*rows), MEMBER_COLUMNS, progress=lambda done, total: seen.append((done, total)))
    assert seen == [(0, 1200), (500, 1200), (1000, 1200), (1200, 1200)]
    calls = iter([False, False, True])
    with pytest.raises(ImportCancelled) as caught:
        parse_rows(_table(*rows), MEMBER_COLUMNS, cancelled=lambda: next(calls))
    assert str(caught.value) == "导入已取消" and isinstance(caught.value, UserError)


def test_report_is_capped_and_mentions_ignored_columns() -> None:
    table = Table.from_lists([["姓名", "身份证号", "备注"], *[["张三", "bad", "x"]] * 30])
    report = format_report(parse_rows(table, MEMBER_COLUMNS), limit=10)
    assert "……另有 20 个问题未列出" in report and "已忽略：备注" in report


def test_optional_columns_accept_blanks() -> None:
    table = Table.from_lists([["姓名", "身份证号", "手机号"], ["张三", VALID_IDS[0], "  "]])
    assert parse_rows(table, MEMBER_COLUMNS).rows[0].values["phone"] is None


def test_short_rows_are_padded() -> None:
    table = Table.from_lists([["姓名", "身份证号", "手机号"], ["张三", VALID_IDS[0]]])
    preview = parse_rows(table, MEMBER_COLUMNS)
    assert preview.ok and preview.rows[0].values["phone"] is None


def test_custom_parser_errors_are_reported() -> None:
    def parse_level(value: object) -> int:
        if value not in ("一级", "二级"):
            raise CellError("应为一级或二级")
        return 1 if value == "一级" else 2

    columns = [Column("level", "等级", parser=parse_level)]
    preview = parse_rows(Table.from_lists([["等级"], ["一级"], ["三级"]]), columns)
    assert preview.rows[0].values == {"level": 1}
    assert format_report(preview).splitlines()[1] == "第 3 行「等级」：应为一级或二级"


def test_a_repeated_cell_is_judged_alike_on_every_row() -> None:
    """Parsed cells are remembered per column: a repeat must still be reported on its own row,
    and equal-looking values of different types (1, 1.0, True) must not share an answer."""
    calls: list[object] = []

    def kind(value: object) -> str:
        calls.append(value)
        if value is True:
            raise CellError("不是数字")
        return f"{type(value).__name__}:{value}"

    columns = [Column("name", "姓名"), Column("kind", "类别", parser=kind)]
    preview = parse_rows(
        Table.from_lists([["姓名", "类别"], ["甲", 1], ["乙", True], ["丙", 1.0], ["丁", True], ["戊", 1]]),
        columns,
    )
    assert [r.values["kind"] for r in preview.rows] == ["int:1", None, "float:1.0", None, "int:1"]
    assert [(p.row, p.message) for p in preview.problems] == [(3, "不是数字"), (5, "不是数字")]
    assert calls == [1, True, 1.0]  # each distinct cell parsed once


def test_bulk_parsing_pauses_the_collector_and_restores_it() -> None:
    import gc

    from unionoffice.foundation.bulk import collector_paused

    seen: list[bool] = []

    def spy(value: object) -> str:
        seen.append(gc.isenabled())
        return str(value)

    was_enabled = gc.isenabled()  # a GUI test before this one switched it off (ui/collector.py)
    gc.enable()
    try:
        parse_rows(Table.from_lists([["姓名"], ["甲"]]), [Column("name", "姓名", parser=spy)])
        assert seen == [False] and gc.isenabled()
        with collector_paused():
            with collector_paused():
                pass
            assert not gc.isenabled()  # the inner pause ending does not end the outer one
        assert gc.isenabled()
        with pytest.raises(RuntimeError), collector_paused():
            raise RuntimeError
        assert gc.isenabled()
    finally:
        if not was_enabled:
            gc.disable()
