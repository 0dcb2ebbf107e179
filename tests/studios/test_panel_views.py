"""The five-small panel on screen: the score sheet, the payout list, the rules form, the panel."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QFileDialog, QLabel, QMessageBox

from tests.conftest import shown
from tests.studios.conftest import ADMIN
from tests.studios.panel_helpers import RULE, judges, scored_round
from unionoffice.studios.service import panel
from unionoffice.studios.service.panel_rules import list_rules
from unionoffice.studios.views.panel_dialogs import PanelDialog, RulesDialog
from unionoffice.studios.views.rounds_view import RoundsView
from unionoffice.studios.views.score_sheet import PayoutDialog, ScoreSheetDialog


@pytest.fixture
def ctx(world, view_context):  # type: ignore[no-untyped-def]
    return view_context(world.db, ADMIN)


def test_the_score_sheet_shows_every_mark_the_trimmed_means_and_the_split(world, ctx, qtbot, tmp_path):
    round_id, a, b, _ = scored_round(world, tmp_path)
    dialog = shown(qtbot, ScoreSheetDialog(ctx, a), lambda d: d.sheet is not None)
    marks = dialog.marks
    assert [marks.horizontalHeaderItem(c).text() for c in range(marks.columnCount())] == [
        "评分项目（满分）",
        "评委1",
        "评委2",
        "评委3",
        "评委4",
        "评委5",
        "平均分",
    ]
    assert [marks.item(0, c).text() for c in range(marks.columnCount())] == [
        "技术水平（30）",
        "27",
        "26",
        "28",
        "25",
        "29",
        "27",
    ]
    assert (
        marks.item(0, 4).font().strikeOut() and not marks.item(0, 1).font().strikeOut()
    )  # 25 and 29 dropped
    assert marks.item(4, 0).text() == "合计（100）" and marks.item(4, 6).text() == "83.33"
    assert "总分 83.33，按分数线为一类" in dialog.outcome.text() and "1,500.00 元" in dialog.outcome.text()
    assert [dialog.payouts.item(r, 3).text() for r in range(2)] == ["900.00", "600.00"]

    three = shown(qtbot, ScoreSheetDialog(ctx, b), lambda d: d.sheet is not None)
    assert [three.payouts.item(r, 2).text() for r in range(3)] == ["平均"] * 3
    assert [three.payouts.item(r, 3).text() for r in range(3)] == ["333.34", "333.33", "333.33"]


def test_the_payout_list_states_its_rule(world, ctx, qtbot, tmp_path):
    round_id, *_ = scored_round(world, tmp_path)
    panel.grade_from_scores(world.db, ADMIN, round_id)
    dialog = shown(qtbot, PayoutDialog(ctx, round_id), lambda d: d.payouts is not None)
    assert dialog.table.rowCount() == 5 and "合计 2,500.00 元" in dialog.total.text()
    assert "预览" in dialog.heading.text() and "向下取整" in dialog.rule.text()


def test_a_new_rule_version_is_checked_then_saved(world, ctx, qtbot):
    dialog = shown(qtbot, RulesDialog(ctx), lambda d: d.save_button.isEnabled())
    assert dialog.criteria.rowCount() == 4 and dialog.criteria.item(0, 1).text() == "技术水平"
    dialog.bands.item(1, 1).setText("95")  # 一类 above 特等
    dialog.save()  # the date is missing too: both problems at once
    error = dialog.findChild(QLabel, "error_等级分数线")
    qtbot.waitUntil(lambda: not error.isHidden())
    assert "一类：分数线应低于特等的分数线" in error.text()
    assert not dialog.findChild(QLabel, "error_施行日期").isHidden()
    dialog.bands.item(1, 1).setText("80")
    dialog.effective_from.setText("2026-01-01")
    for row, reward in enumerate(("5000", "1500", "1000", "500")):
        dialog.bands.item(row, 2).setText(reward)
    dialog.save()
    qtbot.waitUntil(lambda: dialog.result() == QDialog.DialogCode.Accepted)
    (rule,) = list_rules(world.db, ADMIN)
    assert rule.total_max_centi == 10_000 and [b.reward_fen for b in rule.bands] == [
        500_000,
        150_000,
        100_000,
        50_000,
    ]


def test_forming_the_panel_and_exporting_its_packages_from_the_dialog(
    world, ctx, qtbot, tmp_path, monkeypatch
):
    from datetime import date

    from tests.studios.helpers import five_small
    from unionoffice.studios.service import rounds
    from unionoffice.studios.service.panel_rules import save_rule

    save_rule(world.db, ADMIN, RULE)
    five_small(world, "循环水泵机封冲洗改造", [("张三", 100)], declared=date(2026, 7, 3))
    round_id = rounds.open_round(world.db, ADMIN, 2026, 3)
    rounds.collect(world.db, ADMIN, round_id)
    ids = judges(world, 5)
    dialog = shown(qtbot, PanelDialog(ctx, round_id), lambda d: d.panel is not None)
    assert "技术水平 30" in dialog.rule.text() and not dialog.export_button.isEnabled()
    for i in range(dialog.candidates.count()):
        if dialog.candidates.item(i).data(Qt.ItemDataRole.UserRole) in ids:
            dialog.candidates.item(i).setCheckState(Qt.CheckState.Checked)
    dialog.save_panel()
    qtbot.waitUntil(lambda: dialog.judges.rowCount() == 5 and dialog.export_button.isEnabled())
    assert dialog.judges.item(0, 2).text() == "未交回" and dialog.changed
    chosen = tmp_path / "packages"
    chosen.mkdir()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(chosen))
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: said.append(a[2]))
    dialog.export_packages()
    qtbot.waitUntil(lambda: bool(said), timeout=10_000)
    assert len(list(chosen.glob("*.uojudge"))) == 5 and not (chosen / "评委密钥单.txt").exists()
    assert (tmp_path / "packages-密钥单" / "评委密钥单.txt").exists() and "packages-密钥单" in said[0]


def test_the_round_screen_shows_scores_and_rewards(world, ctx, qtbot, tmp_path, monkeypatch):
    round_id, *_ = scored_round(world, tmp_path)
    view = shown(qtbot, RoundsView(ctx))
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: said.append(a[2]))
    view.grade_from_scores()
    qtbot.waitUntil(lambda: bool(said))
    assert said[0] == "已按评分评定 2 项成果。"
    qtbot.waitUntil(lambda: view.model.data(view.model.index(0, 5)) == "83.33")
    row = [view.model.data(view.model.index(0, c)) for c in range(view.model.columnCount())]
    assert row[0] == "WX2026-0001" and row[6] == "一类" and row[7] == "1,500.00"
