"""What the hardship module guards. Granted to roles in ``module.py``; the administrator holds all."""

from __future__ import annotations

from enum import StrEnum


class HardshipPerm(StrEnum):
    READ = "hardship.read"  # the tab: files (names, categories, stages), candidates, payouts
    WRITE = "hardship.write"  # open and edit files, visits, notices, reviews, payouts, dismissals
    # The household's details: members of the household, income and expenses, cause, notes.
    DETAILS = "hardship.details"
    APPROVE = "hardship.approve"  # record the committee's approval after the notice
    SETTINGS = "hardship.settings"  # 低保 figures per base and the rules (notice, follow-up, lines)
    # Counts and totals only (no person): what the dashboard shows to viewers.
    STATISTICS = "hardship.statistics"
