"""The union's key figures for one year and scope, assembled from each module's statistics.

Nothing is counted here: every number comes from a module's service function (members'
``membership_rates``, medical's ``aid_totals`` / ``benefit_breakdown``, contests'
``entry_counts``, studios' ``statistics``, dues' ``dues_by_month`` / ``dues_by_branch`` /
``welfare_paid`` / ``budget_used``, congress' ``statistics``), so the dashboard, the yearly report
and the command line always agree with the modules' own screens. This file only picks, compares
and labels. The dues and congress figures are left out for a user whose role may not see them
(``dues.figures``, ``congress.read``): the board then simply has no such cards or charts.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from unionoffice.congress.api import CongressPerm, CongressStatistics
from unionoffice.congress.api import statistics as congress_statistics
from unionoffice.contests.api import EntryCount, contest_years, entry_counts
from unionoffice.core.auth.actor import Actor
from unionoffice.core.org import service as org
from unionoffice.dashboard.contract import Board, Chart, ChartSet, Headline, drill
from unionoffice.dashboard.dues_figures import DuesFigures, congress_headline, dues_charts, dues_headlines
from unionoffice.dashboard.labels import ValueKind
from unionoffice.dashboard.perms import DashboardPerm
from unionoffice.db.database import Database
from unionoffice.dues.api import (
    DuesPerm,
    budget_used,
    dues_by_branch,
    dues_by_month,
    welfare_paid,
)
from unionoffice.foundation.errors import NotFound
from unionoffice.foundation.i18n import translate
from unionoffice.foundation.progress import NO_PROGRESS, Progress
from unionoffice.medical.api import BenefitType, ClaimStatus, Fund, ledger, list_schemes, scheme_by_year
from unionoffice.members.api import BranchRate, MemberStatus, membership_rates
from unionoffice.studios.api import GRADED, PATENT_KINDS, Grade, Kind, Statistics, statistics

HISTORY_YEARS = 6  # per-year charts show this many years up to the chosen one
QUARTER_GRADES: tuple[Grade, ...] = (*GRADED, Grade.NONE)


@dataclass(frozen=True, kw_only=True)
class Figures:
    """Everything the dashboard and the report show for one year and scope (plain data)."""

    year: int
    branch_id: int | None
    scope_name: str
    headlines: list[Headline]
    charts: list[Chart]
    rates: list[BranchRate]  # at the end of the year (today for the current year)
    aid_by_year: list[tuple[int, int, int, int]]  # (year, paid fen, members helped, claims)
    benefits: list[tuple[str, int, int, int]]  # (benefit type, claims, members, fen) for the year
    entries: list[EntryCount]
    quarters: dict[int, dict[Grade | None, int]]  # quarter → grade → five-small achievements
    patents_by_year: dict[int, dict[Kind, int]]
    benefit_by_year: dict[int, int]  # fen
    studios: int
    dues: DuesFigures | None = None  # None: the user may not see the dues module's figures
    congress: CongressStatistics | None = None  # None: the user may not see the congress module

    def headline(self, key: str) -> Headline:
        return next(h for h in self.headlines if h.key == key)

    def chart(self, key: str) -> Chart:
        return next(c for c in self.charts if c.key == key)

    def board(self) -> Board:
        """What the tab shows of these figures."""
        return Board(self.year, self.branch_id, self.scope_name, self.headlines, self.charts)


def dashboard_years(db: Database, actor: Actor) -> list[int]:
    """The years with figures (a medical scheme or a contest), up to this one, newest last."""
    actor.require(DashboardPerm.READ)
    this_year = date.today().year
    years = {this_year} | {s.year for s in list_schemes(db, actor)} | set(contest_years(db, actor))
    return sorted(y for y in years if y <= this_year)


def counted_on(year: int) -> date | None:
    """Members are counted at the year's end; the current year counts who is active now."""
    return None if year >= date.today().year else date(year, 12, 31)


def dashboard_figures(
    db: Database,
    actor: Actor,
    year: int,
    branch_id: int | None = None,
    progress: Progress = NO_PROGRESS,
    *,
    for_report: bool = False,
) -> Figures:
    """``for_report``: also what only the report shows (dues per branch union: a second pass over
    the year's dues lines, 80 ms on the 12,000-member demo, that the tab does without)."""
    actor.require(DashboardPerm.READ)
    scope_name = translate("Dashboard", "全会")
    if branch_id is not None:
        actor.require_branch(branch_id)
        scope_name = org.get_unit(db, actor, branch_id).name
    # The modules' figures do not depend on each other: they are read side by side.
    steps = 6
    progress.step(0, steps, translate("Dashboard", "正在统计会员…"))
    rates_now = db.side_by_side(lambda: membership_rates(db, actor, counted_on(year), branch_id))
    rates_then = db.side_by_side(lambda: membership_rates(db, actor, date(year - 1, 12, 31), branch_id))
    aid_years = db.side_by_side(
        lambda: ledger.aid_totals(db, actor, Fund.UNION, year - HISTORY_YEARS + 1, year, branch_id)
    )
    benefit_rows = db.side_by_side(lambda: _benefits(db, actor, year, branch_id))
    entry_rows = db.side_by_side(lambda: entry_counts(db, actor, year, branch_id))
    entry_rows_before = db.side_by_side(lambda: entry_counts(db, actor, year - 1, branch_id))
    studio_figures = db.side_by_side(lambda: statistics(db, actor, branch_id))
    dues_figures = db.side_by_side(
        lambda: _dues(db, actor, year, branch_id, for_report) if actor.can(DuesPerm.FIGURES) else None
    )
    congress_figures = db.side_by_side(lambda: _congress(db, actor))
    rates, before = rates_now.result(), rates_then.result()
    progress.step(1, steps, translate("Dashboard", "正在统计医疗互助…"))
    aid, benefits = aid_years.result(), benefit_rows.result()
    progress.step(2, steps, translate("Dashboard", "正在统计劳动竞赛…"))
    entries = entry_rows.result()
    entries_before = sum(e.entries for e in entry_rows_before.result())
    progress.step(3, steps, translate("Dashboard", "正在统计创新成果…"))
    st = studio_figures.result()
    progress.step(4, steps, translate("Dashboard", "正在统计经费与福利…"))
    dues = dues_figures.result()
    progress.step(5, steps, translate("Dashboard", "正在统计职代会提案…"))
    congress = congress_figures.result()
    progress.step(6, steps)
    figures = _assemble(
        year, branch_id, scope_name, rates, before, list(aid.by_year), benefits, entries, entries_before, st
    )
    return _with_dues_and_congress(figures, dues, congress)


def _benefits(
    db: Database, actor: Actor, year: int, branch_id: int | None
) -> list[tuple[str, int, int, int]]:
    try:
        return ledger.benefit_breakdown(db, actor, scheme_by_year(db, actor, year), branch_id)
    except NotFound:  # no scheme that year
        return []


def _congress(db: Database, actor: Actor) -> CongressStatistics | None:
    if not actor.can(CongressPerm.READ):
        return None
    with db.read(actor) as s:
        return congress_statistics(s, actor, date.today())


def _dues(db: Database, actor: Actor, year: int, branch_id: int | None, per_branch: bool) -> DuesFigures:
    """The dues module's totals for the year and the year before (for the change)."""
    # The api gives every branch union in the actor's scope; the chosen one is picked out below.
    branches = dues_by_branch(db, actor, year) if per_branch else []
    return DuesFigures(
        year=year,
        months=dues_by_month(db, actor, year, branch_id),
        months_before=dues_by_month(db, actor, year - 1, branch_id),
        branches=[b for b in branches if branch_id is None or b.branch_id == branch_id],
        welfare=welfare_paid(db, actor, year, branch_id),
        welfare_before=welfare_paid(db, actor, year - 1, branch_id),
        budgets=budget_used(db, actor, year, branch_id),
        budgets_before=budget_used(db, actor, year - 1, branch_id),
        branch_id=branch_id,
    )


def _with_dues_and_congress(
    f: Figures, dues: DuesFigures | None, congress: CongressStatistics | None
) -> Figures:
    headlines, charts = list(f.headlines), list(f.charts)
    if dues is not None:
        headlines += dues_headlines(dues)
        charts += dues_charts(dues)
    resolution = None if congress is None else congress_headline(congress, f.branch_id is not None)
    if resolution is not None:
        headlines.append(resolution)
    return replace(f, headlines=headlines, charts=charts, dues=dues, congress=congress)


def _rate_permille(rates: list[BranchRate]) -> int:
    headcount = sum(r.headcount or 0 for r in rates)
    return round(sum(r.members for r in rates if r.headcount) * 1000 / headcount) if headcount else 0


def _assemble(
    year: int,
    branch_id: int | None,
    scope_name: str,
    rates: list[BranchRate],
    before: list[BranchRate],
    aid_by_year: list[tuple[int, int, int, int]],
    benefits: list[tuple[str, int, int, int]],
    entries: list[EntryCount],
    entries_before: int,
    st: Statistics,
) -> Figures:
    aid = {y: (fen, members, claims) for y, fen, members, claims in aid_by_year}
    quarters = {q: dict(st.five_small_by_quarter.get((year, q), {})) for q in range(1, 5)}
    patents: dict[int, dict[Kind, int]] = {}
    for (kind, y), n in st.patents.items():
        patents.setdefault(y, {})[kind] = n

    def five_small(y: int) -> int:
        return sum(
            n for (ry, _), grades in st.five_small_by_quarter.items() if ry == y for n in grades.values()
        )

    def patent_count(y: int) -> int:
        return sum(patents.get(y, {}).values())

    # Drill keywords are those of each module's ``show_filtered``: members take ``branch`` and
    # ``status``; medical ``year``, ``status``, ``benefit_type``, ``branch_id``; contests ``year``,
    # ``trade``, ``base``; studios ``kind``, ``branch_id``, ``round_year``, ``quarter``, ``grade``,
    # ``granted_year``, ``benefit_year``; dues ``page`` and that page's filters (``dues_figures.py``).
    active = MemberStatus.ACTIVE.value
    members_drill = drill("members", branch=branch_id, status=active)
    paid: dict[str, int | str | None] = {
        "year": year,
        "status": ClaimStatus.PAID.value,
        "branch_id": branch_id,
    }
    headlines = [
        Headline(
            "members",
            translate("Dashboard", "在会会员"),
            sum(r.members for r in rates),
            sum(r.members for r in before),
            ValueKind.COUNT,
            members_drill,
        ),
        Headline(
            "rate",
            translate("Dashboard", "入会率"),
            _rate_permille(rates),
            _rate_permille(before),
            ValueKind.PERMILLE,
            members_drill,
        ),
        Headline(
            "aid",
            translate("Dashboard", "互助金支付"),
            aid.get(year, (0, 0, 0))[0],
            aid.get(year - 1, (0, 0, 0))[0],
            ValueKind.FEN,
            drill("medical", **paid),
        ),
        Headline(
            "helped",
            translate("Dashboard", "受助会员"),
            aid.get(year, (0, 0, 0))[1],
            aid.get(year - 1, (0, 0, 0))[1],
            ValueKind.COUNT,
            drill("medical", **paid),
        ),
        Headline(
            "entries",
            translate("Dashboard", "竞赛参赛人次"),
            sum(e.entries for e in entries),
            entries_before,
            ValueKind.COUNT,
            drill("contests", year=year),
        ),
        Headline(
            "five_small",
            translate("Dashboard", "五小成果"),
            five_small(year),
            five_small(year - 1),
            ValueKind.COUNT,
            drill("studios", kind=Kind.FIVE_SMALL.value, round_year=year, branch_id=branch_id),
        ),
        Headline(
            "patents",
            translate("Dashboard", "授权专利"),
            patent_count(year),
            patent_count(year - 1),
            ValueKind.COUNT,
            drill("studios", granted_year=year, branch_id=branch_id),
        ),
        Headline(
            "benefit",
            translate("Dashboard", "创新经济效益"),
            st.benefit_by_year.get(year, 0),
            st.benefit_by_year.get(year - 1, 0),
            ValueKind.FEN,
            drill("studios", benefit_year=year, branch_id=branch_id),
        ),
    ]
    history = list(range(year - HISTORY_YEARS + 1, year + 1))
    charts = [
        Chart(
            key="members",
            title=translate("Dashboard", "各分工会会员人数与入会率"),
            unit=translate("Dashboard", "人"),
            categories=[f"{r.branch.removesuffix('分工会')} {r.rate_text}" for r in rates],
            sets=[
                ChartSet(
                    translate("Dashboard", "职工人数"),
                    [r.headcount or 0 for r in rates],
                    [drill("members", branch=r.branch_id, status=active) for r in rates],
                ),
                ChartSet(
                    translate("Dashboard", "在会会员"),
                    [r.members for r in rates],
                    [drill("members", branch=r.branch_id, status=active) for r in rates],
                ),
            ],
        ),
        Chart(
            key="aid_years",
            title=translate("Dashboard", "互助金支付（按年度）"),
            unit=translate("Dashboard", "万元"),
            categories=[str(y) for y in history],
            sets=[
                ChartSet(
                    translate("Dashboard", "互助金"),
                    [aid.get(y, (0, 0, 0))[0] for y in history],
                    [drill("medical", **{**paid, "year": y}) for y in history],
                )
            ],
            value_kind=ValueKind.FEN,
        ),
        Chart(
            key="aid_types",
            title=translate("Dashboard", "{year} 年互助金（按类别）").format(year=year),
            unit=translate("Dashboard", "万元"),
            categories=[b.label for b in BenefitType],
            sets=[
                ChartSet(
                    translate("Dashboard", "互助金"),
                    [_benefit_fen(benefits, b) for b in BenefitType],
                    [drill("medical", **paid, benefit_type=b.value) for b in BenefitType],
                )
            ],
            value_kind=ValueKind.FEN,
        ),
        _entries_chart(year, entries),
        Chart(
            key="quarters",
            title=translate("Dashboard", "{year} 年五小成果（按季度和等级）").format(year=year),
            unit=translate("Dashboard", "项"),
            categories=[translate("Dashboard", "第{q}季度").format(q=q) for q in range(1, 5)],
            sets=[
                ChartSet(
                    g.label,
                    [quarters[q].get(g, 0) for q in range(1, 5)],
                    [
                        drill(
                            "studios",
                            kind=Kind.FIVE_SMALL.value,
                            round_year=year,
                            quarter=q,
                            grade=g.value,
                            branch_id=branch_id,
                        )
                        for q in range(1, 5)
                    ],
                )
                for g in QUARTER_GRADES
            ],
            stacked=True,
        ),
        Chart(
            key="patents",
            title=translate("Dashboard", "授权专利（按年度）"),
            unit=translate("Dashboard", "件"),
            categories=[str(y) for y in history],
            sets=[
                ChartSet(
                    k.label,
                    [patents.get(y, {}).get(k, 0) for y in history],
                    [drill("studios", granted_year=y, kind=k.value, branch_id=branch_id) for y in history],
                )
                for k in PATENT_KINDS
            ],
            stacked=True,
        ),
    ]
    return Figures(
        year=year,
        branch_id=branch_id,
        scope_name=scope_name,
        headlines=headlines,
        charts=charts,
        rates=rates,
        aid_by_year=aid_by_year,
        benefits=benefits,
        entries=entries,
        quarters=quarters,
        patents_by_year=patents,
        benefit_by_year=dict(st.benefit_by_year),
        studios=st.studios_total,
    )


def _benefit_fen(benefits: list[tuple[str, int, int, int]], kind: BenefitType) -> int:
    return sum(fen for k, _, _, fen in benefits if k == kind)


def _entries_chart(year: int, entries: list[EntryCount]) -> Chart:
    """Trades along the axis, one stacked colour per production base."""
    trades = sorted({e.trade for e in entries})
    bases = sorted({e.base for e in entries})
    counts = {(e.trade, e.base): e.entries for e in entries}
    sets = []
    for base in bases:
        sets.append(
            ChartSet(
                base or translate("Dashboard", "未分基地"),
                [counts.get((tr, base), 0) for tr in trades],
                [drill("contests", year=year, base=base or None, trade=tr) for tr in trades],
            )
        )
    return Chart(
        key="entries",
        title=translate("Dashboard", "{year} 年竞赛参赛人次（按工种和基地）").format(year=year),
        unit=translate("Dashboard", "人次"),
        categories=trades,
        sets=sets,
        stacked=True,
        horizontal=True,
    )
