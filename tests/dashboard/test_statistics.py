"""Every statistic the dashboard and the report use, against the hand-counted union in conftest."""

from __future__ import annotations

from datetime import date

import pytest

from unionoffice.contests.service.entrants import list_contests
from unionoffice.contests.service.stats import EntryCount, entry_counts
from unionoffice.dashboard.service import dashboard_figures
from unionoffice.foundation.errors import PermissionDenied
from unionoffice.medical.service import ledger
from unionoffice.medical.service.listing import ClaimFilter, claim_source
from unionoffice.medical.service.reports import scheme_by_year
from unionoffice.members.reports import membership_rates
from unionoffice.members.search import MemberFilter, member_source
from unionoffice.studios.labels import Grade, Kind
from unionoffice.studios.service.achievements import AchievementFilter, achievement_source
from unionoffice.studios.service.stats import statistics


def test_members_in_the_union_on_a_past_day_and_now(world, viewer):
    on_2025 = {r.branch_id: r.members for r in membership_rates(world.db, viewer, date(2025, 12, 31))}
    on_2024 = {r.branch_id: r.members for r in membership_rates(world.db, viewer, date(2024, 12, 31))}
    now = {r.branch_id: r.members for r in membership_rates(world.db, viewer)}
    assert on_2025 == {world.a: 2, world.b: 3}
    assert on_2024 == {world.a: 3, world.b: 3}
    assert now == {world.a: 2, world.b: 3}  # m1 and m2 active in A today
    only_a = membership_rates(world.db, viewer, date(2025, 12, 31), world.a)
    assert [(r.branch_id, r.members, r.headcount, r.rate_text) for r in only_a] == [(world.a, 2, 10, "20.0%")]


def test_a_clerk_cannot_ask_for_another_branch(world, clerk_a):
    with pytest.raises(PermissionDenied):
        membership_rates(world.db, clerk_a, branch_id=world.b)
    with pytest.raises(PermissionDenied):
        dashboard_figures(world.db, clerk_a, 2025, world.a)  # clerks have no dashboard


def test_aid_totals_and_benefit_types_per_branch(world, viewer):
    totals = ledger.aid_totals(world.db, viewer, "union", 2024, 2025)
    assert totals.by_year == ((2024, 30000, 1, 1), (2025, 170000, 2, 3))
    only_a = ledger.aid_totals(world.db, viewer, "union", 2024, 2025, world.a)
    assert only_a.by_year == ((2025, 120000, 1, 2),)
    scheme = scheme_by_year(world.db, viewer, 2025)
    assert sorted(ledger.benefit_breakdown(world.db, viewer, scheme)) == [
        ("accident", 1, 1, 20000),
        ("inpatient", 2, 2, 150000),
    ]
    assert sorted(ledger.benefit_breakdown(world.db, viewer, scheme, world.b)) == [("inpatient", 1, 1, 50000)]


def test_contest_entries_per_trade_and_base(world, viewer):
    assert entry_counts(world.db, viewer, 2025) == [
        EntryCount("焊工", "江西", 1, 1),
        EntryCount("电工", "新乡", 1, 3),
    ]
    assert entry_counts(world.db, viewer, 2025, world.b) == [EntryCount("电工", "新乡", 1, 2)]
    assert [e.entries for e in entry_counts(world.db, viewer, 2024)] == [1]
    assert [c.name for c in list_contests(world.db, viewer, year=2025, trade="电工", base="新乡")] == [
        "2025年电工比武"
    ]


def test_studio_statistics_for_one_branch(world, viewer):
    everything = statistics(world.db, viewer)
    assert everything.five_small_by_quarter[(2025, 1)] == {Grade.FIRST: 1, Grade.THIRD: 1}
    assert everything.five_small_by_quarter[(2025, 2)] == {Grade.NONE: 1}
    assert (2025, 3) not in everything.five_small_by_quarter  # open round: provisional
    assert everything.patents == {(Kind.INVENTION, 2025): 1, (Kind.UTILITY, 2025): 1, (Kind.UTILITY, 2024): 1}
    assert everything.benefit_by_year == {2025: 5_000_000, 2024: 1_000_000}
    only_b = statistics(world.db, viewer, world.b)
    assert only_b.five_small_by_quarter == {(2025, 1): {Grade.THIRD: 1}, (2024, 4): {Grade.FIRST: 1}}
    assert only_b.studios_total == 0 and [r.branch for r in only_b.branches] == ["氢力分工会"]


def test_headlines_compare_with_the_year_before(world, viewer):
    f = dashboard_figures(world.db, viewer, 2025)
    got = {h.key: (h.value, h.previous) for h in f.headlines}
    assert got == {
        "members": (5, 6),
        "rate": (333, 400),
        "aid": (170000, 30000),
        "helped": (2, 1),
        "entries": (4, 1),
        "five_small": (3, 1),
        "patents": (2, 1),
        "benefit": (5_000_000, 1_000_000),
        "dues": (4115, None),  # the ledger has other months last year: no like-for-like change
        "welfare": (110000, 20000),
        "budget": (314, None),  # no 2024 budget: nothing to compare
        "resolution": (667, None),
    }
    assert f.headline("members").change_text == "比上年 −16.7%"
    assert f.headline("rate").text == "33.3%" and f.headline("rate").change_text == "比上年 −6.7 个百分点"
    assert f.headline("aid").text == "0.2 万元"
    assert f.headline("patents").change_text == "比上年 +100.0%"


def test_one_branch_union_scope(world, viewer):
    f = dashboard_figures(world.db, viewer, 2025, world.a)
    got = {h.key: h.value for h in f.headlines}
    assert got == {
        "members": 2,
        "rate": 200,
        "aid": 120000,
        "helped": 1,
        "entries": 2,
        "five_small": 2,
        "patents": 1,
        "benefit": 5_000_000,
        "dues": 2615,
        "welfare": 30000,
        "budget": 300,
        "resolution": 667,  # the congress api counts the whole union; the card says so
    }
    assert f.scope_name == "心兴分工会"
    assert f.headline("resolution").change_text == "全会 · 第一届职工代表大会第一次会议"


def test_charts_carry_the_figures_and_a_drill_per_bar(world, viewer):
    f = dashboard_figures(world.db, viewer, 2025)
    quarters = f.chart("quarters")
    first = next(s for s in quarters.sets if s.name == Grade.FIRST.label)
    assert first.values == [1, 0, 0, 0]
    assert first.drills[0].filters == {
        "kind": "five_small",
        "round_year": 2025,
        "quarter": 1,
        "grade": "first",
    }  # no branch union chosen: the list keeps "all"
    entries = f.chart("entries")
    assert entries.categories == ["焊工", "电工"]
    assert {s.name: s.values for s in entries.sets} == {"新乡": [0, 3], "江西": [1, 0]}
    aid = f.chart("aid_years")
    assert aid.categories[-2:] == ["2024", "2025"] and aid.sets[0].values[-2:] == [30000, 170000]
    members = f.chart("members")
    assert [s.values for s in members.sets] == [[10, 5], [2, 3]]


def test_every_drill_lists_what_its_figure_counts(world, viewer):
    """The list a click opens holds exactly the rows behind the figure."""
    f = dashboard_figures(world.db, viewer, 2025)
    db = world.db
    members = f.headline("members").drill
    # The register filter shows members active today; the 2025 figure also counts m3 (retired 2026).
    assert members.filters == {"status": "active"}  # the register's show_filtered keywords
    assert member_source(db, viewer, MemberFilter(status="active")).count() == 5
    aid = f.headline("aid").drill
    assert aid.module == "medical"
    claims = claim_source(db, viewer, ClaimFilter(year=aid.filters["year"], status=aid.filters["status"]))
    assert claims.count() == 3
    for key, expected in (("five_small", 3), ("patents", 2), ("benefit", 1)):
        drill = f.headline(key).drill
        assert achievement_source(db, viewer, AchievementFilter(**drill.filters)).count() == expected, key
    first_q1 = next(s for s in f.chart("quarters").sets if s.name == Grade.FIRST.label).drills[0]
    assert achievement_source(db, viewer, AchievementFilter(**first_q1.filters)).count() == 1
    b_only = dashboard_figures(db, viewer, 2025, world.b).headline("five_small").drill
    assert achievement_source(db, viewer, AchievementFilter(**b_only.filters)).count() == 1
