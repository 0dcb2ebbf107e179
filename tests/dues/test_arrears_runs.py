"""An unpaid run starts after the member's last settled month up to the list's month: a paid
month inside the history breaks it, a paid month after the list's month does not."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from tests.dues.conftest import person
from tests.dues.test_acceptance import _import
from unionoffice.core.auth.actor import Actor
from unionoffice.db.database import Database
from unionoffice.dues.arrears import arrears_source
from unionoffice.dues.contract import ArrearsFilter


def _shown(db: Database, admin: Actor, month: int) -> list[tuple[object, ...]]:
    source = arrears_source(db, admin, ArrearsFilter(min_months=1), date(2026, month, 1))
    return [tuple(source.display(row)[1]) for row in source.fetch_rows(0, 50)]


def test_the_run_counts_only_the_unpaid_months_after_the_last_settled_one(
    db: Database, org: dict[str, int], admin: Actor, tmp_path: Path
) -> None:
    person(db, org["branch_a"], org["group_a"], 1, "张坤", employee_no="E1")
    person(db, org["branch_a"], org["group_a"], 2, "王芳", employee_no="E2")
    # 张坤: January paid, February unpaid, March paid, April and May unpaid, June paid.
    # 王芳: paid, except April and May, when she was missing from the payroll.
    for month, withheld in [(1, 25.0), (2, 0), (3, 25.0), (4, 0), (5, 0), (6, 25.0)]:
        rows: list[list[object]] = [["E1", "张坤", 5000, withheld]]
        if month not in (4, 5):
            rows.append(["E2", "王芳", 5000, 25.0])
        _import(db, admin, tmp_path, date(2026, month, 1), rows)

    may = {r[0]: r for r in _shown(db, admin, 5)}
    assert {name: (r[4], r[5], r[7]) for name, r in may.items()} == {
        "张坤": (2, "2026-04", "2026-03"),
        "王芳": (2, "2026-04", "2026-03"),
    }
    assert may["张坤"][6] == "50.00"  # two months' dues of 25.00, known from the payroll
    assert may["王芳"][6] == "—"  # not on those payrolls: unknown, not nothing owed
    # June's payment lies after February's list: February is still a one-month run after January
    assert [(r[4], r[5], r[7]) for r in _shown(db, admin, 2)] == [(1, "2026-02", "2026-01")]
    assert _shown(db, admin, 3) == []
    assert _shown(db, admin, 6) == []
