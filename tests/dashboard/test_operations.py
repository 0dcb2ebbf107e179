"""The dashboard's operations through the service contract, as the tab (or the server) calls them."""

from __future__ import annotations

from datetime import date

import pytest

from unionoffice.dashboard import contract as dashboard
from unionoffice.dashboard.contract import DashboardOpen, FiguresRequest, ReportRequest
from unionoffice.dashboard.labels import ReportFormat, ValueKind
from unionoffice.foundation.errors import NotFound, PermissionDenied
from unionoffice.foundation.progress import Progress


def test_opening_brings_years_figures_charts_and_the_branch_unions_in_one_answer(world, viewer, services_as):
    services = services_as(world.db, viewer)
    screen = services.call(dashboard.OPEN, DashboardOpen())
    assert {2024, 2025, date.today().year} <= set(screen.years) and screen.years == sorted(screen.years)
    assert screen.board.year == date.today().year and screen.board.scope_name == "全会"
    assert [h.key for h in screen.board.headlines][:2] == ["members", "rate"]
    assert {c.key for c in screen.board.charts} == {
        "members",
        "aid_years",
        "aid_types",
        "entries",
        "quarters",
        "patents",
    }
    assert screen.org is not None and {b.id for b in screen.org.mine()} == {world.a, world.b}
    again = services.call(dashboard.OPEN, DashboardOpen(2025, org_stamp=screen.org.stamp))
    assert again.org is None  # the tab's copy is still good: not sent again
    assert again.board.headline("members").value == 5


def test_figures_of_a_year_and_a_branch_union(world, viewer, services_as):
    services = services_as(world.db, viewer)
    board = services.call(dashboard.FIGURES, FiguresRequest(2025, world.a))
    assert board.scope_name == "心兴分工会" and board.headline("aid").value == 120000
    assert board.headline("aid").kind is ValueKind.FEN and board.headline("aid").text == "0.1 万元"
    assert board.headline("members").drill.filters == {"branch": world.a, "status": "active"}
    assert board.chart("aid_types").value_kind is ValueKind.FEN
    with pytest.raises(NotFound):
        services.call(dashboard.FIGURES, FiguresRequest(2025, 99_999))


def test_clerks_have_no_dashboard(world, clerk_a, services_as):
    services = services_as(world.db, clerk_a)
    with pytest.raises(PermissionDenied):
        services.call(dashboard.OPEN, DashboardOpen())
    with pytest.raises(PermissionDenied):
        services.call(dashboard.FIGURES, FiguresRequest(2025, world.a))
    with pytest.raises(PermissionDenied):
        services.call(dashboard.REPORT, ReportRequest(2025))


@pytest.mark.parametrize("kind", list(ReportFormat))
def test_the_yearly_report_comes_back_as_a_file(world, viewer, services_as, kind):
    steps: list[tuple[int, int]] = []
    progress = Progress(report=lambda done, total, _text: steps.append((done, total)))
    file = services_as(world.db, viewer).run_job(
        dashboard.REPORT, ReportRequest(2025, world.b, kind), progress
    )
    assert file.name == f"氢力分工会2025年度工会工作报告.{kind.value}"
    assert file.content[:4] == (b"%PDF" if kind is ReportFormat.PDF else b"PK\x03\x04")
    assert steps[-1] == (5, 5)
