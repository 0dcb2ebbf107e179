"""An .xlsx template for a module's import: its headers, example rows and a 填写说明 sheet."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from unionoffice.foundation.i18n import translate
from unionoffice.foundation.importer.headers import Column
from unionoffice.foundation.xlsx import TEXT, Sheet, write_xlsx


def write_template(
    path: str | Path, columns: Sequence[Column], example_rows: Iterable[Sequence[Any]] = ()
) -> None:
    """The data sheet comes first (the importer reads the first visible sheet). Text columns are
    formatted '@' so Excel keeps all 18 digits of an identity number."""
    data = Sheet(
        title=translate("Import", "导入数据"),
        headers=[column.label for column in columns],
        rows=list(example_rows),
        number_formats={i: TEXT for i, column in enumerate(columns) if column.text},
    )
    required, optional = translate("Import", "必填"), translate("Import", "选填")
    notes = [
        [translate("Import", "请在「导入数据」工作表中逐行填写，第一行是表头，不要修改表头文字。")],
        [translate("Import", "身份证号、手机号等列已设为文本格式，请直接输入或粘贴为纯文本，不要转成数字。")],
        [
            translate(
                "Import", "日期可写成 2019-05-01、2019.5.1 或 2019年5月1日；金额以元为单位，最多两位小数。"
            )
        ],
        [translate("Import", "示例行仅供参考，导入前请删除。")],
        [],
        [translate("Import", "列名"), translate("Import", "是否必填"), translate("Import", "说明")],
        *([column.label, required if column.required else optional, column.hint] for column in columns),
    ]
    instructions = Sheet(
        translate("Import", "填写说明"), [translate("Import", "填写说明")], notes, column_widths=[24, 12, 60]
    )
    write_xlsx(path, [data, instructions])
