"""members: covering indexes for the register's search box (pinyin, initials, name, phone)

Each search index carries the pinyin the register sorts by and the status and branch union it
filters by, so a search counts and pages from the index alone. They replace the four
single-column indexes they start with.

Revision ID: 0010_member_search_indexes
Revises: 0009_certificates
Create Date: 2026-11-24 10:40:00
"""

from __future__ import annotations

from alembic import op

revision = "0010_member_search_indexes"
down_revision = "0009_certificates"
branch_labels = None
depends_on = None

_REPLACED = {
    "ix_members_name": ["name"],
    "ix_members_phone": ["phone"],
    "ix_members_name_initials": ["name_initials"],
    "ix_members_name_pinyin": ["name_pinyin"],
}
_SEARCH = {
    "ix_members_search_pinyin": ["name_pinyin", "status", "branch_id"],
    "ix_members_search_initials": ["name_initials", "name_pinyin", "status", "branch_id"],
    "ix_members_search_name": ["name", "name_pinyin", "status", "branch_id"],
    "ix_members_search_phone": ["phone", "name_pinyin", "status", "branch_id"],
}


def upgrade() -> None:
    for name in _REPLACED:
        op.drop_index(name, table_name="members")
    for name, columns in _SEARCH.items():
        op.create_index(name, "members", columns)


def downgrade() -> None:
    for name in _SEARCH:
        op.drop_index(name, table_name="members")
    for name, columns in _REPLACED.items():
        op.create_index(name, "members", columns)
