"""What the dues and welfare module guards. Granted to roles in ``module.py``; the administrator holds all."""

from __future__ import annotations

from enum import StrEnum


class DuesPerm(StrEnum):
    READ = "dues.read"  # the tab: dues, arrears, welfare register, budgets, rules
    WRITE = "dues.write"  # payroll imports, dues paid in cash
    WELFARE = "dues.welfare"  # welfare payments, batches, sign-off ticks
    BUDGET = "dues.budget"  # a branch union's yearly budget
    CONFIGURE = "dues.configure"  # the dues rate and the welfare caps: the union's rules
    FIGURES = "dues.figures"  # the totals the dashboard shows (no names, no wages)
