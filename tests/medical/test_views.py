"""The medical screens driven like a clerk would, on a fresh database per test: every call to
the services runs on a worker, opening a screen is one call, the claim form previews once per
pause in typing."""

from __future__ import annotations

import threading
from datetime import date

import pytest
from PySide6.QtWidgets import QDialog, QLabel, QMessageBox

from tests.conftest import shown
from tests.medical.conftest import World, claim_input, paid_claim, version_of
from unionoffice.client.local import LocalServices
from unionoffice.medical.contract import SchemeInfo
from unionoffice.medical.labels import ClaimStatus
from unionoffice.medical.service import claims
from unionoffice.medical.service.schemes import get_scheme
from unionoffice.medical.views.claim_dialog import ClaimDialog
from unionoffice.medical.views.claim_steps import ClaimStepDialog
from unionoffice.medical.views.tab import MedicalTab


@pytest.fixture
def messages(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    shown_texts: list[str] = []
    for name in ("information", "warning", "critical"):
        monkeypatch.setattr(QMessageBox, name, lambda parent, title, text, *a, **k: shown_texts.append(text))
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(QMessageBox, "exec", lambda self: shown_texts.append(self.text()) or 0)
    return shown_texts


@pytest.fixture
def calls(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, bool]]:
    """Every service call made: (operation, made on the GUI thread?)."""
    made: list[tuple[str, bool]] = []
    original = LocalServices.call

    def watched(self, op, request):  # type: ignore[no-untyped-def]
        made.append((op.name, threading.current_thread() is threading.main_thread()))
        return original(self, op, request)

    monkeypatch.setattr(LocalServices, "call", watched)
    return made


def scheme(w: World) -> SchemeInfo:
    return get_scheme(w.db, w.admin, w.scheme_id)


def opened_tab(qtbot, ctx, page: str = "claims"):  # type: ignore[no-untyped-def]
    tab = shown(qtbot, MedicalTab(ctx), lambda t: t.scheme is not None)
    view = tab.pages.page(page)
    if hasattr(view, "count_label"):
        qtbot.waitUntil(lambda: view.count_label.text().startswith("共"))
    return tab, view


def run_step(qtbot, monkeypatch, messages, setup=None) -> list[ClaimStepDialog]:  # type: ignore[no-untyped-def]
    """Step dialogs "clicked": fill in with ``setup``, save, wait for the answer, a message or
    the problems shown under the fields."""
    seen: list[ClaimStepDialog] = []

    def fake_exec(dialog: ClaimStepDialog) -> int:
        seen.append(dialog)
        if setup is not None:
            setup(dialog)
        before = len(messages)
        dialog.save()
        qtbot.waitUntil(
            lambda: (
                dialog.result() == QDialog.DialogCode.Accepted
                or len(messages) > before
                or not dialog.banner.isHidden()
            )
        )
        return dialog.result()

    monkeypatch.setattr(ClaimStepDialog, "exec", fake_exec)
    return seen


def test_the_tab_opens_with_one_call_and_each_page_with_one_more(qtbot, world, view_context, calls):
    ctx = view_context(world.db, world.admin)
    tab, claims_page = opened_tab(qtbot, ctx)
    assert calls == [("medical.open_claims", False)]
    assert tab.picker.currentText() == "2026 医疗互助基金" and claims_page.model.rowCount() == 0
    for key, op in (
        ("enrolment", "medical.open_enrolment"),
        ("ledger", "medical.open_ledger"),
        ("hardship", "medical.open_hardship"),
        ("rules", "medical.open_rules"),
    ):
        calls.clear()
        tab.pages.page(key)
        qtbot.waitUntil(lambda: ctx.calls.worker.pending == 0 and bool(calls))
        ctx.calls.wait()
        assert calls == [(op, False)], key
    rules = tab.pages.page("rules")
    assert "每人互助金 60.00 元" in rules.header.text()
    assert rules.table.rowCount() == 4


def test_no_screen_asks_on_the_gui_thread(qtbot, world, view_context, calls, messages):
    paid_claim(world, claim_input(world))
    ctx = view_context(world.db, world.admin)
    tab, page = opened_tab(qtbot, ctx)
    page.search.setText("张")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    for key in ("enrolment", "ledger", "hardship", "rules"):
        before = len(calls)
        tab.pages.page(key)
        qtbot.waitUntil(lambda n=before: len(calls) > n)
    dialog = shown(qtbot, ClaimDialog(ctx, scheme(world), None), lambda d: True)
    dialog.member_search.setText("张")
    qtbot.waitUntil(lambda: dialog.member.count() == 1)
    ctx.calls.wait()
    assert len(calls) >= 7 and not [c for c in calls if c[1]]


def test_claim_form_explains_the_calculation_as_the_clerk_types(qtbot, world, view_context, messages):
    ctx = view_context(world.db, world.clerk)
    dialog = shown(qtbot, ClaimDialog(ctx, scheme(world)), lambda d: True)
    dialog.member_search.setText("张")  # QTest cannot type CJK keys; an input method would
    qtbot.waitUntil(lambda: dialog.member.count() == 1)
    dialog.hospital.setText("新乡市中心医院")
    dialog.admission.setText("2026-03-01")
    dialog.discharge.setText("2026.3.9")
    dialog.invoices.setText("INV7001，INV7002")
    qtbot.keyClicks(dialog.total, "40500")
    qtbot.keyClicks(dialog.insurance, "20000")
    qtbot.keyClicks(dialog.covered, "20000")
    qtbot.keyClicks(dialog.uncovered, "500")
    qtbot.waitUntil(lambda: "10,500.00" in dialog.amount_label.text())  # 4,500 + 10,000 × 60 %
    table = dialog.explanation
    lines = [table.item(r, 0).text() for r in range(table.rowCount())]
    assert "10,000.00–30,000.00 元段：10,000.00 × 60% = 6,000.00 元" in lines
    dialog.uncovered.setText("501")  # the parts no longer add up to the total: the problem is named
    qtbot.waitUntil(lambda: "总费用：应等于" in dialog.problems.text())
    dialog.uncovered.setText("500")
    dialog.save()
    qtbot.waitUntil(lambda: dialog.result() == QDialog.DialogCode.Accepted)
    assert not messages and dialog.changed
    saved = claims.get_claim(world.db, world.clerk, dialog.claim_id)
    assert (saved.status, saved.payable_fen, saved.data.invoice_numbers) == (
        ClaimStatus.DRAFT,
        1_050_000,
        ("INV7001", "INV7002"),
    )


def test_the_preview_is_one_call_per_pause(qtbot, world, view_context, calls):
    ctx = view_context(world.db, world.clerk)
    dialog = shown(qtbot, ClaimDialog(ctx, scheme(world)), lambda d: True)
    dialog.insurance.setText("20000")
    dialog.covered.setText("20000")
    qtbot.waitUntil(lambda: dialog.amount_label.text() == "尚不能核算")  # no member chosen yet
    ctx.calls.wait()
    calls.clear()
    qtbot.keyClicks(dialog.total, "40500")  # five keystrokes without a pause
    qtbot.waitUntil(lambda: dialog.amount_label.text() == "尚不能核算")
    ctx.calls.wait()
    qtbot.wait(400)  # longer than the pause the form waits for: no second preview follows
    assert [c for c in calls if c[0] == "medical.preview_claim"] == [("medical.preview_claim", False)]


def test_a_late_answer_to_an_older_pause_is_dropped(qtbot, world, view_context, monkeypatch):
    ctx = view_context(world.db, world.clerk)
    dialog = shown(qtbot, ClaimDialog(ctx, scheme(world)), lambda d: True)
    dialog.member_search.setText("张")
    qtbot.waitUntil(lambda: dialog.member.count() == 1)
    for field, text in ((dialog.hospital, "医院"), (dialog.invoices, "INV0001")):
        field.setText(text)
    dialog.admission.setText("2026-03-01")
    dialog.discharge.setText("2026-03-05")
    for field, text in ((dialog.insurance, "0"), (dialog.uncovered, "0")):
        field.setText(text)
    release = threading.Event()
    original = LocalServices.call

    def slow_first(self, op, request):  # type: ignore[no-untyped-def]
        if op.name == "medical.preview_claim" and request.data.covered_self_fen == 200_000:
            release.wait(10)  # the older pause's answer comes last
        return original(self, op, request)

    monkeypatch.setattr(LocalServices, "call", slow_first)
    dialog._preview_timer.stop()
    dialog.total.setText("2000")
    dialog.covered.setText("2000")  # 2,000 self-paid: over the deductible by 1,000 → 500.00
    dialog._preview_timer.stop()
    dialog.recalculate()
    dialog.total.setText("5000")
    dialog.covered.setText("5000")  # 5,000 self-paid → 2,000.00
    dialog._preview_timer.stop()
    dialog.recalculate()
    qtbot.waitUntil(lambda: "2,000.00" in dialog.amount_label.text())
    release.set()
    ctx.calls.wait()
    qtbot.wait(50)
    assert "2,000.00" in dialog.amount_label.text()


def test_bad_input_is_shown_under_its_field_and_nothing_saved(qtbot, world, view_context, messages):
    ctx = view_context(world.db, world.clerk)
    dialog = shown(qtbot, ClaimDialog(ctx, scheme(world)), lambda d: True)
    dialog.total.setText("12.345")
    dialog.save()
    total_error = dialog.findChild(QLabel, "error_总费用")
    assert "“12.345”不是金额" in total_error.text() and not total_error.isHidden()
    assert "必须填写" in dialog.findChild(QLabel, "error_医保统筹支付").text()
    for field, text in ((dialog.total, "-5"), (dialog.insurance, "0"), (dialog.covered, "0")):
        field.setText(text)
    dialog.save()
    member_error = dialog.findChild(QLabel, "error_会员")
    qtbot.waitUntil(lambda: not member_error.isHidden())
    assert "请选择会员" in member_error.text()
    assert "金额不能为负数" in total_error.text()
    assert dialog.result() != QDialog.DialogCode.Accepted and dialog.claim_id is None and not messages


def test_an_open_claim_shows_its_stored_calculation_without_a_preview(qtbot, world, view_context, calls):
    claim_id = claims.create_claim(world.db, world.clerk, claim_input(world))
    ctx = view_context(world.db, world.clerk)
    dialog = shown(qtbot, ClaimDialog(ctx, scheme(world), claim_id), lambda d: d.detail is not None)
    ctx.calls.wait()
    assert [c[0] for c in calls] == ["medical.get_claim"]
    assert "7,500.00" in dialog.amount_label.text() and dialog.save_button.isVisible()


def test_workflow_steps_and_four_eyes(qtbot, world, view_context, messages, monkeypatch):
    claim_id = claims.create_claim(world.db, world.reviewer, claim_input(world))
    ctx = view_context(world.db, world.reviewer)
    _tab, page = opened_tab(qtbot, ctx)
    assert page.model.rowCount() == 1
    run_step(qtbot, monkeypatch, messages)
    page.table.selectRow(0)
    page.step("submit")
    qtbot.waitUntil(lambda: bool(messages))
    assert messages[-1] == "已提交，申请编号 YL2026-00001。"
    page.table.selectRow(0)
    page.step("review")
    qtbot.waitUntil(lambda: len(messages) == 2)
    assert "复核须由另一人完成" in messages[-1]
    assert claims.get_claim(world.db, world.admin, claim_id).status == ClaimStatus.SUBMITTED
    approve = next(a for a in page.toolbar.actions() if a.objectName() == "claim_approve")
    assert not approve.isVisible()  # a clerk never sees the approval action


def test_pay_step_records_the_payment(qtbot, world, view_context, messages, monkeypatch):
    claim_id = claims.create_claim(world.db, world.clerk, claim_input(world))
    claims.submit_claim(world.db, world.clerk, claim_id, version_of(world, claim_id))
    claims.review_claim(world.db, world.reviewer, claim_id, version_of(world, claim_id))
    claims.approve_claim(world.db, world.admin, claim_id, version_of(world, claim_id))
    ctx = view_context(world.db, world.admin)
    _tab, page = opened_tab(qtbot, ctx)
    dialogs = run_step(qtbot, monkeypatch, messages, lambda d: d.voucher.setText(""))
    page.table.selectRow(0)
    page.step("pay")
    qtbot.waitUntil(lambda: bool(dialogs))
    assert dialogs[0].findChild(QLabel, "error_凭证号").text() == "必须填写" and not messages
    assert claims.get_claim(world.db, world.admin, claim_id).status == ClaimStatus.APPROVED
    run_step(qtbot, monkeypatch, messages, lambda d: d.voucher.setText("记-2026-0001"))
    page.step("pay")
    qtbot.waitUntil(lambda: claims.get_claim(world.db, world.admin, claim_id).status == ClaimStatus.PAID)
    detail = claims.get_claim(world.db, world.admin, claim_id)
    assert (detail.voucher_no, detail.paid_on) == ("记-2026-0001", date.today())


def test_ledger_page_totals_match_paid_claims(qtbot, world, view_context, messages):
    paid_claim(world, claim_input(world, covered=2_000_000))
    ctx = view_context(world.db, world.admin)
    _tab, ledger = opened_tab(qtbot, ctx, "ledger")
    table = ledger.summary
    last = table.rowCount() - 1
    assert table.item(last, 0).text() == "合计"
    assert table.item(last, 4).text() == "10,500.00"
    assert "累计支付互助金 10,500.00 元，受助 1 人" in ledger.totals.text()
    assert ledger.model.rowCount() == 3  # two branches' fees and the payout


def test_hardship_threshold_set_in_the_app(qtbot, world, view_context, messages):
    paid_claim(world, claim_input(world, covered=1_500_000, uncovered=50_000))
    ctx = view_context(world.db, world.admin)
    tab, page = opened_tab(qtbot, ctx, "hardship")
    assert page.model.rowCount() == 0  # 15,500 self-paid is under the 20,000 line
    assert page.threshold.text() == "20000.00"
    page.threshold.setText("15000")
    page.save_threshold()
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    assert page.model.data(page.model.index(0, 0)) == "张三" and "共 1 人" in page.note.text()
    assert get_scheme(world.db, world.admin, world.scheme_id).hardship_threshold_fen == 1_500_000
    assert tab.scheme.hardship_threshold_fen == 1_500_000 and not messages


def test_dashboard_drill_down_opens_the_years_claims_in_one_call(qtbot, world, view_context, calls):
    paid_claim(world, claim_input(world))
    claims.create_claim(world.db, world.clerk, claim_input(world, "李四", invoices=("B0001",)))
    ctx = view_context(world.db, world.admin)
    tab = MedicalTab(ctx)
    qtbot.addWidget(tab)
    tab.show_filtered(year=2026, status="paid", benefit_type="inpatient", branch_id=world.branch_a)
    tab.show()
    page = tab.pages.page("claims")
    qtbot.waitUntil(lambda: page.count_label.text().startswith("共"))
    assert page.model.rowCount() == 1 and page.status.currentData() == "paid"
    assert page.branch.currentData() == world.branch_a and page.benefit.currentData() == "inpatient"
    assert [c[0] for c in calls] == ["medical.open_claims"]


def test_picking_another_year_reloads_the_shown_page_only(qtbot, world, view_context, calls):
    from unionoffice.medical.labels import Fund
    from unionoffice.medical.service import schemes

    schemes.create_scheme(
        world.db,
        world.admin,
        schemes.SchemeInput(Fund.PROVINCE, 2026, "省", 5_000, date(2026, 1, 1), date(2026, 12, 31)),
    )
    ctx = view_context(world.db, world.admin)
    tab, page = opened_tab(qtbot, ctx)
    tab.pages.page("ledger")
    tab.pages.page("claims")
    ctx.calls.wait()
    calls.clear()
    tab.picker.setCurrentIndex(tab.picker.findText("2026 省职工医疗互助保障"))
    qtbot.waitUntil(lambda: bool(calls))
    ctx.calls.wait()
    assert [c[0] for c in calls] == ["medical.open_claims"]
    calls.clear()
    tab.pages.page("ledger")  # opens again on the new year when shown
    qtbot.waitUntil(lambda: bool(calls))
    assert [c[0] for c in calls] == ["medical.open_ledger"]
