"""Paged, sorted, filtered lists for the UI's lazy table model.

A service builds a ``QuerySource`` (it owns the SQL and the permission filter); the view only
asks it for a count and for pages of plain tuples, so 100,000 rows never become ORM objects.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from typing import Any

from sqlalchemy import ColumnElement, Select, func, select

from unionoffice.db.database import Database


@dataclass(frozen=True)
class ColumnDef:
    key: str
    title: str
    sortable: bool = True
    align: str = "left"  # "left" | "right" | "center"
    width: int = 0  # characters; 0 lets the view decide


@dataclass(frozen=True)
class QuerySource:
    """Rows of ``query`` whose first selected column is the row id."""

    db: Database
    query: Select
    columns: tuple[ColumnDef, ...]
    sort_columns: dict[str, ColumnElement[Any]]
    sort_key: str | None = None
    descending: bool = False
    default_order: tuple[ColumnElement[Any], ...] = ()
    # Turns a raw row (without the id) into display values; runs on the page only.
    formatter: Callable[[Sequence[Any]], tuple[Any, ...]] | None = None

    def sorted_by(self, key: str | None, descending: bool = False) -> QuerySource:
        if key is not None and key not in self.sort_columns:
            key = None
        return replace(self, sort_key=key, descending=descending)

    def count(self) -> int:
        with self.db.read() as s:
            return s.execute(select(func.count()).select_from(self.query.order_by(None).subquery())).scalar_one()

    def _ordered(self) -> Select:
        order: list[ColumnElement[Any]] = []
        if self.sort_key is not None:
            column = self.sort_columns[self.sort_key]
            order.append(column.desc() if self.descending else column.asc())
        order.extend(self.default_order)
        return self.query.order_by(None).order_by(*order)

    def fetch(self, offset: int, limit: int) -> list[tuple[int, tuple[Any, ...]]]:
        """``(id, display values)`` for rows ``offset`` .. ``offset+limit``."""
        with self.db.read() as s:
            rows = s.execute(self._ordered().offset(offset).limit(limit)).all()
        fmt = self.formatter or tuple
        return [(row[0], fmt(row[1:])) for row in rows]

    def ids(self) -> list[int]:
        """All ids in the current order (exports, batch actions)."""
        with self.db.read() as s:
            return list(s.execute(self._ordered().with_only_columns(self.query.selected_columns[0])).scalars())
