"""The status bar's word on the union server: connected, retrying, unreachable.

The remote backend reports its state from whichever worker noticed (``RemoteServices.on_state``);
the indicator re-emits it as a signal, which Qt queues to the GUI thread. While a call is being
retried the bar also says, in words, that nothing is kept on this PC meanwhile; a call that gives
up shows its own message (``ServerUnreachable``) where it was made. When the server ends the
session (expired, account changed) the window asks for the password again (``signed_out``).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

import shiboken6
from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QWidget

from unionoffice.foundation.i18n import translate

GREEN, ORANGE, RED = "#1a7f37", "#b35c00", "#b42318"


class Watchable(Protocol):
    def on_state(self, listener: Callable[[object, str], None]) -> None: ...


class ConnectionIndicator(QLabel):
    """GUI thread; ``changed`` may be emitted from any thread."""

    changed = Signal(str, str)
    signed_out = Signal()
    message = Signal(str)  # a sentence for the status bar's message area

    def __init__(self, services: Watchable, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("connection_indicator")
        self.state = "connected"
        self.changed.connect(self.show_state)

        def heard(state: object, detail: str) -> None:
            if shiboken6.isValid(self):  # the window may be gone; the services outlive it
                self.changed.emit(str(state), detail)

        services.on_state(heard)
        self.show_state("connected", "")

    def show_state(self, state: str, detail: str) -> None:
        self.state = state
        if state == "retrying":
            self._paint(ORANGE, translate("Connection", "与工会服务器的连接中断，正在重试…"), detail)
            self.message.emit(
                translate(
                    "Connection",
                    "正在重新连接工会服务器（{detail}）。未完成的操作不会保存在本机，连上后继续。",
                ).format(detail=detail)
            )
        elif state == "unreachable":
            self._paint(RED, translate("Connection", "无法连接工会服务器"), detail)
            self.message.emit(
                translate("Connection", "无法连接工会服务器（{detail}），请检查网络。").format(detail=detail)
            )
        elif state == "signed_out":
            self._paint(ORANGE, translate("Connection", "登录已失效"), "")
            self.signed_out.emit()
        else:
            self._paint(GREEN, translate("Connection", "已连接工会服务器"), "")
            self.message.emit("")

    def _paint(self, colour: str, text: str, detail: str) -> None:
        self.setText(f'<span style="color:{colour}">●</span> {text}')
        self.setToolTip(detail)
