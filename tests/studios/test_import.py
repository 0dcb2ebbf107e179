"""Spreadsheet import of achievements and honours: row-level preview, all or nothing."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from tests.studios.conftest import ADMIN
from tests.studios.helpers import patent, studio
from unionoffice.foundation.errors import ValidationError
from unionoffice.foundation.importer import ImportMode, Table, format_report
from unionoffice.studios.models import Achievement, Honour
from unionoffice.studios.service.achievements import get_achievement
from unionoffice.studios.service.honours import person_honours
from unionoffice.studios.service.importing import apply_import, preview_achievements, preview_honours

HEADER = [
    "序号",
    "成果名称",
    "类别",
    "完成人",
    "申报日期",
    "工作室",
    "专利号",
    "授权日期",
    "经济效益（元）",
    "效益年度",
    "测算方式",
]


def _count(db, model) -> int:
    with db.read() as s:
        return s.execute(select(func.count()).select_from(model)).scalar_one()


def test_preview_names_row_and_column_and_all_or_nothing_writes_nothing(world, tmp_path):
    patent(world, "已有专利", "ZL201710601862.3")
    studio(world)
    table = Table.from_lists(
        [
            ["2026 年创新成果登记表"],
            HEADER,
            [
                1,
                "皮带机纠偏装置",
                "小革新",
                "张三（E001）60%；李四（E002）40%",
                "2026-03-01",
                "张三劳模创新工作室",
                "",
                "",
                "12,000",
                2026,
                "车间核算",
            ],
            [
                2,
                "重复的专利",
                "发明专利",
                "王五（E003）",
                "2026-03-01",
                "",
                "ZL201710601862.3",
                "2026-01-01",
                "",
                "",
                "",
            ],
            [3, "冒名的成果", "小建议", "王五（E001）", "2026-03-01", "", "", "", "", "", ""],
            [4, "效益写成万元", "小发明", "张三（E001）", "2026-03-01", "", "", "", "3.5万", 2026, "估算"],
            [5, "不是会员", "小设计", "路人（X999）", "2026-03-01", "", "", "", "", "", ""],
        ]
    )
    result = preview_achievements(world.db, ADMIN, table)
    report = format_report(result.preview)
    assert "第 4 行「专利号/登记号」：ZL201710601862.3 已登记在系统中" in report
    assert "第 5 行「完成人」：工号 E001 的会员是“张三”，不是“王五”" in report
    assert "第 6 行「经济效益（元）」：效益请以“元”为单位填写" in report
    assert "第 7 行「完成人」：工号 X999 不是会员" in report
    assert sorted(result.resolved) == [3]

    before = _count(world.db, Achievement)
    with pytest.raises(ValidationError):
        apply_import(world.db, ADMIN, result, ImportMode.ALL_OR_NOTHING)
    assert _count(world.db, Achievement) == before

    assert apply_import(world.db, ADMIN, result, ImportMode.VALID_ROWS_ONLY) == 1
    with world.db.read() as s:
        new_id = s.execute(select(Achievement.id).where(Achievement.title == "皮带机纠偏装置")).scalar_one()
    info = get_achievement(world.db, ADMIN, new_id)
    assert [(p.name, p.share_pct) for p in info.people] == [("张三", 60), ("李四", 40)]
    assert (info.benefit_fen, info.studio_name, info.reg_no) == (
        1_200_000,
        "张三劳模创新工作室",
        "WX2026-0001",
    )


def test_two_rows_with_the_same_number_are_both_flagged(world):
    table = Table.from_lists(
        [
            HEADER,
            [
                1,
                "甲",
                "发明专利",
                "张三（E001）",
                "2026-03-01",
                "",
                "201710601862.3",
                "2026-01-01",
                "",
                "",
                "",
            ],
            [
                2,
                "乙",
                "发明专利",
                "李四（E002）",
                "2026-03-01",
                "",
                "ZL201710601862.3",
                "2026-01-01",
                "",
                "",
                "",
            ],
        ]
    )
    report = format_report(preview_achievements(world.db, ADMIN, table).preview)
    assert "第 2 行「专利号/登记号」：与第 3 行重复" in report
    assert "第 3 行「专利号/登记号」：与第 2 行重复" in report


def test_honours_import_links_people_studios_and_teams(world):
    sid = studio(world)
    table = Table.from_lists(
        [
            ["荣誉名称", "级别", "授予单位", "年度", "获奖人", "工作室", "获奖集体", "分工会", "证书编号"],
            ["全国五一劳动奖章", "国家级", "中华全国总工会", 2025, "张三（E001）", "", "", "", "QG2025-01"],
            ["省级示范性劳模创新工作室", "省级", "河南省总工会", 2024, "", "张三劳模创新工作室", "", "", ""],
            ["工人先锋号", "省级", "河南省总工会", 2024, "", "", "电解车间三班", "氢力分工会", ""],
            ["市劳动模范", "市级", "新乡市人民政府", 2023, "张三（E001）", "", "电解车间三班", "", ""],
        ]
    )
    result = preview_honours(world.db, ADMIN, table)
    assert "第 5 行「获奖人」：获奖人、工作室、获奖集体三者须填且只填一项" in format_report(result.preview)
    assert apply_import(world.db, ADMIN, result, ImportMode.VALID_ROWS_ONLY) == 3
    assert _count(world.db, Honour) == 3
    mine = person_honours(world.db, ADMIN, world.members["张三"])  # his own and his studio's
    assert [(h.title, h.recipient_name) for h in mine] == [
        ("全国五一劳动奖章", "张三"),
        ("省级示范性劳模创新工作室", "张三劳模创新工作室"),
    ]
    assert sid == mine[1].studio_id
