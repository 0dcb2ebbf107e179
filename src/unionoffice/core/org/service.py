"""Organisation tree services: reading is scoped by role, changing it is for admins."""

from __future__ import annotations

from datetime import date

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from unionoffice.core.audit.recorder import record
from unionoffice.core.auth.actor import Actor
from unionoffice.core.auth.roles import CorePerm
from unionoffice.core.concurrency import check_version
from unionoffice.core.org.contract import UnitInfo
from unionoffice.core.org.labels import BASES, UnitKind
from unionoffice.core.org.membership import membership
from unionoffice.core.org.models import OrgUnit
from unionoffice.db.database import Database
from unionoffice.foundation.errors import NotFound, ValidationError
from unionoffice.foundation.i18n import translate


def _info(unit: OrgUnit, member_count: int = 0) -> UnitInfo:
    return UnitInfo(
        unit.id,
        UnitKind(unit.kind),
        unit.name,
        unit.parent_id,
        unit.base,
        unit.headcount,
        unit.active,
        unit.version,
        member_count,
    )


def _branch_of(unit: OrgUnit) -> int | None:
    if unit.kind == UnitKind.BRANCH:
        return unit.id
    if unit.kind == UnitKind.GROUP:
        return unit.parent_id
    return None


def list_units(db: Database, actor: Actor, include_retired: bool = False) -> list[UnitInfo]:
    """Every unit the actor may see, in tree order (parents before children)."""
    actor.require(CorePerm.ORG_READ)
    with db.read(actor) as s:
        query = select(OrgUnit).order_by(OrgUnit.sort_order, OrgUnit.id)
        if not include_retired:
            query = query.where(OrgUnit.active.is_(True))
        units = list(s.execute(query).scalars())
        counts, branch_counts = membership().active_counts(s)
    visible = []
    for unit in units:
        branch = _branch_of(unit)
        if unit.kind != UnitKind.COMPANY and not actor.can_see_branch(branch):
            continue
        count = branch_counts.get(unit.id, 0) if unit.kind == UnitKind.BRANCH else counts.get(unit.id, 0)
        if unit.kind == UnitKind.COMPANY:
            count = sum(branch_counts.values())
        visible.append(_info(unit, count))
    return visible


def branches(db: Database, actor: Actor) -> list[UnitInfo]:
    return [u for u in list_units(db, actor) if u.kind == UnitKind.BRANCH]


def groups_of(db: Database, actor: Actor, branch_id: int) -> list[UnitInfo]:
    actor.require_branch(branch_id)
    return [u for u in list_units(db, actor) if u.kind == UnitKind.GROUP and u.parent_id == branch_id]


def get_unit(db: Database, actor: Actor, unit_id: int) -> UnitInfo:
    actor.require(CorePerm.ORG_READ)
    with db.read(actor) as s:
        unit = s.get(OrgUnit, unit_id)
        if unit is None:
            raise NotFound(translate("Org", "找不到该组织单位。"))
        actor.require_branch(_branch_of(unit)) if unit.kind != UnitKind.COMPANY else None
        return _info(unit)


def _check_name(name: str) -> str:
    name = " ".join(name.split())
    if not name:
        raise ValidationError(translate("Org", "名称不能为空。"))
    if len(name) > 100:
        raise ValidationError(translate("Org", "名称不能超过 100 个字。"))
    return name


def create_unit(
    db: Database,
    actor: Actor,
    parent_id: int,
    name: str,
    base: str | None = None,
    headcount: int | None = None,
) -> int:
    actor.require(CorePerm.ORG_ADMIN)
    name = _check_name(name)
    if base is not None and base not in BASES:
        raise ValidationError(translate("Org", "生产基地只能是：{bases}。").format(bases="、".join(BASES)))
    with db.transaction(actor) as s:
        parent = s.get(OrgUnit, parent_id)
        if parent is None or not parent.active:
            raise NotFound(translate("Org", "上级单位不存在或已撤销。"))
        if parent.kind == UnitKind.GROUP:
            raise ValidationError(translate("Org", "工会小组下不能再设下级单位。"))
        kind = UnitKind.BRANCH if parent.kind == UnitKind.COMPANY else UnitKind.GROUP
        _ensure_unique_name(s, parent_id, name)
        order = s.execute(
            select(func.coalesce(func.max(OrgUnit.sort_order), 0)).where(OrgUnit.parent_id == parent_id)
        ).scalar_one()
        unit = OrgUnit(
            kind=kind,
            name=name,
            parent_id=parent_id,
            base=base or parent.base,
            headcount=headcount,
            sort_order=order + 1,
        )
        s.add(unit)
        s.flush()
        return unit.id


def _ensure_unique_name(s: Session, parent_id: int | None, name: str, exclude: int | None = None) -> None:
    query = select(OrgUnit.id).where(
        OrgUnit.parent_id == parent_id, OrgUnit.name == name, OrgUnit.active.is_(True)
    )
    if exclude is not None:
        query = query.where(OrgUnit.id != exclude)
    if s.execute(query).first():
        raise ValidationError(translate("Org", "同一上级下已有名为“{name}”的单位。").format(name=name))


def update_unit(
    db: Database,
    actor: Actor,
    unit_id: int,
    expected_version: int,
    *,
    name: str,
    base: str | None,
    headcount: int | None,
) -> None:
    actor.require(CorePerm.ORG_ADMIN)
    name = _check_name(name)
    if headcount is not None and headcount < 0:
        raise ValidationError(translate("Org", "职工人数不能为负数。"))
    with db.transaction(actor) as s:
        unit = _load_for_change(
            s, unit_id, expected_version, {"name": name, "base": base, "headcount": headcount}
        )
        _ensure_unique_name(s, unit.parent_id, name, exclude=unit.id)
        unit.name = name
        unit.base = base
        unit.headcount = headcount


def _load_for_change(
    s: Session, unit_id: int, expected_version: int, proposed: dict | None = None
) -> OrgUnit:
    unit = s.get(OrgUnit, unit_id)
    if unit is None:
        raise NotFound(translate("Org", "找不到该组织单位。"))
    check_version(s, unit, expected_version, proposed)
    if not unit.active:
        raise ValidationError(translate("Org", "已撤销的单位不能修改。"))
    return unit


def retire_unit(
    db: Database, actor: Actor, unit_id: int, expected_version: int, on: date | None = None
) -> None:
    """Retire an empty unit; its name stays in history."""
    actor.require(CorePerm.ORG_ADMIN)
    with db.transaction(actor) as s:
        unit = _load_for_change(s, unit_id, expected_version)
        if unit.kind == UnitKind.COMPANY:
            raise ValidationError(translate("Org", "公司工会不能撤销。"))
        active = membership().active_in(s, unit.id, unit.kind == UnitKind.BRANCH)
        children = s.execute(
            select(func.count()).where(OrgUnit.parent_id == unit.id, OrgUnit.active.is_(True))
        ).scalar_one()
        if active or children:
            raise ValidationError(
                translate(
                    "Org", "“{name}”下还有 {members} 名在会会员和 {units} 个下级单位，请先转移或合并。"
                ).format(name=unit.name, members=active, units=children)
            )
        unit.active = False
        unit.retired_on = on or date.today()


def merge_units(db: Database, actor: Actor, source_id: int, target_id: int) -> int:
    """Merge ``source`` into ``target`` (same kind): members and groups move, source is retired.

    Returns the number of members moved.
    """
    actor.require(CorePerm.ORG_ADMIN)
    with db.transaction(actor) as s:
        source, target = s.get(OrgUnit, source_id), s.get(OrgUnit, target_id)
        if source is None or target is None or not source.active or not target.active:
            raise NotFound(translate("Org", "要合并的单位不存在或已撤销。"))
        if source.id == target.id or source.kind != target.kind or source.kind == UnitKind.COMPANY:
            raise ValidationError(translate("Org", "只能把分工会并入分工会、工会小组并入工会小组。"))
        is_branch = source.kind == UnitKind.BRANCH
        branch_id = target.id if is_branch else target.parent_id
        assert branch_id is not None  # a group always sits in a branch
        moved = membership().move(s, source.id, target.id, branch_id, is_branch)
        if is_branch:
            s.execute(update(OrgUnit).where(OrgUnit.parent_id == source.id).values(parent_id=target.id))
        source.active = False
        source.retired_on = date.today()
        source.merged_into_id = target.id
        record(
            s,
            "merge",
            OrgUnit.__tablename__,
            source.id,
            translate("Org", "“{a}”并入“{b}”，转移会员 {n} 名").format(a=source.name, b=target.name, n=moved),
        )
        return moved
