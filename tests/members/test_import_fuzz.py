"""Fuzz the member import: whatever a cell holds, the answer is a report or a Chinese refusal,
never a traceback, and a plan with problems never writes under all-or-nothing."""

from __future__ import annotations

from datetime import datetime

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from unionoffice.foundation.errors import UserError
from unionoffice.foundation.importer import ImportMode, Table
from unionoffice.members import importing
from unionoffice.members.importing import apply_import, plan_import

from .conftest import actor, member_count
from .test_import import HEADER, good_rows

cells = st.one_of(
    st.none(),
    st.text(max_size=30),
    st.integers(-(10**20), 10**20),
    st.floats(allow_nan=True, allow_infinity=True),
    st.booleans(),
    st.dates(),
    st.datetimes(min_value=datetime(1800, 1, 1)),
    st.sampled_from(
        ["=SUM(A1:A2)", "#REF!", "２０１９．５．１", "410702199005011234", "\u3000", "心兴", "男", "x"]
    ),
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.tuples(st.integers(0, 3), st.integers(0, len(HEADER) - 1), cells), max_size=12))
def test_mutated_sheets_never_crash_and_never_half_write(mdb, monkeypatch, mutations):
    rows = [[None if isinstance(v, int) and i == 0 else v for i, v in enumerate(row)] for row in good_rows(4)]
    for row, column, value in mutations:
        rows[row][column] = value
    table = Table.from_lists([HEADER, *rows], source="fuzz")
    monkeypatch.setattr(importing, "read_table", lambda _path: table)
    admin = actor(mdb, "admin")
    before = member_count(mdb)
    try:
        plan = plan_import(mdb, admin, "fuzz.xlsx")
    except UserError as error:
        assert str(error) and not str(error).isascii()
        return
    try:
        result = apply_import(mdb, admin, plan, ImportMode.ALL_OR_NOTHING)
    except UserError:
        assert member_count(mdb) == before
        assert plan.problems or not (plan.new_rows or plan.updates)
        return
    assert not plan.problems
    assert member_count(mdb) == before + result.inserted
