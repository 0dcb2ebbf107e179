"""members: an applicant's phone is encrypted at rest (issue #17: no phone outside the register)

The column widens to text for the sealed value. A migration holds no key, so phones already on
file stay as they are until the first sign-in of a holder of the current data key (or the union
server's next start), which seals them (``core/crypto/keys.seal_clear_values``).

Revision ID: 0023_application_phone_encrypted
Revises: 0022_server_sessions
Create Date: 2026-12-04 09:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0023_application_phone_encrypted"
down_revision = "0022_server_sessions"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("member_applications") as batch:
        batch.alter_column(
            "phone", existing_type=sa.String(length=32), type_=sa.Text(), existing_nullable=True
        )


def downgrade() -> None:
    # Sealed values do not fit 32 characters: a downgrade keeps the text column.
    pass
