"""Writes tests/fixtures/db_rev0001.sqlite: a small database at the first schema revision.

Run once per released schema we promise to upgrade from; the upgrade test opens a copy.
"""

from __future__ import annotations

import random
import sys
from datetime import date
from pathlib import Path

from sqlalchemy import insert

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from unionoffice.core.auth.passwords import hash_password  # noqa: E402
from unionoffice.core.database import open_database  # noqa: E402
from unionoffice.db.migrate import upgrade  # noqa: E402
from unionoffice.foundation.identity import generate_id_number  # noqa: E402


def main() -> None:
    target = ROOT / "tests" / "fixtures" / "db_rev0001.sqlite"
    target.unlink(missing_ok=True)
    db = open_database(f"sqlite:///{target}")
    upgrade(db, "0001_core")
    rng = random.Random(1)
    with db.engine.begin() as conn:
        conn.exec_driver_sql(
            "INSERT INTO org_units (id, kind, name, parent_id, base, sort_order, active, version, created_at,"
            " updated_at)"
            " VALUES (1,'company','集团公司工会',NULL,NULL,0,1,1,'2025-01-01','2025-01-01'),"
            " (2,'branch','心兴分工会',1,'新乡',1,1,1,'2025-01-01','2025-01-01'),"
            " (3,'group','仪表班小组',2,'新乡',1,1,1,'2025-01-01','2025-01-01')"
        )
        hashed = hash_password("Old-pass-2025")
        for i, (name, role) in enumerate(
            (("admin", "admin"), ("clerk", "clerk"), ("judge", "judge")), start=1
        ):
            conn.exec_driver_sql(
                "INSERT INTO users (id, username, display_name, password_hash, role, active, failed_logins,"
                " must_change_password, version, created_at, updated_at)"
                " VALUES (?,?,?,?,?,1,0,0,1,'2025-01-01','2025-01-01')",
                (i, name, name, hashed, role),
            )
        from unionoffice.members.models import Member

        rows = []
        for seq in range(50):
            birth = date(1970 + seq % 30, 1 + seq % 12, 1 + seq % 28)
            number = generate_id_number("410702", birth, seq + 1, "M" if seq % 2 else "F")
            rows.append(
                dict(
                    name=f"会员{seq:02d}",
                    name_pinyin="",
                    name_initials="",
                    gender="M" if seq % 2 else "F",
                    id_number=number,
                    id_suffix=number[-4:],
                    birth_date=birth,
                    branch_id=2,
                    group_id=3,
                    join_date=date(2010 + rng.randrange(10), 1, 1),
                    status="active",
                    version=1,
                    created_at=date(2025, 1, 1),
                    updated_at=date(2025, 1, 1),
                )
            )
        conn.execute(insert(Member.__table__), rows)
    db.dispose()
    import sqlite3

    conn = sqlite3.connect(target)
    conn.execute("PRAGMA journal_mode=DELETE")  # one self-contained file in the repository
    conn.close()
    print(f"wrote {target}")


if __name__ == "__main__":
    main()
