"""How a screen asks the services for something: always on a worker, answer on the GUI thread.

    ctx.calls.fetch(self, members.GET, ById(7), self.show_member)
    ctx.calls.fetch(self, members.LIST, query, self.show_page, channel="search")

A newer call on the same ``channel`` of the same screen drops the older one's answer (a stale
keystroke never overwrites a newer list). Answers to a screen that has been closed are dropped.
Refusals are shown to the clerk in plain Chinese unless the screen handles them itself.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

import shiboken6
from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from unionoffice.foundation.contract import Operation, Services
from unionoffice.ui.worker import Ticket, Worker

Req = TypeVar("Req")
Res = TypeVar("Res")


class Calls(QObject):
    """GUI thread."""

    def __init__(self, worker: Worker, services: Services, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.worker = worker
        self.services = services
        self._channels: dict[tuple[int, str], Ticket] = {}

    def fetch(
        self,
        owner: QWidget,
        op: Operation[Req, Res],
        request: Req,
        on_done: Callable[[Res], None],
        on_error: Callable[[BaseException], None] | None = None,
        channel: str | None = None,
    ) -> Ticket:
        services = self.services
        key = (id(owner), channel) if channel is not None else None
        if key is not None and (previous := self._channels.get(key)) is not None:
            previous.drop()

        def done(result: Any) -> None:
            if key is not None and self._channels.get(key) is ticket:
                del self._channels[key]
            if shiboken6.isValid(owner):
                _guard(owner, on_done, result)

        def failed(error: BaseException) -> None:
            if key is not None and self._channels.get(key) is ticket:
                del self._channels[key]
            if not shiboken6.isValid(owner):
                return
            if on_error is not None:
                _guard(owner, on_error, error)
            else:
                from unionoffice.ui.messages import show_error  # messages loads dialogs on demand

                show_error(owner, error)

        ticket = self.worker.submit(lambda: services.call(op, request), done, failed)
        if key is not None:
            self._channels[key] = ticket
        return ticket

    def wait(self, msecs: int = 30_000) -> bool:
        return self.worker.wait(msecs)


def _guard(owner: QWidget, callback: Callable[[Any], None], value: Any) -> None:
    """A screen's own handler failing is shown like any refusal, never raised into Qt."""
    try:
        callback(value)
    except Exception as exc:  # noqa: BLE001 - a slot's last line of defence
        from unionoffice.ui.messages import show_error  # messages loads dialogs on demand

        show_error(owner if shiboken6.isValid(owner) else None, exc)
