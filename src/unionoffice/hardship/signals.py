"""The ``hardship.signals`` extension point: reasons another module knows for offering help
without an application (免申即享).

The hardship module finds its own reasons in the register and in the medical claims. A module
that holds other data (a dues ledger knows each member's dues base; a welfare module knows the
condolence payments after a relative's death) offers a source in its ``ModuleSpec``::

    extensions={"hardship.signals": ("unionoffice.dues.hardship:LOW_BASE",)}

and the object answers the ``SignalSource`` protocol below. The candidate list asks every source
each time it is built, keeps members in the union within the user's branch unions, leaves out
households that already have a file, and shows each reason's ``label`` and ``detail``. Sources are
called inside the list's read-only session: they read, never write, and must not be slow (the list
is rebuilt on every filter change).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from typing import Protocol

from sqlalchemy.orm import Session

from unionoffice.core.modules import extensions

HARDSHIP_SIGNALS = "hardship.signals"


@dataclass(frozen=True)
class Clue:
    """One reason to look at a member's household."""

    member_id: int
    key: str  # stable, unique to the source: "dues.low_base"; the filter and dismissals use it
    label: str  # short, translated: "会费基数偏低"
    detail: str  # the evidence in words: "2026 年月缴费基数 2,100.00 元，低于 …"


class SignalSource(Protocol):
    key: str  # the key of the clues it gives (the candidate list's reason filter offers it)

    def label(self) -> str:
        """The reason's short name, translated (also when the source gives no clue this time)."""
        ...

    def clues(self, session: Session, year: int, on: date) -> Iterable[Clue]:
        """Members (any branch union, any status: the list filters) with this reason in ``year``,
        as of ``on``."""
        ...


def sources() -> list[SignalSource]:
    return extensions(HARDSHIP_SIGNALS)
