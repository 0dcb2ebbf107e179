"""People another module can hand out certificates to: a registry-free contract.

A module names its lists in ``ModuleSpec.recipient_sources`` (a contest's prize winners, a
quarter's graded five-small results, a year's honours); the certificates module offers them in
its issuing screen. Neither module imports the other.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from unionoffice.core.auth.actor import Actor
    from unionoffice.db.database import Database


@dataclass(frozen=True)
class Recipient:
    name: str
    member_id: int | None = None
    fields: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class SourceBatch:
    key: str
    label: str


@dataclass(frozen=True)
class RecipientSource:
    key: str
    label: Callable[[], str]
    kind: str  # "list": pick one of batches(); "file": a spreadsheet path; "text": typed or pasted lines
    recipients: Callable[[Database, Actor, str, Any], list[Recipient]]
    batches: Callable[[Database, Actor], list[SourceBatch]] | None = None
