"""The dashboard's operations of the service contract.

Opening the tab is one call: the figures of every module are gathered here, on the services'
side, so a branch office far from the server waits for one round trip, not for each statistic.
"""

from __future__ import annotations

import tempfile
from datetime import date
from pathlib import Path

from unionoffice.core.org.operations import reference_if_changed
from unionoffice.core.services import CallContext, implements
from unionoffice.dashboard.contract import (
    FIGURES,
    OPEN,
    REPORT,
    Board,
    DashboardOpen,
    DashboardScreen,
    FiguresRequest,
    ReportRequest,
)
from unionoffice.dashboard.perms import DashboardPerm
from unionoffice.dashboard.report import report_title, write_report
from unionoffice.dashboard.service import dashboard_figures, dashboard_years
from unionoffice.foundation.contract import FileData


@implements(OPEN)
def _open(ctx: CallContext, request: DashboardOpen) -> DashboardScreen:
    ctx.actor.require(DashboardPerm.READ)
    with ctx.db.read(ctx.actor) as s:
        org = reference_if_changed(s, ctx.actor, request.org_stamp)
    year = request.year or date.today().year
    figures = dashboard_figures(ctx.db, ctx.actor, year, request.branch_id)
    return DashboardScreen(dashboard_years(ctx.db, ctx.actor), figures.board(), org)


@implements(FIGURES)
def _figures(ctx: CallContext, request: FiguresRequest) -> Board:
    return dashboard_figures(ctx.db, ctx.actor, request.year, request.branch_id).board()


@implements(REPORT)
def _report(ctx: CallContext, request: ReportRequest) -> FileData:
    """The report written into a temporary folder here and returned as bytes."""
    with tempfile.TemporaryDirectory(prefix="unionoffice-report-") as folder:
        target = Path(folder) / f"report.{request.format.value}"
        figures = write_report(ctx.db, ctx.actor, request.year, target, request.branch_id, ctx.progress)
        name = f"{report_title(figures).replace(' ', '')}.{request.format.value}"
        return FileData(name, target.read_bytes())
