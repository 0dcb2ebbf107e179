"""Payouts per household and programme, the yearly totals, the sign-off sheet and the report;
the 低保 figures and rules as data; the command line."""

from __future__ import annotations

import subprocess
from datetime import date
from pathlib import Path

import pytest
from factories import actor_of
from openpyxl import load_workbook

from unionoffice.cli import run
from unionoffice.foundation.contract import Empty, ListQuery, ListWindow
from unionoffice.foundation.errors import PermissionDenied, UserError, ValidationError
from unionoffice.hardship import contract as hs
from unionoffice.hardship.contract import (
    BatchInput,
    ByYear,
    CategoryAmount,
    FileOpen,
    FileSave,
    LineSave,
    PayoutDelete,
    PayoutFilter,
    PayoutInput,
    PayoutSave,
    PersonInfo,
    ReportRequest,
    SheetRequest,
    StepInput,
)
from unionoffice.hardship.labels import Category, Kin, Programme, StepKind

from .conftest import household


def approved_file(admin, member_id: int, per_head: int, student: str = "张小雨") -> int:
    people = (PersonInfo(Kin.SELF, "户主", member_id=member_id), PersonInfo(Kin.CHILD, student, student=True))
    file_id = admin.call(
        hs.SAVE_FILE,
        FileSave(household(member_id, per_head, size=2, people=people, opened_on=date(2025, 3, 3))),
    ).id
    version = admin.call(hs.OPEN_FILE, FileOpen(file_id)).detail.version
    for kind, on in (
        (StepKind.VISIT, date(2025, 3, 5)),
        (StepKind.NOTICE, date(2025, 3, 6)),
        (StepKind.APPROVE, date(2025, 3, 20)),
    ):
        version = admin.call(hs.STEP, StepInput(file_id, version, kind, on)).version
    return file_id


def payout(
    file_id: int, programme: Programme, fen: int, year: int = 2026, person: int | None = None
) -> PayoutInput:
    return PayoutInput(
        file_id=file_id,
        programme=programme,
        year=year,
        paid_on=date(year, 2, 5),
        amount_fen=fen,
        person_id=person,
    )


@pytest.fixture
def two_households(db, org, people, services_as):
    admin = services_as(db, actor_of(db, "admin"))
    deep = approved_file(admin, people["a1"], 60_000)
    relative = approved_file(admin, people["b1"], 120_000, student="王小川")
    return admin, deep, relative


def test_spring_festival_help_once_a_year_and_schooling_for_a_student(db, two_households):
    admin, deep, relative = two_households
    admin.call(hs.SAVE_PAYOUT, PayoutSave(payout(deep, Programme.SPRING, 150_000)))
    with pytest.raises(ValidationError, match="已登记 2026 年送温暖"):
        admin.call(hs.SAVE_PAYOUT, PayoutSave(payout(deep, Programme.SPRING, 50_000)))
    with pytest.raises(ValidationError, match="金秋助学须选择受助学生"):
        admin.call(hs.SAVE_PAYOUT, PayoutSave(payout(deep, Programme.SCHOOLING, 200_000)))
    form = admin.call(hs.OPEN_PAYOUT, hs.PayoutFormOpen(None, deep))
    student = next(h for h in form.households if h.file_id == deep).students[0]
    assert student.name == "张小雨"
    admin.call(hs.SAVE_PAYOUT, PayoutSave(payout(deep, Programme.SCHOOLING, 200_000, person=student.id)))
    with pytest.raises(ValidationError, match="金额应大于 0"):
        admin.call(hs.SAVE_PAYOUT, PayoutSave(payout(relative, Programme.EMERGENCY, 0)))
    # The batch gives 送温暖 to every approved household that has none this year, by category.
    done = admin.call(
        hs.BATCH_SPRING,
        BatchInput(
            year=2026,
            paid_on=date(2026, 2, 5),
            amounts=(
                CategoryAmount(Category.DEEP, 150_000),
                CategoryAmount(Category.RELATIVE, 100_000),
                CategoryAmount(Category.ACCIDENT, 80_000),
            ),
        ),
    )
    assert (done.payouts, done.total_fen, done.already) == (1, 100_000, 1)
    totals = admin.call(hs.YEAR_TOTALS, ByYear(2026))
    assert {h.file_id: (h.by_programme, h.total_fen) for h in totals.households} == {
        deep: ((150_000, 200_000, 0), 350_000),
        relative: ((100_000, 0, 0), 100_000),
    }
    assert [(p.programme, p.households, p.payouts, p.total_fen) for p in totals.programmes] == [
        (Programme.SPRING, 2, 2, 250_000),
        (Programme.SCHOOLING, 1, 1, 200_000),
        (Programme.EMERGENCY, 0, 0, 0),
    ]
    listed = admin.call(
        hs.LIST_PAYOUTS, ListQuery(PayoutFilter(year=2026, programme=Programme.SCHOOLING), ListWindow())
    )
    assert listed.total == 1 and listed.rows[0][1][-1] == "张小雨" and listed.rows[0][1][7] == "2,000.00"


def test_help_goes_to_approved_households_and_a_clerk_keeps_to_their_branch(
    db, org, people, two_households, services_as
):
    admin, deep, relative = two_households
    proposal = admin.call(hs.SAVE_FILE, FileSave(household(people["a2"], 60_000))).id
    with pytest.raises(ValidationError, match="只发给已审批建档的困难家庭"):
        admin.call(hs.SAVE_PAYOUT, PayoutSave(payout(proposal, Programme.SPRING, 100_000)))
    admin.call(
        hs.SAVE_PAYOUT, PayoutSave(payout(proposal, Programme.EMERGENCY, 300_000))
    )  # a crisis cannot wait
    clerk_b = services_as(db, actor_of(db, "clerk_b"))
    with pytest.raises(UserError, match="找不到"):
        clerk_b.call(hs.SAVE_PAYOUT, PayoutSave(payout(deep, Programme.EMERGENCY, 100_000)))
    saved = clerk_b.call(hs.SAVE_PAYOUT, PayoutSave(payout(relative, Programme.EMERGENCY, 100_000)))
    assert clerk_b.call(hs.YEAR_TOTALS, ByYear(2026)).programmes[2].total_fen == 100_000
    clerk_b.call(hs.DELETE_PAYOUT, PayoutDelete(saved.id, 1))
    assert clerk_b.call(hs.YEAR_TOTALS, ByYear(2026)).programmes[2].total_fen == 0


def pdf_text(content: bytes, tmp_path: Path) -> str:
    path = tmp_path / "out.pdf"
    path.write_bytes(content)
    return subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout


def test_the_sign_off_sheet_and_the_report(db, two_households, tmp_path):
    admin, deep, relative = two_households
    admin.call(hs.SAVE_PAYOUT, PayoutSave(payout(deep, Programme.SPRING, 150_000)))
    admin.call(hs.SAVE_PAYOUT, PayoutSave(payout(relative, Programme.SPRING, 100_000)))
    sheet = admin.call(hs.SIGN_SHEET, SheetRequest(Programme.SPRING, 2026))
    assert sheet.name == "2026年送温暖领取签字表.pdf" and sheet.content.startswith(b"%PDF")
    words = pdf_text(sheet.content, tmp_path)
    for expected in (
        "2026 年度送温暖领取签字表",
        "领取人签字",
        "张坤",
        "王强",
        "1,500.00",
        "2,500.00",
        "经办人",
    ):
        assert expected in words
    with pytest.raises(UserError, match="没有金秋助学的发放记录"):
        admin.call(hs.SIGN_SHEET, SheetRequest(Programme.SCHOOLING, 2026))
    report = admin.call(hs.REPORT, ReportRequest(2026, "pdf"))
    words = pdf_text(report.content, tmp_path)
    assert "2026 年度困难职工帮扶工作报告" in words and "在档困难职工家庭 2 户" in words
    book = admin.call(hs.REPORT, ReportRequest(2026, "xlsx"))
    path = tmp_path / "r.xlsx"
    path.write_bytes(book.content)
    sheets = load_workbook(path, read_only=True)
    assert sheets.sheetnames == ["各分工会档案", "帮扶项目", "各户受助", "发放明细"]
    rows = list(sheets["帮扶项目"].iter_rows(values_only=True))
    assert rows[1][:3] == ("送温暖", 2, 2) and float(rows[1][3]) == 2500.0


def test_the_low_income_lines_and_rules_are_data_kept_by_the_company_union(db, org, services_as):
    admin = services_as(db, actor_of(db, "admin"))
    clerk = services_as(db, actor_of(db, "clerk_a"))
    standards = admin.call(hs.OPEN_STANDARDS, Empty())
    assert {(line.base, line.effective_from.year) for line in standards.lines} == {
        (b, y) for b in ("新乡", "江西", "新疆") for y in (2025, 2026)
    }
    assert standards.rules[0].notice_working_days == 5 and standards.rules[0].follow_up_months == 6
    new_line = LineSave(
        base="新乡", effective_from=date(2027, 1, 1), monthly_fen=73_000, source="2027 年标准"
    )
    with pytest.raises(PermissionDenied):
        clerk.call(hs.SAVE_LINE, new_line)
    admin.call(hs.SAVE_LINE, new_line)
    with pytest.raises(ValidationError, match="已有一条低保标准"):
        admin.call(hs.SAVE_LINE, new_line)
    with pytest.raises(ValidationError, match="不是本会的基地"):
        admin.call(hs.SAVE_LINE, LineSave(base="北京", effective_from=date(2027, 1, 1), monthly_fen=1))
    rule = standards.rules[0]
    with pytest.raises(ValidationError, match="应在 5 到 30 之间"):
        admin.call(hs.SAVE_RULE, hs.RuleInfo(**{**rule.__dict__, "notice_working_days": 3}))


@pytest.mark.sqlite_only
def test_the_command_line_writes_the_candidates_and_the_report(demo_db, tmp_path, capsys, cli_as):
    url = str(demo_db.engine.url)
    user = cli_as("admin", "demo1234")  # command-line jobs act as a signed-in user
    assert run(["--db", url, *user, "hardship", "candidates", "--out", str(tmp_path / "c.xlsx")]) == 0
    said = capsys.readouterr().out
    assert "免申即享候选名单" in said
    rows = list(load_workbook(tmp_path / "c.xlsx", read_only=True).active.iter_rows(values_only=True))
    assert rows[0][:5] == ("会员", "工号", "分工会", "基地", "线索") and len(rows) > 3
    assert (
        run(["--db", url, *user, "hardship", "report", "--year", "2026", "--out", str(tmp_path / "r.pdf")])
        == 0
    )
    assert "已生成 2026 年度困难职工帮扶报告" in capsys.readouterr().out
    assert (tmp_path / "r.pdf").read_bytes().startswith(b"%PDF")
    assert (
        run(["--db", url, *user, "hardship", "report", "--year", "2026", "--out", str(tmp_path / "r.doc")])
        != 0
    )
