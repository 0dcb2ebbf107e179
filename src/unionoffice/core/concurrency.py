"""Optimistic locking: refuse to save over a change someone else made since the form loaded."""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from unionoffice.core.errors import ConcurrentEditError
from unionoffice.core.i18n import translate
from unionoffice.core.timefmt import local_text


def check_version(session: Session, entity: Any, expected_version: int) -> None:
    if entity.version == expected_version:
        return
    from unionoffice.core.auth.models import User

    editor = session.get(User, entity.updated_by_id) if entity.updated_by_id else None
    who = editor.display_name if editor else translate("Concurrency", "其他用户")
    when = local_text(entity.updated_at)
    raise ConcurrentEditError(
        translate("Concurrency", "该记录已被 {who} 于 {when} 修改。请重新加载后再编辑，以免覆盖对方的修改。").format(
            who=who, when=when
        )
    )
