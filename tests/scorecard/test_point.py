"""The extension point: indicators are found through ``core.modules.extensions`` and flattened."""

from __future__ import annotations

import pytest

from tests.scorecard.conftest import Fixed
from unionoffice.scorecard import point


def test_offers_are_flattened_and_kept_in_module_order(monkeypatch):
    a, b, c = Fixed("m.a", "甲"), Fixed("m.b", "乙"), Fixed("n.c", "丙")
    monkeypatch.setattr(point, "extensions", lambda name: [(a, b), c] if name == point.POINT else [])
    assert [i.key for i in point.indicators()] == ["m.a", "m.b", "n.c"]


def test_a_key_offered_twice_or_an_object_that_is_no_indicator_is_a_programming_error(monkeypatch):
    monkeypatch.setattr(point, "extensions", lambda name: [Fixed("m.a", "甲"), (Fixed("m.a", "又"),)])
    with pytest.raises(RuntimeError, match="m.a"):
        point.indicators()
    monkeypatch.setattr(point, "extensions", lambda name: [object()])
    with pytest.raises(RuntimeError, match="not a scorecard indicator"):
        point.indicators()
