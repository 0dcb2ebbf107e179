"""`db copy`: a branch's SQLite history moves onto the shared server and back, verified."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from pgserver import TestServer
from sqlalchemy import func, select, text

from unionoffice.cli import run
from unionoffice.core.database import open_database
from unionoffice.core.dbcopy import copy_database, normalise, verify_same
from unionoffice.core.org.labels import UnitKind
from unionoffice.core.org.models import OrgUnit
from unionoffice.core.sequences import next_number
from unionoffice.foundation.errors import UserError
from unionoffice.members.models import Member

pytestmark = pytest.mark.postgres


@pytest.fixture
def empty_pg(pg_server: TestServer) -> Iterator[str]:
    name = pg_server.create_empty()
    yield pg_server.url_of(name).render_as_string(hide_password=False)
    pg_server.drop(name)


@pytest.fixture
def source(tmp_path: Path, demo_template: Path, demo_key: bytes) -> Path:
    """The 300-member demo with a self-reference pointing forward (a unit merged into a newer one)."""
    path = tmp_path / "branch.sqlite"
    shutil.copyfile(demo_template, path)
    db = open_database(f"sqlite:///{path}")
    with db.transaction(None) as s:
        first = (
            s.execute(select(OrgUnit).where(OrgUnit.kind == UnitKind.GROUP).order_by(OrgUnit.id))
            .scalars()
            .first()
        )
        newer = OrgUnit(kind=UnitKind.GROUP, name="合并后小组", parent_id=first.parent_id, base=first.base)
        s.add(newer)
        s.flush()
        first.active, first.retired_on, first.merged_into_id = False, date(2026, 3, 1), newer.id
        next_number(s, "会员证-2026")
    db.dispose()
    return path


def test_round_trip_sqlite_to_postgres_and_back_gives_identical_checksums(source, empty_pg, tmp_path, capsys):
    assert run(["db", "copy", "--from", str(source), "--to", empty_pg]) == 0
    out = capsys.readouterr().out
    assert "members" in out and "复制完成" in out and "不一致" not in out

    back = tmp_path / "back.sqlite"
    report = copy_database(empty_pg, str(back))
    assert report.ok and report.rows > 300

    tables = verify_same(f"sqlite:///{source}", f"sqlite:///{back}")
    assert all(t.ok for t in tables), [t.name for t in tables if not t.ok]
    by_name = {t.name: t for t in tables}
    assert by_name["members"].source_rows == 300
    with open_database(f"sqlite:///{back}").read() as s:
        merged = s.execute(select(OrgUnit).where(OrgUnit.merged_into_id.is_not(None))).scalar_one()
        assert s.get(OrgUnit, merged.merged_into_id).name == "合并后小组"


def test_new_records_on_the_server_continue_after_the_copied_ids(source, empty_pg):
    copy_database(str(source), empty_pg)
    db = open_database(empty_pg)
    try:
        with db.read() as s:
            highest = s.execute(select(func.max(OrgUnit.id))).scalar_one()
        with db.transaction(None) as s:
            unit = OrgUnit(kind=UnitKind.GROUP, name="新小组", parent_id=1)
            s.add(unit)
            s.flush()
            assert unit.id == highest + 1
            assert next_number(s, "会员证-2026") == 2  # the sequence's counter came along
    finally:
        db.dispose()


def test_the_copied_tables_have_planner_statistics_at_once(source, empty_pg, tmp_path):
    """Without them PostgreSQL plans the member-history queries blind until autovacuum runs: the
    first dashboard after a copy of the 12,000-member demo took about 55 s."""
    copy_database(str(source), empty_pg)
    db = open_database(empty_pg)
    try:
        with db.read() as s:
            analysed = s.execute(
                text(
                    "SELECT count(DISTINCT tablename) FROM pg_stats WHERE tablename IN ('members', 'member_events')"
                )
            ).scalar_one()
            assert analysed == 2
    finally:
        db.dispose()
    back = tmp_path / "back.sqlite"
    copy_database(empty_pg, str(back))
    with open_database(f"sqlite:///{back}").read() as s:
        assert s.execute(text("SELECT count(*) FROM sqlite_stat1 WHERE tbl = 'members'")).scalar_one() > 0


def test_a_target_holding_data_is_refused_and_left_untouched(source, empty_pg):
    copy_database(str(source), empty_pg)
    with pytest.raises(UserError, match="不是空的"):
        copy_database(str(source), empty_pg)
    db = open_database(empty_pg)
    with db.read() as s:
        assert s.execute(select(func.count()).select_from(Member)).scalar_one() == 300
    db.dispose()


def test_a_rejected_row_rolls_back_the_whole_copy(source, empty_pg):
    """SQLite does not enforce VARCHAR lengths; PostgreSQL does. Nothing may be half-copied."""
    db = open_database(f"sqlite:///{source}")
    with db.engine.begin() as conn:
        conn.exec_driver_sql("UPDATE members SET phone = '1380000000012345678901234567890123' WHERE id = 250")
    db.dispose()
    with pytest.raises(UserError, match="members") as caught:
        copy_database(str(source), empty_pg)
    assert "目标数据库保持为空" in str(caught.value)
    target = open_database(empty_pg)
    with target.read() as s:
        assert s.execute(select(func.count()).select_from(OrgUnit)).scalar_one() == 0
    target.dispose()


def test_an_unreachable_server_is_a_plain_message(source, capsys):
    assert (
        run(["db", "copy", "--from", str(source), "--to", "postgresql+psycopg://nobody@127.0.0.1:1/x"]) == 2
    )
    assert "无法连接数据库" in capsys.readouterr().err


def test_values_are_spelt_the_same_whichever_backend_returned_them():
    from datetime import datetime
    from decimal import Decimal

    assert normalise(True) == "1" and normalise(False) == "0"
    assert normalise(None) != normalise("")
    assert normalise(Decimal("12.50")) == normalise(Decimal("12.5")) == "12.5"
    assert normalise(datetime(2026, 1, 2, 3, 4, 5)) == "2026-01-02 03:04:05.000000"
    assert normalise(date(2026, 1, 2)) == "2026-01-02"
