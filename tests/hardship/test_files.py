"""Household files through the service contract: the category, the refusals, the pipeline with
its notice in working days, scope, encryption at rest and the audit log."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from factories import actor_of
from sqlalchemy import delete, select, text, update

from unionoffice.foundation.contract import ListQuery, ListWindow
from unionoffice.foundation.errors import NotFound, PermissionDenied, UserError, ValidationError
from unionoffice.hardship import contract as hs
from unionoffice.hardship.contract import FileFilter, FileOpen, FileSave, PersonInfo, StepInput
from unionoffice.hardship.labels import Category, CloseReason, Kin, Stage, StepKind
from unionoffice.hardship.models import HardshipFile, PovertyLine
from unionoffice.members.models import Member

from .conftest import count, household

# The seeded 低保 of 新乡 in 2026 is 700 yuan.


def saved(services, data) -> int:
    return services.call(hs.SAVE_FILE, FileSave(data)).id


def detail(services, file_id):
    return services.call(hs.OPEN_FILE, FileOpen(file_id)).detail


@pytest.mark.parametrize(
    ("per_head", "expected"),
    [
        (60_000, Category.DEEP),
        (69_999, Category.DEEP),
        (70_000, Category.RELATIVE),
        (130_000, Category.RELATIVE),
        (139_999, Category.RELATIVE),
        (140_000, Category.NONE),
        (150_000, Category.NONE),
    ],
)
def test_the_category_comes_from_the_income_per_head_against_the_base_low_income_line(
    db, org, people, services_as, per_head, expected
):
    admin = services_as(db, actor_of(db, "admin"))
    file_id = saved(admin, household(people["a1"], per_head, opened_on=date(2026, 6, 1)))
    found = detail(admin, file_id)
    assert (found.category, found.per_head_fen, found.line_fen, found.base) == (
        expected,
        per_head,
        70_000,
        "新乡",
    )


def test_a_larger_household_after_rigid_expenses(db, org, people, services_as):
    admin = services_as(db, actor_of(db, "admin"))
    data = household(people["a1"], 60_000, size=3, opened_on=date(2026, 6, 1))
    expense = hs.ItemInfo(hs.ItemKind.EXPENSE, "医疗自付", 1_200_000, "医院票据")
    income = hs.ItemInfo(hs.ItemKind.INCOME, "工资收入", 60_000 * 36 + 1_200_000, "工资条")
    file_id = saved(admin, replace(data, items=(income, expense)))
    found = detail(admin, file_id)
    assert (found.per_head_fen, found.category, found.income_fen, found.expense_fen) == (
        60_000,
        Category.DEEP,
        60_000 * 36 + 1_200_000,
        1_200_000,
    )


def test_income_without_a_household_size_is_refused_and_nothing_is_written(db, org, people, services_as):
    admin = services_as(db, actor_of(db, "admin"))
    with pytest.raises(ValidationError, match="家庭人口") as refused:
        saved(admin, household(people["a1"], 60_000, size=None))
    assert "人均收入" in str(refused.value)
    assert count(db, HardshipFile) == 0


def test_a_base_without_a_low_income_line_is_refused_by_name(db, org, people, services_as):
    admin = services_as(db, actor_of(db, "admin"))
    with db.transaction(None) as s:
        s.execute(update(Member).where(Member.id == people["a2"]).values(base="新疆"))
        s.execute(delete(PovertyLine).where(PovertyLine.base == "新疆"))
    with pytest.raises(ValidationError, match="新疆基地没有 2026-06-01 适用的低保标准"):
        saved(admin, household(people["a2"], 60_000, opened_on=date(2026, 6, 1)))
    with pytest.raises(ValidationError, match="新乡基地没有 2024-06-01 适用的低保标准"):
        saved(admin, household(people["a1"], 60_000, opened_on=date(2024, 6, 1)))
    assert count(db, HardshipFile) == 0


def test_a_bare_proposal_needs_no_figures_yet(db, org, people, services_as):
    clerk = services_as(db, actor_of(db, "clerk_a"))
    file_id = saved(clerk, household(people["a1"], None, size=None))
    found = detail(clerk, file_id)
    assert (found.stage, found.category, found.per_head_fen) == (Stage.PROPOSED, Category.NONE, None)
    assert found.file_no.startswith("KN") and found.steps[0].kind == StepKind.OPENED


def to_notice(services, file_id: int, visited: date, posted: date) -> None:
    version = detail(services, file_id).version
    version = services.call(hs.STEP, StepInput(file_id, version, StepKind.VISIT, visited, "入户核实")).version
    services.call(hs.STEP, StepInput(file_id, version, StepKind.NOTICE, posted))


def test_approval_waits_for_five_working_days_of_notice_over_the_national_day_holiday(
    db, org, people, services_as
):
    admin = services_as(db, actor_of(db, "admin"))
    file_id = saved(admin, household(people["a1"], 60_000, opened_on=date(2026, 9, 20)))
    to_notice(admin, file_id, date(2026, 9, 25), date(2026, 9, 29))
    found = detail(admin, file_id)
    # 9-30, (10-1 … 10-7 holiday), 10-8, 10-9, 10-10 (a worked Saturday), 10-12: the fifth working day.
    assert (found.stage, found.notice_until) == (Stage.NOTICE, date(2026, 10, 12))
    for fourth_or_fifth in (date(2026, 10, 10), date(2026, 10, 12)):
        with pytest.raises(ValidationError, match="公示期未满") as refused:
            admin.call(hs.STEP, StepInput(file_id, found.version, StepKind.APPROVE, fourth_or_fifth))
        assert "5 个工作日" in str(refused.value) and "2026-10-12" in str(refused.value)
    assert detail(admin, file_id).stage == Stage.NOTICE  # nothing written
    admin.call(hs.STEP, StepInput(file_id, found.version, StepKind.APPROVE, date(2026, 10, 13), "委员会同意"))
    approved = detail(admin, file_id)
    assert (approved.stage, approved.approved_on, approved.review_due) == (
        Stage.APPROVED,
        date(2026, 10, 13),
        date(2027, 10, 13),
    )
    assert [s.kind for s in approved.steps] == [
        StepKind.OPENED,
        StepKind.VISIT,
        StepKind.NOTICE,
        StepKind.APPROVE,
    ]


def test_clerks_prepare_files_and_the_company_union_approves(db, org, people, services_as):
    clerk = services_as(db, actor_of(db, "clerk_a"))
    file_id = saved(clerk, household(people["a1"], 60_000, opened_on=date(2026, 3, 2)))
    to_notice(clerk, file_id, date(2026, 3, 5), date(2026, 3, 9))
    version = detail(clerk, file_id).version
    with pytest.raises(PermissionDenied):
        clerk.call(hs.STEP, StepInput(file_id, version, StepKind.APPROVE, date(2026, 3, 20)))


def test_an_ineligible_household_cannot_go_to_notice(db, org, people, services_as):
    admin = services_as(db, actor_of(db, "admin"))
    file_id = saved(admin, household(people["a1"], 150_000, opened_on=date(2026, 3, 2)))
    version = admin.call(
        hs.STEP, StepInput(file_id, detail(admin, file_id).version, StepKind.VISIT, date(2026, 3, 3))
    ).version
    with pytest.raises(UserError, match="不符合困难条件，不能公示"):
        admin.call(hs.STEP, StepInput(file_id, version, StepKind.NOTICE, date(2026, 3, 4)))
    with pytest.raises(UserError, match="不能办理“审批建档”"):
        admin.call(hs.STEP, StepInput(file_id, version, StepKind.APPROVE, date(2026, 3, 20)))
    admin.call(
        hs.STEP,
        StepInput(
            file_id, version, StepKind.CLOSE, date(2026, 3, 5), "收入高于认定线", CloseReason.NOT_ELIGIBLE
        ),
    )
    closed = detail(admin, file_id)
    assert (closed.stage, closed.follow_up_until) == (Stage.CLOSED, None)  # never approved: no follow-up


def test_review_close_and_six_months_of_follow_up(db, org, people, services_as):
    admin = services_as(db, actor_of(db, "admin"))
    file_id = saved(admin, household(people["a1"], 60_000, opened_on=date(2025, 3, 3)))
    to_notice(admin, file_id, date(2025, 3, 5), date(2025, 3, 6))
    version = admin.call(
        hs.STEP, StepInput(file_id, detail(admin, file_id).version, StepKind.APPROVE, date(2025, 3, 20))
    ).version
    version = admin.call(
        hs.STEP, StepInput(file_id, version, StepKind.REVIEW, date(2026, 3, 10), "情况无变化")
    ).version
    reviewed = detail(admin, file_id)
    assert (reviewed.review_due, reviewed.line_fen, reviewed.category) == (
        date(2027, 3, 10),
        70_000,
        Category.DEEP,
    )
    # The household's income rose: the review refuses and points to closing the file.
    better = household(people["a1"], 160_000, opened_on=date(2025, 3, 3))
    admin.call(hs.SAVE_FILE, FileSave(better, file_id, version))
    version = detail(admin, file_id).version
    with pytest.raises(UserError, match="已不符合困难条件。请办理销档"):
        admin.call(hs.STEP, StepInput(file_id, version, StepKind.REVIEW, date(2026, 9, 1)))
    version = admin.call(
        hs.STEP,
        StepInput(file_id, version, StepKind.CLOSE, date(2026, 9, 1), "已脱困", CloseReason.RECOVERED),
    ).version
    closed = detail(admin, file_id)
    assert (closed.stage, closed.follow_up_until) == (Stage.CLOSED, date(2027, 3, 1))
    admin.call(hs.STEP, StepInput(file_id, version, StepKind.FOLLOW_UP, date(2026, 10, 8), "回访：生活稳定"))
    with pytest.raises(UserError, match="已销档，不能再修改"):
        admin.call(hs.SAVE_FILE, FileSave(better, file_id, detail(admin, file_id).version))
    in_follow_up = admin.call(hs.LIST_FILES, ListQuery(FileFilter(due=hs.DUE_FOLLOW_UP), ListWindow()))
    assert [row_id for row_id, _ in in_follow_up.rows] == [file_id]


def test_one_file_per_household(db, org, people, services_as):
    admin = services_as(db, actor_of(db, "admin"))
    spouse = PersonInfo(Kin.SPOUSE, "李娜", member_id=people["a2"])
    first = saved(
        admin,
        household(
            people["a1"],
            60_000,
            size=2,
            people=(PersonInfo(Kin.SELF, "张坤", member_id=people["a1"]), spouse),
        ),
    )
    with pytest.raises(ValidationError, match="张坤 的家庭已有困难档案 KN"):
        saved(admin, household(people["a1"], 60_000))
    with pytest.raises(ValidationError, match="李娜 的家庭已有困难档案"):
        saved(admin, household(people["a2"], 60_000))
    assert count(db, HardshipFile) == 1
    assert detail(admin, first).people[1].member_id == people["a2"]


def test_a_clerk_sees_only_the_files_of_their_branch_union(db, org, people, services_as):
    clerk_a = services_as(db, actor_of(db, "clerk_a"))
    clerk_b = services_as(db, actor_of(db, "clerk_b"))
    file_id = saved(clerk_a, household(people["a1"], 60_000))
    with pytest.raises(NotFound):
        clerk_b.call(hs.OPEN_FILE, FileOpen(file_id))
    screen = clerk_b.call(hs.OPEN_REGISTER, hs.RegisterOpen(FileFilter(), ListWindow()))
    assert screen.page.total == 0 and screen.org is not None
    mine = clerk_a.call(hs.OPEN_REGISTER, hs.RegisterOpen(FileFilter(text="zk"), ListWindow()))
    assert mine.page.total == 1 and mine.page.rows[0][1][1] == "张坤"
    with pytest.raises(NotFound):
        clerk_b.call(hs.OPEN_FILE, FileOpen(None, people["a1"]))
    viewer = services_as(db, actor_of(db, "viewer"))
    with pytest.raises(PermissionDenied):
        viewer.call(hs.OPEN_REGISTER, hs.RegisterOpen(FileFilter(), ListWindow()))


def test_details_are_encrypted_at_rest_and_never_in_the_audit_log(db, org, people, services_as):
    admin = services_as(db, actor_of(db, "admin"))
    people_info = (
        PersonInfo(Kin.SELF, "张坤", member_id=people["a1"]),
        PersonInfo(Kin.CHILD, "张小雨", student=True),
    )
    file_id = saved(
        admin, household(people["a1"], 61_234, size=2, people=people_info, cause="配偶患尿毒症长期透析")
    )
    with db.read() as s:
        cause = s.execute(text("SELECT cause FROM hardship_files WHERE id = :i"), {"i": file_id}).scalar_one()
        names = s.execute(text("SELECT person_name FROM hardship_people")).scalars().all()
        amounts = s.execute(text("SELECT yearly_fen FROM hardship_items")).scalars().all()
        log = " ".join(
            f"{summary} {changes}"
            for summary, changes in s.execute(
                text("SELECT summary, changes FROM audit_log WHERE entity LIKE 'hardship_%'")
            )
        )
    assert "尿毒症" not in cause and all("张小雨" not in n for n in names)
    assert str(61_234 * 24) not in " ".join(amounts)
    assert log  # the writes are audited …
    for secret in ("尿毒症", "张小雨", str(61_234 * 24), "工资发放明细"):
        assert secret not in log  # … without the household's details
    assert detail(admin, file_id).people[1].name == "张小雨"  # the services open them


def test_the_member_lookup_and_the_new_form_bring_the_family(db, org, people, services_as):
    clerk = services_as(db, actor_of(db, "clerk_a"))
    found = clerk.call(hs.FIND_MEMBERS, hs.MemberLookup("张")).members
    assert [m.name for m in found] == ["张坤"]
    assert all(
        m.branch_id == org["branch_a"] for m in clerk.call(hs.FIND_MEMBERS, hs.MemberLookup("w")).members
    )
    form = clerk.call(hs.OPEN_FILE, FileOpen(None, people["a1"]))
    assert form.member.base == "新乡" and form.member.family[0].relation == Kin.SELF
    assert (
        any(line.base == "新疆" for line in form.lines) and form.relative_pct == 200 and form.can_see_details
    )
    with db.read() as s:
        assert s.execute(select(HardshipFile)).first() is None
