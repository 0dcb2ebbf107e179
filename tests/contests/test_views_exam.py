"""Entries, the bank, the exam page, exam mode and the scheme's new rules, driven as people would."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QFileDialog, QInputDialog, QMessageBox
from sqlalchemy import select

from tests.conftest import shown
from unionoffice.contests.exam_package import SUFFIX
from unionoffice.contests.models import Contestant
from unionoffice.contests.service import bank, entrants, exam
from unionoffice.contests.service.definition import create_contest, get_definition
from unionoffice.contests.views.exam_window import ExamWindow
from unionoffice.contests.views.scheme_editor import SchemeEditor
from unionoffice.contests.views.tab import ContestsTab
from unionoffice.foundation.importer import ImportMode
from unionoffice.ui.widgets.import_preview import ImportPreviewDialog

from .banks import bank_file, with_exam
from .conftest import World, standard_definition
from .test_entries import row, sheet
from .test_operations import _event


@pytest.fixture
def answers(monkeypatch):  # type: ignore[no-untyped-def]
    """Message boxes answered Yes and their texts kept."""
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: said.append(a[2]))
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: said.append(a[2]))
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    return said


def open_tab(qtbot, world: World, view_context, username: str = "admin") -> ContestsTab:  # type: ignore[no-untyped-def]
    return shown(
        qtbot, ContestsTab(view_context(world.db, world.actor(username))), lambda t: t.head is not None
    )


def test_an_entry_list_with_a_non_member_and_a_duplicate_is_previewed_by_row(  # type: ignore[no-untyped-def]
    qtbot, world, view_context, tmp_path, monkeypatch, answers
):
    create_contest(world.db, world.admin, standard_definition(contest_date=date(2027, 5, 1)))  # still to come
    path = sheet(
        tmp_path / "心兴.xlsx", [row(0), ["E9999", "路人甲", "电工", "高级工", "新乡"], row(1), row(0)]
    )
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    seen: list[ImportPreviewDialog] = []
    monkeypatch.setattr(ImportPreviewDialog, "exec", lambda self: seen.append(self) or 0)
    tab = open_tab(qtbot, world, view_context, "clerk_xx")
    people = tab.pages.page("contestants")
    qtbot.waitUntil(lambda: people.count_label.text() == "共 0 条")
    people.import_entries()
    qtbot.waitUntil(lambda: bool(seen), timeout=10_000)
    dialog = seen[0]
    problems = [
        (dialog.problem_table.item(r, 0).text(), dialog.problem_table.item(r, 2).text())
        for r in range(dialog.problem_table.rowCount())
    ]
    assert problems == [
        ("2", "与第 5 行重复"),
        ("3", "会员名册中没有工号 E9999：不是会员，不能报名"),
        ("5", "与第 2 行重复"),
    ]
    assert not dialog.import_button.isEnabled() and dialog.new_table.rowCount() == 1
    with world.db.read() as s:
        assert s.execute(select(Contestant.id)).first() is None

    seen.clear()
    monkeypatch.setattr(
        ImportPreviewDialog,
        "exec",
        lambda self: (self.valid_only.setChecked(True), self.choose(), QDialog.DialogCode.Accepted)[-1],
    )
    people.import_entries()
    qtbot.waitUntil(lambda: people.model.rowCount() == 1, timeout=10_000)
    assert answers[-1].startswith("已报名 1 人。")

    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("工作调动", True))
    people.table.selectRow(0)
    people.withdraw()
    qtbot.waitUntil(lambda: people.model.data(people.model.index(0, 6)) == "已退赛")
    assert people.model.data(people.model.index(0, 7)) == "工作调动"


def test_the_bank_page_imports_a_version_and_exports_the_booklet(  # type: ignore[no-untyped-def]
    qtbot, world, contest_id, view_context, tmp_path, monkeypatch, answers
):
    path = bank_file(tmp_path / "题库.xlsx")
    target = tmp_path / "练习册.pdf"
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    monkeypatch.setattr(
        ImportPreviewDialog, "exec", lambda self: (self.choose(), QDialog.DialogCode.Accepted)[-1]
    )
    tab = open_tab(qtbot, world, view_context)
    page = tab.pages.page("bank")
    qtbot.waitUntil(lambda: page.view is not None)
    assert page.versions.rowCount() == 0 and not page.exports[0].isEnabled()
    page.import_bank()
    qtbot.waitUntil(lambda: page.versions.rowCount() == 1, timeout=10_000)
    assert page.versions.item(0, 1).text() == "78" and page.counts.rowCount() == 4  # three areas and 合计
    page.export("pdf")
    qtbot.waitUntil(target.exists, timeout=20_000)
    assert target.read_bytes().startswith(b"%PDF")


@pytest.fixture
def ready(world: World, tmp_path: Path) -> int:
    plan = bank.plan_bank(world.db, world.admin, "电工", bank_file(tmp_path / "bank.xlsx"))
    bank.apply_bank(world.db, world.admin, plan, ImportMode.ALL_OR_NOTHING)
    contest_id = create_contest(world.db, world.admin, with_exam())
    entrants.register_members(world.db, world.admin, contest_id, world.member_ids[:4])
    entrants.assign_judge(world.db, world.admin, _event(world, contest_id, "理论考试"), world.users["judge3"])
    return contest_id


def test_the_exam_page_draws_the_paper_and_hands_out_room_packages(  # type: ignore[no-untyped-def]
    qtbot, world, ready, view_context, tmp_path, monkeypatch, answers
):
    monkeypatch.setattr(QInputDialog, "getInt", lambda *a, **k: (2, True))
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(tmp_path / "rooms"))
    tab = open_tab(qtbot, world, view_context)
    page = tab.pages.page("exam")
    qtbot.waitUntil(lambda: page.view is not None)
    assert page.paper.text() == "还没有组卷。" and page.generate_button.isEnabled()
    page.generate()
    qtbot.waitUntil(lambda: page.view is not None and page.view.paper is not None, timeout=10_000)
    assert "满分 100 分" in page.paper.text() and page.generate_button.text() == "重新组卷"
    page.export_packages()
    qtbot.waitUntil(lambda: page.rooms.rowCount() == 2 and bool(answers), timeout=20_000)
    made = sorted(p.name for p in (tmp_path / "rooms").iterdir())
    assert made[-1] == "考场密钥单.txt" and sum(name.endswith(SUFFIX) for name in made) == 2


def test_exam_mode_by_mouse_saves_every_click_and_signs(qtbot, world, ready, tmp_path, monkeypatch, answers):  # type: ignore[no-untyped-def]
    exam.generate_paper(world.db, world.admin, ready, seed=9)
    made = exam.exam_packages(world.db, world.admin, ready, 4)
    path = tmp_path / f"room1{SUFFIX}"
    path.write_bytes(made[0].data)
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: (made[0].key_slip.lower(), True))
    window = ExamWindow(path)
    qtbot.addWidget(window)
    window.show()
    assert window.ask_key()
    window.seat_table.selectRow(0)
    qtbot.mouseClick(window.findChild(type(window.finish_button), "start_button"), Qt.MouseButton.LeftButton)
    assert window.pages.currentIndex() == 1 and window.who.text().startswith("参赛号 001")
    keys = {q.id: q.answer for q in exam.get_paper(world.db, world.admin, ready)[0]}
    right = 0
    for n, q in enumerate(window.questions[:5]):
        window.go(n)
        letters = keys[q.id]
        for letter in letters:
            option = next(b for b in window.choices.buttons() if b.property("value") == letter)
            qtbot.mouseClick(option, Qt.MouseButton.LeftButton)
        right += q.points_centi
    assert window.book.answered("001") == 5
    assert ExamWindowReload(path).answered("001") == 5  # already on disk, before any signing
    qtbot.mouseClick(window.findChild(type(window.finish_button), "hand_in"), Qt.MouseButton.LeftButton)
    assert window.pages.currentIndex() == 0 and "已交卷 1 人" in window.seat_status.text()
    window.finish()
    line = exam.import_answers_bytes(world.db, world.admin, ready, window.last_output.read_bytes())
    assert "新评分 1 人" in line and exam.scores_of(world.db, world.admin, ready) == {"001": right}


def ExamWindowReload(path: Path):  # type: ignore[no-untyped-def]
    from unionoffice.contests.exam_workbook import ExamWorkbook

    return ExamWorkbook(path)


def test_the_scheme_editor_keeps_entry_rules_blueprint_pass_line_and_outcomes(  # type: ignore[no-untyped-def]
    qtbot, world, contest_id, view_context, answers
):
    from .test_scheme_editor import E_WEIGHT, type_cell, type_into

    ctx = view_context(world.db, world.actor("admin"))
    dialog = SchemeEditor(ctx, contest_id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.pages.isEnabled())
    assert "没有设合格线" in dialog.warnings.text()
    dialog.pages.setCurrentWidget(dialog.entry)
    page = dialog.entry
    page.min_level.setCurrentIndex(page.min_level.findData(2))
    page.max_age.setValue(55)
    page.quota.setValue(12)
    page.has_exam.setChecked(True)
    page.line_buttons[0].click()
    type_cell(qtbot, page.lines, 0, 3, "2")
    page.lines.cellWidget(0, 2).setValue(50)
    assert page.total.text() == "试卷总分：100（理论试卷满分 100）"
    dialog.pages.setCurrentWidget(dialog.rules)
    dialog.rules.has_pass_line.setChecked(True)
    type_into(dialog.rules.pass_line, "60")
    dialog.rules.awards.cellWidget(0, 2).setCurrentIndex(1)  # 一等奖 goes up a level
    dialog.rules.awards.cellWidget(1, 3).setCurrentIndex(1)  # 二等奖 is recommended
    dialog.pages.setCurrentWidget(dialog.events)
    type_cell(qtbot, dialog.events.events, 0, E_WEIGHT, "40")
    type_cell(qtbot, dialog.events.events, 1, E_WEIGHT, "60")
    assert dialog.warnings.text() == "⚠ 理论考试权重 40% 超过通常的 30%，请确认。"
    dialog.save_button.click()
    qtbot.waitUntil(lambda: dialog.result() == SchemeEditor.DialogCode.Accepted, timeout=10_000)
    saved = get_definition(world.db, world.admin, contest_id)
    assert (saved.entry.min_level, saved.entry.max_age, saved.entry.branch_quota) == (2, 55, 12)
    assert saved.pass_line == Decimal(60) and saved.promote_awards == ("一等奖",)
    assert saved.recommend_awards == ("二等奖",)
    assert saved.exam is not None and [(x.kind, x.count, x.points) for x in saved.exam.lines] == [
        ("single", 50, 2)
    ]
