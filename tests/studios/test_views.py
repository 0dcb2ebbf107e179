"""The studio screens on a fresh database, driven as a clerk would: every answer arrives from a
worker, so each step waits for what the clerk would see."""

from __future__ import annotations

import threading
from datetime import date

import pytest
from PySide6.QtWidgets import QDialog, QLabel, QMessageBox

from tests.conftest import shown
from tests.studios.conftest import ADMIN
from tests.studios.helpers import five_small, studio
from unionoffice.studios.labels import Grade, RoundStatus
from unionoffice.studios.service import rounds
from unionoffice.studios.service.achievements import get_achievement
from unionoffice.studios.service.honours import get_honour
from unionoffice.studios.views.achievement_dialog import AchievementDialog
from unionoffice.studios.views.honour_dialog import HonourDialog
from unionoffice.studios.views.round_dialogs import GradeDialog
from unionoffice.studios.views.rounds_view import RoundsView
from unionoffice.studios.views.studio_dialogs import StudioDialog
from unionoffice.studios.views.tab import StudiosTab
from unionoffice.ui.widgets.import_preview import ImportPreviewDialog


@pytest.fixture
def ctx(world, view_context):  # type: ignore[no-untyped-def]
    return view_context(world.db, ADMIN)


@pytest.fixture
def answers(monkeypatch):  # type: ignore[no-untyped-def]
    """Say yes to every question and record every message instead of showing it."""
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(QMessageBox, "information", lambda parent, title, text, *a: said.append(text))
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a: said.append(text))
    return said


def saved(qtbot, dialog) -> int:  # type: ignore[no-untyped-def]
    """Press 保存 once the form has loaded; wait for the services' answer."""
    qtbot.waitUntil(dialog.save_button.isEnabled)
    dialog.banner.hide()
    dialog.save()
    qtbot.waitUntil(lambda: dialog.result() == QDialog.DialogCode.Accepted or dialog.banner.isVisible())
    return dialog.result()


def error_text(dialog, key: str) -> str:  # type: ignore[no-untyped-def]
    label = dialog.findChild(QLabel, f"error_{key}")
    return "" if label is None or label.isHidden() else label.text()


def test_grade_in_the_round_screen_then_close_it(world, ctx, qtbot, answers, monkeypatch):
    a = five_small(world, "循环水泵机封冲洗改造", [("张三", 100)], declared=date(2026, 7, 3))
    round_id = rounds.open_round(world.db, ADMIN, 2026, 3)
    view = shown(qtbot, RoundsView(ctx))
    assert "2026 年第 3 季度" in view.header.text() and view.collect_action.isEnabled()
    view.collect_action.trigger()
    qtbot.waitUntil(lambda: view.model.rowCount() == 1)
    assert answers[-1] == "收集了 1 项已申报的五小成果。"

    view.close_action.trigger()  # refused: nothing graded yet
    qtbot.waitUntil(lambda: "还有 1 项成果没有评定等级" in (answers[-1] if answers else ""))

    def grades(dialog: GradeDialog) -> int:
        qtbot.waitUntil(dialog.save_button.isEnabled)
        dialog.grade.setCurrentIndex(dialog.grade.findData(Grade.SPECIAL.value))
        dialog.comment.setPlainText("推广价值高")
        return saved(qtbot, dialog)

    monkeypatch.setattr(GradeDialog, "exec", grades)
    view.table.selectRow(0)
    view.grade_action.trigger()
    qtbot.waitUntil(lambda: "已评定 1 项" in view.detail.text())
    assert get_achievement(world.db, ADMIN, a).grade is Grade.SPECIAL

    view.close_action.trigger()
    qtbot.waitUntil(lambda: answers[-1] == "评审已结束，发布评级成果 1 项。")
    qtbot.waitUntil(lambda: not view.collect_action.isEnabled())
    assert rounds.get_round(world.db, ADMIN, round_id).status is RoundStatus.CLOSED
    assert not view.grade_action.isEnabled()


def test_studio_page_shows_people_and_achievements(world, ctx, qtbot):
    sid = studio(world)
    five_small(world, "工作室的成果", [("张三", 100)], studio_id=sid, benefit="1234.5")
    tab = shown(qtbot, StudiosTab(ctx))
    page = tab.page("studios").page
    qtbot.waitUntil(lambda: page.title.text() == "张三劳模创新工作室")
    assert page.labels["benefit"].text() == "1,234.50"
    assert page.achievements.item(0, 0).text() == "工作室的成果"
    assert page.people.item(0, 1).text() == "领衔人"


def test_statistics_arrive_from_a_worker(world, ctx, qtbot):
    studio(world)
    tab = shown(qtbot, StudiosTab(ctx))
    stats = tab.page("stats")
    qtbot.waitUntil(lambda: "工作室 1 个" in stats.headline.text())
    assert len(stats.tables) == 7


def test_bad_achievement_form_shows_each_problem_under_its_field(world, ctx, qtbot):
    dialog = shown(qtbot, AchievementDialog(ctx), lambda d: d.save_button.isEnabled())
    dialog.title_edit.setText("效益写错单位")
    dialog.people.setText("张三（E999）")
    dialog.benefit.setText("3.5万")
    dialog.declared_on.setText("2026.13.1")
    dialog.save()  # the form's own problem (the date) comes with the services' (people, benefit)
    qtbot.waitUntil(lambda: bool(error_text(dialog, "经济效益")))
    assert "不要写“万”" in error_text(dialog, "经济效益")
    assert "E999 不是会员" in error_text(dialog, "完成人")
    assert error_text(dialog, "申报日期")
    assert dialog.result() != QDialog.DialogCode.Accepted  # the clerk can correct it

    dialog.people.setText("张三（E001）60%；李四（E002）40%")
    dialog.benefit.setText("350000")
    dialog.benefit_year.setValue(2026)
    dialog.benefit_basis.setText("财务核定")
    dialog.declared_on.setText("2026-07-01")
    assert saved(qtbot, dialog) == QDialog.DialogCode.Accepted
    stored = get_achievement(world.db, ADMIN, dialog.result_value.id)
    assert stored.benefit_fen == 35_000_000 and [p.share_pct for p in stored.people] == [60, 40]


def test_new_studio_and_honour_forms_save_through_the_services(world, ctx, qtbot):
    dialog = shown(qtbot, StudioDialog(ctx), lambda d: d.save_button.isEnabled())
    dialog.name.setText("李四技能大师工作室")
    dialog.leader.setText("李四（E002）")
    dialog.recognitions.item(0, 2).setText("新乡市总工会")
    assert saved(qtbot, dialog) == QDialog.DialogCode.Accepted and dialog.saved_id

    honour = shown(qtbot, HonourDialog(ctx), lambda d: d.save_button.isEnabled())
    honour.title_edit.setText("河南省五一劳动奖章")
    honour.body.setText("河南省总工会")
    honour.member.setText("李四（E002）")
    assert saved(qtbot, honour) == QDialog.DialogCode.Accepted
    stored = get_honour(world.db, ADMIN, honour.result_value.id)
    assert stored.member_id == world.members["李四"] and stored.recipient_name == "李四"


def test_import_goes_through_the_shared_preview(world, ctx, qtbot, tmp_path, monkeypatch):
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.append(["成果名称", "类别", "完成人", "申报日期"])
    sheet.append(["皮带机防跑偏装置", "小革新", "张三（E001）", "2026-05-06"])
    sheet.append(["不存在的人", "小建议", "某某（E404）", "2026-05-06"])
    path = tmp_path / "成果.xlsx"
    book.save(path)
    tab = shown(qtbot, StudiosTab(ctx))
    page = tab.page("achievements")
    qtbot.waitUntil(lambda: page.count_label.text().startswith("共"))
    monkeypatch.setattr(
        "unionoffice.ui.widgets.files.QFileDialog.getOpenFileName", lambda *a, **k: (str(path), "")
    )
    seen: list[ImportPreviewDialog] = []

    def confirm_valid_rows(dialog: ImportPreviewDialog) -> int:
        seen.append(dialog)
        dialog.valid_only.setChecked(True)
        dialog.choose()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ImportPreviewDialog, "exec", confirm_valid_rows)
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: said.append(a[2]))
    page.import_file()
    qtbot.waitUntil(lambda: bool(said), timeout=10_000)
    problems = seen[0].problem_table
    assert (
        problems.rowCount() == 1
        and problems.item(0, 0).text() == "3"
        and "E404" in problems.item(0, 2).text()
    )
    assert "已导入 1 项成果" in said[0] and "1 行没有导入" in said[0]
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)


def test_dashboard_drill_down_filters_the_achievements(world, ctx, qtbot):
    published = five_small(world, "已发布的成果", [("张三", 100)], declared=date(2025, 2, 1))
    round_id = rounds.open_round(world.db, ADMIN, 2025, 1)
    rounds.collect(world.db, ADMIN, round_id)
    rounds.record_grade(world.db, ADMIN, published, Grade.THIRD)
    rounds.close_round(world.db, ADMIN, round_id, rounds.get_round(world.db, ADMIN, round_id).version)
    five_small(world, "还没评的成果", [("张三", 100)], declared=date(2026, 2, 1))
    tab = shown(qtbot, StudiosTab(ctx))
    tab.show_filtered(kind="five_small", round_year=2025, quarter=1, grade="third")
    page = tab.page("achievements")
    qtbot.waitUntil(lambda: page.count_label.text() == "共 1 条")
    assert page.drill == {"round_year": 2025, "quarter": 1, "grade": "third"}
    assert page.kind.currentData() == "five_small" and "第 1 季度" in page.drill_label.text()
    page.show_filtered()  # 清除筛选
    qtbot.waitUntil(lambda: page.count_label.text() == "共 2 条")
    assert not page.drill_bar.isVisibleTo(page)


def test_the_screens_never_ask_on_the_gui_thread(world, ctx, qtbot, monkeypatch):
    studio(world)
    five_small(world, "一项成果", [("张三", 100)])
    main = threading.current_thread()
    threads: list[threading.Thread] = []
    original = type(ctx.services).call

    def watched(self, op, request):  # type: ignore[no-untyped-def]
        threads.append(threading.current_thread())
        return original(self, op, request)

    monkeypatch.setattr(type(ctx.services), "call", watched)
    tab = shown(qtbot, StudiosTab(ctx))
    qtbot.waitUntil(lambda: tab.page("studios").page.title.text() != "")
    for key in ("achievements", "rounds", "honours", "stats"):
        page = tab.page(key)
        if hasattr(page, "count_label"):
            qtbot.waitUntil(lambda page=page: page.count_label.text().startswith("共"))
    qtbot.waitUntil(lambda: "工作室 1 个" in tab.page("stats").headline.text())
    assert len(threads) >= 6 and main not in threads
