"""Timestamps are stored in UTC; people read them in local time."""

from __future__ import annotations

from datetime import UTC, datetime


def local_text(moment: datetime | None, seconds: bool = False) -> str:
    if moment is None:
        return ""
    local = moment.replace(tzinfo=UTC).astimezone()
    return local.strftime("%Y-%m-%d %H:%M:%S" if seconds else "%Y-%m-%d %H:%M")
