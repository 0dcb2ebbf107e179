"""Optimistic locking: refuse to save over a change someone else made since the form loaded.

Two paths lead here. A service calls ``check_version`` with the version its form loaded (the
usual case, a clear message before anything is written). If two saves race past that check,
the version column in the UPDATE's WHERE clause matches nothing for the later one; the
database layer turns SQLAlchemy's ``StaleDataError`` into the same error via ``conflict_error``.
"""

from __future__ import annotations

from datetime import date, datetime
from enum import Enum
from typing import Any

from sqlalchemy import inspect
from sqlalchemy.orm import Session

from unionoffice.core.auth.models import User
from unionoffice.foundation.errors import ConcurrentEditError
from unionoffice.foundation.i18n import translate
from unionoffice.foundation.timefmt import local_text

_HIDDEN = {"version", "created_at", "updated_at", "updated_by_id"}


def check_version(
    session: Session, entity: Any, expected_version: int, proposed: dict[str, Any] | None = None
) -> None:
    """Raise ``ConcurrentEditError`` when ``entity`` is no longer at ``expected_version``.

    ``proposed`` (field name → value the clerk is saving) lets the conflict dialog compare.
    """
    if entity.version == expected_version:
        return
    raise conflict_error(session, entity, proposed)


def display_value(value: Any) -> str:
    """Plain text for the compare table: the same value always reads the same on any backend."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return translate("Concurrency", "是") if value else translate("Concurrency", "否")
    if isinstance(value, datetime):
        return local_text(value)
    if isinstance(value, date):
        return value.isoformat()
    label = getattr(value, "label", None)
    if isinstance(value, Enum) and isinstance(label, str):
        return label
    return str(value)


def _labels_and_values(entity: Any) -> tuple[dict[str, str], dict[str, str]]:
    labels: dict[str, str] = {}
    values: dict[str, str] = {}
    for attr in inspect(entity).mapper.column_attrs:
        column = attr.columns[0]
        if attr.key in _HIDDEN or column.primary_key or column.info.get("sensitive"):
            continue  # never put a password hash or an identity number into a dialog
        labels[attr.key] = column.info.get("label", attr.key)
        values[attr.key] = display_value(getattr(entity, attr.key))
    return labels, values


def conflict_error(
    session: Session, stored: Any | None, proposed: dict[str, Any] | None = None
) -> ConcurrentEditError:
    """The error for a save that lost the race; ``stored`` is the record as it is now (None: deleted)."""
    if stored is None:
        return ConcurrentEditError(translate("Concurrency", "该记录已被其他人删除，无法保存您的修改。"))

    editor = session.get(User, stored.updated_by_id) if stored.updated_by_id else None
    who = editor.display_name if editor else translate("Concurrency", "其他用户")
    when = local_text(stored.updated_at)
    labels, current = _labels_and_values(stored)
    mine = {}
    for key, value in (proposed or {}).items():
        if key not in labels:
            continue
        mine[key] = display_value(value)
        if isinstance(value, Enum):  # stored as its plain value: show both sides by their label
            try:
                current[key] = display_value(type(value)(getattr(stored, key)))
            except ValueError:
                pass
    return ConcurrentEditError(
        translate(
            "Concurrency", "该记录已被 {who} 于 {when} 修改。请重新加载后再编辑，以免覆盖对方的修改。"
        ).format(who=who, when=when),
        entity=getattr(type(stored), "__label__", "") or type(stored).__name__,
        entity_id=inspect(stored).identity[0] if inspect(stored).identity else None,
        changed_by=who,
        changed_at=when,
        current=current,
        proposed=mine,
        labels=labels,
    )
