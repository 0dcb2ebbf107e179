"""Enrolment rules as data with effective dates (in work, age range, basic employee medical
insurance), the enrolment window, optional products, and the waiting period of each case."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from sqlalchemy import func, select

from tests.medical.conftest import World, claim_input
from unionoffice.foundation.errors import ValidationError
from unionoffice.foundation.identity import generate_id_number
from unionoffice.medical.contract import EligibilitySave, ProductSave, SchemeInput
from unionoffice.medical.labels import BenefitType, EntryKind, Fund
from unionoffice.medical.models import Enrolment
from unionoffice.medical.service import claims, eligibility, enrolment, schemes
from unionoffice.members.labels import MemberStatus
from unionoffice.members.models import Member

PROVINCE_RULE = EligibilitySave(
    fund=Fund.PROVINCE,
    effective_from=date(2025, 1, 1),
    min_age=16,
    max_age=60,
    require_in_work=True,
    require_medical_insurance=True,
    note="省总 2025 年参保办法",
)


def person(w: World, name: str, born: date, status: str = MemberStatus.ACTIVE, seq: int = 0) -> int:
    with w.db.transaction(None) as s:
        m = Member(
            name=name,
            gender="M",
            id_number=generate_id_number("410702", born, 300 + seq, "M"),
            birth_date=born,
            branch_id=w.branch_a,
            join_date=date(2015, 1, 1),
            status=status,
        )
        s.add(m)
        s.flush()
        return m.id


def province(w: World, year: int = 2026, **settings: object) -> int:
    data = SchemeInput(
        Fund.PROVINCE, year, f"{year} 省职工医疗互助", 5_000, date(year, 1, 1), date(year, 12, 31), **settings
    )
    return schemes.create_scheme(w.db, w.admin, data).id


def enrolled_count(w: World, scheme_id: int) -> int:
    with w.db.read() as s:
        return s.execute(select(func.count()).where(Enrolment.scheme_year_id == scheme_id)).scalar_one()


def enrolment_row(w: World, scheme_id: int, member_id: int) -> Enrolment:
    with w.db.read() as s:
        return s.execute(
            select(Enrolment).where(Enrolment.scheme_year_id == scheme_id, Enrolment.member_id == member_id)
        ).scalar_one()


# Age, work, insurance ------------------------------------------------------------------------------
def test_a_member_outside_the_age_range_is_refused_naming_the_rule_and_nothing_is_written(
    world: World,
) -> None:
    eligibility.save_rule(world.db, world.admin, PROVINCE_RULE)
    scheme_id = province(world)
    old = person(world, "钱老", date(1965, 6, 1))  # 61 on 2026-06-02
    young = person(world, "钱小", date(2010, 6, 3), seq=1)  # 15 on 2026-06-02
    ok = person(world, "钱中", date(1990, 1, 1), seq=2)
    with pytest.raises(ValidationError) as refused:
        enrolment.enrol(
            world.db,
            world.clerk,
            scheme_id,
            member_ids=[old, young, ok],
            enrolled_on=date(2026, 6, 2),
            insured=True,
        )
    text = str(refused.value)
    assert "钱老：2026-06-02 时 60 周岁" not in text
    assert "钱老：2026-06-02 时 61 周岁，不在 16–60 周岁的参保年龄内" in text
    assert "钱小：2026-06-02 时 15 周岁" in text
    assert "省职工医疗互助保障参保条件（2025-01-01 起施行）" in text
    assert enrolled_count(world, scheme_id) == 0  # nobody, not even 钱中


def test_the_age_range_includes_both_ends(world: World) -> None:
    eligibility.save_rule(world.db, world.admin, PROVINCE_RULE)
    scheme_id = province(world)
    sixty = person(world, "六十", date(1966, 6, 2))  # 60 on the day
    sixteen = person(world, "十六", date(2010, 6, 2), seq=1)  # 16 on the day
    result = enrolment.enrol(
        world.db,
        world.clerk,
        scheme_id,
        member_ids=[sixty, sixteen],
        enrolled_on=date(2026, 6, 2),
        insured=True,
    )
    assert result.enrolled == 2


def test_a_branch_batch_enrols_the_eligible_and_says_why_the_others_were_left_out(world: World) -> None:
    eligibility.save_rule(world.db, world.admin, PROVINCE_RULE)
    scheme_id = province(world)
    person(world, "钱老", date(1950, 1, 1))
    result = enrolment.enrol(
        world.db, world.clerk, scheme_id, branch_id=world.branch_a, enrolled_on=date(2026, 1, 1), insured=True
    )
    # 张三 李四 王五 enrolled; 孙七 is retired (保留会籍, not in work), 钱老 is 76.
    assert (result.enrolled, result.refused) == (3, 2)
    reasons = {s.reason: s.count for s in result.skipped}
    assert reasons == {"不符合会籍或在职条件": 1, "超出参保年龄": 1}
    assert any("孙七：会籍状态为“保留会籍”" in s.example for s in result.skipped)


def test_insurance_must_be_confirmed_when_the_rule_asks(world: World) -> None:
    eligibility.save_rule(world.db, world.admin, PROVINCE_RULE)
    scheme_id = province(world)
    with pytest.raises(
        ValidationError, match="职工医保：.*参保条件（2025-01-01 起施行）要求参加职工基本医疗保险"
    ):
        enrolment.enrol(
            world.db, world.clerk, scheme_id, branch_id=world.branch_a, enrolled_on=date(2026, 1, 1)
        )
    assert enrolled_count(world, scheme_id) == 0
    enrolment.enrol(
        world.db, world.clerk, scheme_id, branch_id=world.branch_a, enrolled_on=date(2026, 1, 1), insured=True
    )
    assert enrolment_row(world, scheme_id, world.members["张三"]).medical_insurance is True


def test_the_rule_in_force_on_the_enrolment_date_applies(world: World) -> None:
    eligibility.save_rule(world.db, world.admin, PROVINCE_RULE)
    later = replace(
        PROVINCE_RULE, effective_from=date(2026, 7, 1), max_age=65, require_medical_insurance=False
    )
    eligibility.save_rule(world.db, world.admin, later)
    scheme_id = province(world)
    elder = person(world, "钱六三", date(1963, 1, 1))  # 63 in 2026
    with pytest.raises(ValidationError, match="不在 16–60 周岁"):
        enrolment.enrol(
            world.db, world.clerk, scheme_id, member_ids=[elder], enrolled_on=date(2026, 6, 30), insured=True
        )
    result = enrolment.enrol(
        world.db, world.clerk, scheme_id, member_ids=[elder], enrolled_on=date(2026, 7, 1)
    )
    assert result.enrolled == 1


def test_retired_members_may_enrol_where_the_rule_does_not_ask_for_work(world: World) -> None:
    eligibility.save_rule(world.db, world.admin, replace(PROVINCE_RULE, require_in_work=False, max_age=None))
    scheme_id = province(world)
    retired = world.members["孙七"]
    assert enrolment.enrol(world.db, world.clerk, scheme_id, member_ids=[retired], insured=True).enrolled == 1


def test_rules_are_checked_before_they_are_stored(world: World) -> None:
    with pytest.raises(ValidationError, match="最高年龄：不能小于最低年龄"):
        eligibility.save_rule(world.db, world.admin, replace(PROVINCE_RULE, min_age=60, max_age=16))
    eligibility.save_rule(world.db, world.admin, PROVINCE_RULE)
    with pytest.raises(Exception, match="已有 2025-01-01 起施行的参保条件"):
        eligibility.save_rule(world.db, world.admin, PROVINCE_RULE)


# The enrolment window ----------------------------------------------------------------------------
def test_enrolling_outside_the_window_is_refused(world: World) -> None:
    scheme_id = province(world, enrol_from=date(2025, 11, 1), enrol_to=date(2026, 3, 31))
    with pytest.raises(
        ValidationError, match="参保日期：2026-04-01 不在 2026 年度省职工医疗互助保障的参保登记期"
    ):
        enrolment.enrol(
            world.db, world.clerk, scheme_id, branch_id=world.branch_a, enrolled_on=date(2026, 4, 1)
        )
    assert enrolled_count(world, scheme_id) == 0
    done = enrolment.enrol(
        world.db, world.clerk, scheme_id, branch_id=world.branch_a, enrolled_on=date(2026, 3, 31)
    )
    assert done.enrolled == 3


# Waiting periods, one test per case -------------------------------------------------------------
@pytest.fixture
def two_years(world: World) -> tuple[int, int]:
    """A 2025 and a 2026 provincial scheme: first enrolment waits 90 days, late renewal 180."""
    waits = {"waiting_days": 90, "renewal_waiting_days": 180}
    last, this = province(world, 2025, **waits), province(world, 2026, **waits)
    enrolment.enrol(
        world.db,
        world.clerk,
        last,
        member_ids=[world.members["张三"], world.members["李四"]],
        enrolled_on=date(2025, 1, 1),
    )
    enrolment.record_payments(
        world.db, world.clerk, last, [world.members["张三"], world.members["李四"]], date(2025, 1, 5)
    )
    return last, this


def test_continuing_on_time_does_not_wait(world: World, two_years: tuple[int, int]) -> None:
    _last, this = two_years
    enrolment.enrol(
        world.db, world.clerk, this, member_ids=[world.members["张三"]], enrolled_on=date(2025, 12, 20)
    )
    row = enrolment_row(world, this, world.members["张三"])
    assert (row.entry_kind, row.covered_from) == (EntryKind.CONTINUING, date(2026, 1, 1))


def test_a_first_enrolment_waits_from_the_coverage_start(world: World, two_years: tuple[int, int]) -> None:
    _last, this = two_years
    enrolment.enrol(
        world.db, world.clerk, this, member_ids=[world.members["王五"]], enrolled_on=date(2025, 12, 20)
    )
    row = enrolment_row(world, this, world.members["王五"])
    assert (row.entry_kind, row.covered_from) == (EntryKind.FIRST, date(2026, 4, 1))  # 1 January + 90 days


def test_a_first_enrolment_during_the_year_waits_from_the_enrolment(
    world: World, two_years: tuple[int, int]
) -> None:
    _last, this = two_years
    enrolment.enrol(
        world.db, world.clerk, this, member_ids=[world.members["王五"]], enrolled_on=date(2026, 3, 1)
    )
    row = enrolment_row(world, this, world.members["王五"])
    assert (row.entry_kind, row.covered_from) == (EntryKind.FIRST, date(2026, 5, 30))


def test_a_late_renewal_waits_the_renewal_period(world: World, two_years: tuple[int, int]) -> None:
    _last, this = two_years
    enrolment.enrol(
        world.db, world.clerk, this, member_ids=[world.members["李四"]], enrolled_on=date(2026, 3, 1)
    )
    row = enrolment_row(world, this, world.members["李四"])
    assert (row.entry_kind, row.covered_from) == (EntryKind.LATE_RENEWAL, date(2026, 8, 28))  # + 180 days


def test_enrolled_but_unpaid_last_year_counts_as_a_first_enrolment(
    world: World, two_years: tuple[int, int]
) -> None:
    last, this = two_years
    enrolment.enrol(
        world.db, world.clerk, last, member_ids=[world.members["王五"]], enrolled_on=date(2025, 2, 1)
    )
    enrolment.enrol(
        world.db, world.clerk, this, member_ids=[world.members["王五"]], enrolled_on=date(2026, 1, 1)
    )
    assert enrolment_row(world, this, world.members["王五"]).entry_kind == EntryKind.FIRST


def test_a_claim_in_the_waiting_period_is_refused_with_the_date_it_ends(world: World) -> None:
    data = SchemeInput(Fund.UNION, 2026, "x", 6_000, date(2026, 1, 1), date(2026, 12, 31), 0, 2_000_000)
    current = schemes.get_scheme(world.db, world.admin, world.scheme_id)
    schemes.update_scheme(
        world.db, world.admin, world.scheme_id, replace(data, waiting_days=90), current.version
    )
    late = person(world, "周八", date(1990, 1, 1))
    enrolment.enrol(world.db, world.clerk, world.scheme_id, member_ids=[late], enrolled_on=date(2026, 3, 1))
    enrolment.record_payments(world.db, world.clerk, world.scheme_id, [late], date(2026, 3, 1))
    world.members["周八"] = late
    refused = claim_input(world, "周八", admission=date(2026, 4, 1), discharge=date(2026, 4, 5))
    with pytest.raises(ValidationError, match="入院日期：在等待期内（2026-05-30 起才能申请）"):
        claims.create_claim(world.db, world.clerk, refused)
    ok = claim_input(world, "周八", admission=date(2026, 5, 30), discharge=date(2026, 6, 2))
    assert claims.create_claim(world.db, world.clerk, ok) > 0


# Optional products --------------------------------------------------------------------------------
def test_an_optional_product_adds_its_fee_and_caps_its_claims(world: World) -> None:
    product = eligibility.save_product(
        world.db,
        world.admin,
        ProductSave(
            scheme_year_id=world.scheme_id,
            name="住院补充保障",
            fee_fen=3_000,
            cap_fen=500_000,
            benefit_type=BenefitType.INPATIENT,
        ),
    )
    extra = person(world, "吴九", date(1990, 1, 1))
    world.members["吴九"] = extra
    enrolment.enrol(
        world.db,
        world.clerk,
        world.scheme_id,
        member_ids=[extra],
        enrolled_on=date(2026, 1, 1),
        product_ids=[product.id],
    )
    assert enrolment_row(world, world.scheme_id, extra).fee_fen == 9_000  # 60 + 30 yuan
    enrolment.record_payments(world.db, world.clerk, world.scheme_id, [extra], date(2026, 1, 5))
    under = replace(claim_input(world, "吴九"), product_id=product.id)
    preview = claims.preview(world.db, world.clerk, under)
    assert preview.payable_fen == 500_000  # 7,500 by the rule, 5,000 by the product's cap
    assert "可选保障“住院补充保障”年度封顶 5,000.00 元" in preview.lines[-2].text
    not_taken = replace(claim_input(world), product_id=product.id)
    with pytest.raises(ValidationError, match="可选保障：张三 未参加“住院补充保障”"):
        claims.create_claim(world.db, world.clerk, not_taken)
    with pytest.raises(ValidationError, match="保障封顶：应大于 0"):
        eligibility.save_product(
            world.db,
            world.admin,
            ProductSave(scheme_year_id=world.scheme_id, name="x", fee_fen=100, cap_fen=0),
        )
