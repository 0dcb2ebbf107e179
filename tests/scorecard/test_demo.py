"""Acceptance: the Q3 2026 scorecard of the demo database recomputes exactly from each module's
own statistics function, cell by cell, and every indicator shipped has figures in that quarter."""

from __future__ import annotations

from datetime import date
from decimal import ROUND_HALF_UP, Decimal

import pytest
from factories import actor_of

from unionoffice.contests.api import entry_counts
from unionoffice.medical.api import Fund, list_schemes
from unionoffice.medical.service.enrolment import enrolment_counts
from unionoffice.members.api import membership_rates
from unionoffice.scorecard.compute import scorecard
from unionoffice.scorecard.labels import Quarter
from unionoffice.scorecard.point import indicators
from unionoffice.studios.api import statistics

Q3 = Quarter(2026, 3)
SHIPPED = ["members.rate", "medical.enrolment", "contests.entries", "studios.five_small"]


def hundredths(count: int, base: int) -> Decimal:
    return (Decimal(count) * 100 / Decimal(base)).quantize(Decimal("0.01"), ROUND_HALF_UP)


@pytest.fixture
def card(demo_db):  # type: ignore[no-untyped-def]
    return scorecard(demo_db, actor_of(demo_db, "admin"), Q3)


def test_the_modules_offer_their_indicators():
    assert set(SHIPPED) <= {i.key for i in indicators()}  # dues and congress add theirs


def test_every_shipped_indicator_has_figures_in_q3_2026(card):
    for key in SHIPPED:
        column = [b.values[card.index(key)] for b in card.branches]
        assert any(v for v in column), key
    assert len(card.branches) == 4 and card.weights_from == date(2026, 1, 1)
    assert sum(line.weight for line in card.indicators) == 100


def test_membership_rate_is_the_rate_membership_rates_gives_at_the_quarters_end(demo_db, card):
    rates = membership_rates(demo_db, actor_of(demo_db, "admin"), Q3.end)
    i = card.index("members.rate")
    assert {b.branch_id: b.values[i] for b in card.branches} == {
        r.branch_id: hundredths(r.members, r.headcount) for r in rates if r.headcount
    }


def test_enrolment_is_the_share_of_active_members_enrolment_counts_does_not_miss(demo_db, card):
    admin = actor_of(demo_db, "admin")
    scheme = next(s for s in list_schemes(demo_db, admin) if s.fund == Fund.UNION and s.year == 2026)
    active = {r.branch_id: r.members for r in membership_rates(demo_db, admin)}  # as the register stands
    i = card.index("medical.enrolment")
    for b in card.branches:
        missing = enrolment_counts(demo_db, admin, scheme.id, b.branch_id).active_not_enrolled
        assert b.values[i] == hundredths(active[b.branch_id] - missing, active[b.branch_id]), b.name


def test_five_small_is_the_closed_rounds_count_per_hundred_members(demo_db, card):
    admin = actor_of(demo_db, "admin")
    members = {r.branch_id: r.members for r in membership_rates(demo_db, admin, Q3.end)}
    i = card.index("studios.five_small")
    for b in card.branches:
        released = sum(
            statistics(demo_db, admin, b.branch_id).five_small_by_quarter.get((2026, 3), {}).values()
        )
        assert b.values[i] == hundredths(released, members[b.branch_id]), b.name


def test_contest_entries_of_the_years_quarters_add_up_to_entry_counts(demo_db, card):
    """``entry_counts`` counts a year; the quarters' scorecards split it by the day each contest was held."""
    admin = actor_of(demo_db, "admin")
    year = [scorecard(demo_db, admin, Quarter(2026, n)) for n in range(1, 5)]
    i = card.index("contests.entries")
    for b in card.branches:
        quarters = sum(q.branch(b.name).values[i] or 0 for q in year)
        assert quarters == sum(e.entries for e in entry_counts(demo_db, admin, 2026, b.branch_id)), b.name
    assert year[2] == card


def test_scores_recompute_from_the_values_and_the_weights(card):
    for i, line in enumerate(card.indicators):
        if not line.scored:
            assert all(b.scores[i] == 0 for b in card.branches), line.key
            continue
        column = [b.values[i] for b in card.branches if b.values[i] is not None]
        best = max(column)
        for b in card.branches:
            expected = (
                (b.values[i] / best * line.weight).quantize(Decimal("0.01"), ROUND_HALF_UP) if best else 0
            )
            assert b.scores[i] == expected, (line.key, b.name)
    totals = [b.total for b in card.branches]
    assert totals == sorted(totals, reverse=True) and [b.rank for b in card.branches][0] == 1
