"""The audit log's operations: the administrator's list, one entry, and the chain check."""

from __future__ import annotations

from unionoffice.core.audit import service
from unionoffice.core.audit.contract import (
    ENTRY,
    LIST,
    OPEN,
    VERIFY,
    AuditFilter,
    AuditOpen,
    AuditRow,
    AuditScreen,
    ChainReport,
)
from unionoffice.core.audit.verify import verify_audit_log
from unionoffice.core.services import CallContext, implements
from unionoffice.foundation.contract import ById, Empty, ListQuery, Page


def _page(ctx: CallContext, query: ListQuery[AuditFilter]) -> Page:
    source = service.audit_source(ctx.db, ctx.actor, query.filter)
    if query.window.sort is not None:
        source = source.sorted_by(query.window.sort, query.window.descending)
    return source.page(query.window)


@implements(OPEN)
def _open(ctx: CallContext, request: AuditOpen) -> AuditScreen:
    return AuditScreen(
        _page(ctx, ListQuery(request.filter, request.window)), service.entity_names(ctx.db, ctx.actor)
    )


@implements(LIST)
def _list(ctx: CallContext, query: ListQuery[AuditFilter]) -> Page:
    return _page(ctx, query)


@implements(ENTRY)
def _entry(ctx: CallContext, request: ById) -> AuditRow:
    return service.get_entry(ctx.db, ctx.actor, request.id)


@implements(VERIFY)
def _verify(ctx: CallContext, _request: Empty) -> ChainReport:
    return verify_audit_log(ctx.db, ctx.actor)
