"""staged files: uploads of two-step jobs (check, then apply) that every server process can see

Revision ID: 0011_staged_files
Revises: 0010_member_search_indexes
Create Date: 2026-12-04 01:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0011_staged_files"
down_revision = "0010_member_search_indexes"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "staged_files",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=True),
        sa.Column("name", sa.String(length=255), nullable=False),
        sa.Column("content", sa.LargeBinary(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_staged_files")),
    )


def downgrade() -> None:
    op.drop_table("staged_files")
