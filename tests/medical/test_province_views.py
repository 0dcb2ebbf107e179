"""The screens of the provincial scheme and of the enrolment rules, driven as a clerk would."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLabel, QMessageBox

from tests.conftest import shown
from tests.medical.conftest import World, claim_input
from tests.medical.test_enrolment_rules import PROVINCE_RULE, person
from unionoffice.medical.contract import SchemeInput
from unionoffice.medical.labels import ClaimStatus, Fund
from unionoffice.medical.service import claims, eligibility, enrolment, schemes
from unionoffice.medical.views.enrolment_dialogs import EnrolDialog, RemitDialog
from unionoffice.medical.views.province_dialogs import OutcomeDialog, ProvinceClaimDialog
from unionoffice.medical.views.scheme_dialogs import EligibilityDialog, SchemeDialog
from unionoffice.medical.views.tab import MedicalTab


@pytest.fixture
def messages(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    texts: list[str] = []
    for name in ("information", "warning", "critical"):
        monkeypatch.setattr(QMessageBox, name, lambda parent, title, text, *a, **k: texts.append(text))
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    return texts


@pytest.fixture
def province_id(world: World) -> int:
    eligibility.save_rule(world.db, world.admin, PROVINCE_RULE)
    scheme = schemes.create_scheme(
        world.db,
        world.admin,
        SchemeInput(
            Fund.PROVINCE,
            2026,
            "2026 年度省职工医疗互助保障",
            5_000,
            date(2026, 1, 1),
            date(2026, 12, 31),
            claim_deadline=date(2027, 3, 31),
        ),
    )
    enrolment.enrol(
        world.db, world.admin, scheme.id, branch_id=world.branch_a, enrolled_on=date(2026, 1, 1), insured=True
    )
    members = [world.members["张三"], world.members["李四"]]
    enrolment.record_payments(world.db, world.admin, scheme.id, members, date(2026, 1, 10))
    return scheme.id


def on_province(qtbot, ctx, page: str = "claims"):  # type: ignore[no-untyped-def]
    tab = shown(qtbot, MedicalTab(ctx), lambda t: t.scheme is not None)
    tab.picker.setCurrentIndex(tab.picker.findText("2026 省职工医疗互助保障"))
    view = tab.pages.page(page)
    qtbot.waitUntil(lambda: tab.scheme is not None and tab.scheme.is_province)
    if hasattr(view, "count_label"):
        qtbot.waitUntil(lambda: view.count_label.text().startswith("共") and view.host.scheme.is_province)
    return tab, view


def accept(qtbot, dialog) -> None:  # type: ignore[no-untyped-def]
    """Save, and wait for the answer: accepted, or problems shown again."""
    dialog.banner.hide()
    dialog.save()
    qtbot.waitUntil(lambda: dialog.result() == QDialog.DialogCode.Accepted or not dialog.banner.isHidden())


def test_the_claims_page_of_the_provincial_scheme_files_and_records_outcomes(
    qtbot, world, province_id, view_context, messages, monkeypatch
):
    ctx = view_context(world.db, world.admin)
    _tab, page = on_province(qtbot, ctx)
    names = {a.objectName(): a.isVisible() for a in page.toolbar.actions() if a.objectName()}
    assert names["claim_file"] and names["claim_outcome"]
    assert not names["claim_new"] and not names["claim_approve"] and not names["claim_form"]
    assert [page.status.itemText(i) for i in range(page.status.count())] == [
        "全部状态",
        "已报送省总",
        "省总已赔付",
        "省总不予赔付",
    ]
    assert page.deadline.text() == "申请截止 2027-03-31"

    dialog = shown(qtbot, ProvinceClaimDialog(ctx, page.host.scheme, page.products), lambda d: True)
    dialog.member_search.setText("张")
    qtbot.waitUntil(lambda: dialog.member.count() == 1)
    for field, value in (
        (dialog.hospital, "新乡市中心医院"),
        (dialog.admission, "2026-03-01"),
        (dialog.discharge, "2026-03-10"),
        (dialog.total, "355"),
        (dialog.insurance, "200"),
        (dialog.covered, "150"),
        (dialog.uncovered, "5"),
        (dialog.filed_on, "2026-03-20"),
    ):
        field.setText(value)
    accept(qtbot, dialog)
    # Not remitted yet: the province would not take it, and the form says so under the member.
    assert "尚未上缴省总工会" in dialog.findChild(QLabel, "error_会员").text()
    enrolment.record_remittance(world.db, world.admin, province_id, date(2026, 1, 31), "R-1")
    accept(qtbot, dialog)
    assert dialog.result() == QDialog.DialogCode.Accepted
    page.reload()
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    assert page.model.data(page.model.index(0, 10)) == "已报送省总"
    assert page.model.data(page.model.index(0, 9)) == ""  # nothing paid yet, nothing computed

    seen: list[OutcomeDialog] = []

    def fill(dialog: OutcomeDialog) -> int:
        seen.append(dialog)
        dialog.amount.setText("1200")
        dialog.outcome_on.setText("2026-04-15")
        dialog.reference.setText("豫工互赔 2026-7")
        accept(qtbot, dialog)
        return dialog.result()

    monkeypatch.setattr(OutcomeDialog, "exec", fill)
    page.table.selectRow(0)
    page.record_outcome()
    qtbot.waitUntil(lambda: bool(seen) and seen[0].result() == QDialog.DialogCode.Accepted)
    qtbot.waitUntil(lambda: page.model.data(page.model.index(0, 10)) == "省总已赔付")
    row = [page.model.data(page.model.index(0, c)) for c in (9, 11, 12)]
    assert row == ["1,200.00", "2026-04-15", "豫工互赔 2026-7"]


def test_the_outcome_form_refuses_a_payment_without_the_provinces_reference(
    qtbot, world, province_id, view_context
):
    enrolment.record_remittance(world.db, world.admin, province_id, date(2026, 1, 31), "R-1")
    from dataclasses import replace

    from unionoffice.medical.service import province

    data = replace(claim_input(world), scheme_year_id=province_id, filed_on=date(2026, 3, 20))
    claim_id = province.file_claim(world.db, world.clerk, data)
    ctx = view_context(world.db, world.clerk)
    detail = claims.get_claim(world.db, world.clerk, claim_id)
    dialog = shown(qtbot, OutcomeDialog(ctx, detail), lambda d: True)
    dialog.amount.setText("800")
    accept(qtbot, dialog)
    assert dialog.findChild(QLabel, "error_省总受理号").text() == "必须填写"
    assert claims.get_claim(world.db, world.clerk, claim_id).status == ClaimStatus.SUBMITTED


def test_enrolling_by_name_names_the_age_rule_and_enrols_nobody(qtbot, world, province_id, view_context):
    old = person(world, "钱老", date(1950, 1, 1))
    ctx = view_context(world.db, world.clerk)
    _tab, page = on_province(qtbot, ctx, "enrolment")
    screen = page.last_screen
    assert screen.eligibility is not None and screen.eligibility.max_age == 60
    dialog = shown(
        qtbot, EnrolDialog(ctx, page.host.scheme, screen.products, screen.eligibility, None), lambda d: True
    )
    assert "16–60 周岁" in dialog.findChild(QLabel, "conditions").text()
    dialog.search.setText("钱")
    qtbot.waitUntil(lambda: dialog.found.count() == 1)
    dialog.add_found()
    dialog.on.setText("2026-03-01")
    accept(qtbot, dialog)  # the rule asks for insurance: the box is named
    assert "要求参加职工基本医疗保险" in dialog.findChild(QLabel, "error_职工医保").text()
    dialog.insured.setChecked(True)
    accept(qtbot, dialog)
    member_error = dialog.findChild(QLabel, "error_会员")
    assert "钱老：2026-03-01 时 76 周岁，不在 16–60 周岁的参保年龄内" in member_error.text()
    assert dialog.result() != QDialog.DialogCode.Accepted
    with world.db.read() as s:
        from sqlalchemy import select

        from unionoffice.medical.models import Enrolment

        assert s.execute(select(Enrolment.id).where(Enrolment.member_id == old)).first() is None


def test_remitting_from_the_enrolment_page(qtbot, world, province_id, view_context, messages, monkeypatch):
    ctx = view_context(world.db, world.admin)
    _tab, page = on_province(qtbot, ctx, "enrolment")
    assert page.remit_action.isVisible()
    assert "待上缴 2 人 100.00 元" in page.counts.text()
    assert not page.table.isColumnHidden([c.key for c in page.columns].index("remitted_on"))

    def fill(dialog: RemitDialog) -> int:
        dialog.reference.setText("豫工互缴〔2026〕18号")
        accept(qtbot, dialog)
        return dialog.result()

    monkeypatch.setattr(RemitDialog, "exec", fill)
    page.remit()
    qtbot.waitUntil(lambda: bool(messages))
    assert messages[-1] == "已登记上缴省总 2 人，合计 100.00 元。"
    qtbot.waitUntil(lambda: "待上缴 0 人" in page.counts.text())


def test_scheme_and_rule_forms_save_what_was_typed(qtbot, world, view_context):
    ctx = view_context(world.db, world.admin)
    dialog = shown(qtbot, SchemeDialog(ctx, None), lambda d: True)
    dialog.fund.setCurrentIndex(dialog.fund.findData(Fund.PROVINCE))
    dialog.year.setValue(2027)
    dialog.name.setText("2027 年度省职工医疗互助保障")
    dialog.fee.setText("50")
    dialog.start.setText("2027-01-01")
    dialog.end.setText("2027-12-31")
    dialog.deadline.setText("2027-06-30")  # before the coverage ends: refused under its field
    accept(qtbot, dialog)
    assert "不能早于保障期结束日" in dialog.findChild(QLabel, "error_申请截止日期").text()
    dialog.deadline.setText("2028-03-31")
    dialog.enrol_from.setText("2026-11-01")
    dialog.enrol_to.setText("2027-03-31")
    dialog.renewal.setValue(180)
    accept(qtbot, dialog)
    saved = dialog.result_value
    assert (saved.claim_deadline, saved.enrol_to, saved.renewal_waiting_days) == (
        date(2028, 3, 31),
        date(2027, 3, 31),
        180,
    )
    rule = shown(qtbot, EligibilityDialog(ctx, Fund.PROVINCE, None), lambda d: True)
    rule.effective.setText("2027-01-01")
    rule.min_age.setText("16")
    rule.max_age.setText("六十")
    accept(qtbot, rule)
    assert "不是整数" in rule.findChild(QLabel, "error_最高年龄").text()
    rule.max_age.setText("65")
    rule.insurance.setChecked(True)
    accept(qtbot, rule)
    assert rule.result() == QDialog.DialogCode.Accepted
    assert rule.result_value.max_age == 65 and rule.result_value.require_medical_insurance


def test_the_rules_page_of_the_provincial_scheme_shows_conditions_and_products(
    qtbot, world, province_id, view_context
):
    ctx = view_context(world.db, world.admin)
    _tab, page = on_province(qtbot, ctx, "rules")
    qtbot.waitUntil(lambda: page.eligibility_table.rowCount() == 1)
    assert page.rules_box.isHidden() and not page.province_note.isHidden()
    cells = [page.eligibility_table.item(0, c).text() for c in range(4)]
    assert cells == ["2025-01-01", "16–60", "是", "是"]
    assert "申请截止 2027-03-31" in page.header.text()
    assert page.eligibility_table.item(0, 0).data(Qt.ItemDataRole.UserRole + 1) is not None
