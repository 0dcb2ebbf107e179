"""The 经费与福利 tab driven as a clerk would: each page opens with one call, a payment over its
cap is refused under the field that broke it, and no page asks the services on the GUI thread."""

from __future__ import annotations

import threading
from datetime import date
from pathlib import Path

import pytest

from tests.conftest import shown
from tests.dues.conftest import payroll, person
from unionoffice.client.local import LocalServices
from unionoffice.dues.contract import DuesScreen, MonthSummary, PaymentForm, PaymentInput
from unionoffice.dues.payroll import apply_payroll, plan_payroll
from unionoffice.dues.views.arrears_page import ArrearsPage
from unionoffice.dues.views.dues_page import DuesPage
from unionoffice.dues.views.payment_dialog import PaymentDialog
from unionoffice.dues.views.tab import DuesTab
from unionoffice.dues.views.welfare_page import WelfarePage
from unionoffice.dues.welfare import cap_infos, pay
from unionoffice.foundation.contract import Page
from unionoffice.foundation.importer.engine import ImportMode


def _september_too(db, admin, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """September before _month_of_dues's October, 王芳 behind then too."""
    sheet = payroll(tmp_path / "sep.xlsx", [["E1", "张坤", 5236, 26.15], ["E2", "王芳", 4000, 0]])
    apply_payroll(db, admin, plan_payroll(db, admin, sheet, date(2026, 9, 1)), ImportMode.ALL_OR_NOTHING)


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
    # A base's month counts in thousands, written as the list's own count is ("共 1,857 条").
    month = date(2026, 10, 1)
    big = MonthSummary(month=month, members=1857, paid=1850, unpaid=7, due_fen=4_811_235, paid_fen=4_800_000)
    page.show_summary(DuesScreen(page=Page(rows=[]), month=month, summary=big, rule=""))
    assert "1,857 人，已交 1,850 人，未交 7 人" in page.summary.text()
    ctx = view_context(db, admin)
    tab = shown(qtbot, DuesTab(ctx), lambda t: t.tabs.count() == 3)
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


# Dashboard drill-down ---------------------------------------------------------------------------
@pytest.fixture
def calls(monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    """``calls(ctx)``: the operations ``ctx``'s screens asked for, in order (screens of earlier
    tests may still be finishing a debounced search)."""
    made: list[tuple[object, str]] = []
    original = LocalServices.call

    def watched(self, op, request):  # type: ignore[no-untyped-def]
        made.append((self, op.name))
        return original(self, op, request)

    monkeypatch.setattr(LocalServices, "call", watched)
    return lambda ctx: [name for services, name in made if services is ctx.services]


def test_a_drill_opens_the_welfare_register_filtered_in_one_call(qtbot, view_context, db, org, admin, calls):  # type: ignore[no-untyped-def]
    zhang = person(db, org["branch_a"], org["group_a"], 1, "张坤", employee_no="E1")
    wang = person(db, org["branch_b"], org["group_b"], 2, "王芳", employee_no="E2")
    # Last year's birthday card of 张坤 is the one asked for: not this year's, nor 王芳's, nor a visit.
    for who, item, fen, on in (
        (zhang, "birthday", 20_000, date(2025, 3, 5)),
        (zhang, "birthday", 20_000, date(2026, 3, 5)),
        (zhang, "hospital", 50_000, date(2025, 3, 5)),
        (wang, "birthday", 20_000, date(2025, 3, 5)),
    ):
        pay(db, admin, PaymentInput(member_id=who, item=item, amount_fen=fen, event_date=on))
    ctx = view_context(db, admin)
    tab = DuesTab(ctx)
    qtbot.addWidget(tab)
    tab.show_filtered(page="welfare", year=2025, item="birthday", branch_id=org["branch_a"])
    tab.show()
    page = tab.tabs.widget(tab.tabs.keys.index("welfare")).view
    assert isinstance(page, WelfarePage) and tab.tabs.currentWidget().view is page
    qtbot.waitUntil(lambda: page.count_label.text().startswith("共"))
    assert page.model.rowCount() == 1 and page.model.data(page.model.index(0, 0)) == "张坤"
    assert page.year.currentData() == 2025 and page.item.currentData() == "birthday"
    assert page.branch.currentData() == org["branch_a"] and page.branch.currentText() == "心兴分工会"
    assert page.status.currentData() is None and page.branch.count() == 3  # 全部, A, B: no "…" left
    assert calls(ctx) == ["welfare.open"]  # the opening call carried the filters; the dues page never loaded


def test_a_drill_into_the_open_dues_page_opens_that_month_in_one_call(
    qtbot, view_context, db, org, admin, tmp_path, calls
):  # type: ignore[no-untyped-def]
    _month_of_dues(db, org, admin, tmp_path)
    _september_too(db, admin, tmp_path)
    ctx = view_context(db, admin)
    tab = shown(qtbot, DuesTab(ctx), lambda t: t.tabs.count() == 3)
    page = tab.page("dues")
    assert isinstance(page, DuesPage)
    qtbot.waitUntil(lambda: page.count_label.text().startswith("共 2"))
    assert page.month.currentData() == date(2026, 10, 1)
    before = len(calls(ctx))
    # A bar of the dues chart: an earlier month, one branch union, its members behind.
    tab.show_filtered(month="2026-09-01", branch_id=org["branch_b"], status="unpaid")
    qtbot.waitUntil(lambda: "2026年9月" in page.summary.text() and page.model.rowCount() == 1)
    assert page.model.data(page.model.index(0, 1)) == "王芳"
    assert page.month.currentData() == date(2026, 9, 1) and page.month.count() == 2
    assert page.branch.currentData() == org["branch_b"] and page.status.currentData() == "unpaid"
    ctx.calls.wait()
    assert calls(ctx)[before:] == ["dues.open"]  # the month's lines and summary together
    # The same month again, only the status changes: the list alone reloads, once.
    tab.show_filtered(month="2026-09-01", branch_id=org["branch_b"], status="paid")
    qtbot.waitUntil(lambda: page.model.rowCount() == 0)
    ctx.calls.wait()
    assert calls(ctx)[before:] == ["dues.open", "dues.list"]


def test_a_drill_while_the_page_opens_waits_for_its_answer(
    qtbot, view_context, db, org, admin, tmp_path, monkeypatch
):  # type: ignore[no-untyped-def]
    _month_of_dues(db, org, admin, tmp_path)
    _september_too(db, admin, tmp_path)
    ctx = view_context(db, admin)
    release, made = threading.Event(), []
    original = LocalServices.call

    def held(self, op, request):  # type: ignore[no-untyped-def]
        if self is ctx.services:
            made.append(op.name)
            release.wait(10)  # the opening call is under way until the drill has been asked for
        return original(self, op, request)

    monkeypatch.setattr(LocalServices, "call", held)
    tab = shown(qtbot, DuesTab(ctx), lambda t: t.tabs.count() == 3)
    page = tab.page("dues")
    assert isinstance(page, DuesPage)
    qtbot.waitUntil(lambda: page.opening)
    tab.show_filtered(page="dues", month="2026-09-01", branch_id=org["branch_b"], status="unpaid")
    release.set()
    # The answer first; then September opens with its own summary, one call.
    qtbot.waitUntil(lambda: made == ["dues.open", "dues.open"] and page.model.rowCount() == 1)
    assert page.model.data(page.model.index(0, 1)) == "王芳"
    assert page.month.currentData() == date(2026, 9, 1) and "2026年9月" in page.summary.text()
    assert page.branch.currentData() == org["branch_b"] and page.status.currentData() == "unpaid"
