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


def test_a_worker_let_go_of_is_freed_on_the_gui_thread(qtbot, monkeypatch):
    """A runnable holds its worker and is deleted on its own thread after ``run``; when the OS
    takes that thread off the CPU right after the answer was posted, the screen that made the
    worker may be gone before the runnable is: its worker and pool then died on the worker thread."""
    import time
    import weakref

    from unionoffice.ui import worker as module

    posted = module._Run.run

    def run_then_pause(self: module._Run) -> None:
        posted(self)
        time.sleep(0.05)

    monkeypatch.setattr(module._Run, "run", run_then_pause)
    freed_on: list[bool] = []
    for round_ in range(5):
        worker = Worker()
        weakref.finalize(
            worker, lambda: freed_on.append(threading.current_thread() is threading.main_thread())
        )
        answers: list[int] = []
        worker.submit(lambda: 1, answers.append)
        qtbot.waitUntil(lambda answers=answers: answers == [1])
        del worker
        qtbot.waitUntil(lambda n=round_ + 1: len(freed_on) == n)
    assert freed_on == [True] * 5
