"""What other modules may use of the hardship module.

- The ``hardship.signals`` extension point (``HARDSHIP_SIGNALS``, ``Clue``, ``SignalSource``;
  signals.py explains it): a module that knows another reason to help a household without an
  application (a dues ledger: a low dues base) offers a source in its ``ModuleSpec.extensions``.
- Statistics for the dashboard, counts and totals only (no person), allowed to anyone holding
  ``HardshipPerm.STATISTICS`` (viewers and clerks) or ``READ``; clerks see their branch unions:
  ``files_by_category(db, actor, on)``: files on record on a day, by category (deep, relative,
  accident); ``payouts_per_year(db, actor, years)``: households, payouts and fen per programme
  and year; ``statistics(db, actor, year)``: the year's figures per branch union (on record by
  category, in progress, opened, closed), files opened by origin, closed by reason, and payouts.
"""

from __future__ import annotations

from unionoffice.hardship.labels import ELIGIBLE, Category, Origin, Programme
from unionoffice.hardship.perms import HardshipPerm
from unionoffice.hardship.service.stats import (
    BranchFiles,
    ProgrammeYear,
    YearStatistics,
    files_by_category,
    payouts_per_year,
    statistics,
)
from unionoffice.hardship.signals import HARDSHIP_SIGNALS, Clue, SignalSource

__all__ = [
    "ELIGIBLE",
    "HARDSHIP_SIGNALS",
    "BranchFiles",
    "Category",
    "Clue",
    "HardshipPerm",
    "Origin",
    "Programme",
    "ProgrammeYear",
    "SignalSource",
    "YearStatistics",
    "files_by_category",
    "payouts_per_year",
    "statistics",
]
