"""The scheme editor driven like an admin: typing, picking, saving, being refused, copying."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime
from decimal import Decimal

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QAbstractItemView, QInputDialog, QMessageBox
from sqlalchemy import func, select

from tests.conftest import shown
from unionoffice.contests.models import Contest, Contestant, ContestEvent, Mark, ScoringItem
from unionoffice.contests.service import definition, entrants
from unionoffice.contests.service.definition import ContestDef, EventDef, ItemDef
from unionoffice.contests.views.row_table import RowTable
from unionoffice.contests.views.scheme_editor import SchemeEditor
from unionoffice.contests.views.scheme_events import (
    E_AGG,
    E_KIND,
    E_MIN,
    E_NAME,
    E_WEIGHT,
    I_KIND,
    I_MAX,
    I_NAME,
    I_WEIGHT,
)
from unionoffice.contests.views.tab import ContestsTab
from unionoffice.ui.context import AppContext
from unionoffice.ui.style import ERROR

from .conftest import World

ADMIN = "admin"


@pytest.fixture
def ctx(world: World, view_context):  # type: ignore[no-untyped-def]
    return view_context(world.db, world.actor(ADMIN))


@pytest.fixture
def warnings(monkeypatch):  # type: ignore[no-untyped-def]
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a, **k: shown.append(text))
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: QMessageBox.StandardButton.Ok)
    return shown


def open_editor(qtbot, ctx: AppContext, contest_id: int | None = None) -> SchemeEditor:  # type: ignore[no-untyped-def]
    """The editor as the admin sees it once its opening call answered."""
    dialog = SchemeEditor(ctx, contest_id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: dialog.pages.isEnabled() and dialog.contest_id == contest_id)
    return dialog


def save(qtbot, dialog: SchemeEditor, then) -> None:  # type: ignore[no-untyped-def]
    """Click 保存 and wait for the answer: accepted, or problems shown, or a refusal."""
    dialog.save_button.click()
    qtbot.waitUntil(lambda: then(dialog), timeout=10_000)


def accepted(dialog: SchemeEditor) -> bool:
    return dialog.result() == SchemeEditor.DialogCode.Accepted


def type_cell(qtbot, table: RowTable, row: int, col: int, text: str) -> None:  # type: ignore[no-untyped-def]
    """Select the cell, open its editor (as a double click does), type over it and press Enter."""
    table.setFocus()
    table.setCurrentCell(row, col)
    table.editItem(table.item(row, col))
    editor = table.indexWidget(table.currentIndex())
    assert editor is not None
    editor.selectAll()  # type: ignore[union-attr]
    editor.insert(text)  # type: ignore[union-attr]  # QTest can only key in ASCII; this is how an IME commits
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: table.item(row, col).text() == text)


def pick(table: RowTable, row: int, col: int, value: object) -> None:
    combo = table.cellWidget(row, col)
    combo.setCurrentIndex(combo.findData(value))


def type_into(line_edit, text: str) -> None:  # type: ignore[no-untyped-def]
    line_edit.setFocus()
    line_edit.selectAll()
    line_edit.insert(text)


def fill_two_events(qtbot, dialog: SchemeEditor, practical_weight: str = "70") -> None:  # type: ignore[no-untyped-def]
    type_into(dialog.name, "2027年焊工技能比武")
    type_into(dialog.trade, "焊工")
    type_into(dialog.venue, "新疆实训基地")
    dialog.year.setValue(2027)
    dialog.base.setCurrentIndex(dialog.base.findData("新疆"))
    check, edit = dialog.dates["contest_date"]
    check.setChecked(True)
    edit.setDate(QDate(2027, 10, 18))
    dialog.pages.setCurrentWidget(dialog.events)
    page = dialog.events
    page.event_buttons[0].click()
    type_cell(qtbot, page.events, 0, E_NAME, "理论考试")
    type_cell(qtbot, page.events, 0, E_WEIGHT, "30")
    pick(page.events, 0, E_KIND, "theory")
    pick(page.events, 0, E_AGG, "mean")
    page.item_buttons[0].click()
    type_cell(qtbot, page.items, 0, I_NAME, "理论试卷")
    type_cell(qtbot, page.items, 0, I_MAX, "100")
    pick(page.items, 0, I_KIND, "measured")
    page.event_buttons[0].click()  # the new event's weight is offered as what is left: 70
    assert page.events.item(1, E_WEIGHT).text() == "70"
    type_cell(qtbot, page.events, 1, E_NAME, "实操考核")
    type_cell(qtbot, page.events, 1, E_WEIGHT, practical_weight)
    page.events.cellWidget(1, E_MIN).setValue(3)
    for n, (name, top, weight) in enumerate((("焊缝外观", "40", "1"), ("射线探伤", "25.5", "2"))):
        page.item_buttons[0].click()
        type_cell(qtbot, page.items, n, I_NAME, name)
        type_cell(qtbot, page.items, n, I_MAX, top)
        type_cell(qtbot, page.items, n, I_WEIGHT, weight)
    dialog.pages.setCurrentWidget(dialog.rules)
    rules = dialog.rules
    rules.tie_choice.setCurrentIndex(rules.tie_choice.findData("event:E2"))
    rules.buttons[0].click()


def contest_count(world: World) -> int:
    with world.db.read() as s:
        return s.execute(select(func.count()).select_from(Contest)).scalar_one()


def test_new_contest_with_two_events_is_saved_as_typed(
    qtbot, world: World, ctx: AppContext, warnings
) -> None:  # type: ignore[no-untyped-def]
    dialog = open_editor(qtbot, ctx)
    fill_two_events(qtbot, dialog)
    assert dialog.events.weight_total.text() == "权重合计：100%"
    save(qtbot, dialog, accepted)
    assert not warnings
    saved = definition.get_definition(world.db, world.admin, dialog.contest_id)
    assert saved == ContestDef(
        name="2027年焊工技能比武",
        year=2027,
        trade="焊工",
        base="新疆",
        venue="新疆实训基地",
        contest_date=date(2027, 10, 18),
        events=(
            EventDef(
                "E1",
                "理论考试",
                "theory",
                Decimal(30),
                (ItemDef("1", "理论试卷", "measured", Decimal(100)),),
                aggregation="mean",
            ),
            EventDef(
                "E2",
                "实操考核",
                "practical",
                Decimal(70),
                (
                    ItemDef("1", "焊缝外观", "judged", Decimal(40)),
                    ItemDef("2", "射线探伤", "judged", Decimal("25.5"), Decimal(2)),
                ),
                drop_min_judges=3,
            ),
        ),
        tie_break=("event:E2",),
        award_levels=(("一等奖", Decimal(1)), ("二等奖", Decimal(2)), ("三等奖", Decimal(3))),
    )


def test_bad_weights_and_numbers_are_named_and_nothing_is_saved(
    qtbot, world: World, ctx: AppContext, warnings
) -> None:  # type: ignore[no-untyped-def]
    dialog = open_editor(qtbot, ctx)
    fill_two_events(qtbot, dialog, practical_weight="60")
    assert "应为 100%" in dialog.events.weight_total.text()
    save(qtbot, dialog, lambda d: d.problems.isVisible())
    assert dialog.isVisible()
    assert "科目权重：各科目权重之和应为 100%，现为 90%" in dialog.problems.text()
    assert contest_count(world) == 0

    dialog.name.clear()
    type_cell(qtbot, dialog.events.items, 1, I_MAX, "二十")
    dialog.save_button.click()  # found by the form itself: no call
    assert "第 2 个科目“实操考核”第 2 个细则“射线探伤”：满分“二十”不是数字" in dialog.problems.text()
    type_cell(qtbot, dialog.events.items, 1, I_MAX, "0")
    save(qtbot, dialog, lambda d: "竞赛名称：不能为空" in d.problems.text())
    assert "细则“射线探伤”：满分应在 0～1000 之间" in dialog.problems.text()
    assert ERROR in dialog.name.styleSheet()  # the field itself is marked
    assert contest_count(world) == 0

    type_into(dialog.name, "2027年焊工技能比武")
    type_cell(qtbot, dialog.events.items, 1, I_MAX, "20")
    type_cell(qtbot, dialog.events.events, 1, E_WEIGHT, "70")
    save(qtbot, dialog, accepted)
    assert contest_count(world) == 1


def add_mark(world: World, contest_id: int) -> None:
    entrants.register_members(world.db, world.admin, contest_id, [world.member_ids[0]])
    with world.db.transaction(None) as s:
        contestant = s.execute(select(Contestant.id).where(Contestant.contest_id == contest_id)).scalar_one()
        item = s.execute(
            select(ScoringItem.id)
            .join(ContestEvent)
            .where(ContestEvent.contest_id == contest_id, ScoringItem.code == "P1")
        ).scalar_one()
        s.add(
            Mark(
                contestant_id=contestant,
                item_id=item,
                judge_id=world.users["judge3"],
                value_centi=3000,
                source="sheet",
                entered_at=datetime(2026, 11, 20, 10),
            )
        )


def test_editing_events_is_refused_once_marks_exist_but_the_venue_can_change(
    qtbot, world, ctx, contest_id, warnings
) -> None:  # type: ignore[no-untyped-def]
    add_mark(world, contest_id)
    dialog = open_editor(qtbot, ctx, contest_id)
    assert dialog.notice.isVisible() and "已录入 1 条评分" in dialog.notice_text.text()
    page = dialog.events
    assert page.events.editTriggers() == QAbstractItemView.EditTrigger.NoEditTriggers
    assert not page.event_buttons[0].isEnabled() and not page.events.cellWidget(0, E_KIND).isEnabled()
    page.events.setCurrentCell(1, E_NAME)  # still browsable
    assert [r[I_NAME] for r in page.items.rows()] == ["电气接线", "故障排查", "安全文明"]
    type_into(dialog.venue, "新乡二号实训楼")
    save(qtbot, dialog, accepted)
    assert not warnings
    assert definition.get_definition(world.db, world.admin, contest_id).venue == "新乡二号实训楼"


def test_marks_arriving_while_editing_are_explained(qtbot, world, ctx, contest_id, warnings) -> None:  # type: ignore[no-untyped-def]
    dialog = open_editor(qtbot, ctx, contest_id)
    assert not dialog.notice.isVisible()
    add_mark(world, contest_id)  # a judge's package was imported meanwhile
    dialog.events.events.setCurrentCell(1, E_NAME)
    type_cell(qtbot, dialog.events.items, 0, I_MAX, "45")
    save(qtbot, dialog, lambda d: d.notice.isVisible())
    assert warnings and "已有评分，不能再修改科目和评分细则" in warnings[0]
    assert dialog.isVisible() and not dialog.events.event_buttons[0].isEnabled()
    assert definition.get_definition(world.db, world.admin, contest_id).events[1].items[0].max_marks == 40


def test_copy_as_new_from_the_refusal_banner(qtbot, world, ctx, contest_id, monkeypatch, warnings) -> None:  # type: ignore[no-untyped-def]
    add_mark(world, contest_id)
    monkeypatch.setattr(QInputDialog, "getInt", lambda *a, **k: (2027, True))
    dialog = open_editor(qtbot, ctx, contest_id)
    dialog.copy_button.click()
    qtbot.waitUntil(lambda: dialog.contest_id != contest_id)
    new_id = dialog.contest_id
    assert not dialog.notice.isVisible()
    assert dialog.name.text() == "2027年电工技能比武" and dialog.year.value() == 2027
    page = dialog.events
    assert page.event_buttons[0].isEnabled()
    page.events.setCurrentCell(1, E_NAME)
    type_cell(qtbot, page.items, 0, I_MAX, "45")
    type_cell(qtbot, page.items, 1, I_MAX, "25")
    save(qtbot, dialog, accepted)
    assert not warnings
    old, new = (definition.get_definition(world.db, world.admin, c) for c in (contest_id, new_id))
    assert [i.max_marks for i in new.events[1].items] == [45, 25, 30]
    assert [i.max_marks for i in old.events[1].items] == [40, 30, 30]
    assert replace(new, events=old.events, name=old.name, year=old.year, contest_date=old.contest_date) == old


def test_tab_copies_and_edits_and_warns_about_the_judge_line_up(
    qtbot, world, ctx, contest_id, monkeypatch, warnings
) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(QInputDialog, "getInt", lambda *a, **k: (2027, True))
    opened: list[int | None] = []
    monkeypatch.setattr(SchemeEditor, "exec", lambda self: opened.append(self.contest_id) or 0)
    entrants.register_members(world.db, world.admin, contest_id, [world.member_ids[0]])  # 心兴
    tab = shown(qtbot, ContestsTab(ctx), lambda t: t.head is not None)
    judges = tab.pages.page("judges")
    qtbot.waitUntil(lambda: "还没有指派评委" in judges.warnings.text())
    judges.judge_event.setCurrentIndex(judges.judge_event.findText("实操考核"))
    judges.judge_user.setCurrentIndex(judges.judge_user.findData(world.users["judge1"]))
    assert judges.judge_user.currentText() == "评委1（心兴分工会）"
    judges.assign_judge()
    qtbot.waitUntil(
        lambda: "心兴分工会的 1 名选手与全部评委同属一个分工会，回避后无人评分" in judges.warnings.text()
    )
    assert judges.table.rowCount() == 1 and judges.table.item(0, 1).text() == "评委1"

    tab.copy_contest()
    qtbot.waitUntil(lambda: tab.model.rowCount() == 2 and tab.head is not None and tab.head.id == opened[-1])
    assert len(opened) == 1 and opened[0] != contest_id  # the copy opens in the editor
    assert tab.contest_id == opened[0] and tab.title.text() == "2027年电工技能比武"
    assert tab.selected_id() == opened[0]


def test_locked_contest_opens_read_only_with_the_reason(qtbot, world, ctx, contest_id, warnings) -> None:  # type: ignore[no-untyped-def]
    with world.db.transaction(None) as s:
        s.get(Contest, contest_id).locked = True
    dialog = open_editor(qtbot, ctx, contest_id)
    assert "成绩已锁定" in dialog.notice_text.text() and dialog.copy_button.isEnabled()
    assert not dialog.save_button.isEnabled() and not dialog.basics.isEnabled()
    assert not dialog.rules.award_mode.isEnabled()


def test_tab_exports_and_imports_the_scheme_file(
    qtbot, world, ctx, contest_id, tmp_path, monkeypatch, warnings
) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QFileDialog

    target = tmp_path / "方案.json"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(target), ""))
    monkeypatch.setattr(QInputDialog, "getInt", lambda *a, **k: (2028, True))
    tab = shown(qtbot, ContestsTab(ctx), lambda t: t.head is not None)
    tab.export_definition()
    qtbot.waitUntil(target.exists)
    tab.import_definition()
    qtbot.waitUntil(lambda: tab.title.text() == "2028年电工技能比武")
    assert not warnings and tab.model.rowCount() == 2
    imported = definition.get_definition(world.db, world.admin, tab.contest_id)
    assert imported.events == definition.get_definition(world.db, world.admin, contest_id).events
