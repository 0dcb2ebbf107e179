"""The extension point ``scorecard.indicators``: the figures other modules offer for the comparison.

A module declares in its ``module.py``::

    extensions={"scorecard.indicators": ("unionoffice.<module>.scorecard:INDICATORS",)}

(a path may name one indicator or a tuple/list of them). Each indicator has ``key`` (stable:
weight rows refer to it), ``label`` (Chinese source text, shown through
``translate("Scorecard", label)``), ``unit``, ``higher_is_better`` and
``values(session, start, end) -> {branch union id: Decimal}``, computed from the module's own
statistics. The scorecard takes whatever indicators exist: one without a weight is listed but
not scored.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from decimal import Decimal
from typing import Protocol, runtime_checkable

from sqlalchemy.orm import Session

from unionoffice.core.modules import extensions

POINT = "scorecard.indicators"


@runtime_checkable
class Indicator(Protocol):
    key: str
    label: str
    unit: str
    higher_is_better: bool

    def values(self, session: Session, start: date, end: date) -> dict[int, Decimal]: ...


def indicators() -> list[Indicator]:
    """Every indicator the modules offer, in module dependency order; keys must be unique."""
    found: list[Indicator] = []
    for offered in extensions(POINT):
        items = offered if isinstance(offered, list | tuple) else [offered]
        found.extend(_checked(items))
    keys = [i.key for i in found]
    twice = sorted({k for k in keys if keys.count(k) > 1})
    if twice:
        raise RuntimeError(f"scorecard indicators offered twice: {twice}")
    return found


def _checked(items: Iterable[object]) -> list[Indicator]:
    out = []
    for item in items:
        if not isinstance(item, Indicator):
            raise RuntimeError(f"{item!r} is not a scorecard indicator (see unionoffice.scorecard.point)")
        out.append(item)
    return out
