"""scorecard: indicator weights as dated rows, seeded with the union's 2026 set

Weights are points of 100 per indicator key; a set is the rows sharing ``effective_from`` (the
first day of a quarter). The seed covers the indicators the modules offered when the scorecard
came: 入会率 30, 互助参保率 20, 五小成果 25, 竞赛参赛人次 25, from 2026-01-01. Indicators added
later (dues, congress) are listed with weight 0 until an administrator saves a new set.

Revision ID: 0021_scorecard
Revises: 0020_studios_five_small_panels
Create Date: 2026-12-04 04:30:00
"""

from __future__ import annotations

from datetime import date

import sqlalchemy as sa
from alembic import op

revision = "0021_scorecard"
down_revision = "0020_studios_five_small_panels"
branch_labels = None
depends_on = None

SEED_FROM = date(2026, 1, 1)
SEED = (("members.rate", 30), ("medical.enrolment", 20), ("studios.five_small", 25), ("contests.entries", 25))


def upgrade() -> None:
    weights = op.create_table(
        "scorecard_weights",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("effective_from", sa.Date(), nullable=False),
        sa.Column("indicator", sa.String(length=64), nullable=False),
        sa.Column("weight", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_scorecard_weights")),
        sa.UniqueConstraint("effective_from", "indicator", name="uq_scorecard_weights_from_indicator"),
    )
    with op.batch_alter_table("scorecard_weights", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_scorecard_weights_effective_from"), ["effective_from"], unique=False
        )
    op.bulk_insert(weights, [{"effective_from": SEED_FROM, "indicator": key, "weight": w} for key, w in SEED])


def downgrade() -> None:
    with op.batch_alter_table("scorecard_weights", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_scorecard_weights_effective_from"))
    op.drop_table("scorecard_weights")
