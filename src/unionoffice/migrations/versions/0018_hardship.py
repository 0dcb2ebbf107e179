"""hardship: household files, 低保 figures and rules by date, candidates' dismissals, payouts

The hardship module (困难帮扶). Seeds the 低保 of the three bases for 2025 and 2026 and the rules
in force from 2025 (public notice of at least five working days, yearly review, six months of
follow-up after a file is closed, 相对困难 below twice the 低保, a medical bill of 50,000 yuan as
large). The 低保 figures are starting values to be checked against each city's published urban
standard (系统中“低保标准与规则”页可改); a base without a figure is refused, never defaulted.

Revision ID: 0018_hardship
Revises: 0017_dues
Create Date: 2026-12-04 03:12:13
"""

from __future__ import annotations

from datetime import date, datetime

import sqlalchemy as sa
from alembic import op

revision = "0018_hardship"
down_revision = "0017_dues"
branch_labels = None
depends_on = None

CHECK = "起始值，请按当地民政部门公布的城市低保标准核对"
LINES = [
    ("新乡", date(2025, 1, 1), 68_000, f"新乡市城市低保（{CHECK}）"),
    ("新乡", date(2026, 1, 1), 70_000, f"新乡市城市低保（{CHECK}）"),
    ("江西", date(2025, 1, 1), 88_000, f"江西基地所在市城市低保（{CHECK}）"),
    ("江西", date(2026, 1, 1), 91_000, f"江西基地所在市城市低保（{CHECK}）"),
    ("新疆", date(2025, 1, 1), 65_000, f"新疆基地所在市城市低保（{CHECK}）"),
    ("新疆", date(2026, 1, 1), 68_000, f"新疆基地所在市城市低保（{CHECK}）"),
]
RULE = {
    "effective_from": date(2025, 1, 1),
    "notice_working_days": 5,
    "review_months": 12,
    "follow_up_months": 6,
    "relative_pct": 200,
    "large_claim_fen": 5_000_000,
    "source": "困难职工帮扶建档立卡：公示不少于5个工作日，每年复核，销档后跟踪6个月",
}


def upgrade() -> None:
    lines = op.create_table(
        "hardship_poverty_lines",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("base", sa.String(length=16), nullable=False),
        sa.Column("effective_from", sa.Date(), nullable=False),
        sa.Column("monthly_fen", sa.Integer(), nullable=False),
        sa.Column("source", sa.String(length=200), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("updated_by_id", sa.Integer(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_hardship_poverty_lines")),
        sa.UniqueConstraint("base", "effective_from", name="uq_hardship_poverty_lines_base_from"),
    )
    rules = op.create_table(
        "hardship_rules",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("effective_from", sa.Date(), nullable=False),
        sa.Column("notice_working_days", sa.Integer(), nullable=False),
        sa.Column("review_months", sa.Integer(), nullable=False),
        sa.Column("follow_up_months", sa.Integer(), nullable=False),
        sa.Column("relative_pct", sa.Integer(), nullable=False),
        sa.Column("large_claim_fen", sa.Integer(), nullable=False),
        sa.Column("source", sa.String(length=200), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("updated_by_id", sa.Integer(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_hardship_rules")),
        sa.UniqueConstraint("effective_from", name=op.f("uq_hardship_rules_effective_from")),
    )
    op.create_table(
        "hardship_dismissals",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("member_id", sa.Integer(), nullable=False),
        sa.Column("branch_id", sa.Integer(), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("signals", sa.String(length=255), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("dismissed_on", sa.Date(), nullable=False),
        sa.Column("recorded_by_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["branch_id"], ["org_units.id"], name=op.f("fk_hardship_dismissals_branch_id_org_units")
        ),
        sa.ForeignKeyConstraint(
            ["member_id"], ["members.id"], name=op.f("fk_hardship_dismissals_member_id_members")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_hardship_dismissals")),
    )
    with op.batch_alter_table("hardship_dismissals", schema=None) as batch_op:
        batch_op.create_index("ix_hardship_dismissals_year_member", ["year", "member_id"], unique=False)

    op.create_table(
        "hardship_files",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("file_no", sa.String(length=32), nullable=False),
        sa.Column("member_id", sa.Integer(), nullable=False),
        sa.Column("branch_id", sa.Integer(), nullable=False),
        sa.Column("base", sa.String(length=16), nullable=False),
        sa.Column("origin", sa.String(length=16), nullable=False),
        sa.Column("stage", sa.String(length=16), nullable=False),
        sa.Column("category", sa.String(length=16), nullable=False),
        sa.Column("opened_on", sa.Date(), nullable=False),
        sa.Column("assessed_on", sa.Date(), nullable=False),
        sa.Column("household_size", sa.Integer(), nullable=True),
        sa.Column("line_fen", sa.Integer(), nullable=True),
        sa.Column("sudden", sa.Boolean(), nullable=False),
        sa.Column("cause", sa.Text(), nullable=False),
        sa.Column("per_head_fen", sa.Text(), nullable=True),
        sa.Column("visited_on", sa.Date(), nullable=True),
        sa.Column("notice_from", sa.Date(), nullable=True),
        sa.Column("notice_until", sa.Date(), nullable=True),
        sa.Column("approved_on", sa.Date(), nullable=True),
        sa.Column("review_due", sa.Date(), nullable=True),
        sa.Column("closed_on", sa.Date(), nullable=True),
        sa.Column("close_reason", sa.String(length=16), nullable=True),
        sa.Column("follow_up_until", sa.Date(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("updated_by_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["branch_id"], ["org_units.id"], name=op.f("fk_hardship_files_branch_id_org_units")
        ),
        sa.ForeignKeyConstraint(
            ["member_id"], ["members.id"], name=op.f("fk_hardship_files_member_id_members")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_hardship_files")),
        sa.UniqueConstraint("file_no", name=op.f("uq_hardship_files_file_no")),
    )
    with op.batch_alter_table("hardship_files", schema=None) as batch_op:
        batch_op.create_index("ix_hardship_files_branch_stage", ["branch_id", "stage"], unique=False)
        batch_op.create_index("ix_hardship_files_member", ["member_id", "stage"], unique=False)

    op.create_table(
        "hardship_items",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("file_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("item", sa.Text(), nullable=False),
        sa.Column("yearly_fen", sa.Text(), nullable=False),
        sa.Column("evidence", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["file_id"],
            ["hardship_files.id"],
            name=op.f("fk_hardship_items_file_id_hardship_files"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_hardship_items")),
    )
    with op.batch_alter_table("hardship_items", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_hardship_items_file_id"), ["file_id"], unique=False)

    op.create_table(
        "hardship_people",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("file_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("member_id", sa.Integer(), nullable=True),
        sa.Column("family_id", sa.Integer(), nullable=True),
        sa.Column("relation", sa.String(length=16), nullable=False),
        sa.Column("person_name", sa.Text(), nullable=False),
        sa.Column("situation", sa.Text(), nullable=False),
        sa.Column("student", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["family_id"], ["member_family.id"], name=op.f("fk_hardship_people_family_id_member_family")
        ),
        sa.ForeignKeyConstraint(
            ["file_id"],
            ["hardship_files.id"],
            name=op.f("fk_hardship_people_file_id_hardship_files"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["member_id"], ["members.id"], name=op.f("fk_hardship_people_member_id_members")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_hardship_people")),
    )
    with op.batch_alter_table("hardship_people", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_hardship_people_file_id"), ["file_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_hardship_people_member_id"), ["member_id"], unique=False)

    op.create_table(
        "hardship_steps",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("file_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("step_on", sa.Date(), nullable=False),
        sa.Column("category", sa.String(length=16), nullable=True),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("recorded_at", sa.DateTime(), nullable=False),
        sa.Column("recorded_by_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["file_id"],
            ["hardship_files.id"],
            name=op.f("fk_hardship_steps_file_id_hardship_files"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_hardship_steps")),
    )
    with op.batch_alter_table("hardship_steps", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_hardship_steps_file_id"), ["file_id"], unique=False)

    op.create_table(
        "hardship_payouts",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("file_id", sa.Integer(), nullable=False),
        sa.Column("branch_id", sa.Integer(), nullable=False),
        sa.Column("programme", sa.String(length=16), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("paid_on", sa.Date(), nullable=False),
        sa.Column("amount_fen", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=True),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("updated_by_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["branch_id"], ["org_units.id"], name=op.f("fk_hardship_payouts_branch_id_org_units")
        ),
        sa.ForeignKeyConstraint(
            ["file_id"], ["hardship_files.id"], name=op.f("fk_hardship_payouts_file_id_hardship_files")
        ),
        sa.ForeignKeyConstraint(
            ["person_id"], ["hardship_people.id"], name=op.f("fk_hardship_payouts_person_id_hardship_people")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_hardship_payouts")),
    )
    with op.batch_alter_table("hardship_payouts", schema=None) as batch_op:
        batch_op.create_index("ix_hardship_payouts_file", ["file_id"], unique=False)
        batch_op.create_index(
            "ix_hardship_payouts_year_programme", ["year", "programme", "branch_id"], unique=False
        )

    now = datetime(2026, 12, 4)
    stamp = {"version": 1, "created_at": now, "updated_at": now}
    op.bulk_insert(
        lines,
        [
            {"base": b, "effective_from": d, "monthly_fen": fen, "source": src, **stamp}
            for b, d, fen, src in LINES
        ],
    )
    op.bulk_insert(rules, [{**RULE, **stamp}])


def downgrade() -> None:
    with op.batch_alter_table("hardship_payouts", schema=None) as batch_op:
        batch_op.drop_index("ix_hardship_payouts_year_programme")
        batch_op.drop_index("ix_hardship_payouts_file")

    op.drop_table("hardship_payouts")
    with op.batch_alter_table("hardship_steps", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_hardship_steps_file_id"))

    op.drop_table("hardship_steps")
    with op.batch_alter_table("hardship_people", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_hardship_people_member_id"))
        batch_op.drop_index(batch_op.f("ix_hardship_people_file_id"))

    op.drop_table("hardship_people")
    with op.batch_alter_table("hardship_items", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_hardship_items_file_id"))

    op.drop_table("hardship_items")
    with op.batch_alter_table("hardship_files", schema=None) as batch_op:
        batch_op.drop_index("ix_hardship_files_member")
        batch_op.drop_index("ix_hardship_files_branch_stage")

    op.drop_table("hardship_files")
    with op.batch_alter_table("hardship_dismissals", schema=None) as batch_op:
        batch_op.drop_index("ix_hardship_dismissals_year_member")

    op.drop_table("hardship_dismissals")
    op.drop_table("hardship_rules")
    op.drop_table("hardship_poverty_lines")
