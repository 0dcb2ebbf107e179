"""medical corrections: 互助金 in stored labels; the provincial scheme recorded, not computed; enrolment
rules with effective dates, optional products, claim deadlines, enrolment windows, renewal waiting

Revision ID: 0014_medical_corrections
Revises: 0013_membership
Create Date: 2026-12-04 03:00:00

Data: ledger memos the app wrote as "N 人缴纳 YYYY 年度会费" say 互助金. Provincial claims that went
through the union's own review become "filed with the province" (reviewed/approved → submitted; paid
ones keep their amount and date as the province's recorded outcome), and the union ledger's payout
entries for them go: the province paid those members, not the union. Downgrading writes them back
from the claims.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0014_medical_corrections"
down_revision = "0013_membership"
branch_labels = None
depends_on = None

PROVINCE_SCHEMES = "SELECT id FROM medical_scheme_years WHERE fund = 'province'"


def upgrade() -> None:
    with op.batch_alter_table("medical_scheme_years", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("renewal_waiting_days", sa.Integer(), server_default="0", nullable=False)
        )
        batch_op.add_column(sa.Column("claim_deadline", sa.Date(), nullable=True))
        batch_op.add_column(sa.Column("enrol_from", sa.Date(), nullable=True))
        batch_op.add_column(sa.Column("enrol_to", sa.Date(), nullable=True))

    op.create_table(
        "medical_enrolment_rules",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("fund", sa.String(length=16), nullable=False),
        sa.Column("effective_from", sa.Date(), nullable=False),
        sa.Column("min_age", sa.Integer(), nullable=True),
        sa.Column("max_age", sa.Integer(), nullable=True),
        sa.Column("require_in_work", sa.Boolean(), nullable=False),
        sa.Column("require_medical_insurance", sa.Boolean(), nullable=False),
        sa.Column("note", sa.String(length=255), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("updated_by_id", sa.Integer(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_medical_enrolment_rules")),
        sa.UniqueConstraint("fund", "effective_from", name="uq_medical_enrolment_rules_fund_from"),
    )
    op.create_table(
        "medical_products",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("scheme_year_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=64), nullable=False),
        sa.Column("benefit_type", sa.String(length=32), nullable=True),
        sa.Column("fee_fen", sa.Integer(), nullable=False),
        sa.Column("cap_fen", sa.Integer(), nullable=False),
        sa.Column("note", sa.String(length=255), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("updated_by_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["scheme_year_id"],
            ["medical_scheme_years.id"],
            name=op.f("fk_medical_products_scheme_year_id_medical_scheme_years"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_medical_products")),
        sa.UniqueConstraint("scheme_year_id", "name", name="uq_medical_products_year_name"),
    )
    with op.batch_alter_table("medical_products", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_medical_products_scheme_year_id"), ["scheme_year_id"], unique=False
        )

    with op.batch_alter_table("medical_ledger", schema=None) as batch_op:
        batch_op.add_column(sa.Column("reference", sa.String(length=64), server_default="", nullable=False))

    with op.batch_alter_table("medical_enrolments", schema=None) as batch_op:
        batch_op.add_column(sa.Column("entry_kind", sa.String(length=16), nullable=True))
        batch_op.add_column(sa.Column("medical_insurance", sa.Boolean(), nullable=True))
        batch_op.add_column(sa.Column("remitted_on", sa.Date(), nullable=True))
        batch_op.add_column(sa.Column("remittance_id", sa.Integer(), nullable=True))
        batch_op.create_foreign_key(
            batch_op.f("fk_medical_enrolments_remittance_id_medical_ledger"),
            "medical_ledger",
            ["remittance_id"],
            ["id"],
        )

    op.create_table(
        "medical_enrolment_products",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("enrolment_id", sa.Integer(), nullable=False),
        sa.Column("product_id", sa.Integer(), nullable=False),
        sa.Column("fee_fen", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["enrolment_id"],
            ["medical_enrolments.id"],
            name=op.f("fk_medical_enrolment_products_enrolment_id_medical_enrolments"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["product_id"],
            ["medical_products.id"],
            name=op.f("fk_medical_enrolment_products_product_id_medical_products"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_medical_enrolment_products")),
        sa.UniqueConstraint("enrolment_id", "product_id", name="uq_medical_enrolment_products_pair"),
    )
    with op.batch_alter_table("medical_enrolment_products", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_medical_enrolment_products_enrolment_id"), ["enrolment_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_medical_enrolment_products_product_id"), ["product_id"], unique=False
        )

    with op.batch_alter_table("medical_claims", schema=None) as batch_op:
        batch_op.add_column(sa.Column("product_id", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("filed_on", sa.Date(), nullable=True))
        batch_op.add_column(sa.Column("outcome_on", sa.Date(), nullable=True))
        batch_op.add_column(
            sa.Column("outcome_reference", sa.String(length=64), server_default="", nullable=False)
        )
        batch_op.create_foreign_key(
            batch_op.f("fk_medical_claims_product_id_medical_products"),
            "medical_products",
            ["product_id"],
            ["id"],
        )

    # 互助金, never 会费: the memos the app itself wrote for contribution income.
    op.execute(
        "UPDATE medical_ledger SET memo = replace(memo, '年度会费', '年度互助金') "
        "WHERE kind = 'fee' AND memo LIKE '%人缴纳%年度会费'"
    )
    # The provincial scheme: the province decides and pays; the union records what it was told.
    op.execute(
        "UPDATE medical_claims SET status = 'submitted' "
        f"WHERE status IN ('reviewed', 'approved') AND scheme_year_id IN ({PROVINCE_SCHEMES})"
    )
    op.execute(
        "UPDATE medical_claims SET outcome_on = COALESCE(paid_on, outcome_on), "
        "filed_on = COALESCE(filed_on, paid_on) "
        f"WHERE status IN ('paid', 'rejected') AND scheme_year_id IN ({PROVINCE_SCHEMES})"
    )
    op.execute(f"DELETE FROM medical_ledger WHERE kind = 'payout' AND scheme_year_id IN ({PROVINCE_SCHEMES})")


def downgrade() -> None:
    op.execute(
        "INSERT INTO medical_ledger (scheme_year_id, branch_id, kind, amount_fen, entry_date, memo, claim_id, "
        "created_at, reference) "
        "SELECT scheme_year_id, branch_id, 'payout', payable_fen, COALESCE(paid_on, outcome_on), "
        "'支付互助金 ' || COALESCE(claim_no, ''), id, CURRENT_TIMESTAMP, '' FROM medical_claims "
        f"WHERE status = 'paid' AND scheme_year_id IN ({PROVINCE_SCHEMES}) "
        "AND id NOT IN (SELECT claim_id FROM medical_ledger WHERE claim_id IS NOT NULL)"
    )
    op.execute("UPDATE medical_enrolments SET remittance_id = NULL")
    op.execute("DELETE FROM medical_ledger WHERE kind = 'remittance'")
    op.execute(
        "UPDATE medical_ledger SET memo = replace(memo, '年度互助金', '年度会费') "
        "WHERE kind = 'fee' AND memo LIKE '%人缴纳%年度互助金'"
    )
    with op.batch_alter_table("medical_claims", schema=None) as batch_op:
        batch_op.drop_constraint(
            batch_op.f("fk_medical_claims_product_id_medical_products"), type_="foreignkey"
        )
        batch_op.drop_column("outcome_reference")
        batch_op.drop_column("outcome_on")
        batch_op.drop_column("filed_on")
        batch_op.drop_column("product_id")
    with op.batch_alter_table("medical_enrolment_products", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_medical_enrolment_products_product_id"))
        batch_op.drop_index(batch_op.f("ix_medical_enrolment_products_enrolment_id"))
    op.drop_table("medical_enrolment_products")
    with op.batch_alter_table("medical_enrolments", schema=None) as batch_op:
        batch_op.drop_constraint(
            batch_op.f("fk_medical_enrolments_remittance_id_medical_ledger"), type_="foreignkey"
        )
        batch_op.drop_column("remittance_id")
        batch_op.drop_column("remitted_on")
        batch_op.drop_column("medical_insurance")
        batch_op.drop_column("entry_kind")
    with op.batch_alter_table("medical_ledger", schema=None) as batch_op:
        batch_op.drop_column("reference")
    with op.batch_alter_table("medical_products", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_medical_products_scheme_year_id"))
    op.drop_table("medical_products")
    op.drop_table("medical_enrolment_rules")
    with op.batch_alter_table("medical_scheme_years", schema=None) as batch_op:
        batch_op.drop_column("enrol_to")
        batch_op.drop_column("enrol_from")
        batch_op.drop_column("claim_deadline")
        batch_op.drop_column("renewal_waiting_days")
