"""calendar: public holidays and worked weekend days (调休) as data, seeded with 2025 and 2026

The notices of hardship files and honours recommendations run "at least five working days";
counting them needs each year's arrangement, which the State Council announces in November
(国务院办公厅关于2025年、2026年部分节假日安排的通知). Later years are entered in 系统管理 → 节假日.

Revision ID: 0012_calendar
Revises: 0011_staged_files
Create Date: 2026-12-04 02:00:00
"""

from __future__ import annotations

from datetime import date, datetime

import sqlalchemy as sa
from alembic import op

revision = "0012_calendar"
down_revision = "0011_staged_files"
branch_labels = None
depends_on = None

SOURCES = {
    2025: "国办发明电〔2024〕12号：国务院办公厅关于2025年部分节假日安排的通知",
    2026: "国务院办公厅关于2026年部分节假日安排的通知",
}
DAYS = [
    ("2025-01-01", True, "元旦"),
    ("2025-01-26", False, "春节调休"),
    ("2025-01-28", True, "春节"),
    ("2025-01-29", True, "春节"),
    ("2025-01-30", True, "春节"),
    ("2025-01-31", True, "春节"),
    ("2025-02-01", True, "春节"),
    ("2025-02-02", True, "春节"),
    ("2025-02-03", True, "春节"),
    ("2025-02-04", True, "春节"),
    ("2025-02-08", False, "春节调休"),
    ("2025-04-04", True, "清明节"),
    ("2025-04-05", True, "清明节"),
    ("2025-04-06", True, "清明节"),
    ("2025-04-27", False, "劳动节调休"),
    ("2025-05-01", True, "劳动节"),
    ("2025-05-02", True, "劳动节"),
    ("2025-05-03", True, "劳动节"),
    ("2025-05-04", True, "劳动节"),
    ("2025-05-05", True, "劳动节"),
    ("2025-05-31", True, "端午节"),
    ("2025-06-01", True, "端午节"),
    ("2025-06-02", True, "端午节"),
    ("2025-09-28", False, "国庆节调休"),
    ("2025-10-01", True, "国庆节、中秋节"),
    ("2025-10-02", True, "国庆节、中秋节"),
    ("2025-10-03", True, "国庆节、中秋节"),
    ("2025-10-04", True, "国庆节、中秋节"),
    ("2025-10-05", True, "国庆节、中秋节"),
    ("2025-10-06", True, "国庆节、中秋节"),
    ("2025-10-07", True, "国庆节、中秋节"),
    ("2025-10-08", True, "国庆节、中秋节"),
    ("2025-10-11", False, "国庆节调休"),
    ("2026-01-01", True, "元旦"),
    ("2026-01-02", True, "元旦"),
    ("2026-01-03", True, "元旦"),
    ("2026-01-04", False, "元旦调休"),
    ("2026-02-14", False, "春节调休"),
    ("2026-02-15", True, "春节"),
    ("2026-02-16", True, "春节"),
    ("2026-02-17", True, "春节"),
    ("2026-02-18", True, "春节"),
    ("2026-02-19", True, "春节"),
    ("2026-02-20", True, "春节"),
    ("2026-02-21", True, "春节"),
    ("2026-02-22", True, "春节"),
    ("2026-02-23", True, "春节"),
    ("2026-02-28", False, "春节调休"),
    ("2026-04-04", True, "清明节"),
    ("2026-04-05", True, "清明节"),
    ("2026-04-06", True, "清明节"),
    ("2026-05-01", True, "劳动节"),
    ("2026-05-02", True, "劳动节"),
    ("2026-05-03", True, "劳动节"),
    ("2026-05-04", True, "劳动节"),
    ("2026-05-05", True, "劳动节"),
    ("2026-05-09", False, "劳动节调休"),
    ("2026-06-19", True, "端午节"),
    ("2026-06-20", True, "端午节"),
    ("2026-06-21", True, "端午节"),
    ("2026-09-20", False, "国庆节调休"),
    ("2026-09-25", True, "中秋节"),
    ("2026-09-26", True, "中秋节"),
    ("2026-09-27", True, "中秋节"),
    ("2026-10-01", True, "国庆节"),
    ("2026-10-02", True, "国庆节"),
    ("2026-10-03", True, "国庆节"),
    ("2026-10-04", True, "国庆节"),
    ("2026-10-05", True, "国庆节"),
    ("2026-10-06", True, "国庆节"),
    ("2026-10-07", True, "国庆节"),
    ("2026-10-10", False, "国庆节调休"),
]


def upgrade() -> None:
    years = op.create_table(
        "calendar_years",
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("source", sa.String(length=200), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("updated_by_id", sa.Integer(), nullable=True),
        sa.PrimaryKeyConstraint("year", name=op.f("pk_calendar_years")),
    )
    days = op.create_table(
        "calendar_days",
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("holiday", sa.Boolean(), nullable=False),
        sa.Column("name", sa.String(length=40), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("updated_by_id", sa.Integer(), nullable=True),
        sa.PrimaryKeyConstraint("day", name=op.f("pk_calendar_days")),
    )
    now = datetime(2026, 12, 4)
    stamp = {"version": 1, "created_at": now, "updated_at": now}
    op.bulk_insert(years, [{"year": y, "source": s, **stamp} for y, s in SOURCES.items()])
    op.bulk_insert(
        days, [{"day": date.fromisoformat(d), "holiday": h, "name": n, **stamp} for d, h, n in DAYS]
    )


def downgrade() -> None:
    op.drop_table("calendar_days")
    op.drop_table("calendar_years")
