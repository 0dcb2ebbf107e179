"""The medical screens driven like a clerk would, on a fresh database per test."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QMessageBox

from tests.medical.conftest import World, claim_input, paid_claim, version_of
from unionoffice.foundation.settings import Settings
from unionoffice.medical.models import ClaimStatus
from unionoffice.medical.service import claims
from unionoffice.medical.service.schemes import get_scheme
from unionoffice.ui.context import AppContext
from unionoffice.ui.tasks import TaskRunner


@pytest.fixture
def messages(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    shown: list[str] = []
    for name in ("information", "warning", "critical"):
        monkeypatch.setattr(QMessageBox, name, lambda parent, title, text, *a, **k: shown.append(text))
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    return shown


def context(w: World, actor) -> AppContext:  # type: ignore[no-untyped-def]
    return AppContext(w.db, actor, TaskRunner(), Settings())


def test_claim_form_explains_the_calculation_as_the_clerk_types(qtbot, world: World, messages) -> None:  # type: ignore[no-untyped-def]
    from unionoffice.medical.views.claim_dialog import ClaimDialog

    dialog = ClaimDialog(context(world, world.clerk), get_scheme(world.db, world.clerk, world.scheme_id))
    qtbot.addWidget(dialog)
    dialog.member_search.setText("张")  # QTest cannot type CJK keys; an input method would
    qtbot.waitUntil(lambda: dialog.member.count() == 1)
    dialog.hospital.setText("新乡市中心医院")
    dialog.admission.setDate(QDate(2026, 3, 1))
    dialog.discharge.setDate(QDate(2026, 3, 9))
    dialog.invoices.setText("INV7001，INV7002")
    qtbot.keyClicks(dialog.total, "40500")
    qtbot.keyClicks(dialog.insurance, "20000")
    qtbot.keyClicks(dialog.covered, "20000")
    qtbot.keyClicks(dialog.uncovered, "500")
    qtbot.waitUntil(lambda: "10,500.00" in dialog.amount_label.text())  # 4,500 + 10,000 × 60 %
    lines = [dialog.explanation.item(r, 0).text() for r in range(dialog.explanation.rowCount())]
    assert "10,000.00–30,000.00 元段：10,000.00 × 60% = 6,000.00 元" in lines
    dialog.uncovered.setText("501")  # the parts no longer add up to the total: the problem is named
    qtbot.waitUntil(lambda: "总费用：应等于" in dialog.problems.text())
    dialog.uncovered.setText("500")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == 1 and not messages
    saved = claims.get_claim(world.db, world.clerk, dialog.claim_id)
    assert (saved.status, saved.payable_fen, saved.data.invoice_numbers) == (
        ClaimStatus.DRAFT,
        1_050_000,
        ("INV7001", "INV7002"),
    )


def test_bad_input_is_shown_not_saved(qtbot, world: World, messages) -> None:  # type: ignore[no-untyped-def]
    from unionoffice.medical.views.claim_dialog import ClaimDialog

    dialog = ClaimDialog(context(world, world.clerk), get_scheme(world.db, world.clerk, world.scheme_id))
    qtbot.addWidget(dialog)
    dialog.total.setText("12.345")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert "总费用：“12.345”不是金额" in messages[-1] and "医保统筹支付：必须填写" in messages[-1]
    for edit, text in ((dialog.total, "-5"), (dialog.insurance, "0"), (dialog.covered, "0")):
        edit.setText(text)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert "会员：请选择会员" in messages[-1] and "总费用：金额不能为负数" in messages[-1]
    assert dialog.claim_id is None


def test_workflow_buttons_and_four_eyes(qtbot, world: World, messages, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QInputDialog

    from unionoffice.medical.views.tab import MedicalTab

    claim_id = claims.create_claim(world.db, world.reviewer, claim_input(world))
    tab = MedicalTab(context(world, world.reviewer))
    qtbot.addWidget(tab)
    assert tab.claims.model.rowCount() == 1
    tab.claims.table.selectRow(0)
    qtbot.mouseClick(tab.claims.buttons["submit"], Qt.MouseButton.LeftButton)
    assert messages[-1] == "已提交，申请编号 YL2026-00001。"
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("同意", True))
    tab.claims.table.selectRow(0)
    qtbot.mouseClick(tab.claims.buttons["review"], Qt.MouseButton.LeftButton)
    assert "复核须由另一人完成" in messages[-1]
    assert claims.get_claim(world.db, world.admin, claim_id).status == ClaimStatus.SUBMITTED
    assert "approve" not in tab.claims.buttons  # a clerk never sees the approval button


def test_ledger_page_totals_match_paid_claims(qtbot, world: World, messages) -> None:  # type: ignore[no-untyped-def]
    from unionoffice.medical.views.tab import MedicalTab

    paid_claim(world, claim_input(world, covered=2_000_000))
    tab = MedicalTab(context(world, world.admin))
    qtbot.addWidget(tab)
    table = tab.ledger.summary
    last = table.rowCount() - 1
    assert table.item(last, 0).text() == "合计"
    assert table.item(last, 4).text() == "10,500.00"
    assert "累计支付互助金 10,500.00 元，受助 1 人" in tab.ledger.totals.text()


def test_hardship_threshold_set_in_the_app(qtbot, world: World, messages) -> None:  # type: ignore[no-untyped-def]
    from unionoffice.medical.views.tab import MedicalTab

    paid_claim(world, claim_input(world, covered=1_500_000, uncovered=50_000))
    tab = MedicalTab(context(world, world.admin))
    qtbot.addWidget(tab)
    assert tab.hardship.table.rowCount() == 0  # 15,500 self-paid is under the 20,000 line
    tab.hardship.threshold.setText("15000")
    tab.hardship.save_threshold()
    assert tab.hardship.table.rowCount() == 1 and tab.hardship.table.item(0, 0).text() == "张三"
    assert get_scheme(world.db, world.admin, world.scheme_id).hardship_threshold_fen == 1_500_000
    assert not messages


def test_pay_dialog_records_payment(qtbot, world: World, messages, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from unionoffice.medical.views import claims_page
    from unionoffice.medical.views.tab import MedicalTab

    claim_id = claims.create_claim(world.db, world.clerk, claim_input(world))
    claims.submit_claim(world.db, world.clerk, claim_id, version_of(world, claim_id))
    claims.review_claim(world.db, world.reviewer, claim_id, version_of(world, claim_id))
    claims.approve_claim(world.db, world.admin, claim_id, version_of(world, claim_id))

    def fake_exec(dialog) -> int:  # type: ignore[no-untyped-def]
        dialog.voucher.setText("记-2026-0001")
        return 1

    monkeypatch.setattr(claims_page.PayDialog, "exec", fake_exec)
    tab = MedicalTab(context(world, world.admin))
    qtbot.addWidget(tab)
    tab.claims.table.selectRow(0)
    qtbot.mouseClick(tab.claims.buttons["pay"], Qt.MouseButton.LeftButton)
    detail = claims.get_claim(world.db, world.admin, claim_id)
    assert (detail.status, detail.voucher_no, detail.paid_on) == (
        ClaimStatus.PAID,
        "记-2026-0001",
        date.today(),
    )
