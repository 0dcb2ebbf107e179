"""Long work off the GUI thread: one worker, a progress dialog after half a second, cancel.

The work function gets a ``Progress`` it reports to and polls for cancellation; it must return
plain data (dataclasses, ids), never ORM objects bound to the worker's session.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, QTimer, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from unionoffice.foundation.errors import UserError
from unionoffice.foundation.i18n import translate
from unionoffice.foundation.progress import Cancelled, Progress

SHOW_AFTER_MS = 500


class _Signals(QObject):
    progress = Signal(int, int, str)
    finished = Signal(object)
    failed = Signal(object)


class _Job(QRunnable):
    """Runs on the worker thread; talks to the GUI only through queued signals."""

    def __init__(self, work: Callable[[Progress], Any], progress: Progress, signals: _Signals) -> None:
        super().__init__()
        self.work = work
        self.progress_state = progress
        self.signals = signals
        self.setAutoDelete(True)

    def run(self) -> None:
        try:
            result = self.work(self.progress_state)
        except BaseException as exc:  # noqa: BLE001 - handed to the GUI thread to show
            self.signals.failed.emit(exc)
        else:
            self.signals.finished.emit(result)


class TaskRunner(QObject):
    """Owns the single worker thread; database jobs run one at a time, in order."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)
        self._keep: set[_Signals] = set()

    def run(
        self,
        parent: QWidget | None,
        title: str,
        work: Callable[[Progress], Any],
        on_success: Callable[[Any], None],
        on_failure: Callable[[BaseException], None] | None = None,
        cancellable: bool = True,
        show_progress: bool = True,
    ) -> Progress:
        signals = _Signals()
        self._keep.add(signals)
        dialog: QProgressDialog | None = None
        # A modal progress dialog's setValue() processes events itself; the job's end can arrive
        # inside it. Closing the dialog from within its own setValue() hangs, so that end waits.
        state = {"updating": False, "done": False}
        progress = Progress(report=lambda done, total, text: signals.progress.emit(done, total, text or ""))
        if show_progress:
            dialog = QProgressDialog(title, translate("Tasks", "取消") if cancellable else None, 0, 0, parent)
            dialog.setWindowTitle(translate("Tasks", "请稍候"))
            dialog.setWindowModality(Qt.WindowModality.WindowModal)
            dialog.setMinimumDuration(SHOW_AFTER_MS)
            dialog.setAutoClose(False)
            dialog.setAutoReset(False)
            dialog.canceled.connect(progress.cancel)

            def on_progress(done: int, total: int, text: str) -> None:
                if state["done"]:
                    return
                state["updating"] = True
                try:
                    dialog.setMaximum(max(total, 0))
                    if text:
                        dialog.setLabelText(text)
                    dialog.setValue(min(done, total) if total else 0)
                finally:
                    state["updating"] = False

            signals.progress.connect(on_progress)

        def finish() -> None:
            state["done"] = True
            if dialog is not None:
                dialog.hide()
                dialog.deleteLater()
            self._keep.discard(signals)

        def succeeded(result: Any) -> None:
            if state["updating"]:
                QTimer.singleShot(0, lambda: succeeded(result))
                return
            finish()
            on_success(result)

        def failed(error: BaseException) -> None:
            if state["updating"]:
                QTimer.singleShot(0, lambda: failed(error))
                return
            finish()
            if isinstance(error, Cancelled):
                return
            if on_failure is not None:
                on_failure(error)
            else:
                from unionoffice.ui.messages import show_error

                show_error(parent, error)

        signals.finished.connect(succeeded)
        signals.failed.connect(failed)
        self.pool.start(_Job(work, progress, signals))
        return progress

    def wait(self, msecs: int = 30_000) -> bool:
        return self.pool.waitForDone(msecs)


__all__ = ["Cancelled", "Progress", "TaskRunner", "UserError"]
