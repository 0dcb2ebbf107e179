"""The quarter's highlights for the screen and the bulletin, drawn from the scorecard itself:
who leads, the best branch on each scored indicator, the biggest move since last quarter."""

from __future__ import annotations

from decimal import Decimal

from unionoffice.foundation.i18n import translate
from unionoffice.scorecard.contract import BranchLine, Card, IndicatorLine
from unionoffice.scorecard.labels import value_text


def shown(value: Decimal | None, line: IndicatorLine) -> str:
    return value_text(value, line.unit)


def highlights(card: Card) -> list[str]:
    if not card.branches:
        return []
    out = []
    leader = card.branches[0]
    if any(line.scored for line in card.indicators):
        leaders = [b.name for b in card.branches if b.rank == 1]
        out.append(
            translate("Scorecard", "{names}以 {total} 分位列第一。").format(
                names="、".join(leaders), total=f"{leader.total:.2f}"
            )
        )
    for i, line in enumerate(card.indicators):
        if not line.scored:
            continue
        present = [(v, b) for b in card.branches if (v := b.values[i]) is not None]
        if not present:
            continue
        pick = max if line.higher_is_better else min
        best_value = pick(v for v, _ in present)
        names = [b.name for v, b in present if v == best_value]
        out.append(
            translate("Scorecard", "{label}：{names}最好（{value}）。").format(
                label=line.label, names="、".join(names), value=shown(best_value, line)
            )
        )
    out.extend(_moves(card))
    return out


def _moves(card: Card) -> list[str]:
    out = []
    ranked = [b for b in card.branches if b.previous_rank is not None]
    climbs = sorted(ranked, key=lambda b: (b.rank - (b.previous_rank or 0), b.rank))
    if climbs and (climbs[0].previous_rank or 0) > climbs[0].rank:
        b = climbs[0]
        out.append(
            translate("Scorecard", "进步最大：{name}由上季度第 {before} 名升至第 {now} 名。").format(
                name=b.name, before=b.previous_rank, now=b.rank
            )
        )
    change = _biggest_change(card)
    if change is not None:
        b, line, before, now = change
        verb = translate("Scorecard", "提高") if now > before else translate("Scorecard", "下降")
        out.append(
            translate("Scorecard", "变化最大的指标：{name}的{label}由 {before} {verb}到 {now}。").format(
                name=b.name, label=line.label, before=shown(before, line), verb=verb, now=shown(now, line)
            )
        )
    return out


def _biggest_change(card: Card) -> tuple[BranchLine, IndicatorLine, Decimal, Decimal] | None:
    """The largest change of one branch's value against last quarter, relative to that value
    (indicators have different units, so the relative change compares them)."""
    found: tuple[Decimal, BranchLine, IndicatorLine, Decimal, Decimal] | None = None
    for b in card.branches:
        for i, line in enumerate(card.indicators):
            if i >= len(b.previous_values):
                continue
            before, now = b.previous_values[i], b.values[i]
            if before is None or now is None or before == now:
                continue
            relative = abs(now - before) / before if before else Decimal(1)
            if found is None or relative > found[0]:
                found = (relative, b, line, before, now)
    return None if found is None else found[1:]
