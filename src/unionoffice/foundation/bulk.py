"""Bulk work (imports of tens of thousands of rows) without the cyclic garbage collector.

Parsing a 100,000-row sheet allocates a million dicts and tuples, none of them in reference
cycles; the collector would walk them again and again (1.5 s of a 5 s import here). Pauses
nest and are counted, because more than one thread may be in bulk work at once.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

_lock = threading.Lock()
_depth = 0
_was_enabled = False


@contextmanager
def collector_paused() -> Iterator[None]:
    global _depth, _was_enabled
    with _lock:
        if _depth == 0:
            _was_enabled = gc.isenabled()
            gc.disable()
        _depth += 1
    try:
        yield
    finally:
        with _lock:
            _depth -= 1
            if _depth == 0 and _was_enabled:
                gc.enable()
