"""Counts and totals of the hardship work: files by category and branch, files opened and closed,
help paid per programme. No person appears here: the dashboard shows these to viewers."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import ColumnElement, and_, distinct, func, or_, select
from sqlalchemy.orm import Session

from unionoffice.core.auth.actor import Actor
from unionoffice.core.org.labels import UnitKind
from unionoffice.core.org.models import OrgUnit
from unionoffice.db.database import Database
from unionoffice.foundation.errors import PermissionDenied
from unionoffice.foundation.i18n import translate
from unionoffice.hardship.labels import ELIGIBLE, Category, CloseReason, Origin, Programme
from unionoffice.hardship.models import HardshipFile, Payout
from unionoffice.hardship.perms import HardshipPerm


@dataclass(frozen=True)
class BranchFiles:
    branch_id: int
    branch: str
    by_category: dict[Category, int]  # files on record at the year's end (or today)
    in_progress: int  # opened, not yet approved nor closed
    opened: int  # opened in the year
    closed: int  # closed in the year


@dataclass(frozen=True)
class ProgrammeYear:
    year: int
    programme: Programme
    households: int
    payouts: int
    total_fen: int


@dataclass(frozen=True)
class YearStatistics:
    year: int
    branches: list[BranchFiles] = field(default_factory=list)
    opened_by_origin: dict[Origin, int] = field(default_factory=dict)
    closed_by_reason: dict[CloseReason, int] = field(default_factory=dict)
    payouts: list[ProgrammeYear] = field(default_factory=list)

    def on_record(self) -> dict[Category, int]:
        """Files on record by category, all branch unions together."""
        return {c: sum(b.by_category.get(c, 0) for b in self.branches) for c in ELIGIBLE}


def require_statistics(actor: Actor) -> None:
    if not (actor.can(HardshipPerm.STATISTICS) or actor.can(HardshipPerm.READ)):
        raise PermissionDenied(translate("Hardship", "当前账号无权查看困难帮扶统计。"))


def on_record(end: date) -> ColumnElement[bool]:
    """Files approved by ``end`` and not closed by then."""
    return and_(
        HardshipFile.approved_on.isnot(None),
        HardshipFile.approved_on <= end,
        or_(HardshipFile.closed_on.is_(None), HardshipFile.closed_on > end),
    )


def payouts_by_year(
    s: Session, actor: Actor, years: list[int], branch_id: int | None = None
) -> list[ProgrammeYear]:
    scope = [Payout.year.in_(years), actor.branch_clause(Payout.branch_id)]
    if branch_id is not None:
        scope.append(Payout.branch_id == branch_id)
    found = {
        (int(y), Programme(p)): (int(h), int(n), int(fen))
        for y, p, h, n, fen in s.execute(
            select(
                Payout.year,
                Payout.programme,
                func.count(distinct(Payout.file_id)),
                func.count(),
                func.sum(Payout.amount_fen),
            )
            .where(*scope)
            .group_by(Payout.year, Payout.programme)
        )
    }
    return [ProgrammeYear(y, p, *found.get((y, p), (0, 0, 0))) for y in sorted(years) for p in Programme]


def year_statistics(s: Session, actor: Actor, year: int, branch_id: int | None = None) -> YearStatistics:
    first, end = date(year, 1, 1), date(year, 12, 31)
    scope = [actor.branch_clause(HardshipFile.branch_id)]
    if branch_id is not None:
        scope.append(HardshipFile.branch_id == branch_id)
    units = [OrgUnit.kind == UnitKind.BRANCH, actor.branch_clause(OrgUnit.id)]
    if branch_id is not None:
        units.append(OrgUnit.id == branch_id)
    branches = s.execute(
        select(OrgUnit.id, OrgUnit.name).where(*units).order_by(OrgUnit.sort_order, OrgUnit.id)
    )
    categories: dict[tuple[int, str], int] = {
        (b, c): int(n)
        for b, c, n in s.execute(
            select(HardshipFile.branch_id, HardshipFile.category, func.count())
            .where(on_record(end), *scope)
            .group_by(HardshipFile.branch_id, HardshipFile.category)
        )
    }

    def per_branch(condition: ColumnElement[bool]) -> dict[int, int]:
        return {
            b: int(n)
            for b, n in s.execute(
                select(HardshipFile.branch_id, func.count())
                .where(condition, *scope)
                .group_by(HardshipFile.branch_id)
            )
        }

    in_progress = per_branch(
        and_(
            HardshipFile.opened_on <= end,
            or_(HardshipFile.approved_on.is_(None), HardshipFile.approved_on > end),
            or_(HardshipFile.closed_on.is_(None), HardshipFile.closed_on > end),
        )
    )
    opened = per_branch(HardshipFile.opened_on.between(first, end))
    closed = per_branch(HardshipFile.closed_on.between(first, end))
    rows = [
        BranchFiles(
            b,
            name,
            {c: categories.get((b, c), 0) for c in ELIGIBLE},
            in_progress.get(b, 0),
            opened.get(b, 0),
            closed.get(b, 0),
        )
        for b, name in branches
    ]
    origins = {
        Origin(o): int(n)
        for o, n in s.execute(
            select(HardshipFile.origin, func.count())
            .where(HardshipFile.opened_on.between(first, end), *scope)
            .group_by(HardshipFile.origin)
        )
    }
    reasons = {
        CloseReason(r): int(n)
        for r, n in s.execute(
            select(HardshipFile.close_reason, func.count())
            .where(HardshipFile.closed_on.between(first, end), *scope)
            .group_by(HardshipFile.close_reason)
        )
        if r
    }
    return YearStatistics(year, rows, origins, reasons, payouts_by_year(s, actor, [year], branch_id))


def statistics(db: Database, actor: Actor, year: int, branch_id: int | None = None) -> YearStatistics:
    require_statistics(actor)
    if branch_id is not None:
        actor.require_branch(branch_id)
    with db.read(actor) as s:
        return year_statistics(s, actor, year, branch_id)


def payouts_per_year(
    db: Database, actor: Actor, years: list[int], branch_id: int | None = None
) -> list[ProgrammeYear]:
    require_statistics(actor)
    if branch_id is not None:
        actor.require_branch(branch_id)
    with db.read(actor) as s:
        return payouts_by_year(s, actor, years, branch_id)


def files_by_category(
    db: Database, actor: Actor, on: date, branch_id: int | None = None
) -> dict[Category, int]:
    """Files on record on ``on``, by category (the dashboard's headline)."""
    require_statistics(actor)
    scope = [actor.branch_clause(HardshipFile.branch_id)]
    if branch_id is not None:
        actor.require_branch(branch_id)
        scope.append(HardshipFile.branch_id == branch_id)
    with db.read(actor) as s:
        found = {
            Category(c): int(n)
            for c, n in s.execute(
                select(HardshipFile.category, func.count())
                .where(on_record(on), *scope)
                .group_by(HardshipFile.category)
            )
        }
    return {c: found.get(c, 0) for c in ELIGIBLE}
