"""The audit log as the administrator's screen reads it (there is no way to change it)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from unionoffice.foundation.contract import ById, ColumnDef, Empty, ListQuery, ListWindow, Operation, Page
from unionoffice.foundation.i18n import translate


@dataclass(frozen=True)
class AuditFilter:
    text: str = ""
    entity: str | None = None
    username: str | None = None
    date_from: date | None = None
    date_to: date | None = None


def audit_columns() -> tuple[ColumnDef, ...]:
    return (
        ColumnDef("at", translate("Audit", "时间"), width=19),
        ColumnDef("username", translate("Audit", "用户"), width=12),
        ColumnDef("action", translate("Audit", "操作"), width=10),
        ColumnDef("entity", translate("Audit", "对象"), width=16),
        ColumnDef("entity_id", translate("Audit", "编号"), sortable=False, width=8),
        ColumnDef("summary", translate("Audit", "摘要"), sortable=False, width=30),
    )


@dataclass(frozen=True)
class AuditOpen:
    filter: AuditFilter
    window: ListWindow


@dataclass(frozen=True)
class AuditScreen:
    page: Page
    entities: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class AuditRow:
    id: int
    at: datetime
    username: str
    action: str
    entity: str
    entity_id: str | None
    summary: str
    # Which fields changed (labels), never their values; or a service's own facts (ids, counts).
    changes: dict[str, Any]


@dataclass(frozen=True)
class ChainReport:
    checked: int
    broken_id: int | None = None
    reason: str = ""
    pending: int = 0  # entries written without the audit key, sealed by the next keyed write
    checkpoint: str = ""  # MAC of the newest signed checkpoint: worth keeping outside the database

    @property
    def ok(self) -> bool:
        return self.broken_id is None and not self.reason


OPEN = Operation("audit.open", AuditOpen, AuditScreen)
LIST = Operation("audit.list", ListQuery[AuditFilter], Page)
ENTRY = Operation("audit.entry", ById, AuditRow)
VERIFY = Operation("audit.verify", Empty, ChainReport, job=True)
