"""Weights of the scorecard's indicators: read the set in force, save a new set (must add up to 100)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from unionoffice.core.auth.actor import Actor
from unionoffice.db.database import Database
from unionoffice.foundation.errors import FieldProblem, ValidationError
from unionoffice.foundation.i18n import translate
from unionoffice.scorecard.labels import Quarter
from unionoffice.scorecard.models import IndicatorWeight
from unionoffice.scorecard.perms import ScorecardPerm
from unionoffice.scorecard.point import Indicator

TOTAL = 100


@dataclass(frozen=True)
class WeightSet:
    effective_from: date | None  # None: no set begins on or before the day asked
    weights: dict[str, int]


def weights_on(s: Session, day: date) -> WeightSet:
    """The set in force on ``day``: the newest that began on or before it."""
    newest = s.execute(
        select(func.max(IndicatorWeight.effective_from)).where(IndicatorWeight.effective_from <= day)
    ).scalar_one()
    if newest is None:
        return WeightSet(None, {})
    rows = s.execute(
        select(IndicatorWeight.indicator, IndicatorWeight.weight).where(
            IndicatorWeight.effective_from == newest
        )
    )
    return WeightSet(newest, {key: weight for key, weight in rows})


def weight_history(s: Session) -> list[WeightSet]:
    """Every set, newest first."""
    sets: dict[date, dict[str, int]] = {}
    for day, key, weight in s.execute(
        select(IndicatorWeight.effective_from, IndicatorWeight.indicator, IndicatorWeight.weight).order_by(
            IndicatorWeight.effective_from.desc(), IndicatorWeight.id
        )
    ):
        sets.setdefault(day, {})[key] = weight
    return [WeightSet(day, weights) for day, weights in sets.items()]


def weight_rule() -> str:
    return translate("Scorecard", "各项指标权重之和必须等于 {total}").format(total=TOTAL)


def check_weights(
    effective_from: date, weights: dict[str, int], known: list[Indicator]
) -> list[FieldProblem]:
    """Problems with a set, each naming the indicator (its label is the field) and the rule."""
    labels = {i.key: translate("Scorecard", i.label) for i in known}
    problems = []
    if Quarter.of(effective_from).start != effective_from:
        problems.append(
            FieldProblem(
                translate("Scorecard", "起用季度"),
                translate("Scorecard", "权重从季度的第一天起用（如 2026-10-01），不能是 {day}").format(
                    day=effective_from.isoformat()
                ),
            )
        )
    for key, weight in weights.items():
        field = labels.get(key, key)
        if key not in labels:
            problems.append(FieldProblem(field, translate("Scorecard", "没有这个比较指标")))
        elif not 0 <= weight <= TOTAL:
            problems.append(
                FieldProblem(field, translate("Scorecard", "权重应在 0–{total} 之间").format(total=TOTAL))
            )
    total = sum(weights.values())
    if total != TOTAL:
        problems.append(
            FieldProblem(
                translate("Scorecard", "权重合计"),
                translate("Scorecard", "权重合计为 {total}，不符合规则：{rule}").format(
                    total=total, rule=weight_rule()
                ),
            )
        )
    return problems


def save_weights(
    db: Database, actor: Actor, effective_from: date, weights: dict[str, int], known: list[Indicator]
) -> None:
    """Replace the set beginning ``effective_from``; refused whole (nothing written) on any problem.
    Indicators left out, or given 0, are listed on the scorecard but not scored."""
    actor.require(ScorecardPerm.WEIGHTS)
    problems = check_weights(effective_from, weights, known)
    if problems:
        raise ValidationError(problems)
    with db.transaction(actor) as s:
        # Row by row, not a bulk DELETE: the audit hook records ORM deletes only.
        for old in s.scalars(select(IndicatorWeight).where(IndicatorWeight.effective_from == effective_from)):
            s.delete(old)
        s.flush()
        for indicator in known:
            if indicator.key in weights:
                s.add(
                    IndicatorWeight(
                        effective_from=effective_from, indicator=indicator.key, weight=weights[indicator.key]
                    )
                )
