"""The dues module's figures and the congress resolution rate on the dashboard: exactly the
modules' own numbers (``dues.api``, ``congress.api``), and nothing of them for a role that may
not see them."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from unionoffice.congress.api import statistics as congress_statistics
from unionoffice.core.auth import actor as actor_module
from unionoffice.core.auth.grants import role_permissions
from unionoffice.dashboard import contract as dashboard
from unionoffice.dashboard.contract import DashboardOpen
from unionoffice.dashboard.report import report_tables, write_report
from unionoffice.dashboard.service import dashboard_figures
from unionoffice.dues.api import budget_used, dues_by_branch, dues_by_month, welfare_paid

DUES_CARDS = {"dues", "welfare", "budget"}
DUES_CHARTS = {"dues_months", "welfare", "budget"}


def test_the_dues_figures_are_the_dues_modules_own(world, viewer):
    f = dashboard_figures(world.db, viewer, 2025, for_report=True)
    months = dues_by_month(world.db, viewer, 2025)
    welfare = welfare_paid(world.db, viewer, 2025)
    budgets = budget_used(world.db, viewer, 2025)
    assert f.dues is not None
    assert f.dues.months == months and f.dues.welfare == welfare and f.dues.budgets == budgets
    assert f.dues.branches == dues_by_branch(world.db, viewer, 2025)
    # The cards: the api's rows summed, and the hand count in conftest.
    assert f.headline("dues").value == sum(m.paid_fen for m in months) == 4115
    assert f.headline("welfare").value == sum(w.amount_fen for w in welfare) == 110000
    planned = [b for b in budgets if b.budget_fen is not None]
    spent, budget = sum(b.spent_fen for b in planned), sum(b.budget_fen or 0 for b in planned)
    assert (spent, budget) == (110000, 350000)
    assert f.headline("budget").value == round(spent * 1000 / budget) == 314
    assert f.headline("budget").text == "31.4%"
    # The charts: every month, branch union and item as the api gives it.
    chart = f.chart("dues_months")
    assert [s.name for s in chart.sets] == ["应缴", "实缴"]
    assert chart.sets[0].values[:3] == [m.due_fen for m in months] + [0] == [4115, 2615, 0]
    assert chart.sets[1].values[:3] == [m.paid_fen for m in months] + [0] == [4115, 0, 0]
    assert sum(chart.sets[1].values) == 4115
    items = f.chart("welfare")
    assert items.categories == ["生日蛋糕卡", "住院慰问"]
    assert {s.name: s.values for s in items.sets} == {"心兴": [30000, 0], "氢力": [0, 80000]}
    per_branch = f.chart("budget")
    assert per_branch.categories == ["心兴", "氢力"]
    assert [s.values for s in per_branch.sets] == [[100000, 250000], [30000, 80000]]
    # The dues tab has no budget page: the budget card and bars open nothing.
    assert f.headline("budget").drill is None
    assert all(d is None for s in per_branch.sets for d in s.drills)


def _drill(d):  # type: ignore[no-untyped-def]
    return None if d is None else (d.module, d.filters)


def test_the_dues_cards_and_bars_open_the_dues_tab_filtered(world, viewer):
    f = dashboard_figures(world.db, viewer, 2025)
    # Cards: the year's last month of dues (February), the year's welfare register.
    assert _drill(f.headline("dues").drill) == ("dues", {"page": "dues", "month": "2025-02-01"})
    assert _drill(f.headline("welfare").drill) == ("dues", {"page": "welfare", "year": 2025})
    # Dues by month: January and February open their month (实缴: the paid lines); no dues, no drill.
    due, paid = f.chart("dues_months").sets
    assert [_drill(d) for d in due.drills[:3]] == [
        ("dues", {"page": "dues", "month": "2025-01-01"}),
        ("dues", {"page": "dues", "month": "2025-02-01"}),
        None,
    ]
    assert _drill(paid.drills[0]) == ("dues", {"page": "dues", "month": "2025-01-01", "status": "paid"})
    assert all(d is None for d in due.drills[2:] + paid.drills[2:])
    # Welfare: one set per branch union; a bar opens that item of that branch union's register.
    items = {s.name: [_drill(d) for d in s.drills] for s in f.chart("welfare").sets}
    assert items == {
        "心兴": [("dues", {"page": "welfare", "year": 2025, "item": "birthday", "branch_id": world.a}), None],
        "氢力": [None, ("dues", {"page": "welfare", "year": 2025, "item": "hospital", "branch_id": world.b})],
    }
    # Plain values only: they cross the wire to the client.
    drills = [h.drill for h in f.headlines] + [d for c in f.charts for s in c.sets for d in s.drills]
    assert all(type(v) in (int, str) for d in drills if d is not None for v in d.filters.values())


def test_the_dues_drills_of_one_branch_union_keep_it(world, viewer):
    f = dashboard_figures(world.db, viewer, 2025, world.a)
    assert _drill(f.headline("dues").drill) == (
        "dues",
        {"page": "dues", "month": "2025-02-01", "branch_id": world.a},
    )
    assert _drill(f.headline("welfare").drill) == (
        "dues",
        {"page": "welfare", "year": 2025, "branch_id": world.a},
    )
    assert _drill(f.chart("dues_months").sets[1].drills[0]) == (
        "dues",
        {"page": "dues", "month": "2025-01-01", "branch_id": world.a, "status": "paid"},
    )
    # A year without dues: the dues card has no month to open.
    assert dashboard_figures(world.db, viewer, 2023).headline("dues").drill is None


def test_one_branch_union_of_the_dues_figures(world, viewer):
    assert dashboard_figures(world.db, viewer, 2025, world.a).dues.branches == []  # the tab does without
    f = dashboard_figures(world.db, viewer, 2025, world.a, for_report=True)
    assert f.dues is not None
    assert f.dues.months == dues_by_month(world.db, viewer, 2025, world.a)
    assert [b.branch_id for b in f.dues.branches] == [world.a]
    assert f.dues.welfare == welfare_paid(world.db, viewer, 2025, world.a)
    assert f.headline("dues").value == 2615 and f.headline("welfare").value == 30000
    assert f.headline("budget").value == 300 and f.chart("budget").categories == ["心兴"]


def test_without_a_budget_the_card_says_so(world, viewer):
    f = dashboard_figures(world.db, viewer, 2024)
    assert f.headline("dues").value == 1500 and f.headline("welfare").value == 20000
    budget = f.headline("budget")
    assert (budget.value, budget.previous, budget.change_text) == (0, None, "未设定预算")


def test_the_resolution_rate_is_the_congress_modules_own(world, viewer):
    f = dashboard_figures(world.db, viewer, 2025)
    with world.db.read(viewer) as s:
        own = congress_statistics(s, viewer, date.today())
    assert own.stats is not None and own.stats.rate == "66.7"
    card = f.headline("resolution")
    assert card.value == Decimal(own.stats.rate) * 10 == 667 and card.text == "66.7%"
    assert card.previous is None and card.change_text == "第一届职工代表大会第一次会议"
    assert card.drill is not None and (card.drill.module, card.drill.filters) == ("congress", {})
    assert f.congress == own


def _without(monkeypatch: pytest.MonkeyPatch, *perms: str) -> None:
    """Roles as if their grants lacked ``perms`` (and clerks held the dashboard, to see the rest)."""

    def permissions(role):  # type: ignore[no-untyped-def]
        return (role_permissions(role) | {"dashboard.read"}) - set(perms)

    monkeypatch.setattr(actor_module, "role_permissions", permissions)


@pytest.mark.parametrize("who", ["viewer", "clerk_a"])
def test_a_role_without_the_dues_permission_gets_none_of_the_dues_figures(world, who, request, monkeypatch):
    user = request.getfixturevalue(who)
    _without(monkeypatch, "dues.figures")
    branch = world.a if who == "clerk_a" else None
    f = dashboard_figures(world.db, user, 2025, branch)
    assert f.dues is None
    assert not DUES_CARDS & {h.key for h in f.headlines} and not DUES_CHARTS & {c.key for c in f.charts}
    assert {"members", "aid", "resolution"} <= {h.key for h in f.headlines}  # the rest is there
    sections = [s.key for s in report_tables(f)]
    assert "dues" not in sections and "congress" in sections


def test_a_role_without_the_congress_permission_gets_no_resolution_rate(world, viewer, monkeypatch):
    _without(monkeypatch, "congress.read")
    f = dashboard_figures(world.db, viewer, 2025)
    assert f.congress is None and "resolution" not in {h.key for h in f.headlines}
    assert DUES_CARDS <= {h.key for h in f.headlines}
    assert [s.key for s in report_tables(f)][-1] == "dues"


def test_opening_over_the_contract_leaves_them_out(world, viewer, services_as, monkeypatch):
    _without(monkeypatch, "dues.figures", "congress.read")
    board = services_as(world.db, viewer).call(dashboard.OPEN, DashboardOpen(2025)).board
    assert [h.key for h in board.headlines] == [
        "members",
        "rate",
        "aid",
        "helped",
        "entries",
        "five_small",
        "patents",
        "benefit",
    ]
    assert not DUES_CHARTS & {c.key for c in board.charts}


def test_the_report_has_the_dues_and_congress_sections(world, viewer, tmp_path):
    f = dashboard_figures(world.db, viewer, 2025, for_report=True)
    sections = {s.key: s for s in report_tables(f)}
    dues = sections["dues"]
    assert dues.heading == "六、经费与福利" and sections["congress"].heading == "七、职代会提案"
    assert dues.tables[1].rows == [
        ["心兴分工会", 1, 1, 5230, 2615],
        ["氢力分工会", 1, 0, 1500, 1500],
        ["合计", 2, 1, 6730, 4115],
    ]
    by_month = dues.tables[0]
    assert by_month.rows == [
        ["1月", 2, 2, 0, 4115, 4115],
        ["2月", 1, 0, 1, 2615, 0],
        ["合计", 3, 2, 1, 6730, 4115],
    ]
    budget = dues.tables[4]
    assert budget.rows == [
        ["心兴分工会", "福利慰问", 100000, 30000, "30.0%"],
        ["氢力分工会", "福利慰问", 200000, 80000, "40.0%"],
        ["氢力分工会", "技能竞赛奖励", 50000, 0, "0.0%"],
    ]
    assert sections["congress"].tables[0].rows == [["第一届职工代表大会第一次会议", 4, 3, 2, "66.7%", 1]]
    from pypdf import PdfReader

    write_report(world.db, viewer, 2025, tmp_path / "report.pdf")
    text = "".join(page.extract_text() for page in PdfReader(tmp_path / "report.pdf").pages)
    assert "经费与福利" in text and "41.15" in text and "66.7%" in text


def test_dues_change_compares_the_same_months_only() -> None:
    from datetime import date

    from unionoffice.dashboard.dues_figures import DuesFigures, same_months_before
    from unionoffice.dues.api import DuesMonth

    def month(year: int, m: int, paid: int) -> DuesMonth:
        return DuesMonth(date(year, m, 1), paid, paid, 1, 1, 0)

    this_year = [month(2026, 1, 100), month(2026, 2, 200)]
    figures = DuesFigures(
        year=2026,
        months=this_year,
        months_before=[month(2025, 1, 50), month(2025, 2, 70), month(2025, 3, 999)],
        branches=[],
        welfare=[],
        welfare_before=[],
        budgets=[],
        budgets_before=[],
    )
    assert same_months_before(figures) == 120  # March 2025 has no counterpart yet
    part_year = DuesFigures(
        year=2026,
        months=this_year,
        months_before=[month(2025, 12, 80)],
        branches=[],
        welfare=[],
        welfare_before=[],
        budgets=[],
        budgets_before=[],
    )
    assert same_months_before(part_year) is None  # no like-for-like: no change shown
