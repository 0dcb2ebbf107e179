"""What the studios module guards. Granted to roles in ``module.py``; the administrator holds all."""

from __future__ import annotations

from enum import StrEnum


class StudiosPerm(StrEnum):
    READ = "studios.read"
    WRITE = "studios.write"
    # Company-wide: opening, grading and closing the quarterly evaluation rounds.
    EVALUATE = "studios.evaluate"
