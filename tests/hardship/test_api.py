"""What the dashboard may use: counts and totals, for viewers too, within a clerk's branches."""

from __future__ import annotations

from datetime import date

import pytest
from factories import actor_of

from unionoffice.foundation.errors import PermissionDenied
from unionoffice.hardship.api import Category, Programme, files_by_category, payouts_per_year, statistics


def test_files_by_category_and_payouts_per_programme_and_year(demo_db):
    viewer = actor_of(demo_db, "viewer")
    clerk = actor_of(demo_db, "clerk_xx")
    everyone = files_by_category(demo_db, viewer, date(2026, 12, 31))
    mine = files_by_category(demo_db, clerk, date(2026, 12, 31))
    assert set(everyone) == {Category.DEEP, Category.RELATIVE, Category.ACCIDENT}
    assert sum(everyone.values()) > sum(mine.values()) > 0
    rows = payouts_per_year(demo_db, viewer, [2025, 2026])
    assert [(r.year, r.programme) for r in rows] == [(y, p) for y in (2025, 2026) for p in Programme]
    spring = next(r for r in rows if (r.year, r.programme) == (2026, Programme.SPRING))
    assert spring.households == spring.payouts > 0 and spring.total_fen > 0
    year = statistics(demo_db, viewer, 2026)
    assert sum(year.on_record().values()) == sum(everyone.values())
    assert sum(b.opened for b in year.branches) == sum(year.opened_by_origin.values())
    assert year.payouts == [r for r in rows if r.year == 2026]
    with pytest.raises(PermissionDenied):
        statistics(demo_db, actor_of(demo_db, "judge1"), 2026)
