"""The scorecard's operations of the service contract: every figure is computed here, on the
services' side, so a branch office far from the server waits for one round trip per action."""

from __future__ import annotations

import tempfile
from pathlib import Path

from unionoffice.core.services import CallContext, implements
from unionoffice.foundation.contract import Empty, FileData
from unionoffice.foundation.i18n import translate
from unionoffice.scorecard.bulletin import bulletin_name, write_bulletin
from unionoffice.scorecard.compute import scorecard
from unionoffice.scorecard.contract import (
    BULLETIN,
    CARD,
    HISTORY,
    OPEN,
    SAVE_WEIGHTS,
    BulletinRequest,
    Card,
    QuarterRequest,
    ScorecardOpen,
    ScorecardScreen,
    WeightHistory,
    WeightLine,
    WeightSetLine,
    WeightsSave,
)
from unionoffice.scorecard.labels import Quarter, last_complete, offered
from unionoffice.scorecard.perms import ScorecardPerm
from unionoffice.scorecard.point import indicators
from unionoffice.scorecard.weights import save_weights, weight_history


@implements(OPEN)
def _open(ctx: CallContext, request: ScorecardOpen) -> ScorecardScreen:
    quarter = Quarter.parse(request.quarter) if request.quarter else last_complete()
    card = scorecard(ctx.db, ctx.actor, quarter)
    return ScorecardScreen([q.code for q in offered()], card)


@implements(CARD)
def _card(ctx: CallContext, request: QuarterRequest) -> Card:
    return scorecard(ctx.db, ctx.actor, Quarter.parse(request.quarter))


@implements(SAVE_WEIGHTS)
def _save_weights(ctx: CallContext, request: WeightsSave) -> Card:
    quarter = Quarter.parse(request.quarter)
    weights = {line.key: line.weight for line in request.weights}
    save_weights(ctx.db, ctx.actor, request.effective_from, weights, indicators())
    return scorecard(ctx.db, ctx.actor, quarter)


@implements(HISTORY)
def _history(ctx: CallContext, _request: Empty) -> WeightHistory:
    ctx.actor.require(ScorecardPerm.READ)
    with ctx.db.read(ctx.actor) as s:
        sets = weight_history(s)
    labels = {i.key: translate("Scorecard", i.label) for i in indicators()}
    for weight_set in sets:
        for key in weight_set.weights:
            labels.setdefault(key, key)
    return WeightHistory(
        [
            WeightSetLine(w.effective_from, [WeightLine(k, v) for k, v in w.weights.items()])
            for w in sets
            if w.effective_from is not None
        ],
        labels,
    )


@implements(BULLETIN)
def _bulletin(ctx: CallContext, request: BulletinRequest) -> FileData:
    """The PDF written into a temporary folder here and returned as bytes."""
    quarters = [Quarter.parse(q) for q in request.quarters]
    with tempfile.TemporaryDirectory(prefix="unionoffice-bulletin-") as folder:
        target = Path(folder) / "bulletin.pdf"
        write_bulletin(ctx.db, ctx.actor, quarters, target, ctx.progress)
        return FileData(bulletin_name(quarters), target.read_bytes())
