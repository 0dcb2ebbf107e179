"""Chain the audit log: each entry's hash covers the previous one (tamper evidence).

Revision ID: 0002_audit_chain
Revises: 0001_core
Create Date: 2026-11-24
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002_audit_chain"
down_revision = "0001_core"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "audit_head",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("last_hash", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_head")),
    )
    with op.batch_alter_table("audit_log", schema=None) as batch_op:
        batch_op.add_column(sa.Column("hash", sa.String(length=64), nullable=False, server_default=""))
    _chain_existing_entries()


def _chain_existing_entries() -> None:
    """Entries written before this revision join the chain in id order."""
    from unionoffice.core.audit.chain import GENESIS, HASHED_FIELDS, entry_hash

    bind = op.get_bind()
    log = sa.table(
        "audit_log",
        sa.column("id", sa.Integer),
        sa.column("hash", sa.String),
        *(sa.column(f) for f in HASHED_FIELDS if f != "at"),
        sa.column("at", sa.DateTime),
    )
    previous = GENESIS
    rows = bind.execute(sa.select(log).order_by(log.c.id)).mappings().all()
    for row in rows:
        previous = entry_hash(previous, dict(row))
        bind.execute(log.update().where(log.c.id == row["id"]).values(hash=previous))
    head = sa.table("audit_head", sa.column("id", sa.Integer), sa.column("last_hash", sa.String))
    bind.execute(head.insert().values(id=1, last_hash=previous))


def downgrade() -> None:
    with op.batch_alter_table("audit_log", schema=None) as batch_op:
        batch_op.drop_column("hash")
    op.drop_table("audit_head")
