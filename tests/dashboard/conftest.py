"""A small union counted by hand: two branch unions, seven members, claims, contests, achievements,
dues, welfare payments, budgets and a workers' congress with four proposals.

The figures each test expects are worked out in the comments below, not by the code under test.
Year under test: 2025 (members are counted on 2025-12-31; the year before on 2024-12-31).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date

import pytest

from unionoffice.db.database import Database


@dataclass
class World:
    db: Database
    a: int  # branch union A: headcount 10
    b: int  # branch union B: headcount 5
    members: dict[str, int]


# name → (branch, joined, status, status date)
MEMBERS = {
    "m1": ("a", date(2020, 1, 1), "active", None),
    "m2": ("a", date(2026, 3, 1), "active", None),  # joined after 2025: not counted for 2025
    "m3": ("a", date(2019, 1, 1), "retired", date(2026, 5, 1)),  # still in the union on 2025-12-31
    "m4": ("a", date(2018, 1, 1), "left", date(2025, 6, 1)),  # in on 2024-12-31, out by 2025-12-31
    "m5": ("b", date(2018, 1, 1), "active", None),
    "m6": ("b", date(2021, 1, 1), "active", None),
    "m7": ("b", date(2022, 1, 1), "active", None),
}
# Members on 2025-12-31: A {m1, m3} = 2, B {m5, m6, m7} = 3 → 5 of 15 = 33.3 %.
# Members on 2024-12-31: A {m1, m3, m4} = 3, B = 3 → 6 of 15 = 40.0 %.


def _people(s, org: dict[str, int]) -> dict[str, int]:  # type: ignore[no-untyped-def]
    from unionoffice.foundation.identity import generate_id_number
    from unionoffice.members.models import Member

    ids = {}
    for seq, (name, (branch, joined, status, when)) in enumerate(MEMBERS.items(), start=1):
        number = generate_id_number("410702", date(1985, 1, 1), seq, "M")
        member = Member(
            name=f"会员{name}",
            name_pinyin=name,
            name_initials=name,
            gender="M",
            id_number=number,
            birth_date=date(1985, 1, 1),
            branch_id=org[f"branch_{branch}"],
            join_date=joined,
            status=status,
            status_date=when,
        )
        s.add(member)
        s.flush()
        ids[name] = member.id
    return ids


def _medical(s, people: dict[str, int], org: dict[str, int]) -> None:  # type: ignore[no-untyped-def]
    from unionoffice.medical.models import Claim, SchemeYear

    schemes = {}
    for year in (2024, 2025):
        scheme = SchemeYear(
            fund="union",
            year=year,
            name=f"{year}年度医疗互助",
            fee_fen=3000,
            coverage_start=date(year, 1, 1),
            coverage_end=date(year, 12, 31),
        )
        s.add(scheme)
        s.flush()
        schemes[year] = scheme.id
    # 2025 paid: m1 (A) inpatient 1,000.00 and accident 200.00; m5 (B) inpatient 500.00
    #   → 1,700.00 yuan, 2 members, 3 claims; branch A alone: 1,200.00, 1 member.
    # m6's approved (unpaid) 99.99 counts nowhere. 2024 paid: m5 inpatient 300.00 → 1 member.
    claims = [
        (2025, "m1", "a", "inpatient", 100000, "paid"),
        (2025, "m1", "a", "accident", 20000, "paid"),
        (2025, "m5", "b", "inpatient", 50000, "paid"),
        (2025, "m6", "b", "critical", 9999, "approved"),
        (2024, "m5", "b", "inpatient", 30000, "paid"),
    ]
    for n, (year, who, branch, kind, fen, status) in enumerate(claims, start=1):
        s.add(
            Claim(
                claim_no=f"YL{year}-{n:05d}",
                scheme_year_id=schemes[year],
                member_id=people[who],
                branch_id=org[f"branch_{branch}"],
                benefit_type=kind,
                admission_date=date(year, 3, 1),
                discharge_date=date(year, 3, 10),
                total_fen=fen * 3,
                insurance_fen=fen,
                covered_self_fen=fen,
                uncovered_self_fen=fen,
                payable_fen=fen,
                status=status,
            )
        )


def _contests(s, people: dict[str, int], org: dict[str, int]) -> None:  # type: ignore[no-untyped-def]
    from unionoffice.contests.models import Contest, Contestant

    # 2025: 电工 at 新乡 with m1 (A), m5, m6 (B) = 3 entries; 焊工 at 江西 with m2 (A) = 1. 2024: 电工, m1 = 1.
    for year, trade, base, who in (
        (2025, "电工", "新乡", ("m1", "m5", "m6")),
        (2025, "焊工", "江西", ("m2",)),
        (2024, "电工", "新乡", ("m1",)),
    ):
        contest = Contest(
            uid=uuid.uuid4().hex, name=f"{year}年{trade}比武", year=year, trade=trade, base=base
        )
        s.add(contest)
        s.flush()
        for bib, name in enumerate(who, start=1):
            branch = "a" if name in ("m1", "m2", "m3", "m4") else "b"
            s.add(
                Contestant(
                    contest_id=contest.id,
                    member_id=people[name],
                    bib=f"{bib:03d}",
                    name=name,
                    branch_id=org[f"branch_{branch}"],
                )
            )


def _studios(s, people: dict[str, int], org: dict[str, int]) -> None:  # type: ignore[no-untyped-def]
    from unionoffice.studios.models import Achievement, EvaluationRound, Studio

    s.add(Studio(name="甲工作室", leader_id=people["m1"], branch_id=org["branch_a"], level="company"))
    rounds = {}
    for year, quarter, status in (
        (2024, 4, "closed"),
        (2025, 1, "closed"),
        (2025, 2, "closed"),
        (2025, 3, "open"),
    ):
        r = EvaluationRound(year=year, quarter=quarter, status=status, opened_on=date(year, quarter * 3, 1))
        s.add(r)
        s.flush()
        rounds[(year, quarter)] = r.id
    # Five-small in closed 2025 rounds: Q1 first (A) + third (B), Q2 none (A) → 3; A alone 2.
    # The open Q3 round's grade is provisional and does not count. 2024 Q4: first (B) → 1.
    five = [
        ("a", (2025, 1), "first"),
        ("b", (2025, 1), "third"),
        ("a", (2025, 2), "none"),
        ("a", (2025, 3), "second"),
        ("b", (2024, 4), "first"),
    ]
    for n, (branch, round_key, grade) in enumerate(five, start=1):
        s.add(
            Achievement(
                title=f"五小{n}",
                kind="five_small",
                five_small_kind="innovation",
                branch_id=org[f"branch_{branch}"],
                declared_on=date(round_key[0], 1, 5),
                status="graded",
                round_id=rounds[round_key],
                grade=grade,
            )
        )
    # Patents granted: 2025 invention (A, 50,000.00 benefit in 2025) + utility (B) → 2; 2024 utility (B,
    # 10,000.00 benefit in 2024) → 1.
    for n, (branch, kind, granted, fen) in enumerate(
        (
            ("a", "invention", date(2025, 3, 1), 5_000_000),
            ("b", "utility", date(2025, 8, 1), 0),
            ("b", "utility", date(2024, 2, 1), 1_000_000),
        ),
        start=1,
    ):
        s.add(
            Achievement(
                title=f"专利{n}",
                kind=kind,
                branch_id=org[f"branch_{branch}"],
                declared_on=date(2023, 1, 1),
                granted_on=granted,
                reg_no=f"ZL2023{n:07d}",
                status="declared",
                benefit_fen=fen,
                benefit_year=granted.year if fen else None,
            )
        )


def _dues(s, people: dict[str, int], org: dict[str, int]) -> None:  # type: ignore[no-untyped-def]
    from unionoffice.dues.models import Budget, DuesLine, WelfarePayment

    # Dues 2025: January m1 (A) 26.15 paid, m5 (B) 15.00 paid, m3 (A) exempt; February m1 unpaid 26.15.
    #   → collected 41.15 (A 26.15); January due 41.15 from 2 members, February due 26.15, 1 unpaid.
    # 2024: December m5 15.00 paid → collected 15.00.
    for month, who, branch, fen, status in (
        (date(2025, 1, 1), "m1", "a", 2615, "paid"),
        (date(2025, 1, 1), "m5", "b", 1500, "paid"),
        (date(2025, 1, 1), "m3", "a", 0, "exempt"),
        (date(2025, 2, 1), "m1", "a", 2615, "unpaid"),
        (date(2024, 12, 1), "m5", "b", 1500, "paid"),
    ):
        s.add(
            DuesLine(
                month=month,
                member_id=people[who],
                branch_id=org[f"branch_{branch}"],
                dues_fen=fen,
                status=status,
                paid_fen=fen if status == "paid" else None,
            )
        )
    # Welfare 2025: m1 (A) birthday 300.00 signed for, m5 (B) hospital 800.00 issued, m6 (B) wedding
    # 500.00 cancelled (counts nowhere) → 1,100.00 (A 300.00). 2024: m5 birthday 200.00 → 200.00.
    for year, who, branch, item, fen, status in (
        (2025, "m1", "a", "birthday", 30000, "paid"),
        (2025, "m5", "b", "hospital", 80000, "issued"),
        (2025, "m6", "b", "wedding", 50000, "cancelled"),
        (2024, "m5", "b", "birthday", 20000, "paid"),
    ):
        s.add(
            WelfarePayment(
                member_id=people[who],
                branch_id=org[f"branch_{branch}"],
                item=item,
                amount_fen=fen,
                event_date=date(year, 5, 1),
                year=year,
                status=status,
            )
        )
    # Budgets 2025: A welfare 1,000.00, B welfare 2,000.00 and contest prizes 500.00 (nothing spent)
    # → (300.00 + 800.00) / 3,500.00 = 31.4 %; A alone 300.00 / 1,000.00 = 30.0 %. No 2024 budget.
    for branch, category, fen in (
        ("a", "welfare", 100000),
        ("b", "welfare", 200000),
        ("b", "contest_prizes", 50000),
    ):
        s.add(Budget(branch_id=org[f"branch_{branch}"], year=2025, category=category, amount_fen=fen))


def _congress(s, people: dict[str, int], org: dict[str, int]) -> None:  # type: ignore[no-untyped-def]
    from unionoffice.congress.models import CongressSession, Proposal, Representative

    # One session; four proposals: two closed (A, B), one assigned and past due (B), one rejected.
    # Accepted 3 (closed, closed, assigned), closed 2 → 66.7 %; overdue 1.
    session = CongressSession(name="第一届职工代表大会第一次会议", held_on=date(2025, 3, 1))
    s.add(session)
    s.flush()
    reps = {}
    for who, branch in (("m1", "a"), ("m5", "b")):
        rep = Representative(
            session_id=session.id,
            member_id=people[who],
            branch_id=org[f"branch_{branch}"],
            category="front_line",
        )
        s.add(rep)
        s.flush()
        reps[who] = (rep.id, org[f"branch_{branch}"])
    for number, (who, status) in enumerate(
        (("m1", "closed"), ("m5", "closed"), ("m5", "assigned"), ("m1", "rejected")), start=1
    ):
        rep_id, branch_id = reps[who]
        s.add(
            Proposal(
                session_id=session.id,
                number=number,
                title=f"提案{number}",
                category="safety",
                proposer_id=rep_id,
                branch_id=branch_id,
                submitted_on=date(2025, 3, 1),
                status=status,
                assigned_on=date(2025, 3, 10) if status != "rejected" else None,
                due_on=date(2025, 6, 1) if status != "rejected" else None,
            )
        )


@pytest.fixture
def world(db: Database, org: dict[str, int]) -> World:
    from unionoffice.core.org.models import OrgUnit

    with db.transaction(None) as s:
        s.get(OrgUnit, org["branch_a"]).headcount = 10
        s.get(OrgUnit, org["branch_b"]).headcount = 5
        people = _people(s, org)
        _medical(s, people, org)
        _contests(s, people, org)
        _studios(s, people, org)
        _dues(s, people, org)
        _congress(s, people, org)
    return World(db, org["branch_a"], org["branch_b"], people)
