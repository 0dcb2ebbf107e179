from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pytest
from openpyxl import Workbook

from unionoffice.foundation.importer import (
    Column,
    parse_date,
    parse_gender,
    parse_id_number,
    parse_money_fen,
    parse_name,
    parse_phone,
)

MEMBER_COLUMNS = (
    Column("name", "姓名", aliases=("名字", "职工姓名"), parser=parse_name),
    Column("gender", "性别", parser=parse_gender, required=False),
    Column(
        "id_number",
        "身份证号",
        aliases=("身份证号码", "公民身份号码", "证件号码"),
        parser=parse_id_number,
        unique=True,
        text=True,
    ),
    Column("phone", "手机号", aliases=("联系电话", "电话"), parser=parse_phone, required=False, text=True),
    Column("joined", "入会日期", parser=parse_date, required=False),
    Column("fee", "会费（元）", aliases=("会费",), parser=parse_money_fen, required=False),
)

VALID_IDS = ("11010519491231002X", "410702199001020061", "410702198512150357")


@pytest.fixture
def member_columns() -> tuple[Column, ...]:
    return MEMBER_COLUMNS


def write_book(
    path: Path, rows: Sequence[Sequence[Any]], merge: str | None = None, title: str = "名册"
) -> Path:
    book = Workbook()
    sheet = book.active
    sheet.title = title
    for row in rows:
        sheet.append(list(row))
    if merge:
        sheet.merge_cells(merge)
    book.save(path)
    return path
