"""Alembic environment: runs on the connection handed over by ``unionoffice.db.migrate``.

The migrations themselves are explicit operations and need no model metadata; the caller may
hand it over (``config.attributes["metadata"]``) for comparing or autogenerating
(``tools/new_migration.py`` loads every model first).
"""

from __future__ import annotations

from alembic import context

from unionoffice.db.base import Base


def run_migrations_online() -> None:
    connection = context.config.attributes.get("connection")
    if connection is None:
        raise SystemExit("Run migrations through `unionoffice db upgrade` or tools/new_migration.py.")
    context.configure(
        connection=connection,
        target_metadata=context.config.attributes.get("metadata", Base.metadata),
        # SQLite cannot ALTER most things; batch mode copies the table instead.
        render_as_batch=connection.dialect.name == "sqlite",
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


run_migrations_online()
