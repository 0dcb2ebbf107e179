"""What the dashboard tab may ask of the services, and what it gets back.

Opening the tab is one call: the years on offer, every headline figure and every chart series,
and the organisation reference when the tab's copy is old. A change of year or scope is one
call; the yearly report is a job that returns the file.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

from unionoffice.core.org.contract import OrgReference
from unionoffice.dashboard.labels import ReportFormat, ValueKind
from unionoffice.foundation.contract import FileData, Operation
from unionoffice.foundation.i18n import translate


@dataclass(frozen=True)
class Drill:
    """Where a click leads: a module's tab and its list's filters, by the keywords that module's
    ``show_filtered`` takes (``ctx.navigator.show_filtered(module, **filters)``)."""

    module: str
    filters: dict[str, int | str] = field(default_factory=dict)


def drill(module: str, **filters: int | str | None) -> Drill:
    """A drill whose unset filters are left out (the list keeps its "all" choice for them)."""
    return Drill(module, {k: v for k, v in filters.items() if v is not None})


def format_value(value: int, kind: str) -> str:
    return ValueKind(kind).written(value)


@dataclass(frozen=True)
class Headline:
    key: str
    title: str
    value: int  # a count, fen for money, or tenths of a percent for rates
    previous: int | None  # the same figure a year earlier; None when there is nothing to compare
    kind: ValueKind
    drill: Drill

    @property
    def text(self) -> str:
        return self.kind.written(self.value)

    @property
    def change_text(self) -> str:
        if self.previous is None:
            return ""
        delta = self.value - self.previous
        if self.kind is ValueKind.PERMILLE:
            return translate("Dashboard", "比上年 {sign}{d} 个百分点").format(
                sign="+" if delta >= 0 else "−", d=f"{abs(delta) / 10:.1f}"
            )
        if delta == 0:
            return translate("Dashboard", "与上年持平")
        if self.previous == 0:
            return translate("Dashboard", "上年为 0")
        pct = Decimal(delta * 100) / Decimal(self.previous)
        return translate("Dashboard", "比上年 {sign}{pct}%").format(
            sign="+" if delta >= 0 else "−", pct=f"{abs(pct):.1f}"
        )

    @property
    def rising(self) -> bool:
        return self.previous is not None and self.value >= self.previous


@dataclass(frozen=True)
class ChartSet:
    name: str
    values: list[int]
    drills: list[Drill]  # one per category


@dataclass(frozen=True, kw_only=True)
class Chart:
    key: str
    title: str
    unit: str
    categories: list[str]
    sets: list[ChartSet]
    stacked: bool = False
    horizontal: bool = False  # bars drawn sideways (stacked), for long category names
    value_kind: ValueKind = ValueKind.COUNT  # FEN: values are fen, drawn as 万元


@dataclass(frozen=True)
class Board:
    """What the tab shows for one year and scope: the headline figures and the charts."""

    year: int
    branch_id: int | None
    scope_name: str
    headlines: list[Headline] = field(default_factory=list)
    charts: list[Chart] = field(default_factory=list)

    def headline(self, key: str) -> Headline:
        return next(h for h in self.headlines if h.key == key)

    def chart(self, key: str) -> Chart:
        return next(c for c in self.charts if c.key == key)


@dataclass(frozen=True)
class DashboardOpen:
    year: int | None = None  # None: this year
    branch_id: int | None = None  # None: the whole union
    org_stamp: str | None = None


@dataclass(frozen=True)
class DashboardScreen:
    years: list[int]  # with figures, newest last
    board: Board
    org: OrgReference | None = None


@dataclass(frozen=True)
class FiguresRequest:
    year: int
    branch_id: int | None = None


@dataclass(frozen=True)
class ReportRequest:
    year: int
    branch_id: int | None = None
    format: ReportFormat = ReportFormat.PDF


OPEN = Operation("dashboard.open", DashboardOpen, DashboardScreen)
FIGURES = Operation("dashboard.figures", FiguresRequest, Board)
REPORT = Operation("dashboard.report", ReportRequest, FileData, job=True)
