"""Progress reporting and cancellation for long jobs, free of Qt so services can use it."""

from __future__ import annotations

import threading
from collections.abc import Callable

from unionoffice.foundation.errors import UserError
from unionoffice.foundation.i18n import translate


class Cancelled(UserError):
    def __init__(self) -> None:
        super().__init__(translate("Tasks", "操作已取消，没有写入任何数据。"))


class Progress:
    """Handed to a long job: ``step`` reports, ``check`` raises ``Cancelled`` if asked to stop."""

    def __init__(self, report: Callable[[int, int, str | None], None] | None = None) -> None:
        self._report = report
        self._cancel = threading.Event()

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def check(self) -> None:
        if self._cancel.is_set():
            raise Cancelled()

    def step(self, done: int, total: int, text: str | None = None) -> None:
        self.check()
        if self._report is not None:
            self._report(done, total, text)


NO_PROGRESS = Progress()
