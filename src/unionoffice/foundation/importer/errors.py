"""Errors raised while importing; both end up in front of the clerk as plain Chinese."""

from __future__ import annotations

from unionoffice.foundation.errors import UserError
from unionoffice.foundation.i18n import translate


class CellError(ValueError):
    """One cell cannot be read. ``column`` is a column key, set only by row validators."""

    def __init__(self, message: str, column: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.column = column


class ImportCancelled(UserError):
    def __init__(self) -> None:
        super().__init__(translate("Import", "导入已取消"))
