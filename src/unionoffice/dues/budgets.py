"""Branch union budgets: each branch union's yearly budget per spending category, what it has
spent and what is left; the company union sees every branch side by side, a clerk their own.

Spending comes from the welfare register (category 福利慰问) and from any module that records money
paid out: a module lists an object at the extension point ``dues.spending`` (see ``api.py``) whose
``spent(session, year)`` gives ``(branch_id, category, fen)`` rows, category being a
``BudgetCategory`` value such as ``contest_prizes`` or ``innovation_rewards``.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from datetime import date
from typing import Protocol

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from unionoffice.core.auth.actor import Actor
from unionoffice.core.modules import extensions
from unionoffice.core.org.labels import UnitKind
from unionoffice.core.org.models import OrgUnit
from unionoffice.db.database import Database
from unionoffice.dues.contract import BudgetInput, BudgetLine, field_label
from unionoffice.dues.labels import COUNTED, BudgetCategory
from unionoffice.dues.models import Budget, WelfarePayment
from unionoffice.dues.perms import DuesPerm
from unionoffice.foundation.errors import FieldProblem, ValidationError
from unionoffice.foundation.i18n import translate

SPENDING = "dues.spending"
MAX_BUDGET_FEN = 10**12  # 100 亿元


class SpendingSource(Protocol):
    """What a module offers at ``dues.spending``. ``label`` names it on the budget page."""

    label: str

    def spent(self, session: Session, year: int) -> Iterable[tuple[int, str, int]]:
        """(branch union id, ``BudgetCategory`` value, fen) paid out in ``year``; rows may repeat."""
        ...


def spending_sources() -> list[SpendingSource]:
    return extensions(SPENDING)


def spent(s: Session, year: int) -> dict[tuple[int, str], int]:
    """(branch, category) → fen spent in ``year``: welfare payments and every provider's rows."""
    totals: dict[tuple[int, str], int] = defaultdict(int)
    for branch_id, fen in s.execute(
        select(WelfarePayment.branch_id, func.coalesce(func.sum(WelfarePayment.amount_fen), 0))
        .where(WelfarePayment.year == year, WelfarePayment.status.in_([c.value for c in COUNTED]))
        .group_by(WelfarePayment.branch_id)
    ):
        totals[(branch_id, BudgetCategory.WELFARE.value)] += int(fen)
    known = {c.value for c in BudgetCategory}
    for source in spending_sources():
        for branch_id, category, fen in source.spent(s, year):
            if category in known:
                totals[(branch_id, category)] += int(fen)
    return dict(totals)


def budget_lines(s: Session, actor: Actor, year: int, branch_id: int | None = None) -> list[BudgetLine]:
    branches = s.execute(
        select(OrgUnit.id, OrgUnit.name)
        .where(OrgUnit.kind == UnitKind.BRANCH, OrgUnit.active.is_(True), actor.branch_clause(OrgUnit.id))
        .order_by(OrgUnit.sort_order, OrgUnit.id)
    ).all()
    if branch_id is not None:
        branches = [b for b in branches if b.id == branch_id]
    budgets = {
        (b, c): fen
        for b, c, fen in s.execute(
            select(Budget.branch_id, Budget.category, Budget.amount_fen).where(Budget.year == year)
        )
    }
    used = spent(s, year)
    return [
        BudgetLine(
            branch_id=b_id,
            branch=name,
            category=category.value,
            budget_fen=budgets.get((b_id, category.value)),
            spent_fen=used.get((b_id, category.value), 0),
        )
        for b_id, name in branches
        for category in BudgetCategory
    ]


def budget_years(s: Session) -> list[int]:
    found = set(s.execute(select(Budget.year).distinct()).scalars())
    found |= set(s.execute(select(WelfarePayment.year).distinct()).scalars())
    this_year = date.today().year
    return sorted(found | {this_year, this_year + 1}, reverse=True)


def source_names() -> list[str]:
    names = [translate("Dues", "福利慰问：本模块的发放记录（待签领和已签领）")]
    names += [getattr(source, "label", type(source).__name__) for source in spending_sources()]
    return names


def save_budget(db: Database, actor: Actor, data: BudgetInput) -> int:
    """Set (or correct) a branch union's budget for a year and category."""
    actor.require(DuesPerm.BUDGET)
    problems = []
    if data.branch_id is None:
        problems.append(FieldProblem(field_label("branch"), translate("Dues", "请选择分工会")))
    elif not actor.can_see_branch(data.branch_id):
        problems.append(FieldProblem(field_label("branch"), translate("Dues", "无权设定该分工会的预算")))
    if data.year is None or not 2000 <= data.year <= date.today().year + 1:
        problems.append(FieldProblem(field_label("year"), translate("Dues", "应为 2000 年到明年之间")))
    if data.category not in {c.value for c in BudgetCategory}:
        problems.append(FieldProblem(field_label("category"), translate("Dues", "请选择")))
    if data.amount_fen is None or not 0 <= data.amount_fen <= MAX_BUDGET_FEN:
        problems.append(FieldProblem(field_label("budget"), translate("Dues", "应为不小于 0 的金额")))
    if problems:
        raise ValidationError(problems)
    assert data.branch_id is not None and data.year is not None and data.amount_fen is not None
    with db.transaction(actor) as s:
        unit = s.get(OrgUnit, data.branch_id)
        if unit is None or unit.kind != UnitKind.BRANCH:
            raise ValidationError(FieldProblem(field_label("branch"), translate("Dues", "请选择分工会")))
        row = s.execute(
            select(Budget).where(
                Budget.branch_id == data.branch_id, Budget.year == data.year, Budget.category == data.category
            )
        ).scalar_one_or_none()
        if row is None:
            row = Budget(
                branch_id=data.branch_id, year=data.year, category=data.category, amount_fen=data.amount_fen
            )
            s.add(row)
        else:
            row.amount_fen = data.amount_fen
        row.updated_by_id = actor.user_id
        s.flush()
        return row.id
