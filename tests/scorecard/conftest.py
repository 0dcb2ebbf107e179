"""Indicators made up for the tests: the scorecard must take whatever indicators the modules offer."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

import pytest


@dataclass(frozen=True)
class Fixed:
    """An indicator with values given by the test (branch id → value)."""

    key: str
    label: str
    unit: str = "件"
    higher_is_better: bool = True
    given: dict[int, Decimal] = field(default_factory=dict)

    def values(self, session, start: date, end: date) -> dict[int, Decimal]:  # type: ignore[no-untyped-def]
        return dict(self.given)


@pytest.fixture
def offered(monkeypatch):  # type: ignore[no-untyped-def]
    """``offered(*indicators)``: the scorecard sees exactly these indicators."""
    from unionoffice.scorecard import compute, operations

    def use(*indicators: Fixed) -> None:
        monkeypatch.setattr(compute, "indicators", lambda: list(indicators))
        monkeypatch.setattr(operations, "indicators", lambda: list(indicators))

    return use
