"""The register on a past day, the monthly change return and membership rates with the headcount
of their time: counted by hand on a small union, and held against each other on the demo."""

from __future__ import annotations

from datetime import date

import pytest

from unionoffice.foundation.identity import generate_id_number
from unionoffice.members import applications, lifecycle, rates, service
from unionoffice.members.contract import (
    ApplicationInput,
    Approval,
    HeadcountInput,
    MemberInput,
    StatusChange,
)
from unionoffice.members.headcounts import save_headcount
from unionoffice.members.labels import MemberStatus, StatusCause
from unionoffice.members.register import live_counts, monthly_return, register_counts


def _member(db, actor, branch: int, seq: int, joined: date) -> int:  # type: ignore[no-untyped-def]
    number = generate_id_number("410702", date(1990, 1, 1), seq, "M")
    data = MemberInput(
        name=f"会员{'甲乙丙丁戊己庚辛壬癸子丑寅卯'[seq]}",
        id_number=number,
        branch_id=branch,
        join_date=joined,
    )
    return service.create_member(db, actor, data)


def _status(db, actor, member_id: int, status: MemberStatus, on: date, **extra) -> None:  # type: ignore[no-untyped-def]
    version = service.get_member(db, actor, member_id).version
    lifecycle.change_status(
        db, actor, StatusChange(member_id=member_id, version=version, status=status, on=on, **extra)
    )


@pytest.fixture
def october(db, org, admin):  # type: ignore[no-untyped-def]
    """A small union whose October 2026 is counted by hand (see the test)."""
    a, b = org["branch_a"], org["branch_b"]
    m = {}
    m[1] = _member(db, admin, a, 1, date(2026, 1, 10))
    m[2] = _member(db, admin, a, 2, date(2026, 2, 1))
    m[3] = _member(db, admin, b, 3, date(2025, 6, 1))
    m[4] = _member(db, admin, a, 4, date(2026, 3, 5))
    m[5] = _member(db, admin, a, 5, date(2026, 3, 5))
    m[6] = _member(db, admin, b, 6, date(2026, 4, 1))
    m[7] = _member(db, admin, b, 7, date(2026, 5, 1))
    m[8] = _member(db, admin, a, 8, date(2026, 5, 1))
    m[9] = _member(db, admin, b, 9, date(2026, 6, 1))
    m[10] = _member(db, admin, a, 10, date(2026, 10, 5))
    m[12] = _member(db, admin, a, 12, date(2026, 9, 1))
    m[13] = _member(db, admin, a, 13, date(2026, 11, 2))
    _status(db, admin, m[4], MemberStatus.RETAINED, date(2026, 10, 10), cause=StatusCause.RETIRED)
    _status(
        db, admin, m[5], MemberStatus.TRANSFERRED_OUT, date(2026, 10, 12), other_org="新乡市化工集团公司工会"
    )
    version = service.get_member(db, admin, m[6]).version
    lifecycle.transfer(db, admin, m[6], version, a, None, date(2026, 10, 15), "工作调动")
    _status(db, admin, m[7], MemberStatus.DECEASED, date(2026, 10, 20))
    _status(db, admin, m[8], MemberStatus.LEFT, date(2026, 10, 21), cause=StatusCause.VOLUNTARY)
    _status(db, admin, m[9], MemberStatus.EXPELLED, date(2026, 10, 22))
    _status(db, admin, m[12], MemberStatus.LEFT, date(2026, 9, 15), cause=StatusCause.VOLUNTARY)
    application = applications.save_application(
        db,
        admin,
        ApplicationInput(
            name="会员转入",
            id_number=generate_id_number("410702", date(1990, 1, 1), 11, "M"),
            branch_id=b,
            applied_on=date(2026, 10, 15),
            from_org="河南能源化工集团工会",
            letter_no="转字〔2026〕第012号",
        ),
    )
    approved = applications.approve(
        db, admin, Approval(application_ids=(application,), meeting_date=date(2026, 10, 18))
    )
    m[11] = approved.member_ids[0]
    return m


def test_the_october_return_matches_the_hand_count(db, org, admin, october):
    report = monthly_return(db, admin, date(2026, 10, 1))
    rows = {r.branch_id: r for r in report.rows}
    a, b, total = rows[org["branch_a"]], rows[org["branch_b"]], report.total
    # A on 30 September: m1 m2 m4 m5 m8 (m12 left in September, m6 was in B, m10 and m13 not yet).
    # October: m10 joins, m6 comes from B, m5 goes to another union, m8 withdraws, m4 retires (stays).
    assert (a.opening, a.joins, a.transfers_in, a.transfers_out, a.withdrawals, a.deaths, a.closing) == (
        5, 1, 1, 1, 1, 0, 5,
    )  # fmt: skip
    assert (a.retained, a.to_retained, a.from_retained, a.expelled) == (1, 1, 0, 0)
    # B on 30 September: m3 m6 m7 m9. October: m11 transfers in from another union, m6 moves to A,
    # m9 is expelled, m7 dies.
    assert (b.opening, b.joins, b.transfers_in, b.transfers_out, b.withdrawals, b.deaths, b.closing) == (
        4, 0, 1, 1, 1, 1, 2,
    )  # fmt: skip
    assert b.expelled == 1
    # The union: the move between A and B is no transfer at all.
    assert (
        total.opening, total.joins, total.transfers_in, total.transfers_out, total.withdrawals, total.deaths,
        total.closing, total.retained,
    ) == (9, 1, 1, 1, 2, 1, 7, 1)  # fmt: skip
    assert all(r.balances for r in [*report.rows, total])
    with db.read() as s:
        counted = register_counts(s, date(2026, 10, 31))
    assert counted[org["branch_a"]] == (4, 1) and counted[org["branch_b"]] == (2, 0)
    september = monthly_return(db, admin, date(2026, 9, 30))
    assert [r.closing for r in september.rows] == [r.opening for r in report.rows]
    assert september.total.withdrawals == 1  # m12


def test_a_clerk_sees_only_their_branch_and_its_total(db, org, clerk_a, october):
    report = monthly_return(db, clerk_a, date(2026, 10, 1))
    assert [r.branch_id for r in report.rows] == [org["branch_a"]]
    # Seen from A alone, m6 arriving from B is a transfer in.
    assert (report.total.transfers_in, report.total.closing) == (1, 5)


def test_a_retired_member_stays_in_the_register_and_is_counted_apart(db, org, admin, october):
    by_branch = {r.branch_id: r for r in rates.membership_rates(db, admin)}
    a = by_branch[org["branch_a"]]
    assert (a.members, a.retained) == (5, 1)  # m4 is 保留会籍: in the register, not in the rate
    detail = service.get_member(db, admin, october[4])
    assert detail.status == MemberStatus.RETAINED and detail.status_cause == StatusCause.RETIRED
    with db.read() as s:
        assert live_counts(s)[org["branch_a"]] == (5, 1)  # m13 joined in November


def test_past_rates_use_the_headcount_of_their_month(db, org, admin, october):
    a = org["branch_a"]
    for month, count in ((date(2025, 6, 1), 20), (date(2026, 1, 1), 30)):
        save_headcount(db, admin, HeadcountInput(branch_id=a, month=month, headcount=count))
    with db.transaction(admin) as s:
        from unionoffice.core.org.models import OrgUnit

        s.get(OrgUnit, a).headcount = 50
    on = {r.branch_id: r for r in rates.membership_rates(db, admin, date(2025, 12, 31))}[a]
    assert (on.headcount, on.headcount_month, on.members) == (20, date(2025, 6, 1), 0)
    later = {r.branch_id: r for r in rates.membership_rates(db, admin, date(2026, 10, 31))}[a]
    assert (later.headcount, later.headcount_month, later.members, later.retained) == (
        30,
        date(2026, 1, 1),
        4,
        1,
    )
    before = {r.branch_id: r for r in rates.membership_rates(db, admin, date(2024, 12, 31))}[a]
    assert (before.headcount, before.headcount_month) == (50, None)  # nothing recorded yet: the unit's figure


def test_the_demo_october_return_balances_and_closes_on_the_register(demo_db):
    from tests.factories import actor_of

    admin = actor_of(demo_db, "admin")
    report = monthly_return(demo_db, admin, date(2026, 10, 1))
    assert len(report.rows) == 4
    for row in [*report.rows, report.total]:
        assert (
            row.opening + row.joins + row.transfers_in - row.transfers_out - row.withdrawals - row.deaths
            == row.closing
        ), row
    with demo_db.read() as s:
        counted = register_counts(s, date(2026, 10, 31))
    for row in report.rows:
        assert row.closing == sum(counted[row.branch_id]) and row.retained == counted[row.branch_id][1]
    assert report.total.closing == sum(sum(c) for c in counted.values())
    september = monthly_return(demo_db, admin, date(2026, 9, 1))
    assert [r.opening for r in report.rows] == [r.closing for r in september.rows]
    assert report.total.opening == september.total.closing
    t = report.total
    # The demo's October exercises every column.
    assert (
        min(t.joins, t.transfers_in, t.transfers_out, t.withdrawals, t.expelled, t.deaths, t.to_retained) > 0
    )
    assert sum(r.transfers_in for r in report.rows) > t.transfers_in  # moves between branch unions


def test_the_history_agrees_with_the_register_today(demo_db):
    with demo_db.read() as s:
        assert register_counts(s, date.today()) == live_counts(s)


def test_the_demo_2024_rate_uses_2024_headcount(demo_db):
    from sqlalchemy import select

    from tests.factories import actor_of
    from unionoffice.members.models import Headcount

    admin = actor_of(demo_db, "admin")
    past = rates.membership_rates(demo_db, admin, date(2024, 12, 31))
    now = {r.branch_id: r for r in rates.membership_rates(demo_db, admin)}
    with demo_db.read() as s:
        recorded = {
            branch: count
            for branch, count in s.execute(
                select(Headcount.branch_id, Headcount.headcount).where(Headcount.month == date(2024, 12, 1))
            )
        }
        counted = register_counts(s, date(2024, 12, 31))
    for r in past:
        assert r.headcount == recorded[r.branch_id] and r.headcount_month == date(2024, 12, 1)
        assert r.members == counted[r.branch_id][0]
        assert r.headcount != now[r.branch_id].headcount
    total, today = rates.union_rate(past), rates.union_rate(list(now.values()))
    assert total.rate is not None and today.rate is not None and total.rate < today.rate


def test_a_merge_of_branch_unions_is_written_into_the_history(db, org, admin, october):
    from unionoffice.core.org import service as org_service

    assert org_service.merge_units(db, admin, org["branch_b"], org["branch_a"]) > 0
    with db.read() as s:
        assert register_counts(s, date.today()) == live_counts(s)
        # Before today the members were in B, and October's figures stay as they were.
        assert register_counts(s, date(2026, 10, 31))[org["branch_b"]] == (2, 0)
    report = monthly_return(db, admin, date(2026, 10, 1))
    assert {r.branch_id: r.closing for r in report.rows}[org["branch_b"]] == 2  # a retired unit still reports
