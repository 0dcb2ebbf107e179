"""What the 分工会比较 tab may ask of the services, and what it gets back.

Opening the tab is one call (the quarters on offer and the scorecard of the newest complete
quarter); choosing a quarter is one call; saving weights is one call that answers with the
scorecard recomputed; the bulletin is a job that returns the PDF.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from unionoffice.foundation.contract import Empty, FileData, Operation


@dataclass(frozen=True)
class IndicatorLine:
    key: str
    label: str  # translated
    unit: str
    higher_is_better: bool
    weight: int  # points of 100; 0: listed, not scored

    @property
    def scored(self) -> bool:
        return self.weight > 0


@dataclass(frozen=True, kw_only=True)
class BranchLine:
    branch_id: int
    name: str
    values: list[Decimal | None]  # per indicator, in ``Card.indicators`` order; None: no figure
    scores: list[Decimal]  # per indicator: its share of the weight (0 where not scored)
    total: Decimal
    rank: int
    previous_values: list[Decimal | None] = field(default_factory=list)
    previous_total: Decimal | None = None
    previous_rank: int | None = None


@dataclass(frozen=True, kw_only=True)
class Card:
    quarter: str  # "2026Q3"
    title: str  # "2026 年第 3 季度"
    start: date
    end: date
    weights_from: date | None  # the weight set used; None: no weights yet
    indicators: list[IndicatorLine]
    branches: list[BranchLine]  # best first
    highlights: list[str]
    notes: list[str]  # what a reader must know (indicators not scored, no weights)

    def branch(self, name: str) -> BranchLine:
        return next(b for b in self.branches if b.name == name)

    def index(self, key: str) -> int:
        return next(i for i, line in enumerate(self.indicators) if line.key == key)


@dataclass(frozen=True)
class ScorecardOpen:
    quarter: str | None = None  # None: the newest complete quarter


@dataclass(frozen=True)
class ScorecardScreen:
    quarters: list[str]  # offered, newest first
    card: Card


@dataclass(frozen=True)
class QuarterRequest:
    quarter: str


@dataclass(frozen=True)
class WeightLine:
    key: str
    weight: int


@dataclass(frozen=True)
class WeightsSave:
    effective_from: date  # the first day of a quarter
    weights: list[WeightLine]
    quarter: str  # the scorecard to answer with (the one on screen)


@dataclass(frozen=True)
class WeightSetLine:
    effective_from: date
    weights: list[WeightLine]


@dataclass(frozen=True)
class WeightHistory:
    sets: list[WeightSetLine]  # newest first
    labels: dict[str, str]  # indicator key → translated label (also for keys no module offers now)


@dataclass(frozen=True)
class BulletinRequest:
    quarters: list[str]  # one page each, in this order


OPEN = Operation("scorecard.open", ScorecardOpen, ScorecardScreen)
CARD = Operation("scorecard.card", QuarterRequest, Card)
SAVE_WEIGHTS = Operation("scorecard.save_weights", WeightsSave, Card, write=True)
HISTORY = Operation("scorecard.weight_history", Empty, WeightHistory)
BULLETIN = Operation("scorecard.bulletin", BulletinRequest, FileData, job=True)
