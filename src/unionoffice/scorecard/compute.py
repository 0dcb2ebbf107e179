"""The scorecard of a quarter: each indicator's values per branch union, normalised, weighted, ranked.

Normalisation (docs/scorecard.md): for an indicator where more is better, a branch scores
``value ÷ best value × weight`` (the best branch gets the full weight; when no branch has more
than 0, nobody scores). Where less is better, ``best value ÷ value × weight`` (a value of 0 is the
best possible and gets the full weight). Scores are rounded to 0.01 per indicator and the total
is the sum of the rounded scores, so the printed table adds up. Branches with equal totals share a
rank (1, 1, 3). Indicators without a weight are shown but score nothing.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from decimal import ROUND_HALF_UP, Decimal
from functools import partial

from sqlalchemy import select
from sqlalchemy.orm import Session

from unionoffice.core.auth.actor import Actor
from unionoffice.core.org.labels import UnitKind
from unionoffice.core.org.models import OrgUnit
from unionoffice.db.database import Database
from unionoffice.foundation.i18n import translate
from unionoffice.foundation.progress import NO_PROGRESS, Progress
from unionoffice.scorecard.contract import BranchLine, Card, IndicatorLine
from unionoffice.scorecard.highlights import highlights
from unionoffice.scorecard.labels import Quarter
from unionoffice.scorecard.perms import ScorecardPerm
from unionoffice.scorecard.point import Indicator, indicators
from unionoffice.scorecard.weights import WeightSet, weights_on

CENT = Decimal("0.01")
ZERO = Decimal(0)


@dataclass(frozen=True)
class _Raw:
    """One quarter's figures before scoring: branch id → values in indicator order."""

    branches: list[tuple[int, str]]
    values: dict[int, list[Decimal | None]]


def scorecard(db: Database, actor: Actor, quarter: Quarter, progress: Progress = NO_PROGRESS) -> Card:
    """The quarter's scorecard with the previous quarter's totals and ranks beside it."""
    return scorecards(db, actor, [quarter], progress)[0]


def scorecards(
    db: Database, actor: Actor, quarters: Sequence[Quarter], progress: Progress = NO_PROGRESS
) -> list[Card]:
    """Several quarters' scorecards from one read of the database (the bulletin's pages): a quarter
    that is another's previous one is counted once, and so is the register on each quarter's end."""
    actor.require(ScorecardPerm.READ)
    found = indicators()
    wanted = sorted({q for quarter in quarters for q in (quarter, quarter.previous)})

    def counted(q: Quarter) -> tuple[_Raw, WeightSet]:
        with db.read(actor) as s:  # one session per quarter: its register is counted once in it
            return _raw(s, found, q), weights_on(s, q.start)

    # Quarters do not depend on each other: they are counted side by side.
    under_way = {q: db.side_by_side(partial(counted, q)) for q in wanted}
    raw: dict[Quarter, _Raw] = {}
    weights: dict[Quarter, WeightSet] = {}
    for n, q in enumerate(wanted):
        progress.step(n, len(wanted), translate("Scorecard", "正在统计 {q}…").format(q=q.label))
        raw[q], weights[q] = under_way[q].result()
    progress.step(len(wanted), len(wanted))
    return [_card(quarter, found, raw[quarter], raw[quarter.previous], weights) for quarter in quarters]


def _card(
    quarter: Quarter, found: Sequence[Indicator], now: _Raw, before: _Raw, weights: dict[Quarter, WeightSet]
) -> Card:
    weight_set, previous_weights = weights[quarter], weights[quarter.previous]
    lines = [
        IndicatorLine(
            i.key,
            translate("Scorecard", i.label),
            translate("Scorecard", i.unit),
            i.higher_is_better,
            weight_set.weights.get(i.key, 0),
        )
        for i in found
    ]
    previous_lines = [replace(line, weight=previous_weights.weights.get(line.key, 0)) for line in lines]
    scored_before = {b.branch_id: b for b in _ranked(before, previous_lines, {})}
    card = Card(
        quarter=quarter.code,
        title=quarter.label,
        start=quarter.start,
        end=quarter.end,
        weights_from=weight_set.effective_from,
        indicators=lines,
        branches=_ranked(now, lines, scored_before),
        highlights=[],
        notes=_notes(lines, weight_set.effective_from is None, weight_set.weights),
    )
    return replace(card, highlights=highlights(card))


def _raw(s: Session, found: Sequence[Indicator], quarter: Quarter) -> _Raw:
    units = s.execute(
        select(OrgUnit.id, OrgUnit.name)
        .where(OrgUnit.kind == UnitKind.BRANCH, OrgUnit.active.is_(True))
        .order_by(OrgUnit.sort_order, OrgUnit.id)
    ).all()
    branches = [(uid, name) for uid, name in units]
    values: dict[int, list[Decimal | None]] = {uid: [] for uid, _ in branches}
    for indicator in found:
        got = indicator.values(s, quarter.start, quarter.end)
        for uid, _ in branches:
            values[uid].append(got.get(uid))
    return _Raw(branches, values)


def normalised(value: Decimal | None, column: Sequence[Decimal | None], line: IndicatorLine) -> Decimal:
    """One branch's score on one indicator (see the module docstring)."""
    if not line.scored or value is None:
        return ZERO
    present = [v for v in column if v is not None]
    weight = Decimal(line.weight)
    if line.higher_is_better:
        best = max(present)
        share = value / best if best > 0 else ZERO
    else:
        best = max(min(present), ZERO)
        share = Decimal(1) if value <= 0 else best / value
    return (max(share, ZERO) * weight).quantize(CENT, ROUND_HALF_UP)


def _ranked(raw: _Raw, lines: list[IndicatorLine], before: dict[int, BranchLine]) -> list[BranchLine]:
    columns = [[raw.values[uid][i] for uid, _ in raw.branches] for i in range(len(lines))]
    scored = []
    for order, (uid, name) in enumerate(raw.branches):
        values = raw.values[uid]
        scores = [normalised(values[i], columns[i], line) for i, line in enumerate(lines)]
        scored.append((order, uid, name, values, scores, sum(scores, ZERO)))
    scored.sort(key=lambda row: (-row[5], row[0]))
    out: list[BranchLine] = []
    for position, (_, uid, name, values, scores, total) in enumerate(scored, start=1):
        rank = out[-1].rank if out and out[-1].total == total else position
        prior = before.get(uid)
        out.append(
            BranchLine(
                branch_id=uid,
                name=name,
                values=values,
                scores=scores,
                total=total,
                rank=rank,
                previous_values=list(prior.values) if prior else [],
                previous_total=prior.total if prior else None,
                previous_rank=prior.rank if prior else None,
            )
        )
    return out


def _notes(lines: list[IndicatorLine], no_weights: bool, weights: dict[str, int]) -> list[str]:
    notes = []
    if no_weights:
        notes.append(translate("Scorecard", "尚未设定指标权重：各指标只列出数值，不计分。"))
    unweighted = [line.label for line in lines if not line.scored]
    if unweighted and not no_weights:
        notes.append(
            translate("Scorecard", "以下指标没有权重（权重为 0），只列出、不计分：{names}。").format(
                names="、".join(unweighted)
            )
        )
    gone = sorted(set(weights) - {line.key for line in lines})
    if gone:
        notes.append(
            translate("Scorecard", "权重表中的指标 {keys} 已无模块提供，其权重未计入。").format(
                keys="、".join(gone)
            )
        )
    return notes
