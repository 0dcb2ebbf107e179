"""A scoring panel on the small test organisation: a score-sheet rule, judges, their packages
filled in judge mode's working copy and handed back."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from tests.studios.conftest import ADMIN
from tests.studios.helpers import five_small
from unionoffice.core.auth.models import User
from unionoffice.core.auth.roles import Role
from unionoffice.core.judging.workbook import JudgeWorkbook
from unionoffice.studios.contract import BandRow, CriterionRow, RuleSave
from unionoffice.studios.labels import Grade
from unionoffice.studios.service import panel, panel_packages, rounds
from unionoffice.studios.service.panel_rules import save_rule

# 技术水平 30, 经济效益 30, 应用范围 20, 实用性 20; 特等 ≥ 90 pays 5,000, 一类 ≥ 80 1,500,
# 二类 ≥ 70 1,000, 三类 ≥ 60 500.
RULE = RuleSave(
    effective_from=date(2026, 1, 1),
    name="五小成果评分标准（2026）",
    criteria=[
        CriterionRow("tech", "技术水平", "30"),
        CriterionRow("benefit", "经济效益", "30"),
        CriterionRow("scope", "应用范围", "20"),
        CriterionRow("practical", "实用性", "20"),
    ],
    bands=[
        BandRow(Grade.SPECIAL, "90", "5000"),
        BandRow(Grade.FIRST, "80", "1500"),
        BandRow(Grade.SECOND, "70", "1000"),
        BandRow(Grade.THIRD, "60", "500"),
    ],
)

# Five judges' marks per criterion (in the order above), for two results.
MARKS_A = [  # trimmed means 27, 25, 16, 15.33 → 83.33 → 一类
    ["27", "26", "28", "25", "29"],
    ["24", "25", "26", "23", "27"],
    ["15", "16", "17", "14", "18"],
    ["15", "15", "16", "14", "17"],
]
MARKS_B = [["22"] * 5, ["21"] * 5, ["14"] * 5, ["15"] * 5]  # 72 → 二类


def judges(world, count: int = 5) -> list[int]:  # type: ignore[no-untyped-def]
    with world.db.transaction(None) as s:
        users = [
            User(username=f"judge{n}", display_name=f"评委{n}", password_hash="-", role=Role.JUDGE)
            for n in range(1, count + 1)
        ]
        s.add_all(users)
        s.flush()
        return [u.id for u in users]


def scored_round(world, tmp_path: Path, marks: dict[str, list[list[str]]] | None = None):  # type: ignore[no-untyped-def]
    """Round 2026 Q3 with result A (张三 60 %, 李四 40 %) and B (three people, shares unstated),
    a panel of five, every judge's package filled and imported. Returns (round id, A, B, judge ids)."""
    save_rule(world.db, ADMIN, RULE)
    a = five_small(world, "循环水泵机封冲洗改造", [("张三", 60), ("李四", 40)], declared=date(2026, 7, 3))
    b = five_small(
        world, "皮带机防跑偏装置", [("王五", None), ("赵六", None), ("孙七", None)], declared=date(2026, 7, 9)
    )
    round_id = rounds.open_round(world.db, ADMIN, 2026, 3)
    rounds.collect(world.db, ADMIN, round_id)
    ids = judges(world)
    panel.set_panel(world.db, ADMIN, round_id, ids)
    fill(world, tmp_path, round_id, marks or {"WX2026-0001": MARKS_A, "WX2026-0002": MARKS_B})
    return round_id, a, b, ids


def fill(world, tmp_path: Path, round_id: int, marks: dict[str, list[list[str]]]) -> list[Path]:  # type: ignore[no-untyped-def]
    """Each judge opens their package in judge mode's working copy, types ``marks`` (bib → one list
    per criterion, one mark per judge), signs, and the office imports the signed files."""
    screen = panel.panel_screen(world.db, ADMIN, round_id)
    files, _slip = panel_packages.export_packages(world.db, ADMIN, round_id)
    signed = []
    for n, judge in enumerate(screen.judges):
        package = next(f for f in files if f.name.endswith(f"评委{n + 1}.uojudge"))
        path = tmp_path / package.name
        path.write_bytes(package.content)
        book = JudgeWorkbook(path)
        book.unlock(judge.key_slip)
        for bib, rows in marks.items():
            for criterion, row in zip(book.package.items, rows, strict=True):
                book.set_text(bib, criterion.id, row[n])
        signed.append(book.finish())
    for path in signed:
        panel_packages.import_package(world.db, ADMIN, path.read_bytes())
    return signed
