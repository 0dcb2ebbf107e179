"""Cyclic garbage is freed on the GUI thread only (ui/collector.py). Before, Python's collector
ran in whichever thread allocated when a generation filled up, mostly a busy worker: screens in
reference cycles were destroyed there while the GUI thread ran, and the process died with a
segmentation fault (this test crashed the process in two runs out of two)."""

from __future__ import annotations

import gc
import threading
import weakref

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QLineEdit, QVBoxLayout, QWidget

from unionoffice.ui.collector import collect_due
from unionoffice.ui.worker import Worker

ROUNDS = 12


class _Screen(QWidget):
    """A page as the app makes them: children, a timer, bound-method connections, and a cycle
    (only the collector frees it once the last name for it is gone)."""

    def __init__(self) -> None:
        super().__init__()
        layout = QVBoxLayout(self)
        for n in range(10):
            edit = QLineEdit(str(n))
            layout.addWidget(edit)
            edit.textChanged.connect(self.hear)
        self.timer = QTimer(self, interval=5)
        self.timer.timeout.connect(self.hear)
        self.timer.start()
        self.itself = self

    def hear(self, *_args: object) -> None:
        pass


def _allocate() -> None:
    """A worker's ordinary work: enough new container objects to fill generation 0 many times."""
    for _ in range(20):
        [[n] for n in range(10_000)]


def test_screens_in_cycles_are_freed_on_the_gui_thread_while_workers_allocate(qtbot):
    worker = Worker()
    collected_on: list[bool] = []
    freed_on: list[bool] = []

    def watch(phase: str, _info: dict[str, int]) -> None:
        if phase == "start":
            collected_on.append(threading.current_thread() is threading.main_thread())

    answers: list[None] = []
    gc.callbacks.append(watch)
    try:
        for round_ in range(ROUNDS):
            screens = [_Screen() for _ in range(4)]
            for screen in screens:
                screen.show()
                screen.destroyed.connect(
                    lambda *_: freed_on.append(threading.current_thread() is threading.main_thread())
                )
            qtbot.wait(5)
            del screens, screen
            worker.submit(_allocate, answers.append)
            qtbot.waitUntil(lambda n=round_ + 1: len(answers) == n, timeout=30_000)
        gc.collect()
    finally:
        gc.callbacks.remove(watch)
    worker.wait()
    assert collected_on and all(collected_on)
    assert freed_on and all(freed_on)


def test_the_timer_does_what_the_automatic_collector_would(qtbot):
    Worker()  # switches the automatic collector off
    assert not gc.isenabled()
    gc.collect()

    class Cycle:
        def __init__(self) -> None:
            self.itself = self

    gone = threading.Event()
    for _ in range(gc.get_threshold()[0] + 10):
        cycle = Cycle()
    weakref.finalize(cycle, gone.set)
    del cycle
    qtbot.waitUntil(gone.is_set, timeout=10_000)  # freed by the GUI thread's timer
    assert gc.get_count()[0] <= gc.get_threshold()[0] or collect_due() >= 0
