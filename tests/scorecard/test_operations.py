"""The scorecard's operations through the service contract, as the tab (or the server) calls them."""

from __future__ import annotations

from datetime import date

import pytest

from unionoffice.foundation.contract import Empty
from unionoffice.foundation.errors import PermissionDenied, UserError, ValidationError
from unionoffice.scorecard import contract as scorecard
from unionoffice.scorecard.contract import (
    BulletinRequest,
    QuarterRequest,
    ScorecardOpen,
    WeightLine,
    WeightsSave,
)
from unionoffice.scorecard.labels import last_complete

SEED = {"members.rate": 30, "medical.enrolment": 20, "studios.five_small": 25, "contests.entries": 25}


def test_opening_brings_the_quarters_and_the_newest_complete_quarter(db, org, clerk_a, services_as):
    services = services_as(db, clerk_a)
    screen = services.call(scorecard.OPEN, ScorecardOpen())
    assert screen.card.quarter == last_complete().code and screen.quarters[1] == screen.card.quarter
    assert [b.name for b in screen.card.branches] == ["心兴分工会", "氢力分工会"]  # every branch union
    weights = {line.key: line.weight for line in screen.card.indicators}
    assert {k: w for k, w in weights.items() if w} == SEED  # indicators added later weigh 0
    card = services.call(scorecard.CARD, QuarterRequest("2026Q3"))
    assert (card.start, card.end) == (date(2026, 7, 1), date(2026, 9, 30))
    with pytest.raises(UserError, match="2026Q3"):
        services.call(scorecard.CARD, QuarterRequest("第三季度"))


def test_saving_weights_answers_with_the_scorecard_recomputed(db, org, admin, services_as):
    services = services_as(db, admin)
    lines = [WeightLine("members.rate", 40), WeightLine("medical.enrolment", 10)]
    lines += [WeightLine("studios.five_small", 25), WeightLine("contests.entries", 25)]
    card = services.call(scorecard.SAVE_WEIGHTS, WeightsSave(date(2026, 7, 1), lines, "2026Q3"))
    assert card.weights_from == date(2026, 7, 1) and card.indicators[card.index("members.rate")].weight == 40
    history = services.call(scorecard.HISTORY, Empty())
    assert [s.effective_from for s in history.sets] == [date(2026, 7, 1), date(2026, 1, 1)]
    assert history.labels["members.rate"] == "入会率"


def test_a_refusal_arrives_with_its_field_problems_and_clerks_cannot_save(
    db, org, admin, clerk_a, services_as
):
    lines = [WeightLine(key, weight) for key, weight in SEED.items()]
    lines[0] = WeightLine("members.rate", 31)
    with pytest.raises(ValidationError) as refused:
        services_as(db, admin).call(scorecard.SAVE_WEIGHTS, WeightsSave(date(2026, 10, 1), lines, "2026Q3"))
    assert [p.field for p in refused.value.problems] == ["权重合计"]
    assert "各项指标权重之和必须等于 100" in refused.value.problems[0].message
    with pytest.raises(PermissionDenied):
        services_as(db, clerk_a).call(scorecard.SAVE_WEIGHTS, WeightsSave(date(2026, 10, 1), lines, "2026Q3"))
    assert len(services_as(db, admin).call(scorecard.HISTORY, Empty()).sets) == 1  # nothing written


def test_the_bulletin_is_a_job_that_returns_the_pdf(db, org, viewer, services_as):
    services = services_as(db, viewer)
    file = services.call(scorecard.BULLETIN, BulletinRequest(["2026Q2", "2026Q3"]))
    assert file.name == "工会简报（分工会比较）2026Q2-2026Q3.pdf" and file.content.startswith(b"%PDF")
