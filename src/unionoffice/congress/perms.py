"""What the congress module guards. Granted to roles in ``module.py``; the administrator holds all."""

from __future__ import annotations

from enum import StrEnum


class CongressPerm(StrEnum):
    READ = "congress.read"
    # Collecting proposals, recording replies, putting candidates forward (within one's branches).
    WRITE = "congress.write"
    # Company-wide: sessions and their roster, the proposals committee's decisions, the higher
    # union's notices, submitting a recommendation batch and recording its result.
    MANAGE = "congress.manage"
