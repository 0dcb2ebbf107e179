"""A fresh database per test: two branch unions, four users, a handful of members and a 2026
union scheme whose in-patient rule is the issue's example (deductible 1,000; 50/60/70 %)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest

from unionoffice.core.auth.actor import Actor
from unionoffice.core.auth.models import User
from unionoffice.core.auth.roles import Role
from unionoffice.core.database import open_database
from unionoffice.core.org.labels import UnitKind
from unionoffice.core.org.models import OrgUnit
from unionoffice.db.database import Database
from unionoffice.db.migrate import upgrade
from unionoffice.foundation.identity import generate_id_number
from unionoffice.medical.calculation import Rule
from unionoffice.medical.models import BenefitType, Fund
from unionoffice.medical.service import claims, enrolment, schemes
from unionoffice.members.labels import MemberStatus
from unionoffice.members.models import Member


@dataclass
class World:
    db: Database
    admin: Actor
    clerk: Actor  # 心兴 clerk
    reviewer: Actor
    other_clerk: Actor  # 氢力 clerk
    viewer: Actor
    branch_a: int
    branch_b: int
    members: dict[str, int]
    scheme_id: int


INPATIENT = Rule(
    deductible_fen=100_000,
    bands=schemes.standard_bands((1_000_000, "0.5"), (3_000_000, "0.6"), (None, "0.7")),
    per_claim_cap_fen=5_000_000,
    annual_cap_fen=8_000_000,
)
CRITICAL = Rule(lump_sum_fen=2_000_000, annual_cap_fen=2_000_000)


@pytest.fixture
def world(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> World:
    monkeypatch.setenv("UNIONOFFICE_DATA_DIR", str(tmp_path / "data"))
    db = open_database(f"sqlite:///{tmp_path / 't.sqlite'}")
    upgrade(db)
    with db.transaction(None) as s:
        company = OrgUnit(kind=UnitKind.COMPANY, name="集团公司工会", sort_order=0)
        s.add(company)
        s.flush()
        a = OrgUnit(kind=UnitKind.BRANCH, name="心兴分工会", parent_id=company.id, base="新乡", sort_order=1)
        b = OrgUnit(kind=UnitKind.BRANCH, name="氢力分工会", parent_id=company.id, base="新乡", sort_order=2)
        s.add_all([a, b])
        s.flush()
        users = {}
        for name, role in (
            ("admin", Role.ADMIN),
            ("clerk", Role.CLERK),
            ("reviewer", Role.CLERK),
            ("clerk_b", Role.CLERK),
            ("viewer", Role.VIEWER),
        ):
            user = User(username=name, display_name=name, password_hash="x", role=role)
            s.add(user)
            s.flush()
            users[name] = user.id
        members = {}
        for seq, (name, branch, status, status_date) in enumerate(
            (
                ("张三", a.id, MemberStatus.ACTIVE, None),
                ("李四", a.id, MemberStatus.ACTIVE, None),
                ("王五", a.id, MemberStatus.ACTIVE, None),
                ("赵六", b.id, MemberStatus.ACTIVE, None),
                ("孙七", a.id, MemberStatus.RETAINED, date(2025, 6, 1)),
            )
        ):
            number = generate_id_number("410702", date(1990, 1, 1), seq, "M")
            m = Member(
                name=name,
                gender="M",
                id_number=number,
                birth_date=date(1990, 1, 1),
                branch_id=branch,
                join_date=date(2015, 1, 1),
                status=status,
                status_date=status_date,
            )
            s.add(m)
            s.flush()
            members[name] = m.id
        # The branch unions each clerk works for, as the union server reads them from the account.
        for name, units in (("clerk", [a]), ("reviewer", [a, b]), ("clerk_b", [b])):
            s.get(User, users[name]).branches = units
        a_id, b_id = a.id, b.id
    admin = Actor(users["admin"], "admin", "管理员", Role.ADMIN)
    w = World(
        db,
        admin,
        Actor(users["clerk"], "clerk", "干事", Role.CLERK, frozenset({a_id})),
        Actor(users["reviewer"], "reviewer", "复核员", Role.CLERK, frozenset({a_id, b_id})),
        Actor(users["clerk_b"], "clerk_b", "氢力干事", Role.CLERK, frozenset({b_id})),
        Actor(users["viewer"], "viewer", "只读", Role.VIEWER),
        a_id,
        b_id,
        members,
        0,
    )
    scheme = schemes.create_scheme(
        db,
        admin,
        # No waiting period here: the waiting periods have their own tests (test_enrolment_rules.py).
        schemes.SchemeInput(
            Fund.UNION,
            2026,
            "2026 年度医疗互助",
            6_000,
            date(2026, 1, 1),
            date(2026, 12, 31),
            0,
            2_000_000,
            claim_deadline=date(2027, 3, 31),
        ),
    )
    w.scheme_id = scheme.id
    schemes.save_rule(db, admin, scheme.id, BenefitType.INPATIENT, INPATIENT)
    schemes.save_rule(db, admin, scheme.id, BenefitType.CRITICAL, CRITICAL)
    enrolment.enrol(db, admin, scheme.id, branch_id=a_id, enrolled_on=date(2026, 1, 1))
    enrolment.enrol(db, admin, scheme.id, branch_id=b_id, enrolled_on=date(2026, 1, 1))
    paid = [members["张三"], members["李四"], members["赵六"]]
    enrolment.record_payments(db, admin, scheme.id, paid, date(2026, 1, 10))
    return w


def claim_input(
    w: World,
    member: str = "张三",
    covered: int = 1_500_000,
    *,
    admission: date = date(2026, 3, 1),
    discharge: date = date(2026, 3, 10),
    invoices: tuple[str, ...] = ("INV0001",),
    benefit: str = BenefitType.INPATIENT,
    insurance: int = 2_000_000,
    uncovered: int = 50_000,
) -> claims.ClaimInput:
    return claims.ClaimInput(
        w.members[member],
        w.scheme_id,
        benefit,
        admission,
        discharge,
        insurance + covered + uncovered,
        insurance,
        covered,
        uncovered,
        "新乡市中心医院",
        "肺炎",
        invoices,
    )


def through_review(w: World, claim_id: int) -> None:
    """Submit as the clerk and review as the reviewer."""
    claims.submit_claim(w.db, w.clerk, claim_id, _version(w, claim_id))
    claims.review_claim(w.db, w.reviewer, claim_id, _version(w, claim_id))


def _version(w: World, claim_id: int) -> int:
    return claims.get_claim(w.db, w.admin, claim_id).version


def paid_claim(w: World, data: claims.ClaimInput, voucher: str = "PZ-1") -> int:
    claim_id = claims.create_claim(w.db, w.clerk, data)
    through_review(w, claim_id)
    claims.approve_claim(w.db, w.admin, claim_id, _version(w, claim_id))
    claims.pay_claim(w.db, w.admin, claim_id, _version(w, claim_id), date.today(), voucher)
    return claim_id


version_of = _version
