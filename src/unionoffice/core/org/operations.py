"""The organisation tree's operations: reference data every screen's pickers use, and the admin."""

from __future__ import annotations

import hashlib

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from unionoffice.core.auth.actor import Actor
from unionoffice.core.org import service
from unionoffice.core.org.contract import (
    CREATE_UNIT,
    GET_UNIT,
    MERGE_UNITS,
    NAME_COMPANY,
    REFERENCE,
    RETIRE_UNIT,
    TREE,
    UPDATE_UNIT,
    BranchRef,
    CompanyName,
    GroupRef,
    Merge,
    Moved,
    NewUnit,
    OrgReference,
    Retire,
    TreeRequest,
    UnitChange,
    UnitInfo,
    UnitTree,
)
from unionoffice.core.org.labels import UnitKind
from unionoffice.core.org.models import OrgUnit
from unionoffice.core.org.setup import ensure_company_union
from unionoffice.core.services import CallContext, implements
from unionoffice.foundation.contract import ById, Empty, Saved


def reference_stamp(s: Session) -> str:
    """Changes whenever a unit is added, renamed, moved or retired (every change bumps a version)."""
    count, versions, latest = s.execute(
        select(func.count(), func.coalesce(func.sum(OrgUnit.version), 0), func.max(OrgUnit.updated_at))
    ).one()
    return hashlib.sha1(f"{count}:{versions}:{latest}".encode()).hexdigest()[:16]


def org_reference(s: Session, actor: Actor) -> OrgReference:
    """Every active branch union and group: names are not confidential, so a clerk also sees other
    branches (as transfer targets); ``mine`` marks those whose members they may see."""
    units = s.execute(
        select(OrgUnit.id, OrgUnit.kind, OrgUnit.name, OrgUnit.parent_id, OrgUnit.base)
        .where(OrgUnit.active.is_(True))
        .order_by(OrgUnit.sort_order, OrgUnit.id)
    ).all()
    groups: dict[int, list[GroupRef]] = {}
    company = ""
    for unit in units:
        if unit.kind == UnitKind.GROUP and unit.parent_id is not None:
            groups.setdefault(unit.parent_id, []).append(GroupRef(unit.id, unit.name))
        elif unit.kind == UnitKind.COMPANY:
            company = unit.name
    branches = tuple(
        BranchRef(u.id, u.name, u.base, tuple(groups.get(u.id, ())), actor.can_see_branch(u.id))
        for u in units
        if u.kind == UnitKind.BRANCH
    )
    return OrgReference(reference_stamp(s), company, branches)


def reference_if_changed(s: Session, actor: Actor, stamp: str | None) -> OrgReference | None:
    """For a screen's open call: the reference only when the screen's copy is out of date."""
    if stamp is not None and stamp == reference_stamp(s):
        return None
    return org_reference(s, actor)


@implements(REFERENCE)
def _reference(ctx: CallContext, _request: Empty) -> OrgReference:
    with ctx.db.read(ctx.actor) as s:
        return org_reference(s, ctx.actor)


@implements(TREE)
def _tree(ctx: CallContext, request: TreeRequest) -> UnitTree:
    return UnitTree(service.list_units(ctx.db, ctx.actor, include_retired=request.include_retired))


@implements(GET_UNIT)
def _get(ctx: CallContext, request: ById) -> UnitInfo:
    return service.get_unit(ctx.db, ctx.actor, request.id)


@implements(CREATE_UNIT)
def _create(ctx: CallContext, request: NewUnit) -> Saved:
    unit_id = service.create_unit(
        ctx.db, ctx.actor, request.parent_id, request.name, request.base, request.headcount
    )
    return Saved(unit_id)


@implements(UPDATE_UNIT)
def _update(ctx: CallContext, request: UnitChange) -> Saved:
    service.update_unit(
        ctx.db,
        ctx.actor,
        request.id,
        request.version,
        name=request.name,
        base=request.base,
        headcount=request.headcount,
    )
    return Saved(request.id)


@implements(RETIRE_UNIT)
def _retire(ctx: CallContext, request: Retire) -> Empty:
    service.retire_unit(ctx.db, ctx.actor, request.id, request.version)
    return Empty()


@implements(MERGE_UNITS)
def _merge(ctx: CallContext, request: Merge) -> Moved:
    return Moved(service.merge_units(ctx.db, ctx.actor, request.source_id, request.target_id))


@implements(NAME_COMPANY)
def _name_company(ctx: CallContext, request: CompanyName) -> Saved:
    return Saved(ensure_company_union(ctx.db, ctx.actor, request.name))
