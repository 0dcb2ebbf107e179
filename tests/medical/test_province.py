"""The provincial scheme as it runs: the union enrols, remits the contributions, files claims and
records the province's outcome (amount, date, reference); it computes and approves nothing.
Claim deadlines for both funds."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import pytest
from sqlalchemy import select

from tests.medical.conftest import World, claim_input, version_of
from tests.medical.test_enrolment_rules import person
from unionoffice.foundation.contract import ById
from unionoffice.foundation.errors import UserError, ValidationError
from unionoffice.foundation.progress import NO_PROGRESS
from unionoffice.medical import contract as medical
from unionoffice.medical.contract import ClaimSave, OutcomeSave, ProductSave, RemitRequest, SchemeInput
from unionoffice.medical.labels import ClaimStatus, Fund, LedgerKind
from unionoffice.medical.models import Claim, LedgerEntry
from unionoffice.medical.service import claims, eligibility, enrolment, ledger, province, schemes


@pytest.fixture
def scheme_id(world: World) -> int:
    """A 2026 provincial scheme (claims by 31 March 2027); 张三, 李四, 赵六 enrolled and paid."""
    scheme = schemes.create_scheme(
        world.db,
        world.admin,
        SchemeInput(
            Fund.PROVINCE,
            2026,
            "2026 年度省职工医疗互助保障",
            5_000,
            date(2026, 1, 1),
            date(2026, 12, 31),
            claim_deadline=date(2027, 3, 31),
        ),
    )
    members = [world.members[n] for n in ("张三", "李四", "赵六")]
    for branch in (world.branch_a, world.branch_b):
        enrolment.enrol(world.db, world.admin, scheme.id, branch_id=branch, enrolled_on=date(2026, 1, 1))
    enrolment.record_payments(world.db, world.admin, scheme.id, members, date(2026, 1, 10))
    return scheme.id


def filed(w: World, scheme_id: int, member: str = "张三", **change: object) -> medical.ClaimInput:
    data = replace(
        claim_input(w, member), scheme_year_id=scheme_id, invoice_numbers=(), filed_on=date(2026, 3, 20)
    )
    return replace(data, **change)


def test_remittance_is_recorded_with_the_provinces_receipt(world: World, scheme_id: int) -> None:
    with pytest.raises(ValidationError, match="省总回执号：必须填写"):
        enrolment.record_remittance(world.db, world.admin, scheme_id, date(2026, 1, 31), " ")
    done = enrolment.record_remittance(
        world.db, world.admin, scheme_id, date(2026, 1, 31), "豫工互缴 2026-018"
    )
    assert (done.members, done.amount_fen) == (3, 15_000)
    with world.db.read() as s:
        entries = (
            s.execute(select(LedgerEntry).where(LedgerEntry.kind == LedgerKind.REMITTANCE)).scalars().all()
        )
    # One entry per branch union, under the one receipt.
    assert {(e.branch_id, e.reference, e.amount_fen) for e in entries} == {
        (world.branch_a, "豫工互缴 2026-018", 10_000),
        (world.branch_b, "豫工互缴 2026-018", 5_000),
    }
    total = ledger.ledger_summary(world.db, world.admin, scheme_id)[-1]
    assert (total.fee_fen, total.remitted_fen, total.balance_fen) == (15_000, 15_000, 0)
    with pytest.raises(UserError, match="没有已缴费、尚未上缴的互助金"):
        enrolment.record_remittance(world.db, world.admin, scheme_id, date(2026, 2, 1), "x")
    with pytest.raises(UserError, match="只有省职工医疗互助保障的互助金需要上缴"):
        enrolment.record_remittance(world.db, world.admin, world.scheme_id, date(2026, 2, 1), "x")


def test_a_claim_is_filed_not_computed_and_the_outcome_recorded(world: World, scheme_id: int) -> None:
    with pytest.raises(ValidationError, match="尚未上缴省总工会，省总不受理"):
        province.file_claim(world.db, world.clerk, filed(world, scheme_id))
    enrolment.record_remittance(world.db, world.admin, scheme_id, date(2026, 1, 31), "豫工互缴 2026-018")
    claim_id = province.file_claim(world.db, world.clerk, filed(world, scheme_id))
    detail = claims.get_claim(world.db, world.admin, claim_id)
    assert (detail.claim_no, detail.status, detail.payable_fen, detail.rule_id) == (
        "SH2026-00001",
        ClaimStatus.SUBMITTED,
        0,
        None,
    )
    # Nothing of our own workflow applies: the province reviews, decides and pays.
    for step in (claims.review_claim, claims.approve_claim):
        with pytest.raises(UserError, match="由省总工会审核和赔付"):
            step(world.db, world.admin, claim_id, detail.version)
    with pytest.raises(UserError, match="由省总工会审核和赔付"):
        claims.create_claim(world.db, world.clerk, filed(world, scheme_id))
    outcome = OutcomeSave(
        claim_id=claim_id,
        version=detail.version,
        paid=True,
        amount_fen=320_000,
        outcome_on=date(2026, 5, 8),
        reference="豫工互赔 2026-0412",
    )
    with pytest.raises(ValidationError, match="省总受理号：必须填写"):
        province.record_outcome(world.db, world.clerk, replace(outcome, reference=""))
    province.record_outcome(world.db, world.clerk, outcome)
    paid = claims.get_claim(world.db, world.admin, claim_id)
    assert (paid.status, paid.payable_fen, paid.outcome_on, paid.outcome_reference) == (
        ClaimStatus.PAID,
        320_000,
        date(2026, 5, 8),
        "豫工互赔 2026-0412",
    )
    with pytest.raises(UserError, match="已登记过省总结果（省总已赔付）"):
        province.record_outcome(world.db, world.clerk, replace(outcome, version=paid.version))
    # The union quotes what the province paid; none of it left the union's ledger.
    totals = ledger.aid_totals(world.db, world.admin, Fund.PROVINCE, 2026, 2026)
    assert (totals.paid_fen, totals.members_helped) == (320_000, 1)
    summary = ledger.ledger_summary(world.db, world.admin, scheme_id)[-1]
    assert (summary.payout_fen, summary.aid_paid_fen, summary.claims_paid) == (0, 320_000, 1)


def test_a_refusal_by_the_province_is_recorded_with_its_reason(world: World, scheme_id: int) -> None:
    enrolment.record_remittance(world.db, world.admin, scheme_id, date(2026, 1, 31), "R-1")
    claim_id = province.file_claim(world.db, world.clerk, filed(world, scheme_id))
    outcome = OutcomeSave(
        claim_id=claim_id,
        version=version_of(world, claim_id),
        paid=False,
        amount_fen=None,
        outcome_on=date(2026, 3, 10),
        reference="",
    )
    with pytest.raises(ValidationError, match="不予赔付原因：必须填写"):
        province.record_outcome(world.db, world.clerk, outcome)
    with pytest.raises(ValidationError, match="结果日期：早于报送日期 2026-03-20"):
        province.record_outcome(world.db, world.clerk, replace(outcome, reason="非保障范围"))
    province.record_outcome(
        world.db, world.clerk, replace(outcome, reason="非保障范围", outcome_on=date(2026, 4, 2))
    )
    assert claims.get_claim(world.db, world.admin, claim_id).status == ClaimStatus.REJECTED


def test_an_outcome_above_an_optional_products_cap_is_refused(world: World, scheme_id: int) -> None:
    product = eligibility.save_product(
        world.db,
        world.admin,
        ProductSave(scheme_year_id=scheme_id, name="女职工特殊疾病保障", fee_fen=2_000, cap_fen=1_000_000),
    )
    member = world.members["吴九"] = person(world, "吴九", date(1990, 1, 1))
    enrolment.enrol(
        world.db,
        world.clerk,
        scheme_id,
        member_ids=[member],
        enrolled_on=date(2026, 1, 1),
        product_ids=[product.id],
    )
    enrolment.record_payments(world.db, world.clerk, scheme_id, [member], date(2026, 2, 1))
    enrolment.record_remittance(world.db, world.admin, scheme_id, date(2026, 2, 28), "R-2")
    claim_id = province.file_claim(
        world.db, world.clerk, filed(world, scheme_id, "吴九", product_id=product.id)
    )
    outcome = OutcomeSave(
        claim_id=claim_id,
        version=version_of(world, claim_id),
        paid=True,
        amount_fen=1_000_001,
        outcome_on=date(2026, 4, 1),
        reference="R",
    )
    with pytest.raises(ValidationError, match="超出“女职工特殊疾病保障”的年度封顶 10,000.00 元"):
        province.record_outcome(world.db, world.clerk, outcome)
    province.record_outcome(world.db, world.clerk, replace(outcome, amount_fen=1_000_000))


# Claim deadlines ----------------------------------------------------------------------------------
def test_a_provincial_claim_filed_after_the_deadline_is_refused_and_not_written(world: World) -> None:
    """2025's claims were due by 31 March 2026: one filed on 2 April 2026 is refused."""
    data = SchemeInput(
        Fund.PROVINCE,
        2025,
        "2025",
        5_000,
        date(2025, 1, 1),
        date(2025, 12, 31),
        claim_deadline=date(2026, 3, 31),
    )
    last_year = schemes.create_scheme(world.db, world.admin, data).id
    member = world.members["张三"]
    enrolment.enrol(world.db, world.admin, last_year, member_ids=[member], enrolled_on=date(2025, 1, 1))
    enrolment.record_payments(world.db, world.admin, last_year, [member], date(2025, 1, 10))
    enrolment.record_remittance(world.db, world.admin, last_year, date(2025, 1, 31), "R-2025")
    claim = replace(
        filed(world, last_year, admission_date=date(2025, 11, 3), discharge_date=date(2025, 11, 9)),
        filed_on=date(2026, 4, 2),
    )
    with pytest.raises(ValidationError) as refused:
        province.file_claim(world.db, world.clerk, claim)
    assert str(refused.value) == (
        "申请截止日期：2025 年度省职工医疗互助保障的申请须在 2026-03-31 前提交（方案的申请截止日期），2026-04-02 已过期"
    )
    with world.db.read() as s:
        assert s.execute(select(Claim.id).where(Claim.scheme_year_id == last_year)).first() is None
    on_time = province.file_claim(world.db, world.clerk, replace(claim, filed_on=date(2026, 3, 31)))
    assert on_time > 0


def test_our_own_fund_refuses_a_claim_after_the_deadline_but_still_approves_earlier_ones(
    world: World,
) -> None:
    claim_id = claims.create_claim(world.db, world.clerk, claim_input(world))
    claims.submit_claim(world.db, world.clerk, claim_id, version_of(world, claim_id))
    claims.review_claim(world.db, world.reviewer, claim_id, version_of(world, claim_id))
    scheme = schemes.get_scheme(world.db, world.admin, world.scheme_id)
    yesterday = date.today() - timedelta(days=1)
    with world.db.transaction(None) as s:  # the deadline passed (set behind the checks' back)
        from unionoffice.medical.models import SchemeYear

        row = s.get(SchemeYear, scheme.id)
        assert row is not None
        row.claim_deadline = yesterday
    with pytest.raises(ValidationError, match=f"须在 {yesterday.isoformat()} 前提交"):
        claims.create_claim(world.db, world.clerk, claim_input(world, "李四", invoices=("B0001",)))
    assert claims.approve_claim(world.db, world.admin, claim_id, version_of(world, claim_id)) > 0


def test_the_deadline_may_not_be_before_the_coverage_ends(world: World) -> None:
    data = SchemeInput(
        Fund.PROVINCE, 2027, "x", 100, date(2027, 1, 1), date(2027, 12, 31), claim_deadline=date(2027, 6, 30)
    )
    with pytest.raises(ValidationError, match="申请截止日期：不能早于保障期结束日 2027-12-31"):
        schemes.create_scheme(world.db, world.admin, data)


# Through the contract --------------------------------------------------------------------------
def test_the_provincial_operations_through_the_contract(world: World, scheme_id: int, services_as) -> None:
    admin, clerk = services_as(world.db, world.admin), services_as(world.db, world.clerk)
    with pytest.raises(Exception, match="ADMIN|无权|权限"):
        clerk.call(medical.REMIT, RemitRequest(scheme_id, date(2026, 1, 31), "R-1"))
    assert admin.call(medical.REMIT, RemitRequest(scheme_id, date(2026, 1, 31), "R-1")).members == 3
    saved = clerk.call(medical.FILE_PROVINCE_CLAIM, ClaimSave(filed(world, scheme_id)))
    detail = clerk.call(medical.GET_CLAIM, ById(saved.id))
    assert detail.fund == Fund.PROVINCE and detail.claim_no == "SH2026-00001"
    clerk.call(
        medical.RECORD_OUTCOME,
        OutcomeSave(
            claim_id=saved.id,
            version=detail.version,
            paid=True,
            amount_fen=100_000,
            outcome_on=date(2026, 4, 1),
            reference="豫工互赔 1",
        ),
    )
    other_clerk = services_as(world.db, world.other_clerk)
    with pytest.raises(Exception, match="找不到"):
        other_clerk.call(medical.GET_CLAIM, ById(saved.id))
    report = admin.run_job(medical.YEAR_REPORT, medical.ReportRequest(scheme_id, "xlsx"), NO_PROGRESS)
    assert report.content.startswith(b"PK")
