"""Claims: bad input refused with a clear message, the workflow and the four-eyes rule."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date, timedelta

import pytest
from sqlalchemy import select

from tests.medical.conftest import World, claim_input, paid_claim, through_review, version_of
from unionoffice.core.audit.models import AuditEntry
from unionoffice.foundation.errors import (
    ConcurrentEditError,
    NotFound,
    PermissionDenied,
    UserError,
    ValidationError,
)
from unionoffice.medical.models import BenefitType, ClaimStatus
from unionoffice.medical.service import claims
from unionoffice.members.labels import MemberStatus
from unionoffice.members.models import Member


def refused(w: World, data: claims.ClaimInput) -> str:
    with pytest.raises(ValidationError) as err:
        claims.create_claim(w.db, w.clerk, data)
    return str(err.value)


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"covered_self_fen": -100, "total_fen": 2_049_900}, "政策内自付：金额不能为负数"),
        ({"total_fen": 60_000_000_000}, "总费用：金额超出合理范围"),
        ({"total_fen": 100}, "总费用：应等于医保统筹支付 + 政策内自付 + 自费（35,500.00 元），现为 1.00 元"),
        ({"discharge_date": date(2026, 2, 27)}, "出院日期：早于入院日期"),
        ({"invoice_numbers": ()}, "发票号：至少填写一张发票号"),
        ({"invoice_numbers": ("发票1",)}, "发票号：“发票1”格式不正确"),
        ({"hospital": " "}, "医院：必须填写"),
    ],
)
def test_bad_amounts_dates_and_invoices(world: World, change: dict, message: str) -> None:
    assert message in refused(world, replace(claim_input(world), **change))


def test_discharge_in_the_future_is_refused(world: World) -> None:
    soon = date.today() + timedelta(days=3)
    data = replace(claim_input(world), admission_date=date.today(), discharge_date=soon)
    assert "出院日期：不能晚于今天" in refused(world, data)


def test_treatment_outside_coverage_period(world: World) -> None:
    data = claim_input(world, admission=date(2025, 12, 20), discharge=date(2026, 1, 5))
    assert "入院日期：不在保障期 2026-01-01 至 2026-12-31 内" in refused(world, data)


def test_not_enrolled_or_not_paid(world: World) -> None:
    assert "王五 的 2026 年度互助金尚未缴纳" in refused(world, claim_input(world, "王五"))
    # Retired before the scheme year, so never enrolled.
    assert "孙七 未参加 2026 年度医疗互助基金" in refused(world, claim_input(world, "孙七"))


def test_deceased_before_treatment(world: World) -> None:
    with world.db.transaction(None) as s:
        m = s.get(Member, world.members["李四"])
        m.status, m.status_date = MemberStatus.DECEASED, date(2026, 2, 1)
    assert "会员已于 2026-02-01 去世，之后的治疗不能申请" in refused(world, claim_input(world, "李四"))
    # Treatment before death is still claimable (families claim afterwards).
    early = claim_input(world, "李四", admission=date(2026, 1, 10), discharge=date(2026, 1, 20))
    assert claims.create_claim(world.db, world.clerk, early) > 0


def test_every_problem_is_listed_at_once(world: World) -> None:
    data = replace(claim_input(world, "王五"), discharge_date=date(2026, 2, 1), invoice_numbers=())
    text = refused(world, data)
    assert "出院日期：早于入院日期" in text and "发票号" in text and "互助金尚未缴纳" in text


def test_clerk_cannot_claim_for_another_branch(world: World) -> None:
    assert "会员：请选择会员" in refused(world, claim_input(world, "赵六"))


def test_full_workflow_and_numbers(world: World) -> None:
    claim_id = claims.create_claim(world.db, world.clerk, claim_input(world))
    draft = claims.get_claim(world.db, world.clerk, claim_id)
    assert draft.status == ClaimStatus.DRAFT and draft.claim_no is None
    assert draft.payable_fen == 750_000  # 4,500 + 5,000 × 60 %
    no = claims.submit_claim(world.db, world.clerk, claim_id, draft.version)
    assert no == "YL2026-00001"
    claims.review_claim(world.db, world.reviewer, claim_id, version_of(world, claim_id), "材料齐全")
    assert claims.approve_claim(world.db, world.admin, claim_id, version_of(world, claim_id)) == 750_000
    claims.pay_claim(
        world.db, world.admin, claim_id, version_of(world, claim_id), date.today(), "PZ-2026-001"
    )
    done = claims.get_claim(world.db, world.admin, claim_id)
    assert (done.status, done.paid_on, done.voucher_no) == (ClaimStatus.PAID, date.today(), "PZ-2026-001")
    assert (done.submitted_by, done.reviewed_by, done.decided_by) == ("clerk", "reviewer", "admin")
    second = claims.create_claim(world.db, world.clerk, claim_input(world, "李四", invoices=("INV0002",)))
    assert claims.submit_claim(world.db, world.clerk, second, version_of(world, second)) == "YL2026-00002"


def test_every_transition_is_audited(world: World) -> None:
    claim_id = paid_claim(world, claim_input(world))
    with world.db.read() as s:
        entries = s.execute(
            select(AuditEntry.action, AuditEntry.username, AuditEntry.entity_id, AuditEntry.changes)
            .where(AuditEntry.entity == "medical_claims")
            .order_by(AuditEntry.id)
        ).all()
    created = [e for e in entries if e.action == "create" and e.entity_id == str(claim_id)]
    assert [e.username for e in created] == ["clerk"]
    moves = [
        (e.username, e.changes)
        for e in entries
        if e.action == "update" and e.entity_id == str(claim_id) and '"status"' in e.changes
    ]
    assert [u for u, _ in moves] == ["clerk", "reviewer", "admin", "admin"]
    # Which fields changed, never their values (issue #17): the claim itself keeps who decided what.
    assert json.loads(moves[-1][1]) == {"fields": ["status", "paid_on", "voucher_no"]}


def test_four_eyes(world: World) -> None:
    claim_id = claims.create_claim(world.db, world.reviewer, claim_input(world))
    claims.submit_claim(world.db, world.reviewer, claim_id, version_of(world, claim_id))
    with pytest.raises(PermissionDenied, match="复核须由另一人完成"):
        claims.review_claim(world.db, world.reviewer, claim_id, version_of(world, claim_id))
    with pytest.raises(PermissionDenied, match="不能驳回自己提交的申请"):
        claims.reject_claim(world.db, world.reviewer, claim_id, version_of(world, claim_id), "重复")
    claims.review_claim(world.db, world.clerk, claim_id, version_of(world, claim_id))
    assert claims.get_claim(world.db, world.admin, claim_id).status == ClaimStatus.REVIEWED


def test_admin_cannot_approve_own_claim(world: World) -> None:
    claim_id = claims.create_claim(world.db, world.admin, claim_input(world))
    claims.submit_claim(world.db, world.admin, claim_id, version_of(world, claim_id))
    claims.review_claim(world.db, world.reviewer, claim_id, version_of(world, claim_id))
    with pytest.raises(PermissionDenied, match="审批须由另一人完成"):
        claims.approve_claim(world.db, world.admin, claim_id, version_of(world, claim_id))


def test_workflow_order_and_permissions(world: World) -> None:
    claim_id = claims.create_claim(world.db, world.clerk, claim_input(world))
    with pytest.raises(UserError, match="当前状态为“草稿”"):
        claims.approve_claim(world.db, world.admin, claim_id, version_of(world, claim_id))
    claims.submit_claim(world.db, world.clerk, claim_id, version_of(world, claim_id))
    with pytest.raises(UserError, match="当前状态为“已提交”"):
        claims.pay_claim(world.db, world.admin, claim_id, version_of(world, claim_id), date(2026, 4, 1), "V1")
    claims.review_claim(world.db, world.reviewer, claim_id, version_of(world, claim_id))
    with pytest.raises(PermissionDenied):  # a clerk cannot approve
        claims.approve_claim(world.db, world.reviewer, claim_id, version_of(world, claim_id))
    with pytest.raises(NotFound):  # out of scope looks like missing
        claims.get_claim(world.db, world.other_clerk, claim_id)
    with pytest.raises(PermissionDenied):
        claims.create_claim(world.db, world.viewer, claim_input(world))


def test_reject_needs_reason_and_is_final(world: World) -> None:
    claim_id = claims.create_claim(world.db, world.clerk, claim_input(world))
    claims.submit_claim(world.db, world.clerk, claim_id, version_of(world, claim_id))
    with pytest.raises(ValidationError, match="驳回原因：必须填写"):
        claims.reject_claim(world.db, world.reviewer, claim_id, version_of(world, claim_id), " ")
    claims.reject_claim(world.db, world.reviewer, claim_id, version_of(world, claim_id), "非本人住院")
    detail = claims.get_claim(world.db, world.clerk, claim_id)
    assert (detail.status, detail.reject_reason) == (ClaimStatus.REJECTED, "非本人住院")
    with pytest.raises(UserError, match="只有草稿可以修改"):
        claims.update_claim(world.db, world.clerk, claim_id, claim_input(world), detail.version)


def test_editing_an_approved_claim_is_refused(world: World) -> None:
    claim_id = claims.create_claim(world.db, world.clerk, claim_input(world))
    through_review(world, claim_id)
    claims.approve_claim(world.db, world.admin, claim_id, version_of(world, claim_id))
    with pytest.raises(UserError, match="已审批，不能再修改"):
        claims.update_claim(
            world.db,
            world.clerk,
            claim_id,
            claim_input(world, covered=9_000_000),
            version_of(world, claim_id),
        )
    assert claims.get_claim(world.db, world.admin, claim_id).payable_fen == 750_000


def test_stale_edit_names_the_conflict(world: World) -> None:
    claim_id = claims.create_claim(world.db, world.clerk, claim_input(world))
    version = version_of(world, claim_id)
    claims.update_claim(world.db, world.clerk, claim_id, claim_input(world, covered=1_000_000), version)
    with pytest.raises(ConcurrentEditError):
        claims.update_claim(world.db, world.clerk, claim_id, claim_input(world, covered=2_000_000), version)


def test_return_to_draft_keeps_number(world: World) -> None:
    claim_id = claims.create_claim(world.db, world.clerk, claim_input(world))
    no = claims.submit_claim(world.db, world.clerk, claim_id, version_of(world, claim_id))
    claims.return_claim(world.db, world.reviewer, claim_id, version_of(world, claim_id), "缺出院小结")
    claims.update_claim(
        world.db, world.clerk, claim_id, claim_input(world, covered=1_000_000), version_of(world, claim_id)
    )
    assert claims.submit_claim(world.db, world.clerk, claim_id, version_of(world, claim_id)) == no


def test_reused_invoice_is_refused_before_submission(world: World) -> None:
    paid_claim(world, claim_input(world))
    again = claims.create_claim(
        world.db,
        world.clerk,
        claim_input(world, "李四", admission=date(2026, 5, 1), discharge=date(2026, 5, 3)),
    )
    assert claims.find_duplicates(world.db, world.clerk, again).invoices == (
        "发票号 INV0001 已用于申请 YL2026-00001",
    )
    with pytest.raises(ValidationError, match="发票号：发票号 INV0001 已用于申请 YL2026-00001"):
        claims.submit_claim(world.db, world.clerk, again, version_of(world, again))
    assert claims.get_claim(world.db, world.clerk, again).status == ClaimStatus.DRAFT


def test_overlapping_stay_needs_acknowledgement(world: World) -> None:
    first = claims.create_claim(world.db, world.clerk, claim_input(world))
    claims.submit_claim(world.db, world.clerk, first, version_of(world, first))
    second = claims.create_claim(
        world.db,
        world.clerk,
        claim_input(world, admission=date(2026, 3, 10), discharge=date(2026, 3, 12), invoices=("INV0009",)),
    )
    with pytest.raises(claims.OverlapWarning, match="YL2026-00001（2026-03-01 至 2026-03-10）"):
        claims.submit_claim(world.db, world.clerk, second, version_of(world, second))
    claims.submit_claim(world.db, world.clerk, second, version_of(world, second), acknowledge_overlap=True)
    assert claims.get_claim(world.db, world.admin, second).overlap_acknowledged


def test_annual_cap_across_claims_is_applied_at_approval(world: World) -> None:
    one = paid_claim(world, claim_input(world, covered=7_000_000, invoices=("A0001",)))
    two = paid_claim(
        world,
        claim_input(
            world,
            covered=7_000_000,
            invoices=("A0002",),
            admission=date(2026, 6, 1),
            discharge=date(2026, 6, 9),
        ),
        voucher="PZ-2",
    )
    assert claims.get_claim(world.db, world.admin, one).payable_fen == 4_450_000
    detail = claims.get_claim(world.db, world.admin, two)
    assert detail.payable_fen == 3_550_000
    assert any("剩余 35,500.00 元" in line.text for line in detail.lines)


def test_critical_illness_lump_sum_once_a_year(world: World) -> None:
    data = claim_input(world, benefit=BenefitType.CRITICAL, invoices=())
    paid_claim(world, data)
    again = claims.create_claim(
        world.db, world.clerk, replace(data, admission_date=date(2026, 8, 1), discharge_date=date(2026, 8, 2))
    )
    claims.submit_claim(world.db, world.clerk, again, version_of(world, again), acknowledge_overlap=True)
    claims.review_claim(world.db, world.reviewer, again, version_of(world, again))
    with pytest.raises(UserError, match="核算的互助金为 0 元"):
        claims.approve_claim(world.db, world.admin, again, version_of(world, again))


def test_payment_needs_voucher_and_sane_date(world: World) -> None:
    claim_id = claims.create_claim(world.db, world.clerk, claim_input(world))
    through_review(world, claim_id)
    claims.approve_claim(world.db, world.admin, claim_id, version_of(world, claim_id))
    with pytest.raises(ValidationError, match="凭证号：必须填写"):
        claims.pay_claim(world.db, world.admin, claim_id, version_of(world, claim_id), date(2026, 4, 1), "")
    with pytest.raises(ValidationError, match="支付日期：早于审批日期"):
        claims.pay_claim(world.db, world.admin, claim_id, version_of(world, claim_id), date(2000, 1, 1), "V")
