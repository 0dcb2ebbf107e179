"""The schema revision this program expects, read without SQLAlchemy or Alembic.

Importing Alembic costs about 0.2 s and SQLAlchemy as much again; the demo start and its
cache key need only the head revision, so the few ``revision``/``down_revision`` lines of the
shipped migration files are read directly.
"""

from __future__ import annotations

import ast
from functools import lru_cache
from pathlib import Path

MIGRATIONS_DIR = Path(__file__).resolve().parents[1] / "migrations"


@lru_cache(maxsize=1)
def head_revisions() -> frozenset[str]:
    """Heads read from the revision files' assignments (Alembic loads only to migrate)."""
    revisions: set[str] = set()
    parents: set[str] = set()
    for path in (MIGRATIONS_DIR / "versions").glob("*.py"):
        values = _assignments(path)
        if "revision" not in values:
            continue
        revisions.add(values["revision"])
        down = values.get("down_revision")
        parents.update([down] if isinstance(down, str) else (down or ()))
    return frozenset(revisions - parents)


def _assignments(path: Path) -> dict:
    values = {}
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.Assign) and len(node.targets) == 1 and isinstance(node.targets[0], ast.Name):
            if node.targets[0].id in ("revision", "down_revision"):
                values[node.targets[0].id] = ast.literal_eval(node.value)
    return values
