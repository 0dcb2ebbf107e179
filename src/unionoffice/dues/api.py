"""What other modules may use of the dues and welfare module (and nothing else of it).

For the dashboard: ``dues_by_month``, ``dues_by_branch``, ``welfare_paid``, ``budget_used`` (totals
only, permission ``dues.figures``) and the labels of items and categories.

For modules that pay money out (contest prizes, five-small rewards): the extension point
``SPENDING`` (``"dues.spending"``). List an object there in your ``ModuleSpec.extensions``::

    extensions={"dues.spending": ("unionoffice.studios.api:REWARD_SPENDING",)}

It has a ``label`` (shown on the budget page) and ``spent(session, year)`` giving
``(branch_id, category, fen)`` rows, category a ``BudgetCategory`` value (``"contest_prizes"``,
``"innovation_rewards"``). Plain tuples, so the provider need not depend on this module.

The members module's six-month review reads the arrears through ``LAPSES`` (registered at
``members.dues_lapses`` in ``module.py``).
"""

from __future__ import annotations

from unionoffice.dues.arrears import LAPSES
from unionoffice.dues.budgets import SPENDING, SpendingSource
from unionoffice.dues.labels import BudgetCategory, DuesStatus, WelfareItem
from unionoffice.dues.perms import DuesPerm
from unionoffice.dues.stats import (
    BudgetFigure,
    DuesBranch,
    DuesMonth,
    WelfareFigure,
    budget_used,
    dues_by_branch,
    dues_by_month,
    welfare_paid,
)

__all__ = [
    "LAPSES",
    "SPENDING",
    "BudgetCategory",
    "BudgetFigure",
    "DuesBranch",
    "DuesMonth",
    "DuesPerm",
    "DuesStatus",
    "SpendingSource",
    "WelfareFigure",
    "WelfareItem",
    "budget_used",
    "dues_by_branch",
    "dues_by_month",
    "welfare_paid",
]
