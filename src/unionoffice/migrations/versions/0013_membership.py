"""members: constitution statuses, applications and card numbers, real-name fields, headcount
history, six-month review

Statuses move to the constitution's: 退休 becomes 保留会籍 (cause: retired), 调出 becomes 转出;
the history's lines move with them, so old entries read as the new statuses. A member written
without any history line (an old import, a row added behind the app's back) gets the 入会 line
(and the status line) the register implies, so monthly returns count them from their join date.

Revision ID: 0013_membership
Revises: 0012_calendar
Create Date: 2026-12-04 01:41:45.905915
"""

from __future__ import annotations

from datetime import date

import sqlalchemy as sa
from alembic import op

revision = "0013_membership"
down_revision = "0012_calendar"
branch_labels = None
depends_on = None


_STATUS_RENAMES = {"retired": "retained", "transferred": "transferred_out"}
DEFAULT_CARD_PATTERN = "{year}{seq:06}"


def upgrade() -> None:
    op.create_table(
        "member_approval_batches",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("meeting_date", sa.Date(), nullable=False),
        sa.Column("meeting_ref", sa.String(length=64), nullable=True),
        sa.Column("approved", sa.Integer(), nullable=False),
        sa.Column("first_card_no", sa.String(length=32), nullable=True),
        sa.Column("last_card_no", sa.String(length=32), nullable=True),
        sa.Column("recorded_at", sa.DateTime(), nullable=False),
        sa.Column("recorded_by_id", sa.Integer(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_member_approval_batches")),
    )
    op.create_table(
        "member_card_patterns",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("effective_from", sa.Date(), nullable=False),
        sa.Column("pattern", sa.String(length=64), nullable=False),
        sa.Column("note", sa.String(length=255), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_member_card_patterns")),
        sa.UniqueConstraint("effective_from", name=op.f("uq_member_card_patterns_effective_from")),
    )
    op.create_table(
        "member_headcounts",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("branch_id", sa.Integer(), nullable=False),
        sa.Column("month", sa.Date(), nullable=False),
        sa.Column("headcount", sa.Integer(), nullable=False),
        sa.Column("source", sa.String(length=16), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("updated_by_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["branch_id"], ["org_units.id"], name=op.f("fk_member_headcounts_branch_id_org_units")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_member_headcounts")),
        sa.UniqueConstraint("branch_id", "month", name=op.f("uq_member_headcounts_branch_id")),
    )
    op.create_table(
        "member_applications",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=64), nullable=False),
        sa.Column("name_pinyin", sa.String(length=255), nullable=False),
        sa.Column("name_initials", sa.String(length=64), nullable=False),
        sa.Column("gender", sa.String(length=1), nullable=False),
        sa.Column("id_number", sa.Text(), nullable=False),
        sa.Column("id_hash", sa.String(length=64), nullable=True),
        sa.Column("birth_date", sa.Date(), nullable=False),
        sa.Column("employee_no", sa.String(length=32), nullable=True),
        sa.Column("phone", sa.String(length=32), nullable=True),
        sa.Column("branch_id", sa.Integer(), nullable=False),
        sa.Column("group_id", sa.Integer(), nullable=True),
        sa.Column("trade", sa.String(length=64), nullable=True),
        sa.Column("education", sa.String(length=32), nullable=True),
        sa.Column("hire_date", sa.Date(), nullable=True),
        sa.Column("applied_on", sa.Date(), nullable=False),
        sa.Column("source", sa.String(length=16), nullable=False),
        sa.Column("from_org", sa.String(length=128), nullable=True),
        sa.Column("letter_no", sa.String(length=64), nullable=True),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("batch_id", sa.Integer(), nullable=True),
        sa.Column("member_id", sa.Integer(), nullable=True),
        sa.Column("decided_on", sa.Date(), nullable=True),
        sa.Column("decision_note", sa.String(length=255), nullable=True),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("ethnicity", sa.String(length=2), nullable=True),
        sa.Column("political_status", sa.String(length=2), nullable=True),
        sa.Column("hukou_type", sa.String(length=2), nullable=True),
        sa.Column("native_place", sa.String(length=64), nullable=True),
        sa.Column("post", sa.String(length=64), nullable=True),
        sa.Column("title", sa.String(length=64), nullable=True),
        sa.Column("employment_form", sa.String(length=2), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("updated_by_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["batch_id"],
            ["member_approval_batches.id"],
            name=op.f("fk_member_applications_batch_id_member_approval_batches"),
        ),
        sa.ForeignKeyConstraint(
            ["branch_id"], ["org_units.id"], name=op.f("fk_member_applications_branch_id_org_units")
        ),
        sa.ForeignKeyConstraint(
            ["group_id"], ["org_units.id"], name=op.f("fk_member_applications_group_id_org_units")
        ),
        sa.ForeignKeyConstraint(
            ["member_id"], ["members.id"], name=op.f("fk_member_applications_member_id_members")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_member_applications")),
    )
    with op.batch_alter_table("member_applications", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_member_applications_id_hash"), ["id_hash"], unique=False)
        batch_op.create_index(
            "ix_member_applications_status_branch", ["status", "branch_id", "applied_on"], unique=False
        )

    op.create_table(
        "member_reviews",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("member_id", sa.Integer(), nullable=False),
        sa.Column("source", sa.String(length=16), nullable=False),
        sa.Column("flagged_on", sa.Date(), nullable=False),
        sa.Column("flagged_by_id", sa.Integer(), nullable=True),
        sa.Column("evidence", sa.Text(), nullable=True),
        sa.Column("decision", sa.String(length=16), nullable=True),
        sa.Column("decided_on", sa.Date(), nullable=True),
        sa.Column("decision_note", sa.String(length=255), nullable=True),
        sa.Column("decided_by_id", sa.Integer(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("updated_by_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["member_id"], ["members.id"], name=op.f("fk_member_reviews_member_id_members")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_member_reviews")),
    )
    with op.batch_alter_table("member_reviews", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_member_reviews_member_id"), ["member_id"], unique=False)

    with op.batch_alter_table("member_events", schema=None) as batch_op:
        batch_op.add_column(sa.Column("cause", sa.String(length=16), nullable=True))
        batch_op.add_column(sa.Column("other_org", sa.String(length=128), nullable=True))
        batch_op.add_column(sa.Column("letter_no", sa.String(length=64), nullable=True))
        batch_op.add_column(sa.Column("evidence", sa.Text(), nullable=True))

    with op.batch_alter_table("members", schema=None) as batch_op:
        batch_op.add_column(sa.Column("status_cause", sa.String(length=16), nullable=True))
        batch_op.add_column(sa.Column("card_no", sa.String(length=32), nullable=True))
        batch_op.add_column(sa.Column("ethnicity", sa.String(length=2), nullable=True))
        batch_op.add_column(sa.Column("political_status", sa.String(length=2), nullable=True))
        batch_op.add_column(sa.Column("hukou_type", sa.String(length=2), nullable=True))
        batch_op.add_column(sa.Column("native_place", sa.String(length=64), nullable=True))
        batch_op.add_column(sa.Column("post", sa.String(length=64), nullable=True))
        batch_op.add_column(sa.Column("title", sa.String(length=64), nullable=True))
        batch_op.add_column(sa.Column("employment_form", sa.String(length=2), nullable=True))

    # An index, not a constraint: SQLite would copy the table, which its history lines refer to.
    op.create_index("ix_members_card_no", "members", ["card_no"], unique=True)
    _move_statuses(_STATUS_RENAMES)
    op.execute("UPDATE members SET status_cause = 'retired' WHERE status = 'retained'")
    op.execute("UPDATE member_events SET cause = 'retired' WHERE to_status = 'retained'")
    _backfill_history()
    patterns = sa.table(
        "member_card_patterns",
        sa.column("effective_from", sa.Date()),
        sa.column("pattern", sa.String()),
        sa.column("note", sa.String()),
    )
    op.bulk_insert(
        patterns,
        [
            {
                "effective_from": date(2000, 1, 1),
                "pattern": DEFAULT_CARD_PATTERN,
                "note": "默认规则：年份＋六位顺序号",
            }
        ],
    )


def _move_statuses(renames: dict[str, str]) -> None:
    for old, new in renames.items():
        for table, column in (
            ("members", "status"),
            ("member_events", "from_status"),
            ("member_events", "to_status"),
        ):
            op.execute(
                sa.text(f"UPDATE {table} SET {column} = :new WHERE {column} = :old").bindparams(
                    old=old, new=new
                )
            )


def _backfill_history() -> None:
    """The 入会 line, and for members out of 在会 the status line, of members without them."""
    op.execute(
        "INSERT INTO member_events (member_id, kind, event_date, to_branch_id, to_group_id, to_status, "
        "recorded_at) SELECT id, 'join', join_date, branch_id, group_id, 'active', CURRENT_TIMESTAMP "
        "FROM members WHERE NOT EXISTS (SELECT 1 FROM member_events e WHERE e.member_id = members.id "
        "AND e.kind IN ('join', 'rejoin', 'transfer_in'))"
    )
    # Written after the joins, so a same-day status line comes after its join in the history.
    op.execute(
        "INSERT INTO member_events (member_id, kind, event_date, from_status, to_status, from_branch_id, "
        "from_group_id, reason, cause, recorded_at) SELECT id, 'status', COALESCE(status_date, join_date), "
        "'active', status, branch_id, group_id, status_reason, status_cause, CURRENT_TIMESTAMP FROM members "
        "WHERE status <> 'active' AND NOT EXISTS (SELECT 1 FROM member_events e WHERE "
        "e.member_id = members.id AND e.kind IN ('status', 'rejoin'))"
    )


def downgrade() -> None:
    # 除名 had no status of its own before: it reads as 退会.
    _move_statuses({"expelled": "left", **{new: old for old, new in _STATUS_RENAMES.items()}})
    op.drop_index("ix_members_card_no", table_name="members")
    # Plain ALTER TABLE … DROP COLUMN (SQLite 3.35+): copying the tables would trip over the rows
    # that refer to them.
    for column in (
        "employment_form",
        "title",
        "post",
        "native_place",
        "hukou_type",
        "political_status",
        "ethnicity",
        "card_no",
        "status_cause",
    ):
        op.drop_column("members", column)
    for column in ("evidence", "letter_no", "other_org", "cause"):
        op.drop_column("member_events", column)

    with op.batch_alter_table("member_reviews", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_member_reviews_member_id"))

    op.drop_table("member_reviews")
    with op.batch_alter_table("member_applications", schema=None) as batch_op:
        batch_op.drop_index("ix_member_applications_status_branch")
        batch_op.drop_index(batch_op.f("ix_member_applications_id_hash"))

    op.drop_table("member_applications")
    op.drop_table("member_headcounts")
    op.drop_table("member_card_patterns")
    op.drop_table("member_approval_batches")
