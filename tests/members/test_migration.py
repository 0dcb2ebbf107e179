"""0005_members on a database that already holds members at 0001_core, and back."""

from __future__ import annotations

from datetime import date

from sqlalchemy import inspect, text

from unionoffice.core.database import open_database
from unionoffice.db.migrate import downgrade, upgrade


def test_upgrade_keeps_members_and_adds_history_tables(tmp_path):
    db = open_database(f"sqlite:///{tmp_path / 'old.sqlite'}")
    upgrade(db, "0001_core")
    with db.engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO org_units (id, kind, name, sort_order, active, version, created_at, updated_at) "
                "VALUES (1, 'branch', '心兴分工会', 0, 1, 1, '2024-01-01', '2024-01-01')"
            )
        )
        conn.execute(
            text(
                "INSERT INTO members (name, name_pinyin, name_initials, gender, id_number, id_suffix, birth_date, "
                "branch_id, "
                "join_date, status, version, created_at, updated_at) VALUES ('张坤', 'zhangkun', 'zk', 'M', "
                "'11010519491231002X', '002X', :born, 1, :joined, 'active', 1, '2024-01-01', '2024-01-01')"
            ),
            {"born": date(1949, 12, 31), "joined": date(2000, 1, 1)},
        )
    upgrade(db, "0005_members")
    inspector = inspect(db.engine)
    assert {"member_events", "member_family"} <= set(inspector.get_table_names())
    unique = {ix["name"]: ix["unique"] for ix in inspector.get_indexes("members")}
    assert unique["ix_members_id_number"]
    with db.engine.connect() as conn:
        assert conn.execute(text("SELECT name FROM members")).scalar() == "张坤"
    downgrade(db, "0001_core")
    assert "member_events" not in inspect(db.engine).get_table_names()
    db.dispose()
