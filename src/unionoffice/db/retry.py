"""Run a unit of work again when the server aborted it for a deadlock or serialization failure.

PostgreSQL resolves a deadlock by aborting one of the transactions; nothing of it was written,
so running the same work again is safe and nearly always succeeds. ``db.transaction`` turns
those aborts into ``DatabaseBusy``; this helper retries them a few times with a short random
pause, then lets the last ``DatabaseBusy`` (a clear Chinese message) reach the clerk.
Stale edits (``ConcurrentEditError``) are never retried: a person has to decide.
"""

from __future__ import annotations

import random
import time
from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar

from sqlalchemy.orm import Session

from unionoffice.foundation.errors import DatabaseBusy

if TYPE_CHECKING:
    from unionoffice.core.auth.actor import Actor
    from unionoffice.db.database import Database

T = TypeVar("T")
ATTEMPTS = 5


def run_transaction(
    db: Database,
    actor: Actor | None,
    work: Callable[[Session], T],
    attempts: int = ATTEMPTS,
    pause: float = 0.05,
) -> T:
    """``work(session)`` inside ``db.transaction(actor)``, retried on ``DatabaseBusy``."""
    for attempt in range(1, attempts + 1):
        try:
            with db.transaction(actor) as session:
                return work(session)
        except DatabaseBusy:
            if attempt == attempts:
                raise
            # Randomised, growing pause so the two losers of a deadlock do not collide again.
            time.sleep(pause * attempt * (0.5 + random.random()))
    raise AssertionError("unreachable")
