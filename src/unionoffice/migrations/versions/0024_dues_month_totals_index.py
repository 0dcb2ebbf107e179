"""dues: the month index carries the amounts, so monthly totals read the index alone

Revision ID: 0024_dues_month_totals_index
Revises: 0023_application_phone_encrypted
Create Date: 2026-12-04 09:10:00
"""

from __future__ import annotations

from alembic import op

revision = "0024_dues_month_totals_index"
down_revision = "0023_application_phone_encrypted"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.drop_index("ix_dues_lines_month_branch_status", table_name="dues_lines")
    op.create_index(
        "ix_dues_lines_month_totals", "dues_lines", ["month", "branch_id", "status", "dues_fen", "paid_fen"]
    )


def downgrade() -> None:
    op.drop_index("ix_dues_lines_month_totals", table_name="dues_lines")
    op.create_index("ix_dues_lines_month_branch_status", "dues_lines", ["month", "branch_id", "status"])
