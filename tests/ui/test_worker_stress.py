"""The worker pool cannot deadlock: many short jobs start and finish on worker threads while the
GUI thread keeps emitting signals and processing events (the old task runner could hang here:
the GUI thread held the Python lock waiting for Qt's connection lock, a worker the reverse while
its per-job signals object was being finished)."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import QObject, QTimer, Signal

from unionoffice.foundation.progress import Progress
from unionoffice.ui.tasks import TaskRunner
from unionoffice.ui.worker import Worker

TASKS = 1000


class _Chatter(QObject):
    """Emits from the GUI thread all the time, as a busy window does."""

    said = Signal(int)

    def __init__(self) -> None:
        super().__init__()
        self.heard = 0
        self.said.connect(self._hear)
        self.timer = QTimer(self, interval=0)
        self.timer.timeout.connect(lambda: self.said.emit(self.heard))
        self.timer.start()

    def _hear(self, _n: int) -> None:
        self.heard += 1


@pytest.mark.parametrize("round_", range(5))
def test_a_thousand_tasks_finish_while_the_gui_thread_emits(qtbot, round_):
    worker = Worker()
    chatter = _Chatter()
    done: list[int] = []
    failed: list[BaseException] = []
    threads: set[int] = set()

    def job(n: int) -> int:
        threads.add(threading.get_ident())
        if n % 97 == 0:
            raise ValueError(n)  # failures travel back the same way
        return n

    for n in range(TASKS):
        worker.submit(lambda n=n: job(n), done.append, failed.append)
    qtbot.waitUntil(lambda: len(done) + len(failed) == TASKS, timeout=60_000)
    chatter.timer.stop()
    assert sorted(done + [int(str(e)) for e in failed]) == list(range(TASKS))
    assert len(failed) == len(range(0, TASKS, 97))
    assert threading.get_ident() not in threads and chatter.heard > 0
    assert worker.pending == 0


def test_dropped_answers_vanish_and_jobs_report_progress(qtbot):
    worker = Worker()
    runner = TaskRunner(worker)
    seen: list[int] = []
    ticket = worker.submit(lambda: 1, seen.append)
    ticket.drop()
    worker.submit(lambda: 2, seen.append)

    def long_work(progress: Progress) -> str:
        for step in range(5):
            progress.step(step, 5, f"第 {step} 步")
        return "done"

    results: list[str] = []
    runner.run(None, "测试", long_work, results.append, show_progress=False)
    qtbot.waitUntil(lambda: results == ["done"] and seen == [2], timeout=10_000)


def test_a_cancelled_job_says_nothing(qtbot):
    worker = Worker()
    runner = TaskRunner(worker)
    outcome: list[object] = []
    started = threading.Event()
    release = threading.Event()

    def work(progress: Progress) -> None:
        started.set()
        release.wait(5)
        progress.check()  # raises Cancelled

    progress = runner.run(None, "测试", work, outcome.append, outcome.append, show_progress=False)
    assert started.wait(5)
    progress.cancel()
    release.set()
    worker.wait()
    assert outcome == []
