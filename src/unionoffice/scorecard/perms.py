"""What the scorecard module guards. Granted to roles in ``module.py``; the administrator holds all."""

from __future__ import annotations

from enum import StrEnum


class ScorecardPerm(StrEnum):
    READ = "scorecard.read"  # the comparison and the bulletin: published to every branch union
    WEIGHTS = "scorecard.weights"  # deciding the weights (administrators only)
