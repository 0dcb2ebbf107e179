"""Hand-computed tables for aggregation, weighting, rounding, tie-breaks and award cut-offs."""

from __future__ import annotations

from decimal import Decimal as D  # noqa: N817 - short for the many literals below

import pytest

from unionoffice.contests.scoring import (
    Aggregation,
    AwardRule,
    ContestantScore,
    EventRule,
    ItemRule,
    TieRule,
    aggregate,
    assign_awards,
    judge_deviations,
    rank,
    round_score,
    score_contestant,
)

DEFAULT = Aggregation("trimmed", 1, 5)


@pytest.mark.parametrize(
    ("marks", "agg", "expected"),
    [
        ([800, 900, 700], DEFAULT, D(8)),  # 3 judges: below 5, plain mean (8+9+7)/3
        ([800, 900, 700, 1000], DEFAULT, D("8.5")),  # 4 judges: plain mean 34/4
        ([600, 800, 900, 700, 1000], DEFAULT, D(8)),  # 5: drop 10 and 6 → (8+9+7)/3
        ([500, 950, 800, 850, 900, 700, 1000], DEFAULT, D("8.4")),  # 7: drop 10 and 5 → 42/5
        ([500, 950, 800, 850, 900, 700, 1000], Aggregation("trimmed", 2, 7), D("8.5")),  # drop 2+2 → 25.5/3
        ([600, 800, 900, 700, 1000], Aggregation("mean"), D(8)),  # mean of 5: 40/5
        ([850, 850, 900], DEFAULT, D(2600) / 3 / 100),  # exact thirds kept until rounding
        ([], DEFAULT, None),
    ],
)
def test_aggregate(marks: list[int], agg: Aggregation, expected: D | None) -> None:
    assert aggregate(marks, agg) == expected


@pytest.mark.parametrize(
    ("value", "places", "expected"),
    [
        (D("84.125"), 2, D("84.13")),
        (D("84.124999"), 2, D("84.12")),
        (D("2.5"), 0, D(3)),
        (D("86.6666"), 1, D("86.7")),
    ],
)
def test_round_half_up(value: D, places: int, expected: D) -> None:
    assert round_score(value, places) == expected


THEORY = EventRule(1, "theory", "theory", 3000, Aggregation("mean"), (ItemRule(10, "T"),))
PRACTICAL = EventRule(
    2, "practical", "practical", 7000, DEFAULT, (ItemRule(20, "P1"), ItemRule(21, "P2", 50))
)


def test_weighted_final_with_item_weight_and_rounding() -> None:
    # theory 85 → 85.00; practical P1 trimmed (30,32,34,36,38 → 32,34,36 → 34) + P2 (mean 17,18,19 = 18)×0.5 = 43.00
    # final 85×0.3 + 43×0.7 = 25.5 + 30.1 = 55.60
    score = score_contestant(
        1, {10: [8500], 20: [3000, 3200, 3400, 3600, 3800], 21: [1700, 1800, 1900]}, [THEORY, PRACTICAL], 2
    )
    assert score.event_scores == {1: D("85.00"), 2: D("43.00")}
    assert score.final == D("55.60")


def test_event_score_rounds_before_weighting() -> None:
    # P1 mean of 3 thirds: (10+10+11)/3 = 10.333… → event 10.33 (+ P2 0) ; final 0.7×10.33 = 7.231 → 7.23
    score = score_contestant(1, {10: [0], 20: [1000, 1000, 1100], 21: [0]}, [THEORY, PRACTICAL], 2)
    assert score.event_scores[2] == D("10.33")
    assert score.final == D("7.23")


def test_missing_mark_leaves_contestant_unranked() -> None:
    score = score_contestant(1, {10: [8000], 20: [3000]}, [THEORY, PRACTICAL], 2)
    assert score.event_scores[2] is None and score.final is None


def _score(cid: int, final: str, practical: str, item: str) -> ContestantScore:
    return ContestantScore(cid, {21: D(item)}, {1: D(0), 2: D(practical)}, D(final))


def test_tie_breaks_in_order_then_shared_rank() -> None:
    rules = [TieRule("event", 2, "实操高者在前"), TieRule("item", 21, "故障排查高者在前")]
    scores = [
        _score(1, "90", "60", "20"),
        _score(2, "92", "50", "10"),
        _score(3, "90", "62", "10"),  # same final as 1, higher practical → ahead of 1
        _score(4, "90", "60", "25"),  # same final and practical as 1, higher item → ahead of 1
        _score(5, "90", "60", "20"),  # identical to 1 on every rule → shares its rank
        ContestantScore(6, {}, {1: None, 2: None}, None),
    ]
    ranked = rank(scores, rules)
    assert [(s.contestant_id, s.rank) for s in ranked] == [(2, 1), (3, 2), (4, 3), (1, 4), (5, 4), (6, None)]
    assert ranked[1].tie_note == "实操高者在前"


@pytest.mark.parametrize(
    ("rule", "ranks", "expected"),
    [
        (
            AwardRule("count", (("一等奖", 1), ("二等奖", 2), ("三等奖", 3))),
            [1, 2, 3, 4, 5, 6, 7],
            ["一等奖", "二等奖", "二等奖", "三等奖", "三等奖", "三等奖", ""],
        ),
        # a shared 3rd place at the 二等奖 cut-off: both get 二等奖, later ranks are unchanged
        (
            AwardRule("count", (("一等奖", 1), ("二等奖", 2), ("三等奖", 3))),
            [1, 2, 3, 3, 5, 6, 7],
            ["一等奖", "二等奖", "二等奖", "二等奖", "三等奖", "三等奖", ""],
        ),
        # 10 % / 20 % / 30 % of 7 ranked: 0.7→1, 1.4→1, 2.1→2 (half up) → cut-offs at 1, 2, 4
        (
            AwardRule("percent", (("一等奖", 1000), ("二等奖", 2000), ("三等奖", 3000))),
            [1, 2, 3, 4, 5, 6, 7],
            ["一等奖", "二等奖", "三等奖", "三等奖", "", "", ""],
        ),
        # 15 % of 10 = 1.5 → 2 (ROUND_HALF_UP)
        (AwardRule("percent", (("一等奖", 1500),)), list(range(1, 11)), ["一等奖", "一等奖"] + [""] * 8),
    ],
)
def test_award_cutoffs(rule: AwardRule, ranks: list[int], expected: list[str]) -> None:
    scores = [ContestantScore(n, {}, {}, D(100 - n), rank=r) for n, r in enumerate(ranks)]
    assign_awards(scores, rule)
    assert [s.award for s in scores] == expected


def test_judge_deviation_flags_lenient_judge() -> None:
    # item max 10: judge 3 is 2 points (20 %) above the other two on every cell
    panel = {(c, 1): {1: 600, 2: 600, 3: 800} for c in range(4)}
    stats = {d.judge_id: d for d in judge_deviations(panel, {1: 1000}, D(5))}
    # judge 3: (8 − 6)/10 = +20 %; judges 1, 2: (6 − 7)/10 = −10 %
    assert stats[3].mean_pct == D("20.00") and stats[3].flagged
    assert stats[1].mean_pct == D("-10.00") and stats[1].flagged
    assert not judge_deviations(panel, {1: 1000}, D(25))[2].flagged
