"""Packages, marking sheets, definitions, locking and scoping, through the services."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from unionoffice.contests.models import ContestEvent, Mark
from unionoffice.contests.service import definition, entrants, packages, results, sheets
from unionoffice.core.audit.models import AuditEntry
from unionoffice.core.judging import package as fmt
from unionoffice.core.judging.folders import KEY_SLIP, key_folder
from unionoffice.core.judging.workbook import JudgeWorkbook
from unionoffice.foundation.errors import NotFound, UserError, ValidationError
from unionoffice.foundation.importer import read_table
from unionoffice.foundation.xlsx import Sheet, write_xlsx

from .conftest import World, standard_definition


def events_of(world: World, contest_id: int) -> dict[str, int]:
    with world.db.read() as s:
        return dict(
            s.execute(
                select(ContestEvent.code, ContestEvent.id).where(ContestEvent.contest_id == contest_id)
            ).all()
        )


@pytest.fixture
def ready(world: World, contest_id: int, tmp_path: Path):  # type: ignore[no-untyped-def]
    """8 contestants (2 per branch), judges 1–3 on the practical event, packages exported."""
    entrants.register_members(
        world.db, world.admin, contest_id, [world.member_ids[i] for i in (0, 1, 10, 11, 20, 21, 30, 31)]
    )
    ev = events_of(world, contest_id)
    for j in ("judge1", "judge2", "judge3"):
        entrants.assign_judge(world.db, world.admin, ev["practical"], world.users[j])
    exported = {
        e.judge_name: e for e in packages.export_packages(world.db, world.admin, contest_id, tmp_path / "pk")
    }
    return exported


def filled(export, value: str = "10", target: Path | None = None) -> Path:  # type: ignore[no-untyped-def]
    book = JudgeWorkbook(export.path)
    book.unlock(export.key_slip)
    for bib in book.bibs:
        for item in book.items:
            book.set_text(bib, item, value)
    return book.finish(target)


def mark_state(world: World) -> tuple:
    with world.db.read() as s:
        return s.execute(select(func.count(), func.sum(Mark.value_centi))).one()


def test_package_leaves_out_own_branch_and_personal_data(ready) -> None:  # type: ignore[no-untyped-def]
    text = ready["评委1"].path.read_text(encoding="utf-8")
    doc = json.loads(text)
    assert [c["bib"] for c in doc["payload"]["contestants"]] == ["003", "004", "005", "006", "007", "008"]
    assert set(doc["payload"]["contestants"][0]) == {"bib", "name"}
    assert ready["评委1"].key_slip.replace("-", "") not in text  # the key never travels in the file


def test_key_slips_go_to_their_own_folder_and_the_work_file_holds_no_key(
    world, contest_id, ready, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    package_folder = ready["评委1"].path.parent
    assert not list(package_folder.glob("*.txt"))  # the folder handed to judges carries no keys
    slip = (key_folder(package_folder) / KEY_SLIP).read_text(encoding="utf-8")
    assert all(e.key_slip in slip for e in ready.values())
    book = JudgeWorkbook(ready["评委1"].path)
    book.unlock(ready["评委1"].key_slip)
    book.set_text("003", book.package.items[0].id, "9")
    work = book.work_path.read_text(encoding="utf-8")
    key_hex = fmt.normalise_key(ready["评委1"].key_slip).hex()
    assert key_hex not in work and ready["评委1"].key_slip.replace("-", "") not in work.upper()
    with pytest.raises(UserError, match="同一个文件夹"):
        packages.export_packages(
            world.db, world.admin, contest_id, tmp_path / "p2", keys_folder=tmp_path / "p2" / "k"
        )


def test_newer_package_replaces_older_and_old_one_is_refused(world, contest_id, ready, tmp_path) -> None:  # type: ignore[no-untyped-def]
    first = filled(ready["评委3"], "10", tmp_path / "v1.uojudge")
    assert packages.import_package(world.db, world.admin, first).added == 24
    book = JudgeWorkbook(ready["评委3"].path)  # same laptop: the working copy keeps the marks…
    assert not book.unlocked  # …but not the key: it is asked for again
    book.unlock(ready["评委3"].key_slip)
    book.set_text("001", book.package.items[0].id, "12.5")
    second = book.finish(tmp_path / "v2.uojudge")
    outcome = packages.import_package(world.db, world.admin, second)
    assert (outcome.added, outcome.changed, outcome.unchanged) == (0, 1, 23)
    with pytest.raises(UserError, match="较早"):
        packages.import_package(world.db, world.admin, first)
    with world.db.read() as s:
        entry = (
            s.execute(
                select(AuditEntry).where(AuditEntry.action == "marks_import").order_by(AuditEntry.id.desc())
            )
            .scalars()
            .first()
        )
    assert json.loads(entry.changes)["marks"] == ["001/P1"]  # the cell, not the marks (issue #17)


def test_foreign_contest_and_unassigned_judge_refused(world, contest_id, ready, tmp_path) -> None:  # type: ignore[no-untyped-def]
    path = filled(ready["评委3"])
    doc = json.loads(path.read_text(encoding="utf-8"))
    doc["payload"]["contest"]["uid"] = "0" * 32
    other = tmp_path / "foreign.uojudge"
    other.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(UserError, match="另一个竞赛"):
        packages.import_package(world.db, world.admin, other)
    doc = json.loads(path.read_text(encoding="utf-8"))
    doc["payload"]["judge"]["id"] = world.users["judge7"]
    other.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(UserError, match="未被指派"):
        packages.import_package(world.db, world.admin, other)
    assert mark_state(world) == (0, None)


def test_import_after_lock_refused_until_unlocked_with_reason(world, contest_id, ready) -> None:  # type: ignore[no-untyped-def]
    packages.import_package(world.db, world.admin, filled(ready["评委2"]))
    version = entrants.list_contests(world.db, world.admin)[0].version
    results.lock_results(world.db, world.admin, contest_id, version)
    late = filled(ready["评委3"])
    with pytest.raises(UserError, match="已锁定"):
        packages.import_package(world.db, world.admin, late)
    assert mark_state(world)[0] == 18
    version = entrants.list_contests(world.db, world.admin)[0].version
    with pytest.raises(UserError, match="理由"):
        results.unlock_results(world.db, world.admin, contest_id, " ", version)
    results.unlock_results(world.db, world.admin, contest_id, "评委3 补交评分", version)
    assert packages.import_package(world.db, world.admin, late).added == 24
    with world.db.read() as s:
        assert (
            "评委3 补交评分"
            in s.execute(select(AuditEntry.summary).where(AuditEntry.action == "unlock")).scalar_one()
        )


def test_lock_digest_detects_marks_changed_behind_the_lock(world, contest_id, ready) -> None:  # type: ignore[no-untyped-def]
    packages.import_package(world.db, world.admin, filled(ready["评委3"]))
    results.lock_results(
        world.db, world.admin, contest_id, entrants.list_contests(world.db, world.admin)[0].version
    )
    assert results.compute_results(world.db, world.admin, contest_id).marks_match_lock is True
    with world.db.transaction(None) as s:  # someone edits the database file directly
        s.execute(Mark.__table__.update().where(Mark.id == 1).values(value_centi=999))
    assert results.compute_results(world.db, world.admin, contest_id).marks_match_lock is False


def test_mark_out_of_range_in_package_refused(world, contest_id, ready, tmp_path) -> None:  # type: ignore[no-untyped-def]
    book = JudgeWorkbook(ready["评委3"].path)
    book.unlock(ready["评委3"].key_slip)
    item = book.package.items[0].id
    assert "超出范围" in book.set_text("001", item, "41")
    assert "不是有效" in book.set_text("001", item, "九")
    with pytest.raises(UserError, match="未完成"):
        book.finish()


def _sheet_rows(path: Path) -> list[list[object]]:
    table = read_table(path)
    return [list(row.cells) for row in table.rows]


def test_paper_sheet_round_trip_with_row_errors(world, contest_id, ready, tmp_path) -> None:  # type: ignore[no-untyped-def]
    judge3 = next(j for j in entrants.list_judges(world.db, world.admin, contest_id) if j.name == "评委3")
    blank = tmp_path / "sheet.xlsx"
    sheets.export_marking_sheet(world.db, world.admin, judge3.assignment_id, blank)
    rows = _sheet_rows(blank)
    header_at = next(i for i, r in enumerate(rows) if r and r[0] == "参赛号")
    body = [list(r) for r in rows]
    for r in body[header_at + 1 :]:
        r[2:5] = [30, "25.5", 20]
    body[header_at + 2][3] = "abc"  # second contestant, 故障排查
    body[header_at + 3][2] = 41  # third contestant, 电气接线 over 40

    def save(data: list[list[object]], name: str) -> Path:
        path = tmp_path / name
        write_xlsx(path, [Sheet("评分表", [str(c) if c is not None else "" for c in data[0]], data[1:])])
        return path

    bad = save(body, "bad.xlsx")
    with pytest.raises(ValidationError) as caught:
        sheets.import_marking_sheet(world.db, world.admin, bad)
    text = str(caught.value)
    assert f"第 {header_at + 3} 行" in text and "故障排查" in text and "超出范围" in text
    assert mark_state(world) == (0, None)
    body[header_at + 2][3] = 25
    body[header_at + 3][2] = 40
    good = save(body, "good.xlsx")
    assert sheets.import_marking_sheet(world.db, world.admin, good).added == 24
    assert not sheets.import_marking_sheet(world.db, world.admin, good).touched  # twice: no change
    body[header_at + 1][0] = "999"  # nobody has this bib: refused with a message, not a crash
    with pytest.raises(ValidationError, match="参赛号 999 不是本竞赛的选手"):
        sheets.import_marking_sheet(world.db, world.admin, save(body, "stranger.xlsx"))


def test_definition_round_trip_and_next_year(world, contest_id, tmp_path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "scheme.json"
    definition.export_definition(world.db, world.admin, contest_id, path)
    new_id = definition.import_definition(world.db, world.admin, path, year=2027)
    d = definition.get_definition(world.db, world.admin, new_id)
    assert d.name == "2027年电工技能比武" and d.events == standard_definition().events
    assert d.tie_break == ("event:practical", "item:practical/P2") and d.award_levels[1] == (
        "二等奖",
        Decimal(2),
    )
    doc = json.loads(path.read_text(encoding="utf-8"))
    doc["events"][0]["weight_pct"] = "40"
    doc["events"][1]["items"][0]["max"] = "abc"
    path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(ValidationError, match="max"):
        definition.import_definition(world.db, world.admin, path)
    doc["events"][1]["items"][0]["max"] = "40"
    path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(ValidationError, match="100%"):
        definition.import_definition(world.db, world.admin, path)


def test_judge_sees_only_assigned_contests_and_clerk_only_own_branch(world, contest_id, ready) -> None:  # type: ignore[no-untyped-def]
    other = definition.create_contest(world.db, world.admin, standard_definition(name="另一个比武"))
    judge = world.actor("judge3")
    assert [c.id for c in entrants.list_contests(world.db, judge)] == [contest_id]
    with pytest.raises(NotFound):
        results.compute_results(world.db, judge, other)
    clerk = world.actor("clerk_xx")
    assert entrants.register_members(world.db, clerk, other, [world.member_ids[2]]) == 1  # a 心兴 member
    with pytest.raises(NotFound):
        entrants.register_members(world.db, clerk, other, [world.member_ids[12]])  # 氢力


def test_prize_winners_only_after_lock(world, contest_id, ready) -> None:  # type: ignore[no-untyped-def]
    ev = events_of(world, contest_id)
    entrants.assign_judge(world.db, world.admin, ev["theory"], world.users["judge4"])
    for name in ("评委1", "评委2", "评委3"):
        packages.import_package(world.db, world.admin, filled(ready[name], "20"))
    theory = next(
        e
        for e in packages.export_packages(world.db, world.admin, contest_id, Path(ready["评委1"].path.parent))
        if e.event_name == "理论考试"
    )
    packages.import_package(world.db, world.admin, filled(theory, "80"))
    with pytest.raises(UserError, match="尚未锁定"):
        results.prize_winners(world.db, world.admin, contest_id)
    results.lock_results(
        world.db, world.admin, contest_id, entrants.list_contests(world.db, world.admin)[0].version
    )
    winners = results.prize_winners(world.db, world.admin, contest_id)
    # everyone equal (80 theory, 60 practical → 24 + 42 = 66): all share rank 1 and the first prize
    assert {(w.rank, w.award_level, w.final_score) for w in winners} == {(1, "一等奖", Decimal("66.00"))}
    assert len(winners) == 8 and winners[0].contest_year == 2026 and winners[0].trade == "电工"


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_fuzz_package_reader(world, contest_id, ready, data) -> None:  # type: ignore[no-untyped-def]
    """Any mutation of a valid package is a clean UserError or (if the payload is untouched)
    a no-op re-import: never a traceback, never a changed mark."""
    path = ready["评委3"].path.with_name("fuzz-base.uojudge")
    if not path.exists():
        filled(ready["评委3"], "10", path)
        packages.import_package(world.db, world.admin, path)
    original = path.read_bytes()
    before = mark_state(world)
    kind = data.draw(st.sampled_from(["truncate", "flip", "insert", "delete"]))
    at = data.draw(st.integers(0, len(original) - 1))
    if kind == "truncate":
        mutated = original[:at]
    elif kind == "flip":
        mutated = original[:at] + bytes([original[at] ^ data.draw(st.integers(1, 255))]) + original[at + 1 :]
    elif kind == "insert":
        mutated = original[:at] + data.draw(st.binary(min_size=1, max_size=8)) + original[at:]
    else:
        mutated = original[:at] + original[at + data.draw(st.integers(1, 40)) :]
    try:
        outcome = packages.import_package_bytes(world.db, world.admin, mutated)
    except UserError:
        pass
    else:
        assert not outcome.touched
    assert mark_state(world) == before
