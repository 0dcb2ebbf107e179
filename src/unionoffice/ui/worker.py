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

import shiboken6
from PySide6.QtCore import QMetaObject, QObject, QRunnable, Qt, QThreadPool, QTimer, Slot

from unionoffice.ui.collector import collect_on_gui_thread

THREADS = 3  # a keystroke's search never waits behind a long export
RETIRE_POLL_MS = 20

# Workers with runnables out, kept until their threads are idle (GUI thread only). A runnable
# holds its worker, and a pool deletes a runnable on its own thread after ``run`` returns: when
# the screen or test that made the worker had let go of it by then, the worker and its pool were
# destroyed on that worker thread. The last reference is dropped in ``_retire`` instead.
_busy: set[Worker] = set()


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
    """Runs on a worker thread: calls ``work`` and queues the outcome under the ticket's number.
    Touches no Qt object but the bridge, through the thread-safe ``invokeMethod``.

    It never holds the ticket: a ticket's callbacks close over screens, and the last reference to
    a screen's Python objects must go on the GUI thread. Dropped here (when the pool deletes the
    runnable), it tore down signal connections while the GUI thread was deleting the widgets they
    belonged to: a segfault in ``QMetaObject::Connection``'s destructor, seen under load."""

    def __init__(
        self, worker: Worker, number: int, finished: threading.Event, work: Callable[[], Any]
    ) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self._worker, self._number, self._finished = worker, number, finished
        self._work: Callable[[], Any] | None = work

    def run(self) -> None:
        work, self._work = self._work, None
        assert work is not None
        try:
            outcome: tuple[bool, Any] = (True, work())
        except BaseException as exc:  # noqa: BLE001 - handed to the GUI thread to show
            outcome = (False, exc)
        del work
        self._worker.outbox.put((self._number, outcome))
        del outcome
        self._finished.set()
        QMetaObject.invokeMethod(self._worker, "deliver", Qt.ConnectionType.QueuedConnection)


class Worker(QObject):
    """GUI thread. ``submit`` runs ``work`` on a worker thread; ``on_done``/``on_error`` run on
    the GUI thread afterwards, unless the ticket was dropped."""

    def __init__(self, parent: QObject | None = None, threads: int = THREADS) -> None:
        super().__init__(parent)
        collect_on_gui_thread()  # cyclic garbage must not be freed on these threads (see collector)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(threads)
        self.outbox: queue.SimpleQueue[tuple[int, tuple[bool, Any]]] = queue.SimpleQueue()
        self._tickets: dict[int, Ticket] = {}  # on their way; only the GUI thread touches them
        self._numbers = itertools.count(1)
        self.pending = 0

    def submit(
        self,
        work: Callable[[], Any],
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
    ) -> Ticket:
        ticket = Ticket(next(self._numbers), on_done, on_error)
        self._tickets[ticket.number] = ticket
        self.pending += 1
        _busy.add(self)
        self.pool.start(_Run(self, ticket.number, ticket.finished, work))
        return ticket

    @Slot()
    def deliver(self) -> None:
        try:
            self._deliver()
        finally:
            self._retire()

    def _deliver(self) -> None:
        while True:
            try:
                number, (ok, value) = self.outbox.get_nowait()
            except queue.Empty:
                return
            self.pending -= 1
            ticket = self._tickets.pop(number)
            if ticket.dropped:
                continue
            if ok:
                if ticket.on_done is not None:
                    ticket.on_done(value)
            elif ticket.on_error is not None:
                ticket.on_error(value)

    def _retire(self) -> None:
        """Lets go of this worker once nothing is pending and its runnables are deleted (a
        pool deletes a runnable before its thread counts as inactive)."""
        if self not in _busy or (self.pending and shiboken6.isValid(self)):
            return
        if not shiboken6.isValid(self) or self.pool.activeThreadCount() == 0:  # or its parent deleted it
            _busy.discard(self)
        else:
            QTimer.singleShot(RETIRE_POLL_MS, self._retire)

    def wait(self, msecs: int = 30_000) -> bool:
        """Tests and shutdown: wait for the threads, then hand over what they left."""
        done = self.pool.waitForDone(msecs)
        self.deliver()
        return done
