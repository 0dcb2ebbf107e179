"""The figures the dashboard shows (through ``api.py``): dues collected per month and branch
union, welfare paid per item and branch union, budget used. Totals only: no names, no wages."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select

from unionoffice.core.auth.actor import Actor
from unionoffice.core.org.models import OrgUnit
from unionoffice.db.database import Database
from unionoffice.dues.budgets import budget_lines
from unionoffice.dues.labels import COUNTED, DuesStatus
from unionoffice.dues.ledger import branch_totals
from unionoffice.dues.models import DuesLine, WelfarePayment
from unionoffice.dues.perms import DuesPerm


@dataclass(frozen=True)
class DuesMonth:
    month: date
    due_fen: int  # dues of the month's lines (exempt members owe none)
    paid_fen: int
    members: int  # lines that owe dues (not exempt)
    paid: int
    unpaid: int


@dataclass(frozen=True)
class DuesBranch:
    branch_id: int
    branch: str
    due_fen: int
    paid_fen: int
    paid: int
    unpaid: int


@dataclass(frozen=True)
class WelfareFigure:
    branch_id: int
    branch: str
    item: str  # WelfareItem value
    payments: int
    amount_fen: int


@dataclass(frozen=True)
class BudgetFigure:
    branch_id: int
    branch: str
    category: str  # BudgetCategory value
    budget_fen: int | None
    spent_fen: int


def _scope(actor: Actor, branch_id: int | None) -> None:
    actor.require(DuesPerm.FIGURES)
    if branch_id is not None:
        actor.require_branch(branch_id)


def dues_by_month(db: Database, actor: Actor, year: int, branch_id: int | None = None) -> list[DuesMonth]:
    """Each month of ``year`` with dues recorded: due, collected, members paid and unpaid."""
    _scope(actor, branch_id)
    line = DuesLine
    owed = line.status != DuesStatus.EXEMPT
    query = (
        select(
            line.month,
            func.coalesce(func.sum(line.dues_fen).filter(owed), 0),
            func.coalesce(func.sum(line.paid_fen).filter(line.status == DuesStatus.PAID), 0),
            func.count().filter(owed),
            func.count().filter(line.status == DuesStatus.PAID),
            func.count().filter(line.status == DuesStatus.UNPAID),
        )
        .where(
            line.month >= date(year, 1, 1),
            line.month <= date(year, 12, 1),
            actor.branch_clause(line.branch_id),
        )
        .group_by(line.month)
        .order_by(line.month)
    )
    if branch_id is not None:
        query = query.where(line.branch_id == branch_id)
    with db.read(actor) as s:
        return [
            DuesMonth(
                month if isinstance(month, date) else date.fromisoformat(str(month)[:10]),
                int(due or 0),
                int(paid_fen or 0),
                int(members),
                int(paid),
                int(unpaid),
            )
            for month, due, paid_fen, members, paid, unpaid in s.execute(query)
        ]


def dues_by_branch(db: Database, actor: Actor, year: int) -> list[DuesBranch]:
    """Per branch union, the year so far: dues stay with the base union."""
    _scope(actor, None)
    with db.read(actor) as s:
        rows, _total = branch_totals(s, actor, date(year, 1, 1), date(year, 12, 1))
    return [DuesBranch(r.branch_id or 0, r.branch, r.due_fen, r.paid_fen, r.paid, r.unpaid) for r in rows]


def welfare_paid(db: Database, actor: Actor, year: int, branch_id: int | None = None) -> list[WelfareFigure]:
    """Payments of ``year`` (not cancelled) per branch union and item."""
    _scope(actor, branch_id)
    p = WelfarePayment
    query = (
        select(p.branch_id, OrgUnit.name, p.item, func.count(), func.sum(p.amount_fen))
        .join(OrgUnit, OrgUnit.id == p.branch_id)
        .where(p.year == year, p.status.in_([c.value for c in COUNTED]), actor.branch_clause(p.branch_id))
        .group_by(p.branch_id, OrgUnit.name, OrgUnit.sort_order, p.item)
        .order_by(OrgUnit.sort_order, p.item)
    )
    if branch_id is not None:
        query = query.where(p.branch_id == branch_id)
    with db.read(actor) as s:
        return [
            WelfareFigure(b, name, item, int(n), int(fen or 0)) for b, name, item, n, fen in s.execute(query)
        ]


def budget_used(db: Database, actor: Actor, year: int, branch_id: int | None = None) -> list[BudgetFigure]:
    """Budget and spending per branch union and category."""
    _scope(actor, branch_id)
    with db.read(actor) as s:
        lines = budget_lines(s, actor, year, branch_id)
    return [BudgetFigure(b.branch_id, b.branch, b.category, b.budget_fen, b.spent_fen) for b in lines]
