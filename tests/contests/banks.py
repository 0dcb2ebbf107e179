"""Question banks and blueprints for the bank and exam tests."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal
from pathlib import Path

from unionoffice.contests.contract import ContestDef, ExamLine, ExamPlan
from unionoffice.foundation.xlsx import Sheet, write_xlsx

from .conftest import standard_definition

HEADER = ["题号", "题型", "知识领域", "题干", "选项A", "选项B", "选项C", "选项D", "选项E", "选项F", "答案"]
AREAS = ("安全用电", "电工基础", "电气设备")


def question_rows(per_area: dict[str, int] | None = None) -> list[list[object]]:
    """Per area: 10 单选 (answer B), 6 多选 (answer ACD), 10 判断 (对 for even numbers)."""
    counts = per_area or {"单选题": 10, "多选题": 6, "判断题": 10}
    rows: list[list[object]] = []
    for area in AREAS:
        for kind, count in counts.items():
            for n in range(count):
                stem = f"{area}{kind}第{n + 1}题"
                if kind == "判断题":
                    rows.append(
                        [
                            len(rows) + 1,
                            kind,
                            area,
                            stem,
                            "",
                            "",
                            "",
                            "",
                            "",
                            "",
                            "对" if n % 2 == 0 else "错",
                        ]
                    )
                else:
                    answer = "B" if kind == "单选题" else "ACD"
                    rows.append([len(rows) + 1, kind, area, stem, "甲", "乙", "丙", "丁", "", "", answer])
    return rows


def bank_file(path: Path, rows: list[list[object]] | None = None) -> Path:
    write_xlsx(path, [Sheet("题库", HEADER, question_rows() if rows is None else rows)])
    return path


PLAN = ExamPlan(
    (
        ExamLine("single", "安全用电", 10, Decimal(2)),
        ExamLine("single", "", 10, Decimal(2)),
        ExamLine("multiple", "", 10, Decimal(3)),
        ExamLine("true_false", "", 15, Decimal(2)),
    ),
    minutes=90,
)


def with_exam(**changes: object) -> ContestDef:
    return replace(standard_definition(), **{"exam": PLAN, **changes})  # type: ignore[arg-type]
