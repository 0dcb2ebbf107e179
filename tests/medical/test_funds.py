"""Schemes (freezing and revisions), enrolment, the ledger, hardship alerts and attachments."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from tests.medical.conftest import INPATIENT, World, claim_input, paid_claim, through_review, version_of
from unionoffice.core import attachments
from unionoffice.foundation.errors import PermissionDenied, UserError, ValidationError
from unionoffice.medical.calculation import Rule
from unionoffice.medical.models import BenefitType, Fund
from unionoffice.medical.service import attachments as claim_files
from unionoffice.medical.service import claims, enrolment, hardship, ledger, schemes


def test_rule_with_paid_claims_is_frozen_and_changes_make_a_new_revision(world: World) -> None:
    first = schemes.current_rules(world.db, world.admin, world.scheme_id)[BenefitType.INPATIENT]
    schemes.save_rule(
        world.db,
        world.admin,
        world.scheme_id,
        BenefitType.INPATIENT,
        replace(INPATIENT, deductible_fen=50_000),
        expected_version=first.version,
    )
    assert schemes.current_rules(world.db, world.admin, world.scheme_id)[BenefitType.INPATIENT].revision == 1
    paid = paid_claim(world, claim_input(world))
    rule = schemes.current_rules(world.db, world.admin, world.scheme_id)[BenefitType.INPATIENT]
    assert rule.frozen
    new = schemes.save_rule(
        world.db,
        world.admin,
        world.scheme_id,
        BenefitType.INPATIENT,
        replace(INPATIENT, deductible_fen=200_000),
        expected_version=rule.version,
    )
    assert (new.revision, new.frozen) == (2, False)
    history = schemes.rule_history(world.db, world.admin, world.scheme_id, BenefitType.INPATIENT)
    assert [(r.revision, r.rule.deductible_fen) for r in history] == [(1, 50_000), (2, 200_000)]
    # The paid claim keeps the revision it was computed by.
    assert claims.get_claim(world.db, world.admin, paid).rule_revision == 1
    later = claims.create_claim(world.db, world.clerk, claim_input(world, "李四", invoices=("B0001",)))
    assert claims.get_claim(world.db, world.admin, later).rule_revision == 2


def test_only_admin_edits_schemes_and_rules_are_checked(world: World) -> None:
    with pytest.raises(PermissionDenied):
        schemes.save_rule(world.db, world.clerk, world.scheme_id, BenefitType.ACCIDENT, INPATIENT)
    with pytest.raises(ValidationError, match="重大疾病按一次性补助发放"):
        schemes.save_rule(world.db, world.admin, world.scheme_id, BenefitType.CRITICAL, INPATIENT)
    with pytest.raises(ValidationError, match="补助分段：至少需要一个分段"):
        schemes.save_rule(world.db, world.admin, world.scheme_id, BenefitType.ACCIDENT, Rule())
    with pytest.raises(UserError, match="2026 年度的医疗互助基金方案已存在"):
        schemes.create_scheme(
            world.db,
            world.admin,
            schemes.SchemeInput(Fund.UNION, 2026, "重复", 100, date(2026, 1, 1), date(2026, 12, 31)),
        )
    with pytest.raises(ValidationError, match="保障期：结束日期早于开始日期"):
        schemes.create_scheme(
            world.db,
            world.admin,
            schemes.SchemeInput(Fund.PROVINCE, 2026, "省", 100, date(2026, 12, 1), date(2026, 1, 1)),
        )


def test_enrolment_skips_inactive_and_already_enrolled(world: World) -> None:
    scheme = schemes.create_scheme(
        world.db,
        world.admin,
        schemes.SchemeInput(
            Fund.PROVINCE, 2026, "省职工医疗互助", 5_000, date(2026, 1, 1), date(2026, 12, 31)
        ),
    )
    result = enrolment.enrol(world.db, world.clerk, scheme.id, branch_id=world.branch_a)
    assert (result.enrolled, result.already, result.refused) == (3, 0, 1)  # 孙七 is retired
    again = enrolment.enrol(world.db, world.clerk, scheme.id, branch_id=world.branch_a)
    assert (again.enrolled, again.already) == (0, 3)
    with pytest.raises(PermissionDenied):
        enrolment.enrol(world.db, world.clerk, scheme.id, branch_id=world.branch_b)
    counts = enrolment.enrolment_counts(world.db, world.clerk, scheme.id)
    assert (counts.enrolled, counts.paid, counts.active_not_enrolled) == (3, 0, 0)


def test_fee_payments_are_booked_per_branch(world: World) -> None:
    rows = ledger.ledger_summary(world.db, world.admin, world.scheme_id)
    by_name = {r.branch_name: r for r in rows}
    assert by_name["心兴分工会"].fee_fen == 12_000 and by_name["氢力分工会"].fee_fen == 6_000
    assert by_name["合计"].fee_fen == 18_000
    # Paying again changes nothing.
    result = enrolment.record_payments(
        world.db, world.admin, world.scheme_id, [world.members["张三"]], date(2026, 2, 1)
    )
    assert (result.paid, result.already_paid, result.amount_fen) == (0, 1, 0)
    with pytest.raises(UserError, match="有 1 人尚未参保"):
        enrolment.record_payments(
            world.db, world.admin, world.scheme_id, [world.members["孙七"]], date(2026, 2, 1)
        )


def test_ledger_payouts_equal_paid_claims(world: World) -> None:
    a = paid_claim(world, claim_input(world, covered=2_000_000, invoices=("L0001",)))
    b = paid_claim(world, claim_input(world, "李四", covered=3_333_333, invoices=("L0002",)), voucher="PZ-2")
    approved_only = claims.create_claim(
        world.db,
        world.clerk,
        claim_input(
            world, "李四", invoices=("L0003",), admission=date(2026, 7, 1), discharge=date(2026, 7, 2)
        ),
    )
    through_review(world, approved_only)
    claims.approve_claim(world.db, world.admin, approved_only, version_of(world, approved_only))
    ledger.add_allocation(
        world.db, world.admin, world.scheme_id, None, 10_000_000, date(2026, 1, 5), "公司拨款"
    )
    paid_sum = sum(claims.get_claim(world.db, world.admin, c).payable_fen for c in (a, b))
    rows = ledger.ledger_summary(world.db, world.admin, world.scheme_id)
    total = rows[-1]
    assert (
        total.payout_fen == paid_sum == 1_050_000 + 1_883_333
    )  # 4,500 + 12,000 + 3,333.33 × 70 % (2,333.331 → 2,333.33)
    assert (total.claims_paid, total.members_helped) == (2, 2)
    assert total.allocation_fen == 10_000_000
    assert total.balance_fen == 18_000 + 10_000_000 - paid_sum
    totals = ledger.aid_totals(world.db, world.admin, Fund.UNION, 2021, 2026)
    assert (totals.paid_fen, totals.members_helped, totals.claims) == (paid_sum, 2, 2)
    # A clerk sees only their branch's share, plus company-wide entries.
    clerk_rows = ledger.ledger_summary(world.db, world.other_clerk, world.scheme_id)
    assert clerk_rows[-1].payout_fen == 0 and clerk_rows[-1].allocation_fen == 10_000_000


def test_allocation_input_is_checked(world: World) -> None:
    with pytest.raises(ValidationError) as err:
        ledger.add_allocation(world.db, world.admin, world.scheme_id, None, -5, date(2026, 1, 5), "")
    assert "金额：金额不能为负数" in str(err.value) and "摘要：必须填写" in str(err.value)
    with pytest.raises(PermissionDenied):
        ledger.add_allocation(world.db, world.clerk, world.scheme_id, None, 5, date(2026, 1, 5), "x")


def test_hardship_list_uses_the_admins_threshold(world: World) -> None:
    # Self-paid = covered + uncovered: 张三 15,500 + 25,500 = 41,000; 李四 5,500.
    paid_claim(world, claim_input(world, covered=1_500_000, uncovered=50_000, invoices=("H0001",)))
    heavy = claims.create_claim(
        world.db,
        world.clerk,
        claim_input(
            world,
            covered=500_000,
            uncovered=2_050_000,
            invoices=("H0002",),
            admission=date(2026, 9, 1),
            discharge=date(2026, 9, 3),
        ),
    )
    claims.submit_claim(world.db, world.clerk, heavy, version_of(world, heavy))
    light = claims.create_claim(
        world.db, world.clerk, claim_input(world, "李四", covered=500_000, invoices=("H0003",))
    )
    claims.submit_claim(world.db, world.clerk, light, version_of(world, light))
    threshold, rows = hardship.hardship_list(world.db, world.admin, world.scheme_id)
    assert threshold == 2_000_000
    assert [(r.name, r.self_paid_fen, r.aid_fen) for r in rows] == [("张三", 4_100_000, 750_000)]
    scheme = schemes.get_scheme(world.db, world.admin, world.scheme_id)
    hardship.set_hardship_threshold(world.db, world.admin, world.scheme_id, 500_000, scheme.version)
    assert [r.name for r in hardship.hardship_list(world.db, world.admin, world.scheme_id)[1]] == [
        "张三",
        "李四",
    ]
    with pytest.raises(ValidationError, match="困难预警线"):
        hardship.set_hardship_threshold(world.db, world.admin, world.scheme_id, -1, scheme.version + 1)


def test_attachments_are_stored_once_by_content(world: World, tmp_path: Path) -> None:
    scan = tmp_path / "发票.pdf"
    scan.write_bytes(b"%PDF-1.4 scan")
    claim_id = claims.create_claim(world.db, world.clerk, claim_input(world))
    claim_files.add_attachment(world.db, world.clerk, claim_id, scan)
    claim_files.add_attachment(world.db, world.clerk, claim_id, scan)
    detail = claims.get_claim(world.db, world.clerk, claim_id)
    assert len(detail.attachments) == 2 and detail.attachments[0].sha256 == detail.attachments[1].sha256
    sha = detail.attachments[0].sha256
    assert attachments.path_of(sha).parent.name == sha[:2] and attachments.verify(sha)
    assert len(list(attachments.root().rglob("*"))) == 2  # one folder, one file
    out = claim_files.attachment_file(world.db, world.clerk, detail.attachments[0].id, tmp_path / "out")
    assert Path(out).read_bytes() == b"%PDF-1.4 scan" and Path(out).name == "发票.pdf"
    bad = tmp_path / "x.exe"
    bad.write_bytes(b"MZ")
    with pytest.raises(UserError, match="不支持的附件类型"):
        claim_files.add_attachment(world.db, world.clerk, claim_id, bad)
    through_review(world, claim_id)
    with pytest.raises(UserError, match="不能再添加附件"):
        claim_files.add_attachment(world.db, world.clerk, claim_id, scan)
