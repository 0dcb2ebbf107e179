"""Backend differences stay in db/: the same calls behave the same on SQLite and PostgreSQL."""

from __future__ import annotations

import pytest
from sqlalchemy import select
from sqlalchemy.exc import OperationalError

from unionoffice.core.sequences import NumberSequence
from unionoffice.db.dialect import insert_ignoring_duplicates, is_retryable
from unionoffice.db.retry import run_transaction
from unionoffice.foundation.errors import DatabaseBusy


def test_insert_ignoring_duplicates_keeps_the_first_row(db):
    table = NumberSequence.__table__
    with db.engine.begin() as conn:
        insert_ignoring_duplicates(table, conn, [{"name": "a", "next_value": 5}])
        insert_ignoring_duplicates(
            table, conn, [{"name": "a", "next_value": 9}, {"name": "b", "next_value": 2}]
        )
    with db.read() as s:
        assert dict(s.execute(select(NumberSequence.name, NumberSequence.next_value)).all()) == {
            "a": 5,
            "b": 2,
        }


class _Deadlock(Exception):
    sqlstate = "40P01"


def test_deadlocks_are_retried_and_a_lasting_one_is_a_plain_message(db):
    calls = []

    def work(_session):
        calls.append(1)
        if len(calls) < 3:
            raise OperationalError("UPDATE …", {}, _Deadlock("deadlock detected"))
        return "done"

    assert is_retryable(OperationalError("x", {}, _Deadlock()))
    assert run_transaction(db, None, work, pause=0) == "done" and len(calls) == 3

    def always(_session):
        raise OperationalError("UPDATE …", {}, _Deadlock("deadlock detected"))

    with pytest.raises(DatabaseBusy, match="数据库正忙"):
        run_transaction(db, None, always, attempts=2, pause=0)
