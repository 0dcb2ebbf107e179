"""A page of the selected contest (results, judges, the scheme …): loaded when it is shown, with
one call that also brings the contest's head; a hidden page only remembers that it is stale."""

from __future__ import annotations

from typing import ClassVar, Protocol

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QWidget

from unionoffice.contests import contract as contests
from unionoffice.contests.contract import ContestDetail, ContestHead, DetailRequest
from unionoffice.contests.labels import ContestPage
from unionoffice.ui.context import AppContext


class ContestHost(Protocol):
    """The tab around the pages: shows the head, and refreshes after a change."""

    def show_head(self, head: ContestHead | None) -> None: ...

    def refresh(self) -> None: ...


class ContestPart(QWidget):
    """GUI thread; the page's call runs on a worker."""

    page: ClassVar[ContestPage]

    def __init__(self, ctx: AppContext, host: ContestHost, contest_id: int | None) -> None:
        super().__init__()
        self.ctx = ctx
        self.host = host
        self.contest_id = contest_id
        self.head: ContestHead | None = None
        self._stale = contest_id is not None

    def set_contest(self, contest_id: int | None, detail: ContestDetail | None = None) -> None:
        """Show ``contest_id``: from ``detail`` when it carries this page, else load it now if the
        page is visible, or when it is next shown."""
        self.contest_id = contest_id
        if detail is not None and detail.page == self.page and detail.head.id == contest_id:
            self._stale = False
            self.head = detail.head
            self.show_detail(detail)
            return
        self._stale = True
        if self.isVisible():
            self.load()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.load()

    def load(self) -> None:
        self._stale = False
        if self.contest_id is None:
            self.head = None
            self.clear()
            return
        request = DetailRequest(self.contest_id, self.page)
        self.ctx.calls.fetch(self, contests.DETAIL, request, self._arrived, channel="detail")

    def _arrived(self, detail: ContestDetail) -> None:
        if detail.head.id != self.contest_id:
            return  # another contest was chosen meanwhile
        self.head = detail.head
        self.host.show_head(detail.head)
        self.show_detail(detail)

    # What a page writes ----------------------------------------------------------------------
    def show_detail(self, detail: ContestDetail) -> None:
        raise NotImplementedError

    def clear(self) -> None:
        """No contest chosen (an empty list)."""
