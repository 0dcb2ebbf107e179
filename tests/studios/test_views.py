"""The studio screens on a fresh database: grading and closing a round, the studio page, statistics."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtWidgets import QMessageBox

from tests.studios.conftest import ADMIN
from tests.studios.helpers import five_small, studio
from unionoffice.studios.labels import Grade, RoundStatus
from unionoffice.studios.service import rounds
from unionoffice.studios.service.achievements import get_achievement
from unionoffice.ui.context import AppContext
from unionoffice.ui.tasks import TaskRunner


@pytest.fixture
def ctx(world, qtbot):
    tasks = TaskRunner()
    yield AppContext(world.db, ADMIN, tasks, None)
    tasks.wait()


@pytest.fixture
def answers(monkeypatch):
    """Say yes to every question and record every message instead of showing it."""
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(QMessageBox, "information", lambda parent, title, text, *a: shown.append(text))
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a: shown.append(text))
    return shown


def test_grade_in_the_round_screen_then_close_it(world, ctx, qtbot, answers, monkeypatch):
    from unionoffice.studios.views import rounds_view
    from unionoffice.studios.views.rounds_view import RoundsView

    a = five_small(world, "循环水泵机封冲洗改造", [("张三", 100)], declared=date(2026, 7, 3))
    round_id = rounds.open_round(world.db, ADMIN, 2026, 3)
    view = RoundsView(ctx)
    qtbot.addWidget(view)
    view.collect_button.click()
    assert answers[-1] == "收集了 1 项已申报的五小成果。"
    assert view.model.rowCount() == 1

    view.close_button.click()  # refused: nothing graded yet
    assert "还有 1 项成果没有评定等级" in answers[-1]

    class Chooses(rounds_view.GradeDialog):
        def exec(self) -> int:
            self.grade.setCurrentIndex(self.grade.findData(Grade.SPECIAL))
            self.comment.setPlainText("推广价值高")
            self.buttons.accepted.emit()
            return self.result()

    monkeypatch.setattr(rounds_view, "GradeDialog", Chooses)
    view.table.selectRow(0)
    view.grade_button.click()
    assert get_achievement(world.db, ADMIN, a).grade is Grade.SPECIAL
    assert "已评定 1 项" in view.detail.text()

    view.close_button.click()
    assert answers[-1] == "评审已结束，发布评级成果 1 项。"
    assert rounds.get_round(world.db, ADMIN, round_id).status is RoundStatus.CLOSED
    assert not view.grade_button.isEnabled()


def test_studio_page_shows_people_and_achievements(world, ctx, qtbot):
    from unionoffice.studios.views.tab import StudiosTab

    sid = studio(world)
    five_small(world, "工作室的成果", [("张三", 100)], studio_id=sid, benefit="1234.5")
    tab = StudiosTab(ctx)
    qtbot.addWidget(tab)
    page = tab.studios.page
    qtbot.waitUntil(lambda: page.title.text() == "张三劳模创新工作室")
    assert page.labels["benefit"].text() == "1,234.50"
    assert page.achievements.item(0, 0).text() == "工作室的成果"
    assert page.people.item(0, 1).text() == "领衔人"


def test_statistics_screen_runs_on_the_worker(world, ctx, qtbot):
    from unionoffice.studios.views.tab import StudiosTab

    studio(world)
    tab = StudiosTab(ctx)
    qtbot.addWidget(tab)
    stats = tab.page(4)
    qtbot.waitUntil(lambda: "工作室 1 个" in stats.headline.text())
    assert len(stats.tables) == 7


def test_bad_achievement_form_keeps_the_dialog_open_with_the_message(world, ctx, qtbot, answers):
    from unionoffice.studios.views.dialogs import AchievementDialog

    dialog = AchievementDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.title.setText("效益写错单位")
    dialog.people.setText("张三（E001）")
    dialog.benefit.setText("3.5万")
    dialog.buttons.accepted.emit()
    assert "效益请以“元”为单位填写" in answers[-1]
    assert dialog.result_id is None and dialog.result() == 0  # not accepted: the clerk can correct it
