"""contests: entry rules and withdrawals, pass line, question banks, theory papers, exam rooms and answers

Branch ``contests`` (issue #22); the lead renumbers it and re-chains ``down_revision`` at merge time.

Revision ID: 0015_contests_entries_exam
Revises: 0014_medical_corrections
Create Date: 2026-12-04 01:57:11.716534
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0015_contests_entries_exam"
down_revision = "0014_medical_corrections"
branch_labels = None
depends_on = None


_ADDED = {
    "contests": (
        "exam_plan",
        "branch_quota",
        "max_age",
        "min_age",
        "max_level",
        "min_level",
        "pass_line_centi",
    ),
    "contestants": ("source", "withdraw_reason", "withdrawn_on", "status", "skill_level"),
}


def upgrade() -> None:
    # Columns are added with ALTER TABLE (batch mode adds them in place: no table is copied).
    op.create_table(
        "question_banks",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("trade", sa.String(length=32), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("source", sa.String(length=255), nullable=False),
        sa.Column("questions", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_question_banks")),
        sa.UniqueConstraint("trade", "version", name="uq_question_banks_trade_version"),
    )
    op.create_table(
        "exam_papers",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("contest_id", sa.Integer(), nullable=False),
        sa.Column("bank_id", sa.Integer(), nullable=False),
        sa.Column("seed", sa.Integer(), nullable=False),
        sa.Column("plan", sa.Text(), nullable=False),
        sa.Column("order_a", sa.Text(), nullable=False),
        sa.Column("order_b", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=64), nullable=False),
        sa.ForeignKeyConstraint(
            ["bank_id"], ["question_banks.id"], name=op.f("fk_exam_papers_bank_id_question_banks")
        ),
        sa.ForeignKeyConstraint(
            ["contest_id"],
            ["contests.id"],
            name=op.f("fk_exam_papers_contest_id_contests"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_exam_papers")),
        sa.UniqueConstraint("contest_id", name=op.f("uq_exam_papers_contest_id")),
    )
    op.create_table(
        "questions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("bank_id", sa.Integer(), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("area", sa.String(length=60), nullable=False),
        sa.Column("stem", sa.Text(), nullable=False),
        sa.Column("options", sa.Text(), nullable=False),
        sa.Column("answer", sa.String(length=8), nullable=False),
        sa.ForeignKeyConstraint(
            ["bank_id"],
            ["question_banks.id"],
            name=op.f("fk_questions_bank_id_question_banks"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_questions")),
        sa.UniqueConstraint("bank_id", "number", name="uq_questions_bank_number"),
    )
    with op.batch_alter_table("questions", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_questions_bank_id"), ["bank_id"], unique=False)

    op.create_table(
        "exam_rooms",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("paper_id", sa.Integer(), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("key", sa.String(length=64), nullable=False),
        sa.ForeignKeyConstraint(
            ["paper_id"],
            ["exam_papers.id"],
            name=op.f("fk_exam_rooms_paper_id_exam_papers"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_exam_rooms")),
        sa.UniqueConstraint("paper_id", "number", name="uq_exam_rooms_paper_number"),
    )
    op.create_table(
        "exam_seats",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("room_id", sa.Integer(), nullable=False),
        sa.Column("contestant_id", sa.Integer(), nullable=False),
        sa.Column("seat", sa.Integer(), nullable=False),
        sa.Column("version", sa.String(length=1), nullable=False),
        sa.ForeignKeyConstraint(
            ["contestant_id"],
            ["contestants.id"],
            name=op.f("fk_exam_seats_contestant_id_contestants"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["room_id"], ["exam_rooms.id"], name=op.f("fk_exam_seats_room_id_exam_rooms"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_exam_seats")),
        sa.UniqueConstraint("contestant_id", name=op.f("uq_exam_seats_contestant_id")),
        sa.UniqueConstraint("room_id", "seat", name="uq_exam_seats_room_seat"),
    )
    op.create_table(
        "exam_submissions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("room_id", sa.Integer(), nullable=False),
        sa.Column("station", sa.String(length=16), nullable=False),
        sa.Column("last_seq", sa.Integer(), nullable=False),
        sa.Column("last_digest", sa.String(length=64), nullable=False),
        sa.ForeignKeyConstraint(
            ["room_id"],
            ["exam_rooms.id"],
            name=op.f("fk_exam_submissions_room_id_exam_rooms"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_exam_submissions")),
        sa.UniqueConstraint("room_id", "station", name="uq_exam_submissions_room_station"),
    )
    op.create_table(
        "exam_sheets",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("seat_id", sa.Integer(), nullable=False),
        sa.Column("station", sa.String(length=16), nullable=False),
        sa.Column("answers", sa.Text(), nullable=False),
        sa.Column("score_centi", sa.Integer(), nullable=False),
        sa.Column("submitted", sa.Boolean(), nullable=False),
        sa.Column("marked_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["seat_id"], ["exam_seats.id"], name=op.f("fk_exam_sheets_seat_id_exam_seats"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_exam_sheets")),
        sa.UniqueConstraint("seat_id", name=op.f("uq_exam_sheets_seat_id")),
    )
    with op.batch_alter_table("contestants", schema=None) as batch_op:
        batch_op.add_column(sa.Column("skill_level", sa.Integer(), nullable=True))
        batch_op.add_column(
            sa.Column("status", sa.String(length=16), nullable=False, server_default="entered")
        )
        batch_op.add_column(sa.Column("withdrawn_on", sa.Date(), nullable=True))
        batch_op.add_column(sa.Column("withdraw_reason", sa.String(length=255), nullable=True))
        batch_op.add_column(
            sa.Column("source", sa.String(length=16), nullable=False, server_default="register")
        )

    with op.batch_alter_table("contests", schema=None) as batch_op:
        batch_op.add_column(sa.Column("pass_line_centi", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("min_level", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("max_level", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("min_age", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("max_age", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("branch_quota", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("exam_plan", sa.Text(), nullable=False, server_default=""))


def downgrade() -> None:
    # Plain ALTER TABLE … DROP COLUMN (SQLite 3.35+, PostgreSQL): batch mode would copy and drop the
    # old contests table, and dropping it deletes every contestant, event and mark (ON DELETE CASCADE).
    for table, columns in _ADDED.items():
        for column in columns:
            op.execute(f"ALTER TABLE {table} DROP COLUMN {column}")
    op.drop_table("exam_sheets")
    op.drop_table("exam_submissions")
    op.drop_table("exam_seats")
    op.drop_table("exam_rooms")
    with op.batch_alter_table("questions", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_questions_bank_id"))

    op.drop_table("questions")
    op.drop_table("exam_papers")
    op.drop_table("question_banks")
