"""Normalisation, weights and ranking, on indicators whose values the test chooses.

Branch unions of the ``org`` fixture: A (心兴分工会) and B (氢力分工会), in that order.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from tests.scorecard.conftest import Fixed
from unionoffice.foundation.errors import PermissionDenied, ValidationError
from unionoffice.scorecard.compute import scorecard
from unionoffice.scorecard.labels import Quarter
from unionoffice.scorecard.weights import save_weights, weights_on

Q3 = Quarter(2026, 3)


def test_quarters_parse_and_name_their_days():
    q = Quarter.parse(" 2026q3 ")
    assert (q.start, q.end, q.code) == (date(2026, 7, 1), date(2026, 9, 30), "2026Q3")
    assert Quarter(2026, 1).previous == Quarter(2025, 4) and Quarter(2025, 4).next == Quarter(2026, 1)
    assert Quarter(2024, 1).end == date(2024, 3, 31) and Quarter.of(date(2026, 12, 3)) == Quarter(2026, 4)
    with pytest.raises(Exception, match="2026Q3"):
        Quarter.parse("2026-13")


def test_scores_follow_the_best_branch_and_add_up_to_the_weight(db, admin, org, offered):
    a, b = org["branch_a"], org["branch_b"]
    offered(
        Fixed("t.more", "多为好", given={a: Decimal(8), b: Decimal(10)}),
        Fixed("t.less", "少为好", higher_is_better=False, given={a: Decimal(2), b: Decimal(4)}),
    )
    save_weights(db, admin, date(2026, 7, 1), {"t.more": 60, "t.less": 40}, _known())
    card = scorecard(db, admin, Q3)
    # more: A 8/10 × 60 = 48, B 60; less: A best (2) → 40, B 2/4 × 40 = 20. A 88, B 80.
    assert [(x.name, x.scores, x.total, x.rank) for x in card.branches] == [
        ("心兴分工会", [Decimal("48.00"), Decimal("40.00")], Decimal("88.00"), 1),
        ("氢力分工会", [Decimal("60.00"), Decimal("20.00")], Decimal("80.00"), 2),
    ]
    assert card.weights_from == date(2026, 7, 1) and card.notes == []
    assert any("心兴分工会以 88.00 分位列第一" in h for h in card.highlights)
    assert any("少为好：心兴分工会最好（2 件）" in h for h in card.highlights)


def test_an_indicator_without_a_weight_is_listed_but_not_scored_and_the_screen_says_so(
    db, admin, org, offered
):
    a, b = org["branch_a"], org["branch_b"]
    offered(
        Fixed("t.weighted", "有权重", given={a: Decimal(1), b: Decimal(2)}),
        Fixed("dues.collected", "会费收缴率", unit="%", given={a: Decimal("99.5"), b: Decimal("80")}),
    )
    save_weights(db, admin, date(2026, 1, 1), {"t.weighted": 100}, _known())
    card = scorecard(db, admin, Q3)
    dues = card.indicators[card.index("dues.collected")]
    assert dues.weight == 0 and not dues.scored
    assert card.branch("心兴分工会").values[1] == Decimal("99.5")  # listed
    assert card.branch("心兴分工会").scores == [Decimal("50.00"), Decimal(0)]  # not scored
    assert card.notes == ["以下指标没有权重（权重为 0），只列出、不计分：会费收缴率。"]


def test_equal_totals_share_a_rank_and_zero_everywhere_scores_nothing(db, admin, org, offered):
    a, b = org["branch_a"], org["branch_b"]
    offered(Fixed("t.same", "相同", given={a: Decimal(3), b: Decimal(3)}), Fixed("t.none", "全零", given={}))
    save_weights(db, admin, date(2026, 1, 1), {"t.same": 50, "t.none": 50}, _known())
    card = scorecard(db, admin, Q3)
    assert [(x.total, x.rank) for x in card.branches] == [(Decimal("50.00"), 1), (Decimal("50.00"), 1)]
    assert [x.values[1] for x in card.branches] == [None, None]


def test_lower_is_better_gives_a_value_of_zero_the_full_weight(db, admin, org, offered):
    a, b = org["branch_a"], org["branch_b"]
    offered(Fixed("t.late", "逾期", higher_is_better=False, given={a: Decimal(0), b: Decimal(5)}))
    save_weights(db, admin, date(2026, 1, 1), {"t.late": 100}, _known())
    card = scorecard(db, admin, Q3)
    assert [(x.name, x.total) for x in card.branches] == [
        ("心兴分工会", Decimal("100.00")),
        ("氢力分工会", Decimal(0)),
    ]


def test_weights_that_do_not_add_up_are_refused_naming_the_rule_and_nothing_is_written(
    db, admin, org, offered
):
    offered(Fixed("t.x", "甲"), Fixed("t.y", "乙"))
    with pytest.raises(ValidationError) as refused:
        save_weights(db, admin, date(2026, 10, 1), {"t.x": 60, "t.y": 39}, _known())
    assert "权重合计为 99，不符合规则：各项指标权重之和必须等于 100" in str(refused.value)
    assert refused.value.problems[0].field == "权重合计"
    with pytest.raises(ValidationError, match="季度的第一天"):
        save_weights(db, admin, date(2026, 10, 2), {"t.x": 60, "t.y": 40}, _known())
    with pytest.raises(ValidationError, match="没有这个比较指标"):
        save_weights(db, admin, date(2026, 10, 1), {"t.x": 60, "t.gone": 40}, _known())
    with db.read() as s:
        assert weights_on(s, date(2026, 12, 31)).effective_from == date(2026, 1, 1)  # only the seed


def test_weights_are_dated_a_quarter_takes_the_set_in_force_on_its_first_day(db, admin, org, offered):
    offered(Fixed("t.x", "甲"), Fixed("t.y", "乙"))
    save_weights(db, admin, date(2026, 10, 1), {"t.x": 70, "t.y": 30}, _known())
    assert [x.weight for x in scorecard(db, admin, Quarter(2026, 4)).indicators] == [70, 30]
    assert scorecard(db, admin, Q3).weights_from == date(2026, 1, 1)  # the migration's seed
    save_weights(db, admin, date(2026, 10, 1), {"t.x": 50, "t.y": 50}, _known())  # replaces that set
    assert [x.weight for x in scorecard(db, admin, Quarter(2026, 4)).indicators] == [50, 50]


def test_only_administrators_decide_weights(db, clerk_a, viewer, offered):
    offered(Fixed("t.x", "甲"))
    for actor in (clerk_a, viewer):
        with pytest.raises(PermissionDenied):
            save_weights(db, actor, date(2026, 10, 1), {"t.x": 100}, _known())
        assert scorecard(db, actor, Q3).quarter == "2026Q3"  # but they read the scorecard


def _known():  # type: ignore[no-untyped-def]
    from unionoffice.scorecard import compute

    return compute.indicators()
