"""A panel's marks → one mark: the mean, or the diving-style trimmed mean (drop the highest and
lowest when enough judges marked). Exact decimals, rounded half-up only where a result is stated."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

CENT = Decimal(100)


@dataclass(frozen=True)
class Aggregation:
    rule: str = "trimmed"  # "mean" | "trimmed"
    drop_n: int = 1
    min_judges: int = 5


def kept_marks(marks_centi: Sequence[int], agg: Aggregation) -> list[int]:
    """The marks that count, lowest first: all of them, or without the ``drop_n`` highest and
    lowest when the trimmed rule applies (at least ``min_judges`` marks, more than it drops)."""
    values = sorted(marks_centi)
    if (
        agg.rule == "trimmed"
        and agg.drop_n > 0
        and len(values) >= agg.min_judges
        and len(values) > 2 * agg.drop_n
    ):
        return values[agg.drop_n : len(values) - agg.drop_n]
    return values


def aggregate(marks_centi: Sequence[int], agg: Aggregation) -> Decimal | None:
    """The mark in points (exact Decimal), or None when nobody marked."""
    if not marks_centi:
        return None
    values = kept_marks(marks_centi, agg)
    return Decimal(sum(values)) / len(values) / CENT


def round_score(value: Decimal, places: int) -> Decimal:
    return value.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)
