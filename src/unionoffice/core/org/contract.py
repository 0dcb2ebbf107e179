"""The organisation tree as screens receive it: reference data for pickers, and the tree admin."""

from __future__ import annotations

from dataclasses import dataclass, field

from unionoffice.core.org.labels import UnitKind
from unionoffice.foundation.contract import ById, Empty, Operation, Saved


@dataclass(frozen=True)
class GroupRef:
    id: int
    name: str


@dataclass(frozen=True)
class BranchRef:
    id: int
    name: str
    base: str | None
    groups: tuple[GroupRef, ...] = ()
    mine: bool = True  # within the signed-in user's branch unions (a clerk sees others' names only)


@dataclass(frozen=True)
class OrgReference:
    """Active branch unions with their groups. Screens keep it per session and ask again only
    when ``stamp`` changed (a screen's open call sends the stamp it holds)."""

    stamp: str
    company: str
    branches: tuple[BranchRef, ...] = ()

    def branch(self, branch_id: int | None) -> BranchRef | None:
        return next((b for b in self.branches if b.id == branch_id), None)

    def mine(self) -> tuple[BranchRef, ...]:
        return tuple(b for b in self.branches if b.mine)


@dataclass(frozen=True)
class UnitInfo:
    id: int
    kind: UnitKind
    name: str
    parent_id: int | None
    base: str | None
    headcount: int | None
    active: bool
    version: int
    member_count: int = 0


@dataclass(frozen=True)
class UnitTree:
    units: list[UnitInfo] = field(default_factory=list)


@dataclass(frozen=True)
class TreeRequest:
    include_retired: bool = False


@dataclass(frozen=True)
class NewUnit:
    parent_id: int
    name: str
    base: str | None = None
    headcount: int | None = None


@dataclass(frozen=True)
class UnitChange:
    id: int
    version: int
    name: str
    base: str | None
    headcount: int | None


@dataclass(frozen=True)
class Retire:
    id: int
    version: int


@dataclass(frozen=True)
class Merge:
    source_id: int
    target_id: int


@dataclass(frozen=True)
class Moved:
    members: int


@dataclass(frozen=True)
class CompanyName:
    name: str


REFERENCE = Operation("org.reference", Empty, OrgReference)
TREE = Operation("org.tree", TreeRequest, UnitTree)
GET_UNIT = Operation("org.get", ById, UnitInfo)
CREATE_UNIT = Operation("org.create", NewUnit, Saved, write=True)
UPDATE_UNIT = Operation("org.update", UnitChange, Saved, write=True)
RETIRE_UNIT = Operation("org.retire", Retire, Empty, write=True)
MERGE_UNITS = Operation("org.merge", Merge, Moved, write=True)
NAME_COMPANY = Operation("org.name_company", CompanyName, Saved, write=True)
