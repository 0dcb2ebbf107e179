"""union server: sessions, sign-in throttle, stored replies of write calls, scheduled chores

Revision ID: 0022_server_sessions
Revises: 0021_scorecard
Create Date: 2026-12-04 02:00:00

The union server keeps its sessions (token hashes only), failed sign-ins, the replies of write
calls (a retried call never writes twice) and the last run of its daily chores in the database, so
any number of server processes can answer any request.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0022_server_sessions"
down_revision = "0021_scorecard"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "idempotent_replies",
        sa.Column("key", sa.String(length=64), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=True),
        sa.Column("operation", sa.String(length=64), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("reply", sa.LargeBinary(), nullable=True),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_idempotent_replies")),
    )
    with op.batch_alter_table("idempotent_replies", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_idempotent_replies_created_at"), ["created_at"], unique=False)

    op.create_table(
        "server_jobs",
        sa.Column("name", sa.String(length=64), nullable=False),
        sa.Column("last_run", sa.DateTime(), nullable=True),
        sa.Column("note", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("name", name=op.f("pk_server_jobs")),
    )
    op.create_table(
        "sign_in_throttle",
        sa.Column("key", sa.String(length=128), nullable=False),
        sa.Column("failures", sa.Integer(), nullable=False),
        sa.Column("window_start", sa.DateTime(), nullable=False),
        sa.Column("blocked_until", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_sign_in_throttle")),
    )
    op.create_table(
        "server_sessions",
        sa.Column("token_hash", sa.String(length=64), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("role", sa.String(length=16), nullable=False),
        sa.Column("address", sa.String(length=64), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("last_used_at", sa.DateTime(), nullable=False),
        sa.Column("expires_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["user_id"], ["users.id"], name=op.f("fk_server_sessions_user_id_users"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("token_hash", name=op.f("pk_server_sessions")),
    )
    with op.batch_alter_table("server_sessions", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_server_sessions_expires_at"), ["expires_at"], unique=False)
        batch_op.create_index(batch_op.f("ix_server_sessions_user_id"), ["user_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("server_sessions", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_server_sessions_user_id"))
        batch_op.drop_index(batch_op.f("ix_server_sessions_expires_at"))

    op.drop_table("server_sessions")
    op.drop_table("sign_in_throttle")
    op.drop_table("server_jobs")
    with op.batch_alter_table("idempotent_replies", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_idempotent_replies_created_at"))

    op.drop_table("idempotent_replies")
