"""Independent reads of one screen answered side by side.

A screen-level call such as the dashboard asks a dozen modules for figures that do not depend on
each other. Each read waits mostly on the database (the GIL is released meanwhile), so running
them on a few threads makes the answer as slow as the slowest read instead of their sum. Each
read opens its own session, as it would in turn; nothing here writes.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import TypeVar

T = TypeVar("T")
_PREFIX = "fanout"

# Small on purpose: every thread holds a database connection while it reads, and a union server
# answers many users at once with a bounded pool.
_WORKERS = 4
_pool: ThreadPoolExecutor | None = None


def _executor() -> ThreadPoolExecutor:
    global _pool
    if _pool is None:
        _pool = ThreadPoolExecutor(max_workers=_WORKERS, thread_name_prefix=_PREFIX)
    return _pool


def start(call: Callable[[], T]) -> Future[T]:
    """``call`` under way on a worker; ``.result()`` gives its value or raises its error.

    Called from a worker itself, ``call`` runs at once in that thread: a read that fans out
    again must not wait for the workers it is occupying."""
    if threading.current_thread().name.startswith(_PREFIX):
        return done(call)
    return _executor().submit(call)


def done(call: Callable[[], T]) -> Future[T]:
    """``call`` run in this thread, as a finished future (its error kept for ``.result()``)."""
    finished: Future[T] = Future()
    try:
        finished.set_result(call())
    except Exception as error:  # noqa: BLE001 - handed to .result(), as a worker would
        finished.set_exception(error)
    return finished
