"""Showing errors and questions. A clerk sees plain Chinese, never a traceback."""

from __future__ import annotations

import functools
import inspect
import logging
import traceback
from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtWidgets import QMessageBox, QWidget

from unionoffice.foundation.errors import ConcurrentEditError, UserError
from unionoffice.foundation.i18n import translate
from unionoffice.foundation.wire import NotSignedIn

log = logging.getLogger("unionoffice")
F = TypeVar("F", bound=Callable[..., Any])


def show_error(parent: QWidget | None, error: BaseException) -> None:
    if isinstance(error, NotSignedIn):
        return  # the union server ended the session: the window asks for the password itself
    if isinstance(error, ConcurrentEditError):
        from unionoffice.ui.conflict_dialog import show_conflict

        show_conflict(parent, error)
    elif isinstance(error, UserError):
        QMessageBox.warning(parent, translate("Messages", "无法完成操作"), str(error))
    else:
        show_unexpected(parent, error)


def show_unexpected(parent: QWidget | None, error: BaseException) -> None:
    log.error("unexpected error\n%s", "".join(traceback.format_exception(error)))
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(translate("Messages", "意外错误"))
    box.setText(
        translate(
            "Messages",
            "程序遇到意外错误，操作未完成，数据没有被修改。\n详细信息已写入日志文件，请联系管理员。",
        )
    )
    box.setDetailedText(f"{type(error).__name__}: {error}")
    box.exec()


def info(parent: QWidget | None, text: str, title: str | None = None) -> None:
    QMessageBox.information(parent, title or translate("Messages", "提示"), text)


def confirm(parent: QWidget | None, text: str, title: str | None = None) -> bool:
    answer = QMessageBox.question(
        parent,
        title or translate("Messages", "请确认"),
        text,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes


def guarded(method: F) -> F:
    """Decorate a widget's slot: any error becomes a message box instead of escaping."""

    # Signals pass extra arguments (clicked's "checked"); keep only those the slot declares.
    params = list(inspect.signature(method).parameters.values())[1:]
    takes_any = any(p.kind is p.VAR_POSITIONAL for p in params)
    positional = sum(p.kind in (p.POSITIONAL_ONLY, p.POSITIONAL_OR_KEYWORD) for p in params)

    @functools.wraps(method)
    def wrapper(self: QWidget, *args: Any, **kwargs: Any) -> Any:
        try:
            return method(self, *(args if takes_any else args[:positional]), **kwargs)
        except Exception as exc:  # noqa: BLE001 - this is the last line of defence for a slot
            show_error(self, exc)
            return None

    return wrapper  # type: ignore[return-value]
