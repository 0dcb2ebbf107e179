"""What other modules may use of the contests module: entry counts for the dashboard."""

from __future__ import annotations

from unionoffice.contests.service.stats import EntryCount, contest_years, entry_counts

__all__ = ["EntryCount", "contest_years", "entry_counts"]
