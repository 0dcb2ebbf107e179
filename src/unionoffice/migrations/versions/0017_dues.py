"""dues and welfare: dues rule, payroll imports, dues lines, welfare caps, batches, payments, branch budgets

Seeds the national dues rule (0.5 % of the monthly basic wage, the part under 10 yuan not counted,
rounded half up to the fen) and Henan's 2018 welfare caps for basic-level union funds. Both are rows
with the date they take effect; later changes are new rows (经费与福利 → 标准), never edits. The dues
rule's date here is only a floor before any payroll month the app will see, not the date the rule
was issued.

Revision ID: 0017_dues
Revises: 0016_protect_keys_audit
Create Date: 2026-12-04 03:28:31.274880
"""

from __future__ import annotations

from datetime import date, datetime

import sqlalchemy as sa
from alembic import op

revision = "0017_dues"
down_revision = "0016_protect_keys_audit"
branch_labels = None
depends_on = None

DUES_SOURCE = "中华全国总工会关于工会会员交纳会费的规定：按本人每月基本工资的0.5%交纳，不足10元的部分不计"
HENAN_2018 = "河南省总工会 基层工会经费收支管理实施细则（2018年）"
# cap key, cap in fen, per payment or per year, how many times, per year or ever
HENAN_CAPS = [
    ("festival", 200_000, "year", None, None),
    ("birthday", 30_000, "payment", 1, "year"),
    ("hospital", 100_000, "payment", None, None),
    ("wedding", 50_000, "payment", None, None),
    ("childbirth", 50_000, "payment", None, None),
    ("member_death", 200_000, "payment", 1, "ever"),
    ("relative_death", 100_000, "payment", None, None),
    ("retirement", 100_000, "payment", 1, "ever"),
]


def upgrade() -> None:
    op.create_table(
        "dues_payroll_imports",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("month", sa.Date(), nullable=False),
        sa.Column("source", sa.String(length=255), nullable=False),
        sa.Column("scope", sa.String(length=255), nullable=False),
        sa.Column("rows", sa.Integer(), nullable=False),
        sa.Column("lines", sa.Integer(), nullable=False),
        sa.Column("due_fen", sa.BigInteger(), nullable=False),
        sa.Column("replaced", sa.Integer(), nullable=False),
        sa.Column("imported_at", sa.DateTime(), nullable=False),
        sa.Column("imported_by_id", sa.Integer(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_dues_payroll_imports")),
    )
    with op.batch_alter_table("dues_payroll_imports", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_dues_payroll_imports_month"), ["month"], unique=False)

    rules = op.create_table(
        "dues_rules",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("effective_from", sa.Date(), nullable=False),
        sa.Column("rate", sa.String(length=16), nullable=False),
        sa.Column("base_unit_fen", sa.Integer(), nullable=False),
        sa.Column("rounding", sa.String(length=16), nullable=False),
        sa.Column("source", sa.String(length=255), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("created_by_id", sa.Integer(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_dues_rules")),
        sa.UniqueConstraint("effective_from", name=op.f("uq_dues_rules_effective_from")),
    )
    op.create_table(
        "welfare_batches",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("item", sa.String(length=32), nullable=False),
        sa.Column("title", sa.String(length=100), nullable=False),
        sa.Column("event_date", sa.Date(), nullable=False),
        sa.Column("amount_fen", sa.Integer(), nullable=False),
        sa.Column("count", sa.Integer(), nullable=False),
        sa.Column("total_fen", sa.BigInteger(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("created_by_id", sa.Integer(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_welfare_batches")),
    )
    caps = op.create_table(
        "welfare_rules",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("cap_key", sa.String(length=32), nullable=False),
        sa.Column("effective_from", sa.Date(), nullable=False),
        sa.Column("cap_fen", sa.Integer(), nullable=False),
        sa.Column("cap_per", sa.String(length=16), nullable=False),
        sa.Column("max_count", sa.Integer(), nullable=True),
        sa.Column("count_per", sa.String(length=16), nullable=True),
        sa.Column("source", sa.String(length=255), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("created_by_id", sa.Integer(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_welfare_rules")),
        sa.UniqueConstraint("cap_key", "effective_from", name=op.f("uq_welfare_rules_cap_key")),
    )
    op.create_table(
        "branch_budgets",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("branch_id", sa.Integer(), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("category", sa.String(length=32), nullable=False),
        sa.Column("amount_fen", sa.BigInteger(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("updated_by_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["branch_id"], ["org_units.id"], name=op.f("fk_branch_budgets_branch_id_org_units")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_branch_budgets")),
        sa.UniqueConstraint("branch_id", "year", "category", name=op.f("uq_branch_budgets_branch_id")),
    )
    op.create_table(
        "dues_lines",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("month", sa.Date(), nullable=False),
        sa.Column("member_id", sa.Integer(), nullable=False),
        sa.Column("branch_id", sa.Integer(), nullable=False),
        sa.Column("group_id", sa.Integer(), nullable=True),
        sa.Column("employee_no", sa.String(length=32), nullable=True),
        sa.Column("wage_fen", sa.Integer(), nullable=True),
        sa.Column("dues_fen", sa.Integer(), nullable=True),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("paid_via", sa.String(length=16), nullable=True),
        sa.Column("paid_on", sa.Date(), nullable=True),
        sa.Column("paid_fen", sa.Integer(), nullable=True),
        sa.Column("rule_id", sa.Integer(), nullable=True),
        sa.Column("import_id", sa.Integer(), nullable=True),
        sa.Column("row_number", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["branch_id"], ["org_units.id"], name=op.f("fk_dues_lines_branch_id_org_units")
        ),
        sa.ForeignKeyConstraint(
            ["group_id"], ["org_units.id"], name=op.f("fk_dues_lines_group_id_org_units")
        ),
        sa.ForeignKeyConstraint(
            ["import_id"],
            ["dues_payroll_imports.id"],
            name=op.f("fk_dues_lines_import_id_dues_payroll_imports"),
        ),
        sa.ForeignKeyConstraint(["member_id"], ["members.id"], name=op.f("fk_dues_lines_member_id_members")),
        sa.ForeignKeyConstraint(
            ["rule_id"], ["dues_rules.id"], name=op.f("fk_dues_lines_rule_id_dues_rules")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_dues_lines")),
        sa.UniqueConstraint("member_id", "month", name=op.f("uq_dues_lines_member_id")),
    )
    with op.batch_alter_table("dues_lines", schema=None) as batch_op:
        batch_op.create_index(
            "ix_dues_lines_month_branch_status", ["month", "branch_id", "status"], unique=False
        )

    op.create_table(
        "welfare_payments",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("member_id", sa.Integer(), nullable=False),
        sa.Column("branch_id", sa.Integer(), nullable=False),
        sa.Column("group_id", sa.Integer(), nullable=True),
        sa.Column("item", sa.String(length=32), nullable=False),
        sa.Column("amount_fen", sa.Integer(), nullable=False),
        sa.Column("event_date", sa.Date(), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("paid_on", sa.Date(), nullable=True),
        sa.Column("batch_id", sa.Integer(), nullable=True),
        sa.Column("rule_id", sa.Integer(), nullable=True),
        sa.Column("note", sa.String(length=255), nullable=True),
        sa.Column("created_by_id", sa.Integer(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("updated_by_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["batch_id"], ["welfare_batches.id"], name=op.f("fk_welfare_payments_batch_id_welfare_batches")
        ),
        sa.ForeignKeyConstraint(
            ["branch_id"], ["org_units.id"], name=op.f("fk_welfare_payments_branch_id_org_units")
        ),
        sa.ForeignKeyConstraint(
            ["group_id"], ["org_units.id"], name=op.f("fk_welfare_payments_group_id_org_units")
        ),
        sa.ForeignKeyConstraint(
            ["member_id"], ["members.id"], name=op.f("fk_welfare_payments_member_id_members")
        ),
        sa.ForeignKeyConstraint(
            ["rule_id"], ["welfare_rules.id"], name=op.f("fk_welfare_payments_rule_id_welfare_rules")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_welfare_payments")),
    )
    with op.batch_alter_table("welfare_payments", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_welfare_payments_batch_id"), ["batch_id"], unique=False)
        batch_op.create_index(
            "ix_welfare_payments_member_item_year", ["member_id", "item", "year"], unique=False
        )
        batch_op.create_index(
            "ix_welfare_payments_year_branch_item", ["year", "branch_id", "item"], unique=False
        )

    now = datetime(2026, 12, 4)
    op.bulk_insert(
        rules,
        [
            {
                "effective_from": date(1990, 1, 1),
                "rate": "0.005",
                "base_unit_fen": 1000,
                "rounding": "half_up",
                "source": DUES_SOURCE,
                "created_at": now,
            }
        ],
    )
    op.bulk_insert(
        caps,
        [
            {
                "cap_key": key,
                "effective_from": date(2018, 1, 1),
                "cap_fen": fen,
                "cap_per": per,
                "max_count": count,
                "count_per": count_per,
                "source": HENAN_2018,
                "created_at": now,
            }
            for key, fen, per, count, count_per in HENAN_CAPS
        ],
    )


def downgrade() -> None:
    with op.batch_alter_table("welfare_payments", schema=None) as batch_op:
        batch_op.drop_index("ix_welfare_payments_year_branch_item")
        batch_op.drop_index("ix_welfare_payments_member_item_year")
        batch_op.drop_index(batch_op.f("ix_welfare_payments_batch_id"))

    op.drop_table("welfare_payments")
    with op.batch_alter_table("dues_lines", schema=None) as batch_op:
        batch_op.drop_index("ix_dues_lines_month_branch_status")

    op.drop_table("dues_lines")
    op.drop_table("branch_budgets")
    op.drop_table("welfare_rules")
    op.drop_table("welfare_batches")
    op.drop_table("dues_rules")
    with op.batch_alter_table("dues_payroll_imports", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_dues_payroll_imports_month"))

    op.drop_table("dues_payroll_imports")
