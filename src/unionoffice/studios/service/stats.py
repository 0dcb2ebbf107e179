"""Registry statistics, computed in SQL (GROUP BY) within the actor's branch scope.

Grades count once their round is closed: an open round's grades are still provisional.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import ColumnElement, Select, SQLColumnExpression, and_, extract, func, select
from sqlalchemy.orm import Session

from unionoffice.core.auth.actor import Actor
from unionoffice.core.org.labels import UnitKind
from unionoffice.core.org.models import OrgUnit
from unionoffice.db.database import Database
from unionoffice.foundation.i18n import translate
from unionoffice.foundation.money import format_fen
from unionoffice.studios.contract import StatTable
from unionoffice.studios.labels import GRADED, Grade, Kind, Level, RoundStatus
from unionoffice.studios.models import Achievement, EvaluationRound, Honour, Studio
from unionoffice.studios.perms import StudiosPerm

PATENT_KINDS = (Kind.INVENTION, Kind.UTILITY, Kind.DESIGN, Kind.SOFTWARE)
CLASS_ONE_OR_ABOVE = (Grade.SPECIAL, Grade.FIRST)


@dataclass
class BranchRow:
    branch: str
    studios: int = 0
    inventions: int = 0
    utility_models: int = 0
    five_small: int = 0
    class_one_plus: int = 0
    honours: int = 0
    benefit_fen: int = 0


@dataclass
class Statistics:
    studios_by_level: dict[Level, int]
    patents: dict[tuple[Kind, int], int]  # (kind, year granted) → count
    benefit_by_year: dict[int, int]  # fen
    benefit_by_studio_year: dict[tuple[str, int], int]  # (studio name or "", year) → fen
    five_small_by_quarter: dict[tuple[int, int], dict[Grade | None, int]]  # None = not yet decided
    branches: list[BranchRow]
    honours_by_level: dict[Level, int]
    five_small_total: int = 0
    class_one_plus: int = 0
    benefit_total_fen: int = 0
    years: list[int] = field(default_factory=list)

    @property
    def studios_total(self) -> int:
        return sum(self.studios_by_level.values())

    def patent_total(self, kind: Kind) -> int:
        return sum(n for (k, _), n in self.patents.items() if k is kind)


Scope = Callable[[SQLColumnExpression[Any]], ColumnElement[bool]]


def _scope(actor: Actor, branch_id: int | None) -> Scope:
    """Column → condition: the actor's branch scope, narrowed to one branch union when asked."""

    def clause(column: SQLColumnExpression[Any]) -> ColumnElement[bool]:
        if branch_id is None:
            return actor.branch_clause(column)
        return and_(actor.branch_clause(column), column == branch_id)

    return clause


def statistics(db: Database, actor: Actor, branch_id: int | None = None) -> Statistics:
    """Every figure of the registry; ``branch_id`` limits it to one branch union."""
    actor.require(StudiosPerm.READ)
    if branch_id is not None:
        actor.require_branch(branch_id)
    scope = _scope(actor, branch_id)
    a_scope = scope(Achievement.branch_id)
    closed = select(EvaluationRound.id).where(EvaluationRound.status == RoundStatus.CLOSED)
    with db.read(actor) as s:
        by_level = {
            Level(lv): n
            for lv, n in s.execute(
                select(Studio.level, func.count()).where(scope(Studio.branch_id)).group_by(Studio.level)
            )
        }
        granted_year = extract("year", Achievement.granted_on)
        patents = {
            (Kind(k), int(y)): n
            for k, y, n in s.execute(
                select(Achievement.kind, granted_year, func.count())
                .where(
                    a_scope,
                    Achievement.kind.in_([k.value for k in PATENT_KINDS]),
                    Achievement.granted_on.is_not(None),
                )
                .group_by(Achievement.kind, granted_year)
            )
        }
        benefit_rows = s.execute(
            select(Studio.name, Achievement.benefit_year, func.sum(Achievement.benefit_fen))
            .outerjoin(Studio, Studio.id == Achievement.studio_id)
            .where(a_scope, Achievement.benefit_fen > 0)
            .group_by(Studio.name, Achievement.benefit_year)
        ).all()
        # The service stores a year with every amount (a row without one could not be placed).
        by_studio_year = {
            (name or "", int(year)): int(fen) for name, year, fen in benefit_rows if year is not None
        }
        by_year: dict[int, int] = defaultdict(int)
        for (_, year), fen in by_studio_year.items():
            by_year[year] += fen
        quarters: dict[tuple[int, int], dict[Grade | None, int]] = defaultdict(dict)
        for year, quarter, grade, n in s.execute(
            select(EvaluationRound.year, EvaluationRound.quarter, Achievement.grade, func.count())
            .join(EvaluationRound, EvaluationRound.id == Achievement.round_id)
            .where(a_scope, EvaluationRound.status == RoundStatus.CLOSED)
            .group_by(EvaluationRound.year, EvaluationRound.quarter, Achievement.grade)
        ):
            quarters[(year, quarter)][Grade(grade) if grade else None] = n
        five_small_total = s.execute(
            select(func.count()).where(a_scope, Achievement.kind == Kind.FIVE_SMALL)
        ).scalar_one()
        honours_by_level = {
            Level(lv): n
            for lv, n in s.execute(
                select(Honour.level, func.count()).where(scope(Honour.branch_id)).group_by(Honour.level)
            )
        }
        branches = _branches(s, scope, closed)
    class_one_plus = sum(
        n for grades in quarters.values() for g, n in grades.items() if g in CLASS_ONE_OR_ABOVE
    )
    years = sorted({y for _, y in patents} | set(by_year) | {y for y, _ in quarters})
    return Statistics(
        by_level,
        patents,
        dict(by_year),
        by_studio_year,
        dict(quarters),
        branches,
        honours_by_level,
        five_small_total,
        class_one_plus,
        sum(by_year.values()),
        years,
    )


def _branches(s: Session, scope: Scope, closed: Select) -> list[BranchRow]:
    units = s.execute(
        select(OrgUnit.id, OrgUnit.name)
        .where(OrgUnit.kind == UnitKind.BRANCH, scope(OrgUnit.id))
        .order_by(OrgUnit.sort_order)
    ).all()
    rows = {uid: BranchRow(name) for uid, name in units}
    for bid, n in s.execute(select(Studio.branch_id, func.count()).group_by(Studio.branch_id)):
        if bid in rows:
            rows[bid].studios = n
    for bid, kind, n in s.execute(
        select(Achievement.branch_id, Achievement.kind, func.count())
        .where(Achievement.granted_on.is_not(None) | (Achievement.kind == Kind.FIVE_SMALL))
        .group_by(Achievement.branch_id, Achievement.kind)
    ):
        if bid not in rows:
            continue
        if kind == Kind.INVENTION:
            rows[bid].inventions = n
        elif kind == Kind.UTILITY:
            rows[bid].utility_models = n
    for bid, n in s.execute(
        select(Achievement.branch_id, func.count())
        .where(Achievement.kind == Kind.FIVE_SMALL)
        .group_by(Achievement.branch_id)
    ):
        if bid in rows:
            rows[bid].five_small = n
    for bid, n in s.execute(
        select(Achievement.branch_id, func.count())
        .where(Achievement.round_id.in_(closed), Achievement.grade.in_([g.value for g in CLASS_ONE_OR_ABOVE]))
        .group_by(Achievement.branch_id)
    ):
        if bid in rows:
            rows[bid].class_one_plus = n
    for bid, n in s.execute(select(Honour.branch_id, func.count()).group_by(Honour.branch_id)):
        if bid in rows:
            rows[bid].honours = n
    for bid, fen in s.execute(
        select(Achievement.branch_id, func.sum(Achievement.benefit_fen)).group_by(Achievement.branch_id)
    ):
        if bid in rows:
            rows[bid].benefit_fen = int(fen or 0)
    return list(rows.values())


# Tables for screens and workbooks ------------------------------------------------------------------


def _row(*cells: str | int) -> list[str | int]:
    return list(cells)


def stat_tables(st: Statistics) -> list[StatTable]:
    total = translate("Studios", "合计")
    tables = [
        StatTable(
            translate("Studios", "工作室按级别"),
            [translate("Studios", "级别"), translate("Studios", "工作室数")],
            [_row(lv.label, st.studios_by_level.get(lv, 0)) for lv in Level]
            + [_row(total, st.studios_total)],
        ),
    ]
    years = sorted({y for _, y in st.patents})
    tables.append(
        StatTable(
            translate("Studios", "知识产权按类别和授权年度"),
            [translate("Studios", "类别"), *[str(y) for y in years], total],
            [
                _row(k.label, *[st.patents.get((k, y), 0) for y in years], st.patent_total(k))
                for k in PATENT_KINDS
            ],
        )
    )
    tables.append(
        StatTable(
            translate("Studios", "经济效益按年度（元）"),
            [translate("Studios", "年度"), translate("Studios", "经济效益（元）")],
            [_row(str(y), format_fen(st.benefit_by_year[y])) for y in sorted(st.benefit_by_year)]
            + [_row(total, format_fen(st.benefit_total_fen))],
        )
    )
    studio_names = sorted(
        {name for name, _ in st.benefit_by_studio_year},
        key=lambda n: -sum(f for (m, _), f in st.benefit_by_studio_year.items() if m == n),
    )
    b_years = sorted(st.benefit_by_year)
    tables.append(
        StatTable(
            translate("Studios", "经济效益按工作室和年度（元）"),
            [translate("Studios", "工作室"), *[str(y) for y in b_years], total],
            [
                _row(
                    name or translate("Studios", "（未归属工作室）"),
                    *[format_fen(st.benefit_by_studio_year.get((name, y), 0)) for y in b_years],
                    format_fen(sum(st.benefit_by_studio_year.get((name, y), 0) for y in b_years)),
                )
                for name in studio_names
            ],
        )
    )
    grade_columns: list[Grade] = [*GRADED, Grade.NONE]
    by_quarter = [
        (
            translate("Studios", "{year} 年第 {quarter} 季度").format(year=year, quarter=quarter),
            [counts.get(g, 0) for g in grade_columns],
            sum(counts.values()),
        )
        for (year, quarter), counts in sorted(st.five_small_by_quarter.items())
    ]
    q_rows = [_row(label, *cells, n) for label, cells, n in by_quarter]
    q_rows.append(
        _row(
            total,
            *[sum(cells[i] for _, cells, _ in by_quarter) for i in range(len(grade_columns))],
            sum(n for *_, n in by_quarter),
        )
    )
    tables.append(
        StatTable(
            translate("Studios", "五小成果按季度和等级"),
            [translate("Studios", "季度"), *[g.label for g in grade_columns], total],
            q_rows,
        )
    )
    b_rows = [
        _row(
            b.branch,
            b.studios,
            b.inventions,
            b.utility_models,
            b.five_small,
            b.class_one_plus,
            b.honours,
            format_fen(b.benefit_fen),
        )
        for b in st.branches
    ]
    tables.append(
        StatTable(
            translate("Studios", "各分工会"),
            [
                translate("Studios", "分工会"),
                translate("Studios", "工作室"),
                translate("Studios", "发明专利"),
                translate("Studios", "实用新型"),
                translate("Studios", "五小成果"),
                translate("Studios", "一类及以上"),
                translate("Studios", "荣誉"),
                translate("Studios", "经济效益（元）"),
            ],
            b_rows,
        )
    )
    tables.append(
        StatTable(
            translate("Studios", "荣誉按级别"),
            [translate("Studios", "级别"), translate("Studios", "荣誉数")],
            [_row(lv.label, st.honours_by_level.get(lv, 0)) for lv in Level]
            + [_row(total, sum(st.honours_by_level.values()))],
        )
    )
    return tables
