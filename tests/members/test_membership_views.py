"""The membership screens driven as a clerk would: the tab's pages, applications and approval,
the member form's real-name fields, status changes, the monthly return, the review list."""

from __future__ import annotations

import threading
from datetime import date

import pytest
from PySide6.QtWidgets import QDialog, QLabel, QMessageBox

from tests.conftest import shown
from unionoffice.members.labels import MemberStatus
from unionoffice.members.views.applications import ApplicationsPage
from unionoffice.members.views.headcounts import HeadcountPage
from unionoffice.members.views.member_dialog import MemberDialog
from unionoffice.members.views.register import RegisterPage
from unionoffice.members.views.report_dialogs import MonthlyReturnDialog, RatesDialog
from unionoffice.members.views.reviews import ReviewsPage
from unionoffice.members.views.tab import MembersTab

from .conftest import actor, first_member


@pytest.fixture
def ctx(mdb, view_context):  # type: ignore[no-untyped-def]
    return view_context(mdb, actor(mdb, "clerk_xx"))


def test_the_tab_builds_the_register_first_and_the_other_pages_when_chosen(ctx, qtbot):
    tab = MembersTab(ctx)
    qtbot.addWidget(tab)
    tab.show()
    assert tab.tabs.keys == ["register", "applications", "reviews", "headcounts"]
    qtbot.waitUntil(lambda: tab.tabs.widget(0).view is not None)
    assert all(tab.tabs.widget(i).view is None for i in (1, 2, 3))
    register = tab.tabs.widget(0).view
    assert isinstance(register, RegisterPage)
    qtbot.waitUntil(lambda: register.count_label.text().startswith("共"))
    tab.show_filtered(status=MemberStatus.RETAINED.value)
    qtbot.waitUntil(lambda: register.status.currentData() == "retained")
    assert isinstance(tab.page("applications"), ApplicationsPage)


def test_pending_applications_are_approved_as_a_batch(ctx, qtbot, monkeypatch):
    page = shown(qtbot, ApplicationsPage(ctx))
    summary = page.findChild(QLabel, "application_summary").text()
    assert "待审批" in summary and "下一个会员证号：GH" in summary
    pending = page.model.rowCount()
    assert pending >= 2 and page.model.data(page.model.index(0, 4)) == "心兴分工会"
    assert page.model.data(page.model.index(0, 1)).endswith(("天", "当天"))
    page.table.selectAll()
    from unionoffice.members.views.application_dialogs import ApproveDialog

    approved: list[ApproveDialog] = []

    def run(dialog: ApproveDialog) -> int:
        approved.append(dialog)
        dialog.meeting_ref.setText("2026年第23次委员会")
        dialog.save()
        qtbot.waitUntil(lambda: dialog.result() == QDialog.DialogCode.Accepted)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ApproveDialog, "exec", run)
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: told.append(a[2]))
    page.approve()
    assert approved and told and f"已批准 {pending} 人入会" in told[0]
    qtbot.waitUntil(lambda: page.model.rowCount() == 0)
    qtbot.waitUntil(lambda: "没有待审批的申请" in page.findChild(QLabel, "application_summary").text())


def test_the_member_form_edits_the_real_name_fields(ctx, qtbot):
    member_id = first_member(ctx.services.db, "心兴分工会")
    dialog = shown(qtbot, MemberDialog(ctx, member_id), lambda d: d.detail is not None)
    ethnicity = dialog.codes["ethnicity"]
    assert ethnicity.count() == 59 and ethnicity.currentData() is not None  # 56 + 其他 + 外国血统 + 未填
    assert dialog.card_no.text().startswith("GH")
    ethnicity.setCurrentIndex(ethnicity.findData("05"))
    dialog.codes["employment_form"].setCurrentIndex(dialog.codes["employment_form"].findData("02"))
    dialog.native_place.setText("新疆昌吉")
    dialog.save()
    qtbot.waitUntil(lambda: dialog.result() == QDialog.DialogCode.Accepted)
    from unionoffice.members.service import get_member

    saved = get_member(ctx.services.db, ctx.services._actor, member_id).realname
    assert (saved.ethnicity, saved.employment_form, saved.native_place) == ("05", "02", "新疆昌吉")


def test_the_status_dialog_asks_what_the_constitution_needs(ctx, qtbot):
    from unionoffice.members.service import get_member
    from unionoffice.members.views.lifecycle_dialogs import StatusDialog

    member_id = first_member(ctx.services.db, "心兴分工会")
    detail = get_member(ctx.services.db, ctx.services._actor, member_id)
    dialog = shown(qtbot, StatusDialog(ctx, detail), lambda d: True)
    assert dialog.status.itemData(0) == MemberStatus.RETAINED.value
    assert not dialog.cause_row.isHidden() and dialog.org_row.isHidden()
    dialog.status.setCurrentIndex(dialog.status.findData(MemberStatus.TRANSFERRED_OUT.value))
    assert dialog.cause_row.isHidden() and not dialog.org_row.isHidden()
    dialog.save()
    error = dialog.findChild(QLabel, "error_对方单位工会")
    qtbot.waitUntil(lambda: not error.isHidden())
    assert "接收会籍的单位工会" in error.text()
    dialog.other_org.setText("新乡市化工集团公司工会")
    dialog.save()
    qtbot.waitUntil(lambda: dialog.result() == QDialog.DialogCode.Accepted)
    assert get_member(ctx.services.db, ctx.services._actor, member_id).status == MemberStatus.TRANSFERRED_OUT


def test_the_monthly_return_and_past_rates(ctx, qtbot):
    dialog = shown(qtbot, MonthlyReturnDialog(ctx), lambda d: d.report is not None)
    dialog.month.setDate(date(2026, 10, 1))
    qtbot.waitUntil(lambda: dialog.report is not None and dialog.report.month == date(2026, 10, 1))
    assert dialog.table.rowCount() == 2  # 心兴 and the clerk's total
    assert dialog.balance.text() == "各行收支平衡"
    rates = shown(qtbot, RatesDialog(ctx), lambda d: d.table.rowCount() == 1)
    rates.on.setText("2024-12-31")
    rates.load()
    qtbot.waitUntil(lambda: rates.table.item(0, 2) is not None and rates.table.item(0, 2).text() == "2024-12")


def test_the_review_and_headcount_pages_open(ctx, qtbot):
    reviews = shown(qtbot, ReviewsPage(ctx))
    # the dues ledger is a source: the list can be refreshed from it, no manual-only hint
    assert "人工列入" not in reviews.findChild(QLabel, "review_note").text()
    assert reviews.refresh_action.isVisible()
    heads = shown(qtbot, HeadcountPage(ctx))
    assert heads.model.rowCount() > 12 and heads.model.data(heads.model.index(0, 1)) == "心兴分工会"


def test_the_new_pages_never_ask_on_the_gui_thread(ctx, qtbot, monkeypatch):
    main = threading.current_thread()
    threads: list[threading.Thread] = []
    original = type(ctx.services).call

    def watched(self, op, request):  # type: ignore[no-untyped-def]
        threads.append(threading.current_thread())
        return original(self, op, request)

    monkeypatch.setattr(type(ctx.services), "call", watched)
    for page in (ApplicationsPage(ctx), ReviewsPage(ctx), HeadcountPage(ctx)):
        shown(qtbot, page)
    shown(qtbot, MonthlyReturnDialog(ctx), lambda d: d.report is not None)
    assert len(threads) >= 4 and main not in threads
