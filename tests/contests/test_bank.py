"""The question bank: versions, every bad row named with nothing written, the practice booklet and
workbook, the practice test."""

from __future__ import annotations

import shutil
import subprocess

import pytest
from sqlalchemy import func, select

from unionoffice.contests import contract as c
from unionoffice.contests.models import Question, QuestionBank
from unionoffice.contests.service import bank
from unionoffice.core import staging
from unionoffice.foundation.contract import Empty, FileData
from unionoffice.foundation.errors import PermissionDenied, ValidationError
from unionoffice.foundation.importer import ImportMode
from unionoffice.foundation.importer.preview import ImportApply

from .banks import AREAS, bank_file, question_rows
from .conftest import World


def counts(world: World) -> tuple[int, int]:
    with world.db.read() as s:
        return (
            s.execute(select(func.count()).select_from(QuestionBank)).scalar_one(),
            s.execute(select(func.count()).select_from(Question)).scalar_one(),
        )


def imported(world: World, path, trade: str = "电工") -> int:  # type: ignore[no-untyped-def]
    plan = bank.plan_bank(world.db, world.admin, trade, path)
    return bank.apply_bank(world.db, world.admin, plan, ImportMode.ALL_OR_NOTHING).inserted


def test_each_import_is_a_new_version_and_old_versions_stay(world: World, tmp_path) -> None:  # type: ignore[no-untyped-def]
    assert imported(world, bank_file(tmp_path / "v1.xlsx")) == 78
    assert imported(world, bank_file(tmp_path / "v2.xlsx", question_rows({"单选题": 2, "判断题": 1}))) == 9
    with world.db.read() as s:
        view = bank.bank_view_in(s, "电工")
        old = bank.questions_in(s, view.versions[1].id)
    assert [(v.version, v.questions) for v in view.versions] == [(2, 9), (1, 78)]
    assert {(a.area, a.kind, a.count) for a in view.counts} == {
        (area, kind, n) for area in AREAS for kind, n in (("single", 2), ("true_false", 1))
    }
    first = old[0]
    assert (first.kind, first.area, first.options, first.answer) == (
        "single",
        "安全用电",
        ("甲", "乙", "丙", "丁"),
        "B",
    )
    assert {q.answer for q in old if q.kind == "true_false"} == {"T", "F"}


BAD = [
    [1, "单选题", "安全用电", "没有答案的题", "甲", "乙", "", "", "", "", ""],
    [2, "单选题", "安全用电", "两个答案的单选题", "甲", "乙", "丙", "", "", "", "AC"],
    [3, "多选题", "安全用电", "一个答案的多选题", "甲", "乙", "丙", "", "", "", "B"],
    [4, "单选题", "安全用电", "答案指向空选项", "甲", "乙", "", "", "", "", "C"],
    [5, "单选题", "安全用电", "选项有空缺", "甲", "", "丙", "", "", "", "A"],
    [6, "填空题", "安全用电", "题型不对", "", "", "", "", "", "", "甲"],
    [7, "判断题", "安全用电", "重复的题干", "", "", "", "", "", "", "对"],
    [8, "判断题", "安全用电", "重复的题干", "", "", "", "", "", "", "X"],
    [9, "判断题", "安全用电", "答案写错的判断题", "", "", "", "", "", "", "也许"],
    [10, "单选题", "", "没有知识领域", "甲", "乙", "", "", "", "", "A"],
    [11, "单选题", "安全用电", "好题", "甲", "乙", "", "", "", "", "ｂ"],
]


def test_bad_questions_are_named_by_row_and_nothing_is_written(world: World, tmp_path) -> None:  # type: ignore[no-untyped-def]
    plan = bank.plan_bank(world.db, world.admin, "电工", bank_file(tmp_path / "bad.xlsx", BAD))
    found = [(p.row, p.field, p.message) for p in plan.problems]
    assert found == [
        (2, "答案", "没有答案"),
        (3, "答案", "单选题只能有一个答案，现为“AC”"),
        (4, "答案", "多选题至少应有两个答案，现为“B”"),
        (5, "答案", "答案中的选项C没有内容"),
        (6, "选项B", "选项B为空，后面的选项却有内容"),
        (7, "题型", "题型应为单选题、多选题或判断题"),
        (8, "题干", "与第 9 行重复"),
        (9, "题干", "与第 8 行重复"),
        (10, "答案", "判断题的答案应为“对”或“错”"),
        (11, "知识领域", "不能为空"),
    ]
    with pytest.raises(ValidationError):
        bank.apply_bank(world.db, world.admin, plan, ImportMode.ALL_OR_NOTHING)
    assert counts(world) == (0, 0)
    assert bank.apply_bank(world.db, world.admin, plan, ImportMode.VALID_ROWS_ONLY).inserted == 1
    with world.db.read() as s:
        assert s.execute(select(Question.answer)).scalar_one() == "B"  # a full-width ｂ


def test_the_bank_workbook_imports_again_unchanged(world: World, tmp_path) -> None:  # type: ignore[no-untyped-def]
    imported(world, bank_file(tmp_path / "v1.xlsx"))
    with world.db.read() as s:
        v1 = s.execute(select(QuestionBank)).scalar_one()
        questions = bank.questions_in(s, v1.id)
    bank.write_bank_xlsx(v1, questions, tmp_path / "out.xlsx")
    imported(world, tmp_path / "out.xlsx")
    with world.db.read() as s:
        v2 = s.execute(select(QuestionBank).where(QuestionBank.version == 2)).scalar_one()
        again = bank.questions_in(s, v2.id)
    strip = [(q.number, q.kind, q.area, q.stem, q.options, q.answer) for q in questions]
    assert [(q.number, q.kind, q.area, q.stem, q.options, q.answer) for q in again] == strip


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")
def test_booklet_and_practice_test_through_the_contract(world, contest_id, tmp_path, services_as):  # type: ignore[no-untyped-def]
    admin = services_as(world.db, world.actor("admin"))
    data = bank_file(tmp_path / "v1.xlsx").read_bytes()
    preview = admin.call(c.PLAN_BANK, c.BankUpload("电工", FileData("电工题库.xlsx", data)))
    assert preview.new_count == 78 and "第 1 版" in preview.notes[0]
    staging._kept.clear()  # the confirmation reaches another server process: it checks the file again
    assert (
        admin.call(c.APPLY_BANK, ImportApply(preview.upload, ImportMode.ALL_OR_NOTHING.value)).inserted == 78
    )
    detail = admin.call(c.DETAIL, c.DetailRequest(contest_id, c.ContestPage.BANK))
    bank_id = detail.bank.versions[0].id
    booklet = admin.call(c.EXPORT_BANK, c.BankExport(bank_id, "pdf"))
    (tmp_path / booklet.name).write_bytes(booklet.content)
    text = subprocess.run(
        ["pdftotext", str(tmp_path / booklet.name), "-"], capture_output=True, text=True
    ).stdout
    assert "电工理论知识练习题库（第 1 版）" in text and "安全用电" in text and "参考答案" in text
    workbook = admin.call(c.EXPORT_BANK, c.BankExport(bank_id, "xlsx"))
    assert workbook.name == "电工题库第1版.xlsx" and workbook.content.startswith(b"PK")
    practice = admin.call(c.PRACTICE_TEST, c.PracticeRequest(bank_id))
    (tmp_path / "p.pdf").write_bytes(practice.content)
    text = subprocess.run(["pdftotext", str(tmp_path / "p.pdf"), "-"], capture_output=True, text=True).stdout
    assert "一、单选题（共 20 题，每题 1 分）" in text and "三、判断题（共 20 题，每题 1 分）" in text
    template = admin.call(c.BANK_TEMPLATE, Empty())
    assert template.name == "题库导入模板.xlsx"
    with pytest.raises(PermissionDenied):
        services_as(world.db, world.actor("clerk_xx")).call(
            c.PLAN_BANK, c.BankUpload("电工", FileData("x.xlsx", data))
        )
