"""Encryption at rest: wrapped data keys; identity numbers and medical details become ciphertext.

Existing values stay readable as they are (the encrypted type passes plain text through) until
the first administrator signs in: that creates the data key, encrypts them and fills the keyed
hashes (core/crypto/keys.py: setup_keys).

Revision ID: 0008_encryption
Revises: 0007_studios
Create Date: 2026-11-24
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008_encryption"
down_revision = "0007_studios"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "wrapped_keys",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=True),
        sa.Column("salt", sa.LargeBinary(), nullable=False),
        sa.Column("wrapped", sa.LargeBinary(), nullable=False),
        sa.Column("key_id", sa.String(length=16), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["user_id"], ["users.id"], name=op.f("fk_wrapped_keys_user_id_users"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_wrapped_keys")),
        sa.UniqueConstraint("user_id", name=op.f("uq_wrapped_keys_user_id")),
    )
    with op.batch_alter_table("medical_claims", schema=None) as batch_op:
        batch_op.alter_column(
            "hospital", existing_type=sa.String(length=100), type_=sa.Text(), existing_nullable=False
        )
        batch_op.alter_column(
            "diagnosis", existing_type=sa.String(length=200), type_=sa.Text(), existing_nullable=False
        )
    with op.batch_alter_table("member_family", schema=None) as batch_op:
        batch_op.alter_column(
            "id_number", existing_type=sa.String(length=18), type_=sa.Text(), existing_nullable=True
        )
    with op.batch_alter_table("members", schema=None) as batch_op:
        batch_op.add_column(sa.Column("id_hash", sa.String(length=64), nullable=True))
        batch_op.add_column(sa.Column("id_suffix_hash", sa.String(length=64), nullable=True))
        batch_op.alter_column(
            "id_number", existing_type=sa.String(length=18), type_=sa.Text(), existing_nullable=False
        )
        batch_op.drop_index(batch_op.f("ix_members_id_number"))
        batch_op.drop_index(batch_op.f("ix_members_id_suffix"))
        batch_op.create_index(batch_op.f("ix_members_id_suffix_hash"), ["id_suffix_hash"], unique=False)
        batch_op.create_unique_constraint(batch_op.f("uq_members_id_hash"), ["id_hash"])
        batch_op.drop_column("id_suffix")


def downgrade() -> None:
    # Only meaningful before any value was encrypted (ciphertext does not fit the old columns).
    with op.batch_alter_table("members", schema=None) as batch_op:
        batch_op.add_column(sa.Column("id_suffix", sa.String(length=4), nullable=False, server_default=""))
        batch_op.drop_constraint(batch_op.f("uq_members_id_hash"), type_="unique")
        batch_op.drop_index(batch_op.f("ix_members_id_suffix_hash"))
        batch_op.create_index(batch_op.f("ix_members_id_suffix"), ["id_suffix"], unique=False)
        batch_op.alter_column(
            "id_number", existing_type=sa.Text(), type_=sa.String(length=18), existing_nullable=False
        )
        batch_op.create_index(batch_op.f("ix_members_id_number"), ["id_number"], unique=True)
        batch_op.drop_column("id_suffix_hash")
        batch_op.drop_column("id_hash")
    with op.batch_alter_table("member_family", schema=None) as batch_op:
        batch_op.alter_column(
            "id_number", existing_type=sa.Text(), type_=sa.String(length=18), existing_nullable=True
        )
    with op.batch_alter_table("medical_claims", schema=None) as batch_op:
        batch_op.alter_column(
            "diagnosis", existing_type=sa.Text(), type_=sa.String(length=200), existing_nullable=False
        )
        batch_op.alter_column(
            "hospital", existing_type=sa.Text(), type_=sa.String(length=100), existing_nullable=False
        )
    op.drop_table("wrapped_keys")
