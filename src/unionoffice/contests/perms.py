"""What the contests module guards. Granted to roles in ``module.py``; the administrator holds all."""

from __future__ import annotations

from enum import StrEnum


class ContestsPerm(StrEnum):
    READ = "contests.read"
    ADMIN = "contests.admin"
    JUDGE = "contests.judge"
    # Enter members of one's own branches as contestants.
    ENTER = "contests.enter"
