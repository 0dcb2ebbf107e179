"""The medical operations through the service contract (``services_as``): what each screen gets
in its one call, branch scope, and refusals arriving as the right exception."""

from __future__ import annotations

import io
from datetime import date

import pytest
from openpyxl import load_workbook

from tests.medical.conftest import World, claim_input, paid_claim, version_of
from unionoffice.foundation.contract import ById, ListQuery, ListWindow
from unionoffice.foundation.errors import ConcurrentEditError, NotFound, PermissionDenied, ValidationError
from unionoffice.medical import contract as medical
from unionoffice.medical.contract import (
    BandInput,
    ClaimDraft,
    ClaimFilter,
    ClaimSave,
    ClaimsOpen,
    ClaimStep,
    EnrolmentFilter,
    EnrolmentOpen,
    EnrolRequest,
    HardshipFilter,
    LedgerOpen,
    OverlapWarning,
    PaymentRequest,
    ReportRequest,
    RuleSave,
    RulesOpen,
    SchemePick,
)
from unionoffice.medical.labels import BenefitType, ClaimStatus
from unionoffice.medical.service import claims

WINDOW = ListWindow(0, 200)


def open_claims(services, pick: SchemePick | None = None):  # type: ignore[no-untyped-def]
    return services.call(medical.OPEN_CLAIMS, ClaimsOpen(pick or SchemePick(), ClaimFilter(), WINDOW))


def test_opening_the_claims_brings_the_years_the_reference_and_the_first_page(
    world: World, services_as
) -> None:
    paid_claim(world, claim_input(world))
    screen = open_claims(services_as(world.db, world.admin))
    assert screen.choice.scheme.id == world.scheme_id and [s.year for s in screen.choice.schemes] == [2026]
    assert screen.org is not None and {b.name for b in screen.org.branches} == {"心兴分工会", "氢力分工会"}
    assert screen.page.total == 1 and screen.page.rows[0][1][0] == "YL2026-00001"
    again = open_claims(services_as(world.db, world.admin), SchemePick(world.scheme_id, with_schemes=False))
    assert again.choice.schemes is None and again.choice.scheme.id == world.scheme_id


def test_a_clerk_sees_and_reaches_only_the_claims_of_their_branch(world: World, services_as) -> None:
    mine = claims.create_claim(world.db, world.clerk, claim_input(world))
    theirs = claims.create_claim(world.db, world.other_clerk, claim_input(world, "赵六"))
    clerk = services_as(world.db, world.clerk)
    page = clerk.call(medical.LIST_CLAIMS, ListQuery(ClaimFilter(world.scheme_id), WINDOW))
    assert [row_id for row_id, _ in page.rows] == [mine]
    with pytest.raises(NotFound):
        clerk.call(medical.GET_CLAIM, ById(theirs))
    assert clerk.call(medical.GET_CLAIM, ById(mine)).member_name == "张三"


def test_preview_answers_problems_as_data_and_the_calculation_when_complete(
    world: World, services_as
) -> None:
    clerk = services_as(world.db, world.clerk)
    preview = clerk.call(medical.PREVIEW_CLAIM, ClaimDraft(claim_input(world, "王五")))
    assert preview.calculation is None and any("尚未缴纳" in p.message for p in preview.problems)
    preview = clerk.call(medical.PREVIEW_CLAIM, ClaimDraft(claim_input(world)))
    assert preview.calculation is not None and preview.calculation.payable_fen == 750_000
    assert preview.calculation.lines[-1].text == "本次应付互助金：7,500.00 元"


def test_saving_submitting_and_the_refusals_of_the_workflow(world: World, services_as) -> None:
    clerk, reviewer = services_as(world.db, world.clerk), services_as(world.db, world.reviewer)
    with pytest.raises(ValidationError) as bad:
        clerk.call(medical.SAVE_CLAIM, ClaimSave(claim_input(world, invoices=())))
    assert [p.field for p in bad.value.problems] == ["发票号"]
    first = clerk.call(medical.SAVE_CLAIM, ClaimSave(claim_input(world))).id
    assert (
        clerk.call(medical.SUBMIT_CLAIM, ClaimStep(first, version_of(world, first))).claim_no
        == "YL2026-00001"
    )
    overlapping = clerk.call(medical.SAVE_CLAIM, ClaimSave(claim_input(world, invoices=("INV0002",)))).id
    with pytest.raises(OverlapWarning) as warned:
        clerk.call(medical.SUBMIT_CLAIM, ClaimStep(overlapping, version_of(world, overlapping)))
    assert warned.value.overlaps == ["申请 YL2026-00001（2026-03-01 至 2026-03-10）"]
    step = ClaimStep(overlapping, version_of(world, overlapping), acknowledge_overlap=True)
    assert clerk.call(medical.SUBMIT_CLAIM, step).claim_no == "YL2026-00002"
    with pytest.raises(PermissionDenied, match="复核须由另一人完成"):
        clerk.call(medical.REVIEW_CLAIM, ClaimStep(first, version_of(world, first)))
    with pytest.raises(ConcurrentEditError):
        reviewer.call(medical.REVIEW_CLAIM, ClaimStep(first, version_of(world, first) - 1))
    reviewer.call(medical.REVIEW_CLAIM, ClaimStep(first, version_of(world, first), "材料齐全"))
    with pytest.raises(PermissionDenied):
        reviewer.call(medical.APPROVE_CLAIM, ClaimStep(first, version_of(world, first)))
    admin = services_as(world.db, world.admin)
    assert (
        admin.call(medical.APPROVE_CLAIM, ClaimStep(first, version_of(world, first))).payable_fen == 750_000
    )
    with pytest.raises(ValidationError, match="凭证号：必须填写"):
        admin.call(medical.PAY_CLAIM, medical.ClaimPayment(first, version_of(world, first), date.today(), ""))
    admin.call(medical.PAY_CLAIM, medical.ClaimPayment(first, version_of(world, first), date.today(), "PZ-9"))
    assert claims.get_claim(world.db, world.admin, first).status == ClaimStatus.PAID


def test_enrolment_screen_counts_and_payments_of_a_filter(world: World, services_as) -> None:
    clerk = services_as(world.db, world.clerk)
    screen = clerk.call(
        medical.OPEN_ENROLMENT, EnrolmentOpen(SchemePick(world.scheme_id), EnrolmentFilter(), WINDOW)
    )
    assert screen.counts is not None and (screen.counts.enrolled, screen.counts.paid) == (3, 2)
    assert screen.page.total == 3  # a clerk's own branch union only
    unpaid = EnrolmentFilter(world.scheme_id, unpaid_only=True)
    result = clerk.run_job(
        medical.RECORD_PAYMENTS, PaymentRequest(world.scheme_id, date.today(), filter=unpaid), _no_progress()
    )
    assert (result.paid, result.amount_fen) == (1, 6_000)
    again = clerk.run_job(
        medical.ENROL, EnrolRequest(world.scheme_id, branch_id=world.branch_a), _no_progress()
    )
    assert (again.enrolled, again.already) == (0, 3)
    with pytest.raises(PermissionDenied):
        clerk.run_job(medical.ENROL, EnrolRequest(world.scheme_id, branch_id=world.branch_b), _no_progress())


def test_ledger_screen_and_the_files_it_writes(world: World, services_as) -> None:
    paid_claim(world, claim_input(world, covered=2_000_000))
    admin = services_as(world.db, world.admin)
    screen = admin.call(medical.OPEN_LEDGER, LedgerOpen(SchemePick(), WINDOW))
    assert screen.rows[-1].payout_fen == 1_050_000 and screen.history is not None
    assert (screen.history.paid_fen, screen.history.members_helped, screen.earlier) == (1_050_000, 1, None)
    assert screen.page.total == 3
    pdf = admin.run_job(medical.YEAR_REPORT, ReportRequest(world.scheme_id, "pdf"), _no_progress())
    assert pdf.content.startswith(b"%PDF") and pdf.name.endswith(".pdf")
    sheet = admin.run_job(medical.EXPORT_CLAIMS, ClaimFilter(world.scheme_id), _no_progress())
    assert sheet.rows == 1 and sheet.file.content.startswith(b"PK")
    book = load_workbook(io.BytesIO(sheet.file.content), read_only=True)
    header, row = list(book.worksheets[0].iter_rows(values_only=True))
    assert header[10] == "状态" and row[10] == "已支付" and row[0] == "YL2026-00001"
    assert row[7] == 20_000 and row[9] == 10_500  # yuan, as numbers
    hardship = admin.run_job(medical.EXPORT_HARDSHIP, HardshipFilter(world.scheme_id, 0), _no_progress())
    assert hardship.rows == 1


def test_rule_bands_are_read_by_the_services_and_named_by_row(world: World, services_as) -> None:
    admin = services_as(world.db, world.admin)
    save = RuleSave(
        scheme_year_id=world.scheme_id,
        benefit_type=BenefitType.ACCIDENT,
        bands=[BandInput(1_000_000, "60"), BandInput(None, "七成")],
    )
    with pytest.raises(ValidationError) as bad:
        admin.call(medical.SAVE_RULE, save)
    assert [(p.field, p.row) for p in bad.value.problems] == [("补助分段", 2)]
    good = RuleSave(
        scheme_year_id=world.scheme_id,
        benefit_type=BenefitType.ACCIDENT,
        bands=[BandInput(1_000_000, "60"), BandInput(None, "70%")],
    )
    saved = admin.call(medical.SAVE_RULE, good)
    assert [str(b.ratio) for b in saved.rule.bands] == ["0.6", "0.7"]
    rules = admin.call(medical.OPEN_RULES, RulesOpen(SchemePick(world.scheme_id)))
    assert [r.benefit_type for r in rules.rules] == ["inpatient", "critical", "accident"]
    with pytest.raises(PermissionDenied):
        services_as(world.db, world.clerk).call(medical.SAVE_RULE, good)


def _no_progress():  # type: ignore[no-untyped-def]
    from unionoffice.foundation.progress import NO_PROGRESS

    return NO_PROGRESS
