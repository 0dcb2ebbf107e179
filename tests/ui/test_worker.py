"""The worker pool: answers come back on the GUI thread, and so do the last references to them."""

from __future__ import annotations

import gc
import threading

from unionoffice.ui.worker import Worker


def test_a_worker_thread_never_holds_a_screens_callbacks(qtbot):
    """A ticket's callbacks close over screens; if a worker thread dropped the last reference,
    PySide would tear down signal connections there while the GUI thread deletes widgets."""
    worker = Worker()
    go = threading.Event()
    answers: list[int] = []
    ticket = worker.submit(lambda: go.wait(10) and 42, answers.append)
    qtbot.waitUntil(lambda: worker.pool.activeThreadCount() == 1)  # the runnable exists and runs
    holders = [r for r in gc.get_referrers(ticket) if isinstance(r, dict) and r is not worker._tickets]
    go.set()
    qtbot.waitUntil(lambda: answers == [42])
    worker.wait()
    assert worker.pending == 0 and holders == []


def test_a_dropped_ticket_delivers_nothing_and_is_forgotten(qtbot):
    worker = Worker()
    go = threading.Event()
    answers: list[int] = []
    ticket = worker.submit(lambda: go.wait(10) and 1, answers.append)
    ticket.drop()
    go.set()
    qtbot.waitUntil(lambda: worker.pending == 0)
    worker.wait()
    assert answers == [] and worker._tickets == {}
