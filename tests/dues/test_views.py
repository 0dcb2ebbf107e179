"""The 经费与福利 tab driven as a clerk would: each page opens with one call, a payment over its
cap is refused under the field that broke it, and no page asks the services on the GUI thread."""

from __future__ import annotations

import threading
from datetime import date
from pathlib import Path

from tests.conftest import shown
from tests.dues.conftest import payroll, person
from unionoffice.dues.contract import PaymentForm
from unionoffice.dues.payroll import apply_payroll, plan_payroll
from unionoffice.dues.views.arrears_page import ArrearsPage
from unionoffice.dues.views.dues_page import DuesPage
from unionoffice.dues.views.payment_dialog import PaymentDialog
from unionoffice.dues.views.tab import DuesTab
from unionoffice.dues.views.welfare_page import WelfarePage
from unionoffice.dues.welfare import cap_infos
from unionoffice.foundation.importer.engine import ImportMode


def _month_of_dues(db, org, admin, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    person(db, org["branch_a"], org["group_a"], 1, "张坤", employee_no="E1")
    person(db, org["branch_b"], org["group_b"], 2, "王芳", employee_no="E2")
    sheet = payroll(tmp_path / "p.xlsx", [["E1", "张坤", 5236, 26.15], ["E2", "王芳", 4000, 0]])
    apply_payroll(db, admin, plan_payroll(db, admin, sheet, date(2026, 10, 1)), ImportMode.ALL_OR_NOTHING)


def test_the_pages_open_and_a_clerk_sees_only_her_branch(
    qtbot, view_context, db, org, admin, clerk_a, tmp_path
):  # type: ignore[no-untyped-def]
    _month_of_dues(db, org, admin, tmp_path)
    ctx = view_context(db, clerk_a)
    page = shown(qtbot, DuesPage(ctx))
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    assert "26.15" in page.summary.text() or "26.15" in str(page.model.data(page.model.index(0, 5)))
    assert page.month.currentData() == date(2026, 10, 1)
    arrears = shown(qtbot, ArrearsPage(view_context(db, admin)))
    qtbot.waitUntil(lambda: arrears.model.rowCount() == 1)
    assert arrears.model.data(arrears.model.index(0, 0)) == "王芳"
    tab = shown(qtbot, DuesTab(view_context(db, admin)), lambda t: t.tabs.count() == 3)
    first = tab.page("dues")
    assert isinstance(first, DuesPage)
    qtbot.waitUntil(lambda: first.count_label.text().startswith("共"))


def test_a_payment_over_its_cap_is_refused_under_the_amount(qtbot, view_context, db, org, admin):  # type: ignore[no-untyped-def]
    person(db, org["branch_a"], org["group_a"], 1, "张坤", employee_no="E1")
    with db.read(admin) as s:
        form = PaymentForm(cap_infos(s, date.today()))
    dialog = PaymentDialog(view_context(db, admin), form)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.search.setText("E1")
    qtbot.waitUntil(lambda: dialog.member.count() == 1)
    dialog.item.setCurrentIndex(dialog.item.findData("hospital"))
    assert "1,000.00" in dialog.cap.text()
    dialog.amount.setText("1200")
    dialog.save()
    error = dialog.field_errors["金额"]
    qtbot.waitUntil(lambda: error.isVisible())
    assert "1,000.00" in error.text() and "1,200.00" in error.text()


def test_no_page_asks_on_the_gui_thread(qtbot, view_context, db, org, admin, tmp_path, monkeypatch):  # type: ignore[no-untyped-def]
    _month_of_dues(db, org, admin, tmp_path)
    ctx = view_context(db, admin)
    main = threading.current_thread()
    threads: list[threading.Thread] = []
    original = type(ctx.services).call

    def watched(self, op, request):  # type: ignore[no-untyped-def]
        threads.append(threading.current_thread())
        return original(self, op, request)

    monkeypatch.setattr(type(ctx.services), "call", watched)
    for page_type in (DuesPage, ArrearsPage, WelfarePage):
        page = shown(qtbot, page_type(ctx))
        page.search.setText("z")
        qtbot.waitUntil(lambda p=page: p.count_label.text().startswith("共"))
    assert threads and main not in threads
