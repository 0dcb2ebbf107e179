"""The lazy table model, tested with no view attached."""

from __future__ import annotations

from factories import actor_of
from PySide6.QtCore import Qt

from unionoffice.members import search as members
from unionoffice.ui.table_model import ID_ROLE, PAGE_SIZE, LazyTableModel


def test_rows_are_fetched_page_by_page_and_sorting_goes_to_sql(qapp, demo_db):
    admin = actor_of(demo_db, "admin")
    source = members.member_source(demo_db, admin, members.MemberFilter())
    calls = []
    original = source.fetch_rows

    def counting_fetch(offset, limit):
        calls.append(offset)
        return original(offset, limit)

    object.__setattr__(source, "fetch_rows", counting_fetch)
    model = LazyTableModel(source)
    assert model.rowCount() == 300
    model.data(model.index(0, 0))
    model.data(model.index(PAGE_SIZE + 5, 0))
    model.data(model.index(3, 0))
    assert calls == [PAGE_SIZE]  # the first page came with the count; the second on demand
    name_column = [c.key for c in source.columns].index("birth_date")
    model.sort(name_column, Qt.SortOrder.DescendingOrder)
    births = [model.data(model.index(r, name_column)) for r in range(model.rowCount())]
    assert births == sorted(births, reverse=True)
    assert isinstance(model.data(model.index(0, 0), ID_ROLE), int)


def test_clerk_rows_are_scoped_and_identity_numbers_masked(qapp, demo_db):
    clerk = actor_of(demo_db, "clerk_xx")
    model = LazyTableModel(members.member_source(demo_db, clerk, members.MemberFilter()))
    branch_col = [c.key for c in model.source.columns].index("branch")
    id_col = [c.key for c in model.source.columns].index("id_number")
    assert 0 < model.rowCount() < 300
    assert {model.data(model.index(r, branch_col)) for r in range(model.rowCount())} == {"心兴分工会"}
    assert "********" in model.data(model.index(0, id_col))
