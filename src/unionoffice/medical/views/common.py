"""What the medical tab's sub-pages share: they open on the tab's scheme year, and open again
after the clerk picks another year (at once if shown, else when next shown)."""

from __future__ import annotations

from typing import Protocol

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QWidget

from unionoffice.medical.contract import SchemeChoice, SchemeInfo, SchemePick


class SchemeHost(Protocol):
    """The tab: holds the scheme year every sub-page shows."""

    @property
    def scheme(self) -> SchemeInfo | None: ...

    def pick(self) -> SchemePick:
        """What a sub-page's opening call asks for (the year shown, the list of years if needed)."""
        ...

    def take(self, choice: SchemeChoice) -> None:
        """A sub-page's opening answer: the scheme it resolved and, when asked, every year."""
        ...

    def scheme_saved(self, scheme: SchemeInfo) -> None:
        """A scheme year was created or changed: the picker and every sub-page follow it."""
        ...

    def scheme_updated(self, scheme: SchemeInfo) -> None:
        """The shown scheme's own figures changed (its threshold): pages not shown follow it."""
        ...


class SchemeBound(QWidget):
    """Mixed into a sub-page (before its Qt base): ``reopen()`` makes its one opening call."""

    _stale = False
    _ever_shown = False

    def reopen(self) -> None:
        raise NotImplementedError

    def scheme_changed(self) -> None:
        if not self._ever_shown:
            return  # its first showing opens it on the scheme chosen by then
        if self.isVisible():
            self._stale = False
            self.reopen()
        else:
            self._stale = True

    def showEvent(self, event: QShowEvent) -> None:
        if self._stale:
            self._stale = False
            self.reopen()
        super().showEvent(event)
        self._ever_shown = True


def scheme_id(host: SchemeHost) -> int | None:
    return host.scheme.id if host.scheme is not None else None
