"""Reading the audit log (admins only). There is deliberately no way to edit it."""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import Select, or_, select

from unionoffice.core.audit.contract import AuditFilter, AuditRow, audit_columns
from unionoffice.core.audit.models import AuditEntry
from unionoffice.core.auth.actor import Actor
from unionoffice.core.auth.roles import CorePerm
from unionoffice.core.listing import QuerySource
from unionoffice.db.database import Database
from unionoffice.foundation.errors import NotFound
from unionoffice.foundation.i18n import translate
from unionoffice.foundation.timefmt import local_text


def _filtered(query: Select, flt: AuditFilter) -> Select:
    if flt.entity:
        query = query.where(AuditEntry.entity == flt.entity)
    if flt.username:
        query = query.where(AuditEntry.username == flt.username)
    if flt.date_from:
        query = query.where(AuditEntry.at >= datetime.combine(flt.date_from, datetime.min.time()))
    if flt.date_to:
        query = query.where(
            AuditEntry.at < datetime.combine(flt.date_to + timedelta(days=1), datetime.min.time())
        )
    if flt.text:
        like = f"%{flt.text}%"
        query = query.where(or_(AuditEntry.summary.like(like), AuditEntry.entity_id == flt.text))
    return query


def audit_source(db: Database, actor: Actor, flt: AuditFilter) -> QuerySource:
    """Newest first; for the admin's log screen."""
    actor.require(CorePerm.AUDIT_READ)
    query = _filtered(
        select(
            AuditEntry.id,
            AuditEntry.at,
            AuditEntry.username,
            AuditEntry.action,
            AuditEntry.entity,
            AuditEntry.entity_id,
            AuditEntry.summary,
        ),
        flt,
    )
    columns = audit_columns()
    sort = {
        "at": AuditEntry.id,
        "username": AuditEntry.username,
        "action": AuditEntry.action,
        "entity": AuditEntry.entity,
    }

    def fmt(row: Sequence[Any]) -> tuple[Any, ...]:
        at, username, action, entity, entity_id, summary = row
        return (local_text(at, seconds=True), username, action_label(action), entity, entity_id, summary)

    return QuerySource(db, query, columns, sort, "at", True, (AuditEntry.id.desc(),), fmt)


def action_label(action: str) -> str:
    return {
        "create": translate("Audit", "新增"),
        "update": translate("Audit", "修改"),
        "delete": translate("Audit", "删除"),
        "login": translate("Audit", "登录"),
        "login_failed": translate("Audit", "登录失败"),
        "merge": translate("Audit", "合并"),
    }.get(action, action)


def get_entry(db: Database, actor: Actor, entry_id: int) -> AuditRow:
    actor.require(CorePerm.AUDIT_READ)
    with db.read(actor) as s:
        r = s.get(AuditEntry, entry_id)
        if r is None:
            raise NotFound(translate("Audit", "找不到该日志记录。"))
        return AuditRow(
            r.id, r.at, r.username, r.action, r.entity, r.entity_id, r.summary, json.loads(r.changes or "{}")
        )


def entries_for(
    db: Database, actor: Actor, entity: str, entity_id: str | int | None = None
) -> list[AuditRow]:
    """The history of one record (or one table), oldest first."""
    actor.require(CorePerm.AUDIT_READ)
    with db.read(actor) as s:
        query = select(AuditEntry).where(AuditEntry.entity == entity)
        if entity_id is not None:
            query = query.where(AuditEntry.entity_id == str(entity_id))
        return [
            AuditRow(
                r.id,
                r.at,
                r.username,
                r.action,
                r.entity,
                r.entity_id,
                r.summary,
                json.loads(r.changes or "{}"),
            )
            for r in s.execute(query.order_by(AuditEntry.id)).scalars()
        ]


def entity_names(db: Database, actor: Actor) -> list[str]:
    actor.require(CorePerm.AUDIT_READ)
    with db.read(actor) as s:
        return list(s.execute(select(AuditEntry.entity).distinct().order_by(AuditEntry.entity)).scalars())
