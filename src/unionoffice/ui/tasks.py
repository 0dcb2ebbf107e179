"""Long work off the GUI thread: a progress dialog after half a second, and cancel.

``run_job`` runs a job operation of the service contract (an import, an export, a batch of
certificates) wherever the services are; ``run`` runs client-side work (reading a file to
upload, writing a downloaded one). Both report to a ``Progress`` and return plain data.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtWidgets import QProgressDialog, QWidget

from unionoffice.foundation.contract import Operation, Services
from unionoffice.foundation.errors import UserError
from unionoffice.foundation.i18n import translate
from unionoffice.foundation.progress import Cancelled, Progress
from unionoffice.ui.worker import Worker

SHOW_AFTER_MS = 500
Req = TypeVar("Req")
Res = TypeVar("Res")


class TaskRunner(QObject):
    """GUI thread. Jobs share the window's worker threads with quick calls."""

    def __init__(
        self, worker: Worker, services: Services | None = None, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.worker = worker
        self.services = services

    def run_job(
        self,
        parent: QWidget | None,
        title: str,
        op: Operation[Req, Res],
        request: Req,
        on_success: Callable[[Res], None],
        on_failure: Callable[[BaseException], None] | None = None,
        cancellable: bool = True,
    ) -> Progress:
        services = self.services
        assert services is not None, "signed in before running a job"
        return self.run(
            parent,
            title,
            lambda progress: services.run_job(op, request, progress),
            on_success,
            on_failure,
            cancellable,
        )

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
        dialog = _ProgressDialog(parent, title, cancellable) if show_progress else None
        # Progress comes from the worker thread: it only stores the latest figures; a timer on
        # the GUI thread shows them (no Qt call is made from the worker).
        latest: list[tuple[int, int, str]] = []
        progress = Progress(report=lambda done, total, text: latest.append((done, total, text or "")))
        if dialog is not None:
            # A closure, not the bound method: PySide watches a bound method's object with a
            # weak reference whose callback disconnects; ``progress`` may be dropped last on the
            # worker thread, and that disconnect raced the dialog's deletion here.
            dialog.canceled.connect(lambda: progress.cancel())
            dialog.follow(latest)

        def finished(result: Any) -> None:
            if dialog is not None:
                dialog.finish()
            on_success(result)

        def failed(error: BaseException) -> None:
            if dialog is not None:
                dialog.finish()
            if isinstance(error, Cancelled):
                return
            if on_failure is not None:
                on_failure(error)
            else:
                from unionoffice.ui.messages import show_error  # messages imports this module's users

                show_error(parent, error)

        self.worker.submit(lambda: work(progress), finished, failed)
        return progress

    def wait(self, msecs: int = 30_000) -> bool:
        return self.worker.wait(msecs)


class _ProgressDialog(QProgressDialog):
    """Shown only when the work takes longer than half a second; polls the latest figures."""

    def __init__(self, parent: QWidget | None, title: str, cancellable: bool) -> None:
        super().__init__(title, translate("Tasks", "取消") if cancellable else None, 0, 0, parent)
        self.setWindowTitle(translate("Tasks", "请稍候"))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setMinimumDuration(SHOW_AFTER_MS)
        self.setAutoClose(False)
        self.setAutoReset(False)
        self.setValue(0)  # starts the minimum-duration clock
        self._timer = QTimer(self, interval=100)
        self._shown_figures: tuple[int, int, str] | None = None
        # A modal dialog's setValue() runs the event loop itself; a job's end may arrive inside
        # it, and hiding the dialog from within its own setValue() hangs: that end waits.
        self._updating = False

    def follow(self, latest: list[tuple[int, int, str]]) -> None:
        def show_latest() -> None:
            if not latest or latest[-1] == self._shown_figures:
                return
            done, total, text = self._shown_figures = latest[-1]
            del latest[:-1]
            self._updating = True
            try:
                self.setMaximum(max(total, 0))
                if text:
                    self.setLabelText(text)
                self.setValue(min(done, total) if total else 0)
            finally:
                self._updating = False

        self._timer.timeout.connect(show_latest)
        self._timer.start()

    def finish(self) -> None:
        if self._updating:
            QTimer.singleShot(0, self.finish)
            return
        self._timer.stop()
        self.hide()
        self.deleteLater()


__all__ = ["Cancelled", "Progress", "TaskRunner", "UserError"]
