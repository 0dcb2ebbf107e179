"""The service contract: what a screen may ask of the services, whoever runs them.

Every screen reaches the services through one ``Services`` object. In a single office it calls
the service layer in the same process (``client.local``); across the union it sends each call to
``unionoffice-server`` (``client.remote``). A screen cannot tell which. Requests and results are
plain data (dataclasses of strings, numbers, dates and enums) that ``foundation.wire`` encodes,
so an ORM object or an SQL statement can never reach a view.

A module declares its operations in ``<module>/contract.py``::

    GET_MEMBER = Operation("members.get", MemberRef, MemberDetail)
    SAVE_MEMBER = Operation("members.save", MemberSave, Saved, write=True)

and implements them in its service layer with ``core.services.implements``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any, Generic, Protocol, TypeVar

from unionoffice.foundation.progress import Progress

Req = TypeVar("Req")
Res = TypeVar("Res")
F = TypeVar("F")

Cell = str | int | None  # one display value in a list row
Row = tuple[int, tuple[Cell, ...]]  # (record id, display values)


@dataclass(frozen=True)
class Operation(Generic[Req, Res]):
    """One thing a screen can ask. ``write`` calls carry an idempotency key (a retried request
    never writes twice); ``job`` calls report progress, can be cancelled and may carry files."""

    name: str
    request: type[Req]
    response: type[Res]
    write: bool = False
    job: bool = False


@dataclass(frozen=True)
class Empty:
    """The request of an operation that needs nothing, or the result of one that returns nothing."""


@dataclass(frozen=True)
class ById:
    id: int


@dataclass(frozen=True)
class Saved:
    id: int
    version: int = 0


@dataclass(frozen=True)
class ColumnDef:
    """A list column as the view draws it; widths are in digits ("0"), a Chinese character is two."""

    key: str
    title: str
    sortable: bool = True
    align: str = "left"  # "left" | "right" | "center"
    width: int = 0


@dataclass(frozen=True)
class Page:
    """Rows ``offset`` … of a list; ``total`` rides along with the first page (one call for a
    keystroke) and is None on later pages."""

    rows: list[Row]
    offset: int = 0
    total: int | None = None


@dataclass(frozen=True)
class ListWindow:
    """Which rows of a list, in which order."""

    offset: int = 0
    limit: int = 200
    sort: str | None = None
    descending: bool = False
    count: bool = True


@dataclass(frozen=True)
class ListQuery(Generic[F]):
    """A list's filter and the rows wanted: what a list operation takes."""

    filter: F
    window: ListWindow = ListWindow()


@dataclass(frozen=True)
class FileData:
    """A file crossing the contract: uploaded for an import, or produced by an export."""

    name: str
    content: bytes


@dataclass(frozen=True)
class SessionInfo:
    """The signed-in user as the screens know them: enough to hide what would be refused.

    The services never trust it; they check the real actor on every call.
    """

    user_id: int | None
    username: str
    display_name: str
    role: str
    role_label: str
    permissions: frozenset[str] = field(default_factory=frozenset)
    branch_ids: frozenset[int] = field(default_factory=frozenset)
    branch_scoped: bool = False
    must_change_password: bool = False
    recovery_code: str | None = None  # shown once, at the first administrator's first sign-in

    def can(self, permission: str) -> bool:
        return permission in self.permissions


class Maintenance(Protocol):
    """Looking after one office's database file (backups, restore, the full integrity check).
    Only the in-process backend has one: the union server is backed up on the server."""

    def backup(self, reason: str) -> str:
        """Make a backup now; returns where it went."""
        ...

    def backup_folder(self) -> str: ...

    def restore(self, backup: str) -> None:
        """Replace the database by ``backup`` (the current file is kept beside it); everyone signs in again."""
        ...

    def daily_backup_due(self) -> bool: ...

    def integrity_problems(self) -> list[str]: ...


class Services(Protocol):
    """What views hold. Calls block: views make them on a worker (``ui.calls``), never on the
    GUI thread."""

    @property
    def session(self) -> SessionInfo: ...

    def call(self, op: Operation[Req, Res], request: Req) -> Res: ...

    def run_job(self, op: Operation[Req, Res], request: Req, progress: Progress) -> Res: ...

    def describe(self) -> str:
        """Where the data is: the file, or the server, for the status bar."""
        ...

    @property
    def maintenance(self) -> Maintenance | None: ...

    def sign_out(self) -> None: ...


def rows_of(values: Sequence[tuple[int, Sequence[Any]]]) -> list[Row]:
    """Plain rows from (id, values) pairs, each value as shown."""
    return [(row_id, tuple(_cell(v) for v in vals)) for row_id, vals in values]


def _cell(value: Any) -> Cell:
    return value if value is None or isinstance(value, str | int) else str(value)
