"""The lazy table model, tested with no view attached: pages come through the list operation."""

from __future__ import annotations

from factories import actor_of
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from unionoffice.members import contract as members
from unionoffice.ui.table_model import ID_ROLE, LOADING, PAGE_SIZE, LazyTableModel


def test_rows_arrive_page_by_page_and_sorting_goes_to_the_services(qtbot, demo_db, view_context):
    ctx = view_context(demo_db, actor_of(demo_db, "admin"))
    asked: list[int] = []
    original = ctx.services.call

    def counting(op, request):  # type: ignore[no-untyped-def]
        asked.append(request.window.offset)
        return original(op, request)

    ctx.services.call = counting  # type: ignore[method-assign]
    owner = QWidget()
    qtbot.addWidget(owner)
    model = LazyTableModel(ctx.calls, owner, members.register_columns())
    with qtbot.waitSignal(model.loaded):
        model.load(members.LIST, members.MemberFilter())
    assert model.rowCount() == 300 and asked == [0]  # the count came with the first page
    assert model.data(model.index(PAGE_SIZE + 5, 0)) == LOADING  # not here yet: asked on a worker
    model.data(model.index(PAGE_SIZE + 6, 0))  # the same page is asked once
    qtbot.waitUntil(lambda: model.data(model.index(PAGE_SIZE + 5, 0)) != LOADING)
    assert asked == [0, PAGE_SIZE]
    birth = [c.key for c in model.columns].index("birth_date")
    with qtbot.waitSignal(model.loaded):
        model.sort(birth, Qt.SortOrder.DescendingOrder)
    births = [model.data(model.index(r, birth)) for r in range(PAGE_SIZE)]
    assert births == sorted(births, reverse=True)
    assert isinstance(model.data(model.index(0, 0), ID_ROLE), int)


def test_clerk_rows_are_scoped_and_identity_numbers_masked(qtbot, demo_db, view_context):
    ctx = view_context(demo_db, actor_of(demo_db, "clerk_xx"))
    owner = QWidget()
    qtbot.addWidget(owner)
    model = LazyTableModel(ctx.calls, owner, members.register_columns())
    with qtbot.waitSignal(model.loaded):
        model.load(members.LIST, members.MemberFilter())
    branch_col = [c.key for c in model.columns].index("branch")
    id_col = [c.key for c in model.columns].index("id_number")
    assert 0 < model.rowCount() < 300
    assert {model.data(model.index(r, branch_col)) for r in range(model.rowCount())} == {"心兴分工会"}
    assert "*" in model.data(model.index(0, id_col))
