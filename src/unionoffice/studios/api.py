"""What other modules may use of the studios module: its statistics and labels."""

from __future__ import annotations

from unionoffice.studios.labels import GRADED, Grade, Kind
from unionoffice.studios.service.stats import PATENT_KINDS, Statistics, statistics

__all__ = ["GRADED", "PATENT_KINDS", "Grade", "Kind", "Statistics", "statistics"]
