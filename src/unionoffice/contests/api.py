"""What other modules may use of the contests module: entry counts for the dashboard, and the
outcome list of a locked contest (who goes up a skill level, who is recommended) for honours."""

from __future__ import annotations

from unionoffice.contests.contract import OutcomeRow
from unionoffice.contests.service.results import contest_outcomes
from unionoffice.contests.service.stats import EntryCount, contest_years, entry_counts

__all__ = ["EntryCount", "OutcomeRow", "contest_outcomes", "contest_years", "entry_counts"]
