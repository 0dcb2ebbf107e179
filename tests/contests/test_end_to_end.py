"""Export packages for 5 judges, fill them in judge mode by keyboard, import them (one twice,
one tampered) and check the ranking and awards that come out."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog, QMessageBox
from sqlalchemy import func, select

from unionoffice.contests.models import ContestEvent, Mark
from unionoffice.contests.service import entrants, packages, results
from unionoffice.foundation.errors import UserError
from unionoffice.ui.judge_window import FIRST_ITEM_COLUMN, JudgeWindow

# judge → offset added to every practical mark (judge1 is in 心兴, judge2 in 氢力: they are
# left out of their own branch's contestants, so those get 4 judges and a plain mean).
OFFSETS = {"judge1": 2, "judge2": -2, "judge3": 0, "judge4": 1, "judge5": -1}


def base_marks(k: int) -> dict[str, int]:
    return {"T": 90 - 5 * k, "P1": 20 + k, "P2": 15 + k, "P3": 25}


def type_cell(qtbot, window: JudgeWindow, row: int, col: int, text: str) -> None:  # type: ignore[no-untyped-def]
    """Type like a judge: after Enter the next cell's editor is already open, so just type."""
    grid = window.grid
    editor = grid.indexWidget(grid.currentIndex())
    if (grid.currentRow(), grid.currentColumn()) == (row, col) and editor is not None:
        qtbot.keyClicks(editor, text)
    else:
        if editor is not None:
            qtbot.keyClick(editor, Qt.Key.Key_Escape)
            qtbot.waitUntil(lambda: grid.indexWidget(grid.currentIndex()) is None)
        grid.setCurrentCell(row, col)
        qtbot.keyClick(grid, text[0])  # any key starts editing
        editor = grid.indexWidget(grid.currentIndex())
        assert editor is not None and editor.text() == text[0]
        qtbot.keyClicks(editor, text[1:])
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: grid.item(row, col).text() == text)  # Qt commits Enter queued


def fill(qtbot, path: Path, key: str, judge: str, monkeypatch) -> Path:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: (key.lower(), True))
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: QMessageBox.StandardButton.Ok)
    window = JudgeWindow(path)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    assert window.ask_key()
    codes = [i.code for i in window.items]
    for row, bib in enumerate(window.book.bibs):
        k = int(bib) - 1
        for n, code in enumerate(codes):
            value = base_marks(k)[code] + (OFFSETS[judge] if code != "T" else 0)
            if row == 0 and n == 0:
                type_cell(qtbot, window, row, FIRST_ITEM_COLUMN, "199")  # out of range first
                cell = window.grid.item(row, FIRST_ITEM_COLUMN)
                assert "超出范围" in cell.toolTip(), (cell.text(), window.status.text(), judge, window.items)
                with pytest.raises(UserError):
                    window.book.finish()
            type_cell(qtbot, window, row, FIRST_ITEM_COLUMN + n, str(value))
        # Enter on the last item moved on to the next contestant's first item
        if row + 1 < len(window.book.bibs):
            assert (window.grid.currentRow(), window.grid.currentColumn()) == (row + 1, FIRST_ITEM_COLUMN)
    expected_total = sum(
        base_marks(int(window.book.bibs[0]) - 1)[c] + (OFFSETS[judge] if c != "T" else 0) for c in codes
    )
    assert window.grid.item(0, FIRST_ITEM_COLUMN + len(codes)).text() == str(expected_total)
    window.finish()
    qtbot.waitUntil(lambda: hasattr(window, "last_output"))
    window.close()
    return window.last_output


def test_five_judges_offline_round_trip(world, contest_id, tmp_path, qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    db, admin = world.db, world.admin
    picks = [world.member_ids[i] for i in (0, 1, 10, 11, 20, 21, 30, 31)]  # two of each branch
    entrants.register_members(db, admin, contest_id, picks)
    with db.read() as s:
        events = dict(
            s.execute(
                select(ContestEvent.code, ContestEvent.id).where(ContestEvent.contest_id == contest_id)
            ).all()
        )
    entrants.assign_judge(db, admin, events["theory"], world.users["judge3"])
    for judge in OFFSETS:
        entrants.assign_judge(db, admin, events["practical"], world.users[judge])
    exported = packages.export_packages(db, admin, contest_id, tmp_path / "out")
    assert len(exported) == 6
    by_judge = {(e.judge_name, e.event_name): e for e in exported}
    assert by_judge[("评委1", "实操考核")].contestants == 6  # own branch left out

    filled = {}
    for (judge_name, event_name), e in by_judge.items():
        judge = "judge" + judge_name[-1]
        filled[(judge, event_name)] = fill(qtbot, e.path, e.key_slip, judge, monkeypatch)

    # A blank (issued) package is refused; a filled one imports.
    with pytest.raises(UserError, match="空白"):
        packages.import_package(db, admin, by_judge[("评委5", "实操考核")].path)
    for key, path in filled.items():
        if key != ("judge4", "实操考核"):
            assert packages.import_package(db, admin, path).touched
    # The same package again changes nothing.
    again = packages.import_package(db, admin, filled[("judge5", "实操考核")])
    assert not again.touched
    # judge4's package edited in a text editor: refused, nothing written.
    doc = json.loads(filled[("judge4", "实操考核")].read_text(encoding="utf-8"))
    doc["payload"]["marks"][0]["value_centi"] += 100
    tampered = tmp_path / "tampered.uojudge"
    tampered.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    with db.read() as s:
        before = s.execute(select(func.count(), func.sum(Mark.value_centi))).one()
    with pytest.raises(UserError, match="签名不符"):
        packages.import_package(db, admin, tampered)
    with db.read() as s:
        assert s.execute(select(func.count(), func.sum(Mark.value_centi))).one() == before
    assert packages.import_package(db, admin, filled[("judge4", "实操考核")]).added == 24

    r = results.compute_results(db, admin, contest_id)
    order = [row.bib for row in r.rows]
    # final = 0.3·(90−5k) + 0.7·(60+2k+3·offset): 心兴 offset −0.5, 氢力 +0.5, others 0 (trimmed)
    assert order == ["003", "004", "005", "006", "007", "008", "001", "002"]
    finals = {row.bib: row.final for row in r.rows}
    assert (
        finals["003"] == Decimal("69.85")
        and finals["001"] == Decimal("67.95")
        and finals["008"] == Decimal("68.30")
    )
    assert [row.award for row in r.rows[:6]] == ["一等奖", "二等奖", "二等奖", "三等奖", "三等奖", "三等奖"]
    assert [row.rank for row in r.rows] == [1, 2, 3, 4, 5, 6, 7, 8]
