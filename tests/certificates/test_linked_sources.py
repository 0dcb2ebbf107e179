"""Certificates can be issued straight from contest results, graded achievements and honours."""

from __future__ import annotations

from factories import actor_of

from unionoffice.certificates.sources import all_sources, get_source
from unionoffice.certificates.templates import get_template


def _template(key: str):  # type: ignore[no-untyped-def]
    return get_template(key)


def test_the_locked_contest_lists_its_prize_winners(demo_db):
    admin = actor_of(demo_db, "admin")
    assert {"contest", "five_small", "honours"} <= {s.key for s in all_sources()}
    source = get_source("contest")
    batches = source.batches(demo_db, admin)
    assert batches, "the demo's finished electrician contest is locked"
    winners = source.recipients(demo_db, admin, batches[0].key, _template("award_a4"))
    assert winners and all(w.member_id and w.fields["award"] for w in winners)
    assert {w.fields["award"] for w in winners} <= {"一等奖", "二等奖", "三等奖", "优秀奖"}


def test_graded_achievements_give_one_certificate_per_author(demo_db):
    admin = actor_of(demo_db, "admin")
    source = get_source("five_small")
    batches = source.batches(demo_db, admin)
    assert batches
    people = source.recipients(demo_db, admin, batches[0].key, _template("honour_a4"))
    assert people and all(p.fields["project"] and p.fields["award"] for p in people)
