"""Every service call leaves the GUI thread here: a small pool of worker threads and one bridge
object that hands results back.

Why one long-lived bridge: an earlier design made a signals ``QObject`` per job, emitted it from
the worker and dropped it on the GUI thread. Two threads then took the Python lock and Qt's
connection lock in opposite orders while that object was being finished, and the app could
hang. Here a worker only puts its result on a queue and posts one queued call to the bridge,
which lives on the GUI thread for the whole session; no Qt object is created, connected or
destroyed off the GUI thread.
"""

from __future__ import annotations

import itertools
import queue
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QMetaObject, QObject, QRunnable, Qt, QThreadPool, Slot

THREADS = 3  # a keystroke's search never waits behind a long export


@dataclass
class Ticket:
    """A submitted call. ``drop()`` makes its result vanish (a newer keystroke, a closed screen)."""

    number: int
    on_done: Callable[[Any], None] | None
    on_error: Callable[[BaseException], None] | None
    dropped: bool = False
    finished: threading.Event = field(default_factory=threading.Event)

    def drop(self) -> None:
        self.dropped = True


class _Run(QRunnable):
    """Runs on a worker thread: calls ``work`` and queues the outcome. Touches no Qt object but
    the bridge, through the thread-safe ``invokeMethod``."""

    def __init__(self, worker: Worker, ticket: Ticket, work: Callable[[], Any]) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self._worker, self._ticket, self._work = worker, ticket, work

    def run(self) -> None:
        try:
            outcome: tuple[bool, Any] = (True, self._work())
        except BaseException as exc:  # noqa: BLE001 - handed to the GUI thread to show
            outcome = (False, exc)
        self._worker.outbox.put((self._ticket, outcome))
        self._ticket.finished.set()
        QMetaObject.invokeMethod(self._worker, "deliver", Qt.ConnectionType.QueuedConnection)


class Worker(QObject):
    """GUI thread. ``submit`` runs ``work`` on a worker thread; ``on_done``/``on_error`` run on
    the GUI thread afterwards, unless the ticket was dropped."""

    def __init__(self, parent: QObject | None = None, threads: int = THREADS) -> None:
        super().__init__(parent)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(threads)
        self.outbox: queue.SimpleQueue[tuple[Ticket, tuple[bool, Any]]] = queue.SimpleQueue()
        self._numbers = itertools.count(1)
        self.pending = 0

    def submit(
        self,
        work: Callable[[], Any],
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
    ) -> Ticket:
        ticket = Ticket(next(self._numbers), on_done, on_error)
        self.pending += 1
        self.pool.start(_Run(self, ticket, work))
        return ticket

    @Slot()
    def deliver(self) -> None:
        while True:
            try:
                ticket, (ok, value) = self.outbox.get_nowait()
            except queue.Empty:
                return
            self.pending -= 1
            if ticket.dropped:
                continue
            if ok:
                if ticket.on_done is not None:
                    ticket.on_done(value)
            elif ticket.on_error is not None:
                ticket.on_error(value)

    def wait(self, msecs: int = 30_000) -> bool:
        """Tests and shutdown: wait for the threads, then hand over what they left."""
        done = self.pool.waitForDone(msecs)
        self.deliver()
        return done
