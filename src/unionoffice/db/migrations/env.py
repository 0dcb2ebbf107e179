"""Alembic environment: runs on the connection handed over by ``unionoffice.db.migrate``."""

from __future__ import annotations

from alembic import context

from unionoffice.db.models import load_all_models

target_metadata = load_all_models()


def run_migrations_online() -> None:
    connection = context.config.attributes.get("connection")
    if connection is None:  # `alembic` command line during development
        from unionoffice.db.database import Database, resolve_url

        db = Database(resolve_url(context.config.get_main_option("sqlalchemy.url") or None))
        with db.engine.begin() as conn:
            _run(conn)
        return
    _run(connection)


def _run(connection) -> None:  # type: ignore[no-untyped-def]
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        # SQLite cannot ALTER most things; batch mode copies the table instead.
        render_as_batch=connection.dialect.name == "sqlite",
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


run_migrations_online()
