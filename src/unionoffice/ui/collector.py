"""Python's cyclic garbage is collected on the GUI thread only, once the app has worker threads.

Left to itself the collector runs in whichever thread allocates when a generation fills up; with
worker threads busy in SQLAlchemy or ReportLab, that is mostly a worker. The garbage it frees
is often a screen's Python side (a closed page in a reference cycle, a ticket and its callbacks),
so Qt objects were destroyed and PySide's signal connections torn down on a worker thread while
the GUI thread used them: a segmentation fault now and then under load, with the worker's trace
in the middle of an ordinary allocation (tests/ui/test_collector.py reproduces it). So the
automatic collector is switched off, and a timer on the GUI thread runs the same generational
collections at the same thresholds. Reference counting is unaffected: only cycles wait for it.
"""

from __future__ import annotations

import gc

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QThread, QTimer

INTERVAL_MS = 250  # the GUI thread looks this often; a generation that is due is collected

_collector: _Collector | None = None


def collect_due() -> int:
    """What the automatic collector would do now: the oldest due generation (and the younger)."""
    limits = gc.get_threshold()
    counts = gc.get_count()
    generation = -1
    for index, (count, limit) in enumerate(zip(counts, limits, strict=True)):
        if count <= limit:
            break
        generation = index
    return gc.collect(generation) if generation >= 0 else 0


class _Collector(QObject):
    """GUI thread: a child of the application, for the whole session."""

    def __init__(self, app: QCoreApplication) -> None:
        super().__init__(app)
        self.timer = QTimer(self, interval=INTERVAL_MS)
        self.timer.timeout.connect(self.tick)
        self.timer.start()

    def tick(self) -> None:
        # A bulk import that began before the collector was switched off switches it back on
        # when it ends (foundation/bulk.py restores what it found): off again, here.
        gc.disable()
        collect_due()


def collect_on_gui_thread() -> None:
    """GUI thread, with the application made. Idempotent; the app and every ``Worker`` call it."""
    global _collector
    app = QCoreApplication.instance()
    if app is None or QThread.currentThread() is not app.thread():
        raise RuntimeError("collect_on_gui_thread() belongs on the GUI thread, after the application")
    if _collector is None or not shiboken6.isValid(_collector):
        _collector = _Collector(app)
    gc.disable()
