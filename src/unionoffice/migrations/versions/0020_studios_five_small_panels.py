"""five-small scoring panels: score-sheet rules (criteria, grade bands, rewards), judges, marks,
payouts; a contributor's share may be left unstated (the reward is then split equally)

Revision ID: 0020_studios_five_small_panels
Revises: 0019_congress
Create Date: 2026-12-04 02:01:29.144703
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0020_studios_five_small_panels"
down_revision = "0019_congress"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "five_small_rules",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("effective_from", sa.Date(), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("drop_n", sa.Integer(), nullable=False),
        sa.Column("min_judges", sa.Integer(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("updated_by_id", sa.Integer(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_five_small_rules")),
        sa.UniqueConstraint("effective_from", name=op.f("uq_five_small_rules_effective_from")),
    )
    op.create_table(
        "five_small_bands",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("rule_id", sa.Integer(), nullable=False),
        sa.Column("grade", sa.String(length=16), nullable=False),
        sa.Column("min_centi", sa.Integer(), nullable=False),
        sa.Column("reward_fen", sa.BigInteger(), nullable=False),
        sa.ForeignKeyConstraint(
            ["rule_id"],
            ["five_small_rules.id"],
            name=op.f("fk_five_small_bands_rule_id_five_small_rules"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_five_small_bands")),
        sa.UniqueConstraint("rule_id", "grade", name="uq_five_small_bands_rule_grade"),
    )
    with op.batch_alter_table("five_small_bands", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_five_small_bands_rule_id"), ["rule_id"], unique=False)

    op.create_table(
        "five_small_criteria",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("rule_id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=16), nullable=False),
        sa.Column("name", sa.String(length=40), nullable=False),
        sa.Column("max_centi", sa.Integer(), nullable=False),
        sa.Column("sort_order", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["rule_id"],
            ["five_small_rules.id"],
            name=op.f("fk_five_small_criteria_rule_id_five_small_rules"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_five_small_criteria")),
        sa.UniqueConstraint("rule_id", "code", name="uq_five_small_criteria_rule_code"),
    )
    with op.batch_alter_table("five_small_criteria", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_five_small_criteria_rule_id"), ["rule_id"], unique=False)

    op.create_table(
        "five_small_judges",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("round_id", sa.Integer(), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("key", sa.String(length=64), nullable=False),
        sa.Column("last_seq", sa.Integer(), nullable=False),
        sa.Column("last_digest", sa.String(length=64), nullable=True),
        sa.ForeignKeyConstraint(
            ["round_id"],
            ["evaluation_rounds.id"],
            name=op.f("fk_five_small_judges_round_id_evaluation_rounds"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(["user_id"], ["users.id"], name=op.f("fk_five_small_judges_user_id_users")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_five_small_judges")),
        sa.UniqueConstraint("round_id", "user_id", name="uq_five_small_judges_round_user"),
    )
    with op.batch_alter_table("five_small_judges", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_five_small_judges_round_id"), ["round_id"], unique=False)

    op.create_table(
        "five_small_marks",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("achievement_id", sa.Integer(), nullable=False),
        sa.Column("criterion_id", sa.Integer(), nullable=False),
        sa.Column("judge_id", sa.Integer(), nullable=False),
        sa.Column("value_centi", sa.Integer(), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("entered_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["achievement_id"],
            ["achievements.id"],
            name=op.f("fk_five_small_marks_achievement_id_achievements"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["criterion_id"],
            ["five_small_criteria.id"],
            name=op.f("fk_five_small_marks_criterion_id_five_small_criteria"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(["judge_id"], ["users.id"], name=op.f("fk_five_small_marks_judge_id_users")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_five_small_marks")),
        sa.UniqueConstraint(
            "achievement_id",
            "criterion_id",
            "judge_id",
            name="uq_five_small_marks_achievement_criterion_judge",
        ),
    )
    with op.batch_alter_table("five_small_marks", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_five_small_marks_achievement_id"), ["achievement_id"], unique=False
        )

    op.create_table(
        "five_small_payouts",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("round_id", sa.Integer(), nullable=False),
        sa.Column("achievement_id", sa.Integer(), nullable=False),
        sa.Column("member_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("grade", sa.String(length=16), nullable=False),
        sa.Column("reward_fen", sa.BigInteger(), nullable=False),
        sa.Column("share_pct", sa.Integer(), nullable=True),
        sa.Column("amount_fen", sa.BigInteger(), nullable=False),
        sa.ForeignKeyConstraint(
            ["achievement_id"],
            ["achievements.id"],
            name=op.f("fk_five_small_payouts_achievement_id_achievements"),
        ),
        sa.ForeignKeyConstraint(
            ["member_id"], ["members.id"], name=op.f("fk_five_small_payouts_member_id_members")
        ),
        sa.ForeignKeyConstraint(
            ["round_id"],
            ["evaluation_rounds.id"],
            name=op.f("fk_five_small_payouts_round_id_evaluation_rounds"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_five_small_payouts")),
        sa.UniqueConstraint("achievement_id", "member_id", name="uq_five_small_payouts_achievement_member"),
    )
    with op.batch_alter_table("five_small_payouts", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_five_small_payouts_member_id"), ["member_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_five_small_payouts_round_id"), ["round_id"], unique=False)

    with op.batch_alter_table("achievement_people", schema=None) as batch_op:
        batch_op.alter_column("share_pct", existing_type=sa.INTEGER(), nullable=True)

    # Added in place: copying achievements or evaluation_rounds (what batch mode does for a
    # constraint) would drop the old table under the rows that point at it.
    op.add_column("achievements", sa.Column("panel_score_centi", sa.Integer(), nullable=True))
    op.add_column("evaluation_rounds", sa.Column("rule_id", sa.Integer(), nullable=True))
    op.add_column("evaluation_rounds", sa.Column("uid", sa.String(length=32), nullable=True))
    op.create_index(op.f("ix_evaluation_rounds_uid"), "evaluation_rounds", ["uid"], unique=True)


def _state_equal_shares() -> None:
    """Before shares become required again: unstated shares get whole percents (the first
    contributors take the remainder), as the import used to write them."""
    bind = op.get_bind()
    people = sa.table(
        "achievement_people",
        sa.column("achievement_id", sa.Integer()),
        sa.column("member_id", sa.Integer()),
        sa.column("position", sa.Integer()),
        sa.column("share_pct", sa.Integer()),
    )
    rows = bind.execute(
        sa.select(people.c.achievement_id, people.c.member_id)
        .where(people.c.share_pct.is_(None))
        .order_by(people.c.achievement_id, people.c.position)
    ).all()
    crews: dict[int, list[int]] = {}
    for achievement_id, member_id in rows:
        crews.setdefault(achievement_id, []).append(member_id)
    for achievement_id, members in crews.items():
        base, rest = divmod(100, len(members))
        for i, member_id in enumerate(members):
            bind.execute(
                people.update()
                .where(people.c.achievement_id == achievement_id, people.c.member_id == member_id)
                .values(share_pct=base + (1 if i < rest else 0))
            )


def downgrade() -> None:
    _state_equal_shares()
    op.drop_index(op.f("ix_evaluation_rounds_uid"), table_name="evaluation_rounds")
    # Dropped in place (SQLite 3.35+ and PostgreSQL alike), for the reason given in upgrade().
    op.execute("ALTER TABLE evaluation_rounds DROP COLUMN uid")
    op.execute("ALTER TABLE evaluation_rounds DROP COLUMN rule_id")
    op.execute("ALTER TABLE achievements DROP COLUMN panel_score_centi")

    with op.batch_alter_table("achievement_people", schema=None) as batch_op:
        batch_op.alter_column("share_pct", existing_type=sa.INTEGER(), nullable=False)

    with op.batch_alter_table("five_small_payouts", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_five_small_payouts_round_id"))
        batch_op.drop_index(batch_op.f("ix_five_small_payouts_member_id"))

    op.drop_table("five_small_payouts")
    with op.batch_alter_table("five_small_marks", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_five_small_marks_achievement_id"))

    op.drop_table("five_small_marks")
    with op.batch_alter_table("five_small_judges", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_five_small_judges_round_id"))

    op.drop_table("five_small_judges")
    with op.batch_alter_table("five_small_criteria", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_five_small_criteria_rule_id"))

    op.drop_table("five_small_criteria")
    with op.batch_alter_table("five_small_bands", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_five_small_bands_rule_id"))

    op.drop_table("five_small_bands")
    op.drop_table("five_small_rules")
