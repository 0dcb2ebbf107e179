"""The scorecard's "dues.collected" is the quarter's collected dues of the dues totals page."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

from tests.dues.conftest import payroll, person
from unionoffice.core.auth.actor import Actor
from unionoffice.core.modules import extensions
from unionoffice.db.database import Database
from unionoffice.dues.ledger import dues_totals
from unionoffice.dues.payroll import apply_payroll, plan_payroll
from unionoffice.foundation.importer.engine import ImportMode


def test_dues_collected_per_branch_in_the_quarter(
    db: Database, org: dict[str, int], admin: Actor, tmp_path: Path
) -> None:
    person(db, org["branch_a"], org["group_a"], 1, "张坤", employee_no="E1")
    person(db, org["branch_b"], org["group_b"], 2, "王芳", employee_no="E2")
    for month, paid in ((6, 20.0), (7, 20.0), (8, 0), (9, 20.0), (10, 20.0)):
        sheet = payroll(tmp_path / f"{month}.xlsx", [["E1", "张坤", 5236, 26.15], ["E2", "王芳", 4000, paid]])
        plan = plan_payroll(db, admin, sheet, date(2026, month, 1))
        apply_payroll(db, admin, plan, ImportMode.ALL_OR_NOTHING)
    offered = [i for found in extensions("scorecard.indicators") for i in found]  # a path may name a tuple
    (indicator,) = [i for i in offered if i.key == "dues.collected"]
    with db.read(admin) as s:
        values = indicator.values(s, date(2026, 7, 1), date(2026, 9, 30))
    assert values == {org["branch_a"]: Decimal("78.45"), org["branch_b"]: Decimal("40.00")}
    # the same figures as the totals page, month by month
    by_month = [dues_totals(db, admin, date(2026, m, 1)) for m in (7, 8, 9)]
    for branch in (org["branch_a"], org["branch_b"]):
        fen = sum(r.paid_fen for t in by_month for r in t.rows if r.branch_id == branch)
        assert values[branch] == Decimal(fen) / 100
