"""members: history of status changes and transfers, family members, one record per identity number

Revision ID: 0005_members
Revises: 0004_password_history
Create Date: 2026-11-24 05:38:50.233198
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005_members"
down_revision = "0004_password_history"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "member_events",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("member_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("event_date", sa.Date(), nullable=False),
        sa.Column("from_branch_id", sa.Integer(), nullable=True),
        sa.Column("from_group_id", sa.Integer(), nullable=True),
        sa.Column("to_branch_id", sa.Integer(), nullable=True),
        sa.Column("to_group_id", sa.Integer(), nullable=True),
        sa.Column("from_status", sa.String(length=16), nullable=True),
        sa.Column("to_status", sa.String(length=16), nullable=True),
        sa.Column("reason", sa.String(length=255), nullable=True),
        sa.Column("recorded_at", sa.DateTime(), nullable=False),
        sa.Column("recorded_by_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["from_branch_id"], ["org_units.id"], name=op.f("fk_member_events_from_branch_id_org_units")
        ),
        sa.ForeignKeyConstraint(
            ["from_group_id"], ["org_units.id"], name=op.f("fk_member_events_from_group_id_org_units")
        ),
        sa.ForeignKeyConstraint(
            ["member_id"], ["members.id"], name=op.f("fk_member_events_member_id_members")
        ),
        sa.ForeignKeyConstraint(
            ["to_branch_id"], ["org_units.id"], name=op.f("fk_member_events_to_branch_id_org_units")
        ),
        sa.ForeignKeyConstraint(
            ["to_group_id"], ["org_units.id"], name=op.f("fk_member_events_to_group_id_org_units")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_member_events")),
    )
    with op.batch_alter_table("member_events", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_member_events_member_id"), ["member_id"], unique=False)

    op.create_table(
        "member_family",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("member_id", sa.Integer(), nullable=False),
        sa.Column("relation", sa.String(length=16), nullable=False),
        sa.Column("name", sa.String(length=64), nullable=False),
        sa.Column("id_number", sa.String(length=18), nullable=True),
        sa.Column("birth_date", sa.Date(), nullable=True),
        sa.Column("notes", sa.String(length=255), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("updated_by_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["member_id"], ["members.id"], name=op.f("fk_member_family_member_id_members")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_member_family")),
    )
    with op.batch_alter_table("member_family", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_member_family_member_id"), ["member_id"], unique=False)

    # A re-join revives the old record, so an identity number appears once in the register.
    with op.batch_alter_table("members", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_members_id_number"))
        batch_op.create_index(batch_op.f("ix_members_id_number"), ["id_number"], unique=True)


def downgrade() -> None:
    with op.batch_alter_table("members", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_members_id_number"))
        batch_op.create_index(batch_op.f("ix_members_id_number"), ["id_number"], unique=False)

    with op.batch_alter_table("member_family", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_member_family_member_id"))

    op.drop_table("member_family")
    with op.batch_alter_table("member_events", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_member_events_member_id"))

    op.drop_table("member_events")
