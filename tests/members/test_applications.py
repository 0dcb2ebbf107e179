"""Applications to card: typed or from HR's sheet, approved in batches, gap-free card numbers."""

from __future__ import annotations

import threading
from datetime import date, timedelta

import pytest
from sqlalchemy import select

from unionoffice.foundation.contract import ListQuery
from unionoffice.foundation.errors import NotFound, UserError, ValidationError
from unionoffice.foundation.identity import generate_id_number
from unionoffice.foundation.importer import ImportMode
from unionoffice.members import application_import, applications, cards, service
from unionoffice.members.contract import (
    ApplicationFilter,
    ApplicationInput,
    Approval,
    RealNameInfo,
    Rejection,
)
from unionoffice.members.labels import ApplicationStatus, EventKind, MemberStatus
from unionoffice.members.models import Member, MemberApplication, MemberEvent

from .test_import import xlsx


def ident(n: int) -> str:
    return generate_id_number("410703", date(2001, 3, 1 + n % 28), n % 500, "F" if n % 2 else "M")


def apply(db, actor, branch: int, n: int, applied: date | None = None, **extra) -> int:  # type: ignore[no-untyped-def]
    data = ApplicationInput(
        name=f"新员工{'甲乙丙丁戊己庚辛壬癸'[n % 10]}",
        id_number=ident(n),
        branch_id=branch,
        applied_on=applied or date.today(),
        hire_date=applied or date.today(),
        **extra,
    )
    return applications.save_application(db, actor, data)


def test_an_application_approved_today_gets_the_next_card_number(db, org, admin):
    first = apply(db, admin, org["branch_a"], 1, date.today() - timedelta(days=2))
    second = apply(db, admin, org["branch_a"], 2)
    with db.read() as s:
        expected = cards.next_card(s, date.today())
    assert expected == f"{date.today().year}000001"  # the default pattern: year and six digits
    done = applications.approve(
        db, admin, Approval(application_ids=(second, first), meeting_date=date.today(), meeting_ref="第1次")
    )
    # In the order they applied: the one who waited longer gets the lower number.
    assert (done.first_card_no, done.last_card_no, done.count) == (expected, f"{date.today().year}000002", 2)
    member = service.get_member(db, admin, done.member_ids[0])
    assert (member.card_no, member.status, member.join_date) == (expected, MemberStatus.ACTIVE, date.today())
    third = apply(db, admin, org["branch_b"], 3)
    again = applications.approve(db, admin, Approval(application_ids=(third,), meeting_date=date.today()))
    assert again.first_card_no == f"{date.today().year}000003"
    with pytest.raises(UserError, match="已处理"):
        applications.approve(db, admin, Approval(application_ids=(first,), meeting_date=date.today()))


def test_approving_two_batches_at_once_never_issues_a_number_twice(db, org, admin):
    """On PostgreSQL two server processes approve at the same moment; numbers stay unique and gap-free."""
    batches = [[apply(db, admin, org["branch_a"], 10 * b + i) for i in range(6)] for b in range(1, 5)]
    issued: list[str] = []
    errors: list[BaseException] = []
    lock = threading.Lock()
    start = threading.Barrier(len(batches))

    def approve(ids: list[int]) -> None:
        start.wait()
        try:
            done = applications.approve(
                db, admin, Approval(application_ids=tuple(ids), meeting_date=date.today())
            )
        except BaseException as error:  # noqa: BLE001 - reported below
            errors.append(error)
            return
        with db.read() as s:
            numbers = s.execute(select(Member.card_no).where(Member.id.in_(done.member_ids))).scalars().all()
        with lock:
            issued.extend(n for n in numbers if n)

    threads = [threading.Thread(target=approve, args=(ids,)) for ids in batches]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    year = date.today().year
    assert sorted(issued) == [f"{year}{n:06d}" for n in range(1, 25)]


def test_a_clerk_sees_pending_applications_and_how_long_they_waited(db, org, clerk_a, clerk_b):
    apply(db, clerk_a, org["branch_a"], 1, date.today() - timedelta(days=3))
    apply(db, clerk_a, org["branch_a"], 2)
    other = apply(db, clerk_b, org["branch_b"], 3)
    page = applications.application_source(db, clerk_a, ApplicationFilter()).page(ListQuery(None).window)
    assert page.total == 2
    waited = {row[1][2]: row[1][1] for row in page.rows}
    assert waited == {"新员工乙": "3 天", "新员工丙": "当天"}
    assert all("*" in row[1][3] for row in page.rows)  # identity numbers masked in the list
    with db.read(clerk_a) as s:
        assert applications.pending_summary(s, clerk_a)[0] == 2
    with pytest.raises(NotFound):
        applications.get_application(db, clerk_a, other)


def test_application_problems_are_named_by_field(db, org, admin):
    member_number = ident(7)
    service.create_member(
        db,
        admin,
        service.MemberInput(
            name="老会员", id_number=member_number, branch_id=org["branch_a"], join_date=date(2020, 1, 1)
        ),
    )
    with pytest.raises(ValidationError) as caught:
        applications.save_application(
            db,
            admin,
            ApplicationInput(
                name="老会员",
                id_number=member_number,
                branch_id=None,
                applied_on=date.today() + timedelta(days=1),
                letter_no="转字〔2026〕第001号",
                realname=RealNameInfo(ethnicity="火星族", political_status="党员"),
            ),
        )
    fields = {p.field: p.message for p in caught.value.problems}
    assert "已是会员" in fields["身份证号"]
    assert set(fields) >= {"分工会", "申请日期", "对方单位工会", "民族"}
    with db.read() as s:
        assert s.execute(select(MemberApplication)).first() is None


def test_rejection_needs_a_reason_and_a_former_member_is_revived_on_approval(db, org, admin):
    from unionoffice.members import lifecycle
    from unionoffice.members.contract import StatusChange
    from unionoffice.members.labels import StatusCause

    number = ident(9)
    old = service.create_member(
        db,
        admin,
        service.MemberInput(
            name="回来了", id_number=number, branch_id=org["branch_a"], join_date=date(2015, 1, 1)
        ),
    )
    lifecycle.change_status(
        db,
        admin,
        StatusChange(
            member_id=old,
            version=1,
            status=MemberStatus.LEFT,
            on=date(2020, 1, 1),
            cause=StatusCause.VOLUNTARY,
        ),
    )
    application = applications.save_application(
        db,
        admin,
        ApplicationInput(
            name="回来了",
            id_number=number,
            branch_id=org["branch_b"],
            from_org="新乡市电力公司工会",
            letter_no="A-1",
        ),
    )
    with pytest.raises(ValidationError, match="原因"):
        applications.reject(
            db, admin, Rejection(application_id=application, version=1, on=date.today(), reason="")
        )
    done = applications.approve(
        db, admin, Approval(application_ids=(application,), meeting_date=date.today())
    )
    assert done.member_ids == (old,)  # one record per person for life
    member = service.get_member(db, admin, old)
    assert (member.status, member.branch_id, member.card_no) == (
        MemberStatus.ACTIVE,
        org["branch_b"],
        done.first_card_no,
    )
    with db.read() as s:
        last = (
            s.execute(select(MemberEvent).where(MemberEvent.member_id == old).order_by(MemberEvent.id.desc()))
            .scalars()
            .first()
        )
    assert (last.kind, last.other_org, last.letter_no) == (EventKind.TRANSFER_IN, "新乡市电力公司工会", "A-1")


HR_HEADER = [
    "序号",
    "员工姓名",
    "身份证号码",
    "入职时间",
    "所属分工会",
    "民族名称",
    "政治面目",
    "户口性质",
    "用工性质",
]


def test_new_hires_arrive_from_the_hr_sheet(db, org, admin, tmp_path):
    rows = [
        [1, "李晓", ident(21), "2026-11-30", "心兴", "汉", "团员", "农业户口", "派遣"],
        [2, "王敏", ident(22), "2026-12-01", "心兴分工会", "01", "群众", "城镇", "农民工"],
        [3, "赵强", ident(23), "2026-12-01", "氢力分工会", "火星族", "群众", "城镇", "合同制"],
        [4, "钱多", ident(24), "2026-12-01", "氢力分工会", "回族", "中共党员员", "城镇", "合同制"],
    ]
    path = xlsx(tmp_path / "新入职.xlsx", rows, header=HR_HEADER)
    plan = application_import.plan_import(db, admin, path)
    problems = {(p.row, p.field) for p in plan.preview.problems}
    assert problems == {(5, "民族"), (6, "政治面貌")}  # row numbers as the sheet shows them (title row 1)
    assert len(plan.new_rows) == 2
    with pytest.raises(UserError):
        application_import.apply_import(db, admin, plan, ImportMode.ALL_OR_NOTHING)
    with db.read() as s:
        assert s.execute(select(MemberApplication)).first() is None
    application_import.apply_import(db, admin, plan, ImportMode.VALID_ROWS_ONLY)
    with db.read() as s:
        stored = s.execute(select(MemberApplication).order_by(MemberApplication.id)).scalars().all()
        got = [
            (a.name, a.ethnicity, a.political_status, a.hukou_type, a.employment_form, a.applied_on)
            for a in stored
        ]
    assert got == [
        ("李晓", "01", "03", "2", "02", date(2026, 11, 30)),
        ("王敏", "01", "13", "1", "03", date(2026, 12, 1)),
    ]
    assert all(a.status == ApplicationStatus.PENDING and a.source == "import" for a in stored)
    again = application_import.plan_import(db, admin, path)
    assert (len(again.new_rows), again.already_pending) == (0, 2)  # HR sent the same list again
