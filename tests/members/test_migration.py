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


def test_0013_moves_statuses_to_the_constitution_and_writes_missing_history(tmp_path):
    db = open_database(f"sqlite:///{tmp_path / 'old.sqlite'}")
    upgrade(db, "0012_calendar")
    rows = (
        (1, "退休者", "retired", date(2024, 3, 1)),
        (2, "调出者", "transferred", date(2025, 7, 1)),
        (3, "在会者", "active", None),
        (4, "无记录退休", "retired", date(2023, 1, 1)),
    )
    with db.engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO org_units (id, kind, name, sort_order, active, version, created_at, updated_at) "
                "VALUES (1, 'branch', '心兴分工会', 0, 1, 1, '2024-01-01', '2024-01-01')"
            )
        )
        for member_id, name, status, when in rows:
            conn.execute(
                text(
                    "INSERT INTO members (id, name, name_pinyin, name_initials, gender, id_number, birth_date, "
                    "branch_id, join_date, status, status_date, version, created_at, updated_at) VALUES "
                    "(:id, :name, '', '', 'M', :number, '1970-01-01', 1, '2000-01-01', :status, :when, 1, "
                    "'2024-01-01', '2024-01-01')"
                ),
                {"id": member_id, "name": name, "number": f"e1:{member_id}", "status": status, "when": when},
            )
        for member_id, _name, status, when in rows[:3]:
            conn.execute(
                text(
                    "INSERT INTO member_events (member_id, kind, event_date, to_branch_id, to_status, recorded_at) "
                    "VALUES (:id, 'join', '2000-01-01', 1, 'active', '2024-01-01')"
                ),
                {"id": member_id},
            )
            if status != "active":
                conn.execute(
                    text(
                        "INSERT INTO member_events (member_id, kind, event_date, from_status, to_status, "
                        "recorded_at) VALUES (:id, 'status', :when, 'active', :status, '2024-01-01')"
                    ),
                    {"id": member_id, "when": when, "status": status},
                )
    upgrade(db, "0013_membership")
    with db.engine.connect() as conn:
        statuses = dict(
            conn.execute(text("SELECT id, status || '/' || COALESCE(status_cause, '') FROM members")).all()
        )
        history = conn.execute(
            text(
                "SELECT member_id, kind, event_date, to_status, cause FROM member_events ORDER BY member_id, id"
            )
        ).all()
        pattern = conn.execute(text("SELECT pattern FROM member_card_patterns")).scalar_one()
    assert statuses == {1: "retained/retired", 2: "transferred_out/", 3: "active/", 4: "retained/retired"}
    assert [tuple(h) for h in history if h[0] in (1, 2)] == [
        (1, "join", "2000-01-01", "active", None),
        (1, "status", "2024-03-01", "retained", "retired"),
        (2, "join", "2000-01-01", "active", None),
        (2, "status", "2025-07-01", "transferred_out", None),
    ]
    # The member without history gets the lines the register implies, the join first.
    assert [tuple(h) for h in history if h[0] == 4] == [
        (4, "join", "2000-01-01", "active", None),
        (4, "status", "2023-01-01", "retained", "retired"),
    ]
    assert pattern == "{year}{seq:06}"
    downgrade(db, "0012_calendar")
    with db.engine.connect() as conn:
        assert conn.execute(text("SELECT status FROM members WHERE id = 1")).scalar_one() == "retired"
        assert conn.execute(text("SELECT status FROM members WHERE id = 2")).scalar_one() == "transferred"
    db.dispose()
