"""The membership screens' operations through the service contract: what each screen's one call
returns, branch scope, and refusals arriving as the right exception."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from tests.factories import actor_of
from unionoffice.foundation.contract import Empty, FileData, ListQuery, ListWindow
from unionoffice.foundation.errors import NotFound, PermissionDenied, ValidationError
from unionoffice.foundation.identity import generate_id_number
from unionoffice.foundation.importer.preview import ImportApply
from unionoffice.foundation.progress import NO_PROGRESS
from unionoffice.members import contract as members
from unionoffice.members.contract import (
    ApplicationFilter,
    ApplicationInput,
    ApplicationSave,
    Approval,
    HeadcountFilter,
    HeadcountInput,
    HeadcountSave,
    RatesRequest,
    RealNameExport,
    ReturnFile,
    ReturnRequest,
    ReviewDecisionInput,
    ReviewFilter,
    StatusChange,
)
from unionoffice.members.labels import MemberStatus, ReviewDecision

from .test_import import xlsx


def _window() -> ListWindow:
    return ListWindow(0, 200)


def test_the_applications_screen_opens_in_one_call_within_the_clerks_branch(demo_db, services_as):
    clerk = services_as(demo_db, actor_of(demo_db, "clerk_xx"))
    screen = clerk.call(members.OPEN_APPLICATIONS, members.ApplicationsOpen(ApplicationFilter(), _window()))
    assert screen.org is not None and screen.page.total == screen.pending > 0
    assert screen.next_card.startswith(f"GH{date.today().year}")
    assert {row[1][4] for row in screen.page.rows} == {"心兴分工会"}
    assert screen.oldest_days is not None and screen.oldest_days >= 0
    admin = services_as(demo_db, actor_of(demo_db, "admin"))
    everyone = admin.call(members.LIST_APPLICATIONS, ListQuery(ApplicationFilter(), _window()))
    foreign = next(r[0] for r in everyone.rows if r[1][4] != "心兴分工会")
    with pytest.raises(NotFound):
        clerk.call(members.OPEN_APPLICATION_FORM, members.ApplicationFormOpen(foreign))
    form = clerk.call(members.OPEN_APPLICATION_FORM, members.ApplicationFormOpen(None, "stale"))
    assert form.detail is None and ("01", "汉族") in form.codes.ethnicity and form.org is not None


def test_typing_approving_and_refusing_through_the_contract(demo_db, services_as):
    clerk_actor = actor_of(demo_db, "clerk_xx")
    clerk = services_as(demo_db, clerk_actor)
    branch = clerk_actor.branch_ids and next(iter(clerk_actor.branch_ids))
    with pytest.raises(ValidationError) as caught:
        clerk.call(
            members.SAVE_APPLICATION,
            ApplicationSave(ApplicationInput(name="", id_number="1", branch_id=None)),
        )
    assert {"姓名", "身份证号", "分工会"} <= {p.field for p in caught.value.problems}
    number = generate_id_number("410702", date(2004, 2, 2), 77, "F")
    saved = clerk.call(
        members.SAVE_APPLICATION,
        ApplicationSave(
            ApplicationInput(name="周新", id_number=number, branch_id=branch, hire_date=date.today())
        ),
    )
    approved = clerk.call(
        members.APPROVE_APPLICATIONS, Approval(application_ids=(saved.id,), meeting_date=date.today())
    )
    assert approved.count == 1 and approved.first_card_no.startswith(f"GH{date.today().year}")
    detail = clerk.call(members.OPEN_FORM, members.FormOpen(approved.member_ids[0])).detail
    assert detail is not None and detail.card_no == approved.first_card_no
    with pytest.raises(ValidationError) as caught:
        clerk.call(
            members.CHANGE_STATUS,
            StatusChange(
                member_id=detail.id,
                version=detail.version,
                status=MemberStatus.TRANSFERRED_OUT,
                on=date.today(),
            ),
        )
    assert caught.value.problems[0].field == "对方单位工会"


def test_the_monthly_return_and_its_files(demo_db, services_as):
    viewer = services_as(demo_db, actor_of(demo_db, "viewer"))
    report = viewer.call(members.MONTHLY_RETURN, ReturnRequest(date(2026, 10, 15)))
    assert report.month == date(2026, 10, 1) and all(r.balances for r in [*report.rows, report.total])
    pdf = viewer.run_job(members.EXPORT_MONTHLY_RETURN, ReturnFile(date(2026, 10, 1), "pdf"), NO_PROGRESS)
    assert pdf.file.name.endswith(".pdf") and pdf.file.content.startswith(b"%PDF")
    book = viewer.run_job(members.EXPORT_MONTHLY_RETURN, ReturnFile(date(2026, 10, 1), "xlsx"), NO_PROGRESS)
    assert book.file.name == "2026年10月会员增减情况表.xlsx" and book.rows == 4
    rates = viewer.call(members.RATES, RatesRequest(date(2024, 12, 31)))
    assert rates.on == date(2024, 12, 31) and all(r.headcount_month == date(2024, 12, 1) for r in rates.rates)


def test_the_real_name_file_is_masked_unless_allowed(demo_db, services_as):
    clerk = services_as(demo_db, actor_of(demo_db, "clerk_xx"))
    with pytest.raises(PermissionDenied):
        clerk.run_job(members.EXPORT_REALNAME, RealNameExport(unmasked=True), NO_PROGRESS)
    masked = clerk.run_job(members.EXPORT_REALNAME, RealNameExport(), NO_PROGRESS)
    admin = services_as(demo_db, actor_of(demo_db, "admin"))
    full = admin.run_job(members.EXPORT_REALNAME, RealNameExport(unmasked=True), NO_PROGRESS)
    assert 0 < masked.rows < full.rows and full.file.name.startswith("工会会员实名制上报_")


def test_headcount_typed_and_imported(demo_db, services_as, tmp_path):
    clerk_actor = actor_of(demo_db, "clerk_ql")
    clerk = services_as(demo_db, clerk_actor)
    screen = clerk.call(members.OPEN_HEADCOUNTS, members.HeadcountOpen(HeadcountFilter(year=2024), _window()))
    assert screen.page.total == 12 and {row[1][1] for row in screen.page.rows} == {"氢力分工会"}
    branch = next(iter(clerk_actor.branch_ids))
    with pytest.raises(ValidationError) as caught:
        clerk.call(
            members.SAVE_HEADCOUNT,
            HeadcountSave(
                HeadcountInput(branch_id=branch, month=date.today() + timedelta(days=62), headcount=0)
            ),
        )
    assert {p.field for p in caught.value.problems} == {"月份", "职工人数"}
    clerk.call(
        members.SAVE_HEADCOUNT,
        HeadcountSave(HeadcountInput(branch_id=branch, month=date(2024, 12, 9), headcount=999)),
    )
    rates = clerk.call(members.RATES, RatesRequest(date(2024, 12, 31)))
    assert rates.rates[0].headcount == 999  # typing a month again corrects it
    sheet = xlsx(
        tmp_path / "人数.xlsx",
        [["氢力", "2025年1月", 1001], ["心兴分工会", "2025-01", 5], ["氢力分工会", "2025-13", 7]],
        header=["单位", "统计月份", "在岗职工人数"],
    )
    preview = clerk.run_job(
        members.PLAN_HEADCOUNT_IMPORT, FileData("人数.xlsx", sheet.read_bytes()), NO_PROGRESS
    )
    assert sorted((p.row, p.field) for p in preview.problems) == [(4, "分工会"), (5, "月份")]
    assert preview.update_count == 1 and preview.new_count == 0
    assert preview.updates[0].name == "氢力分工会 2025-01"
    outcome = clerk.run_job(
        members.APPLY_HEADCOUNT_IMPORT, ImportApply(preview.upload, "valid_rows_only"), NO_PROGRESS
    )
    assert outcome.updated == 1
    assert clerk.call(members.RATES, RatesRequest(date(2025, 1, 31))).rates[0].headcount == 1001


def test_the_review_list_through_the_contract(demo_db, services_as):
    clerk = services_as(demo_db, actor_of(demo_db, "clerk_xx"))
    screen = clerk.call(members.OPEN_REVIEWS, members.ReviewsOpen(ReviewFilter(), _window()))
    assert screen.dues_sources == 1  # the dues module's ledger
    assert (
        clerk.call(members.REFRESH_REVIEWS, Empty()).added == 0
    )  # the demo's arrears are all under six months
    register = clerk.call(
        members.OPEN_REGISTER, members.RegisterOpen(members.MemberFilter(status="active"), _window())
    )
    member_id = register.page.rows[0][0]
    review = clerk.call(members.FLAG_FOR_REVIEW, members.Flag(member_id, "2026年5月起未交会费"))
    pending = clerk.call(members.LIST_REVIEWS, ListQuery(ReviewFilter(), _window()))
    assert review.id in [row[0] for row in pending.rows]
    clerk.call(
        members.DECIDE_REVIEW,
        ReviewDecisionInput(
            review_id=review.id,
            version=1,
            decision=ReviewDecision.KEEP,
            meeting_date=date.today(),
            note="已补交",
        ),
    )
    decided = clerk.call(members.LIST_REVIEWS, ListQuery(ReviewFilter(pending=False), _window()))
    row = next(r for r in decided.rows if r[0] == review.id)
    assert row[1][6] == "继续在会"
