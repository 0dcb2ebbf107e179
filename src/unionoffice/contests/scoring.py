"""The arithmetic of results, free of the database so it can be tested by hand-computed tables.

Rules (stated on every result sheet):
- an item's mark is the mean of its judges' marks; with the trimmed rule and at least
  ``drop_min_judges`` marks, the ``drop_n`` highest and ``drop_n`` lowest are dropped first;
- an event score is the sum of item marks × item weight, rounded half-up to ``places`` decimals;
- the final score is the sum of event scores × event weight, rounded half-up the same way;
- ties: the configured rules in order (higher event score, higher item mark), then a shared rank;
- awards go by rank, so contestants sharing a rank at a cut-off get the same (higher) award;
  shares are of all participants (ranked or not); nobody below the pass line gets an award.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal
from itertools import pairwise

# The trimmed mean is shared with the five-small panels; contests keep using it by these names.
from unionoffice.core.judging.trimmed import CENT, Aggregation, aggregate, round_score


@dataclass(frozen=True)
class ItemRule:
    id: int
    code: str
    weight_centi: int = 100


@dataclass(frozen=True)
class EventRule:
    id: int
    code: str
    kind: str
    weight_bp: int
    agg: Aggregation
    items: tuple[ItemRule, ...]


@dataclass
class ContestantScore:
    contestant_id: int
    item_marks: dict[int, Decimal | None]  # item id → aggregated mark
    event_scores: dict[int, Decimal | None]  # event id → rounded event score (None: incomplete)
    final: Decimal | None
    rank: int | None = None
    award: str = ""
    tie_note: str = ""


def score_contestant(
    contestant_id: int, marks: Mapping[int, Sequence[int]], events: Sequence[EventRule], places: int
) -> ContestantScore:
    """``marks``: item id → every judge's raw mark in hundredths."""
    item_marks: dict[int, Decimal | None] = {}
    event_scores: dict[int, Decimal | None] = {}
    final = Decimal(0)
    complete = True
    for event in events:
        total = Decimal(0)
        event_complete = True
        for item in event.items:
            mark = aggregate(marks.get(item.id, ()), event.agg)
            item_marks[item.id] = mark
            if mark is None:
                event_complete = False
            else:
                total += mark * item.weight_centi / CENT
        if event_complete:
            score = round_score(total, places)
            event_scores[event.id] = score
            final += score * event.weight_bp / Decimal(10_000)
        else:
            event_scores[event.id] = None
            complete = False
    return ContestantScore(
        contestant_id, item_marks, event_scores, round_score(final, places) if complete else None
    )


@dataclass(frozen=True)
class TieRule:
    """``kind`` "event" compares an event score, "item" an item mark; ``target`` is its id."""

    kind: str
    target: int
    label: str = ""


def _tie_key(score: ContestantScore, rules: Sequence[TieRule]) -> tuple:
    key: list[Decimal] = [score.final or Decimal(0)]
    for rule in rules:
        source = score.event_scores if rule.kind == "event" else score.item_marks
        key.append(source.get(rule.target) or Decimal(0))
    return tuple(key)


def rank(scores: list[ContestantScore], rules: Sequence[TieRule]) -> list[ContestantScore]:
    """Sort best first and set ``rank``: equal on final and every tie rule → shared rank.
    Incomplete contestants come last, unranked."""
    complete = [s for s in scores if s.final is not None]
    incomplete = [s for s in scores if s.final is None]
    complete.sort(key=lambda s: (tuple(-v for v in _tie_key(s, rules)), s.contestant_id))
    previous: tuple | None = None
    for position, score in enumerate(complete, start=1):
        key = _tie_key(score, rules)
        if previous is not None and key == previous[0]:
            score.rank = previous[1]
        else:
            score.rank = position
            previous = (key, position)
    # Explain a tie that a rule decided: same final as a neighbour, different rank.
    for a, b in pairwise(complete):
        if a.final == b.final and a.rank != b.rank:
            ka, kb = _tie_key(a, rules), _tie_key(b, rules)
            decided = next((r for r, x, y in zip(rules, ka[1:], kb[1:], strict=False) if x != y), None)
            if decided is not None:
                a.tie_note = b.tie_note = decided.label
    for score in incomplete:
        score.rank = None
    return complete + incomplete


@dataclass(frozen=True)
class AwardRule:
    """``mode`` "count": each level's number of winners; "percent": each level's share of the
    ranked field in hundredths of a percent (1000 = 10 %), rounded half-up to whole people."""

    mode: str = "count"
    levels: tuple[tuple[str, int], ...] = field(default_factory=tuple)


def award_cutoffs(rule: AwardRule, ranked_count: int) -> list[tuple[str, int]]:
    """(label, last rank that gets it), cumulative."""
    cutoffs = []
    running = 0
    for label, amount in rule.levels:
        if rule.mode == "percent":
            amount = int((Decimal(ranked_count) * amount / Decimal(10_000)).to_integral_value(ROUND_HALF_UP))
        running = min(running + amount, ranked_count)
        cutoffs.append((label, running))
    return cutoffs


def assign_awards(
    ranked: list[ContestantScore],
    rule: AwardRule,
    participants: int | None = None,
    pass_line: Decimal | None = None,
) -> None:
    """Awards by rank. Percentages are of ``participants`` (everyone who took part, ranked or not;
    the ranked count when not given); a final below ``pass_line`` gets nothing, whatever its rank."""
    count = participants if participants is not None else sum(1 for s in ranked if s.rank is not None)
    cutoffs = award_cutoffs(rule, count)
    for score in ranked:
        score.award = ""
        if score.rank is None or score.final is None:
            continue
        if pass_line is not None and score.final < pass_line:
            continue
        for label, last in cutoffs:
            if score.rank <= last:
                score.award = label
                break


@dataclass(frozen=True)
class JudgeDeviation:
    judge_id: int
    marks: int  # marks compared with a panel
    mean_pct: Decimal  # signed mean deviation from the rest of the panel, % of the item maximum
    mean_abs_pct: Decimal
    flagged: bool


def judge_deviations(
    panel: Mapping[tuple[int, int], Mapping[int, int]], maxima: Mapping[int, int], threshold_pct: Decimal
) -> list[JudgeDeviation]:
    """``panel``: (contestant, item) → judge id → mark. Each mark is compared with the mean of
    the other judges' marks on the same cell; cells marked by one judge tell nothing."""
    sums: dict[int, list[Decimal]] = {}
    for (_contestant, item), by_judge in panel.items():
        if len(by_judge) < 2:
            continue
        total = sum(by_judge.values())
        others = len(by_judge) - 1
        for judge, mark in by_judge.items():
            rest = Decimal(total - mark) / others
            sums.setdefault(judge, []).append((Decimal(mark) - rest) * 100 / maxima[item])
    result = []
    for judge, deviations in sorted(sums.items()):
        mean = sum(deviations, Decimal(0)) / len(deviations)
        mean_abs = sum((abs(d) for d in deviations), Decimal(0)) / len(deviations)
        result.append(
            JudgeDeviation(
                judge,
                len(deviations),
                round_score(mean, 2),
                round_score(mean_abs, 2),
                abs(mean) > threshold_pct,
            )
        )
    return result
