"""The theory exam: a paper by its blueprint, versions A and B, exam packages per room answered
offline, marked into the theory item with the same signature, replay and idempotence checks as
judge packages; printed papers and typed answer sheets."""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import replace
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from unionoffice.contests import exam_package as fmt
from unionoffice.contests.exam_workbook import ExamWorkbook
from unionoffice.contests.models import ContestEvent, ExamPaper, Mark, ScoringItem
from unionoffice.contests.service import bank, entrants, exam, exam_print, packages
from unionoffice.contests.service.definition import create_contest
from unionoffice.foundation.errors import UserError, ValidationError
from unionoffice.foundation.importer import ImportMode
from unionoffice.foundation.xlsx import Sheet, write_xlsx

from .banks import PLAN, bank_file, question_rows, with_exam
from .conftest import World
from .test_operations import _event


@pytest.fixture
def setup(world: World, tmp_path: Path) -> int:
    """The standard contest with the blueprint, 6 contestants, the bank, judge3 recording theory."""
    plan = bank.plan_bank(world.db, world.admin, "电工", bank_file(tmp_path / "bank.xlsx"))
    bank.apply_bank(world.db, world.admin, plan, ImportMode.ALL_OR_NOTHING)
    contest_id = create_contest(world.db, world.admin, with_exam())
    entrants.register_members(
        world.db, world.admin, contest_id, [world.member_ids[i] for i in (0, 1, 2, 10, 11, 12)]
    )
    entrants.assign_judge(world.db, world.admin, _event(world, contest_id, "理论考试"), world.users["judge3"])
    return contest_id


def test_a_paper_follows_its_blueprint_and_versions_hold_the_same_questions(world, setup) -> None:  # type: ignore[no-untyped-def]
    info = exam.generate_paper(world.db, world.admin, setup, seed=11)
    assert (info.questions, info.total, info.by_kind) == (
        45,
        Decimal(100),
        [("single", 20), ("multiple", 10), ("true_false", 15)],
    )
    version_a, version_b = exam.get_paper(world.db, world.admin, setup)
    assert Counter((q.kind, q.area == "安全用电") for q in version_a)[("single", True)] >= 10
    by_kind = Counter(q.kind for q in version_a)
    assert by_kind == {"single": 20, "multiple": 10, "true_false": 15}
    assert (
        sorted(q.id for q in version_a) == sorted(q.id for q in version_b)
        and len(set(q.id for q in version_a)) == 45
    )
    assert [q.id for q in version_a] != [q.id for q in version_b]
    for version in (version_a, version_b):  # sections stay in order: 单选, 多选, 判断
        assert [q.kind for q in version] == ["single"] * 20 + ["multiple"] * 10 + ["true_false"] * 15
    # The 安全用电 line is filled from that area; the open line from any area (the rest).
    again = exam.generate_paper(world.db, world.admin, setup, seed=12)
    assert again.questions == 45


def test_a_blueprint_asking_for_more_than_the_bank_holds_is_refused_naming_the_line(world, tmp_path) -> None:  # type: ignore[no-untyped-def]
    plan = bank.plan_bank(
        world.db,
        world.admin,
        "电工",
        bank_file(tmp_path / "small.xlsx", question_rows({"单选题": 5, "多选题": 3, "判断题": 5})),
    )
    bank.apply_bank(world.db, world.admin, plan, ImportMode.ALL_OR_NOTHING)
    contest_id = create_contest(world.db, world.admin, with_exam())
    with pytest.raises(ValidationError) as refused:
        exam.generate_paper(world.db, world.admin, contest_id)
    assert [str(p) for p in refused.value.problems] == [
        "组卷第 1 行：要求单选题（安全用电）10 道，题库中只有 5 道",
        "组卷第 3 行：要求多选题（不限知识领域）10 道，题库中只有 9 道",
    ]
    with world.db.read() as s:
        assert s.execute(select(func.count()).select_from(ExamPaper)).scalar_one() == 0


def keys_of(world: World, contest_id: int) -> dict[int, str]:
    version_a, _b = exam.get_paper(world.db, world.admin, contest_id)
    return {q.id: q.answer for q in version_a}


def sit(path: Path, slip: str, answering: dict[str, str]) -> ExamWorkbook:
    """Open a room's package like an invigilator, let contestants answer: ``answering`` maps a
    bib to "right", "half" (single and 判断 right, 多选 wrong) or "blank"."""
    book = ExamWorkbook(path)
    book.unlock(slip)
    return book


def answer(book: ExamWorkbook, bib: str, keys: dict[int, str], how: str) -> None:
    for q in book.paper(bib):
        right = keys[q.id]
        if how == "right" or (how == "half" and q.kind != "multiple"):
            book.answer(bib, q.id, right)
        elif how == "half":
            book.answer(bib, q.id, "AB")  # a multiple choice half right scores nothing
    book.submit(bib)


def rooms(world: World, contest_id: int, tmp_path: Path, size: int = 3) -> list[tuple[Path, str, int]]:
    made = exam.exam_packages(world.db, world.admin, contest_id, size)
    out = []
    for p in made:
        path = tmp_path / f"room{p.room}{fmt.SUFFIX}"
        path.write_bytes(p.data)
        out.append((path, p.key_slip, p.room))
    return out


def theory_marks(world: World, contest_id: int) -> dict[int, int]:
    with world.db.read() as s:
        return dict(
            s.execute(
                select(Mark.contestant_id, Mark.value_centi)
                .join(ScoringItem, ScoringItem.id == Mark.item_id)
                .join(ContestEvent, ContestEvent.id == ScoringItem.event_id)
                .where(ContestEvent.contest_id == contest_id, ScoringItem.code == "T")
            ).all()
        )


def test_answers_files_mark_to_the_hand_computed_score_and_land_in_the_theory_item(
    world, setup, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    exam.generate_paper(world.db, world.admin, setup, seed=3)
    keys = keys_of(world, setup)
    (room1, slip1, _), (room2, slip2, _) = rooms(world, setup, tmp_path)
    package = fmt.loads(room1.read_bytes())
    assert [s.version for s in package.seats] == ["A", "B", "A"]
    assert "answer" not in json.dumps(package.payload()["questions"], ensure_ascii=False)  # no key leaves
    book = sit(room1, slip1, {})
    answer(book, "001", keys, "right")  # 100
    answer(book, "002", keys, "half")  # 20 单选 × 2 + 15 判断 × 2 = 70; 多选 0
    answer(book, "003", keys, "blank")  # handed in blank: 0, still a participant
    first = book.finish().read_bytes()
    line = exam.import_answers_bytes(world.db, world.admin, setup, first)
    assert line == "第 1 考场：新评分 3 人，更改 0 人，未变 0 人。"
    assert exam.scores_of(world.db, world.admin, setup) == {"001": 10000, "002": 7000, "003": 0}
    marks = theory_marks(world, setup)
    assert sorted(marks.values()) == [0, 7000, 10000]
    with world.db.read() as s:
        judges = set(s.execute(select(Mark.judge_id)).scalars())
    assert judges == {world.users["judge3"]}  # the theory event's measured-items recorder

    # The same file again changes nothing; a laptop's older file is a replay.
    assert "完全相同" in exam.import_answers_bytes(world.db, world.admin, setup, first)
    book.submitted.discard("003")
    answer(book, "003", keys, "right")
    second = book.finish()
    assert "更改 1 人" in exam.import_answers_bytes(world.db, world.admin, setup, second.read_bytes())
    with pytest.raises(UserError, match="较早的答卷文件（第 1 版），已导入过第 2 版"):
        exam.import_answers_bytes(world.db, world.admin, setup, first)
    assert exam.scores_of(world.db, world.admin, setup)["003"] == 10000

    # Room 2 answered on another laptop; imported as room 1 it is refused.
    other = sit(room2, slip2, {})
    answer(other, "004", keys, "right")
    room2_answers = other.finish().read_bytes()
    room_ids = {r.number: r.id for r in _rooms(world, setup)}
    with pytest.raises(UserError, match="这是第 2 考场的答卷文件，不是第 1 考场的"):
        exam.import_answers_bytes(world.db, world.admin, setup, room2_answers, room_ids[1])
    assert "新评分 1 人" in exam.import_answers_bytes(
        world.db, world.admin, setup, room2_answers, room_ids[2]
    )


def _rooms(world: World, contest_id: int):  # type: ignore[no-untyped-def]
    from unionoffice.contests.service.common import load_contest

    with world.db.read() as s:
        return exam.exam_view_in(s, world.admin, load_contest(s, world.admin, contest_id)).rooms


def test_a_tampered_or_blank_answers_file_is_refused_and_nothing_is_written(world, setup, tmp_path) -> None:  # type: ignore[no-untyped-def]
    exam.generate_paper(world.db, world.admin, setup, seed=5)
    keys = keys_of(world, setup)
    (room1, slip1, _), _room2 = rooms(world, setup, tmp_path)
    with pytest.raises(UserError, match="尚未作答的考场包"):
        exam.import_answers_bytes(world.db, world.admin, setup, room1.read_bytes())
    book = sit(room1, slip1, {})
    answer(book, "002", keys, "half")
    doc = json.loads(book.finish().read_text(encoding="utf-8"))
    wrong = next(a for a in doc["payload"]["answers"] if a["answer"] == "AB")
    wrong["answer"] = keys[wrong["question"]]  # a multiple choice "corrected" in a text editor
    with pytest.raises(UserError, match="签名不符"):
        exam.import_answers_bytes(world.db, world.admin, setup, json.dumps(doc, ensure_ascii=False).encode())
    assert theory_marks(world, setup) == {} and exam.scores_of(world.db, world.admin, setup) == {}
    with pytest.raises(UserError, match="已损坏"):
        exam.import_answers_bytes(world.db, world.admin, setup, b"{not json")


def test_once_a_paper_exists_judges_no_longer_enter_the_theory_item(world, setup, tmp_path) -> None:  # type: ignore[no-untyped-def]
    before = packages.export_packages(world.db, world.admin, setup, tmp_path / "a")
    assert [e.event_name for e in before] == ["理论考试"]
    exam.generate_paper(world.db, world.admin, setup, seed=1)
    entrants.assign_judge(world.db, world.admin, _event(world, setup, "实操考核"), world.users["judge4"])
    after = packages.export_packages(world.db, world.admin, setup, tmp_path / "b")
    assert [e.event_name for e in after] == ["实操考核"]  # the theory package had nothing left to mark


def test_regenerating_is_refused_once_answers_are_marked(world, setup, tmp_path) -> None:  # type: ignore[no-untyped-def]
    exam.generate_paper(world.db, world.admin, setup, seed=2)
    keys = keys_of(world, setup)
    (room1, slip1, _), _ = rooms(world, setup, tmp_path)
    book = sit(room1, slip1, {})
    answer(book, "001", keys, "right")
    exam.import_answers_bytes(world.db, world.admin, setup, book.finish().read_bytes())
    with pytest.raises(UserError, match="已有答卷评分，不能重新组卷"):
        exam.generate_paper(world.db, world.admin, setup)


def test_printed_papers_and_typed_answer_sheets(world, setup, tmp_path) -> None:  # type: ignore[no-untyped-def]
    exam.generate_paper(world.db, world.admin, setup, seed=4)
    made = exam_print.export_papers(world.db, world.admin, setup, tmp_path)
    assert [p.name for p in made] == [
        "理论试卷A卷.pdf",
        "答题卡A卷.pdf",
        "理论试卷B卷.pdf",
        "答题卡B卷.pdf",
        "参考答案.pdf",
        "答卷录入表.xlsx",
    ]
    assert all(p.read_bytes()[:4] == b"%PDF" for p in made[:5])
    version_a, version_b = exam.get_paper(world.db, world.admin, setup)
    from unionoffice.foundation.importer import read_table

    table = read_table(made[-1])
    token = next(r.cells[1] for r in table.rows if r.cells and r.cells[0] == "答卷录入表标识")
    header = next(r.cells for r in table.rows if r.cells and r.cells[0] == "参赛号")
    people = [r.cells for r in table.rows if r.cells and isinstance(r.cells[0], str) and r.cells[0].isdigit()]
    rows = []
    for bib, name, room, version, *_ in people:
        order = version_a if version == "A" else version_b
        shown = ["对" if q.answer == "T" else "错" if q.answer == "F" else q.answer for q in order]
        if bib == "002":
            shown = ["" if q.kind == "true_false" else a for q, a in zip(order, shown, strict=True)]  # 70
        rows.append([bib, name, room, version, *shown])
    rows[2][3] = "B" if rows[2][3] == "A" else "A"  # the wrong version on row 6
    typed = tmp_path / "typed.xlsx"
    write_xlsx(typed, [Sheet("录入", [str(header[0])], [["答卷录入表标识", token], header, *rows])])
    with pytest.raises(ValidationError) as refused:
        exam_print.import_paper_answers(world.db, world.admin, typed)
    assert [(p.row, p.field) for p in refused.value.problems] == [(6, "卷别")]
    assert theory_marks(world, setup) == {}
    rows[2][3] = "B" if rows[2][3] == "A" else "A"
    write_xlsx(typed, [Sheet("录入", [str(header[0])], [["答卷录入表标识", token], header, *rows])])
    assert "新评分 6 人" in exam_print.import_paper_answers(world.db, world.admin, typed)
    scores = exam.scores_of(world.db, world.admin, setup)
    assert scores["002"] == 7000 and {v for b, v in scores.items() if b != "002"} == {10000}


def test_the_blueprint_must_add_up_to_the_theory_item(world) -> None:  # type: ignore[no-untyped-def]
    short = replace(PLAN, lines=PLAN.lines[:3])
    with pytest.raises(ValidationError, match="试卷总分 70 与细则“理论试卷”的满分 100 不符"):
        create_contest(world.db, world.admin, with_exam(exam=short))


def test_the_exam_through_the_contract(world, setup, tmp_path, services_as) -> None:  # type: ignore[no-untyped-def]
    from unionoffice.contests import contract as c
    from unionoffice.foundation.contract import ById, FileData

    admin = services_as(world.db, world.actor("admin"))
    view = admin.call(c.DETAIL, c.DetailRequest(setup, c.ContestPage.EXAM)).exam
    assert view.paper is None and view.problems == [] and view.theory_item == "理论试卷"
    info = admin.call(c.GENERATE_PAPER, c.PaperRequest(setup))
    assert info.questions == 45 and info.bank_version == 1
    made = admin.call(c.EXPORT_EXAM_PACKAGES, c.RoomPlan(setup, 4))
    names = [f.name for f in made.files]
    assert names[-1] == "考场密钥单.txt" and len(names) == 3 and names[0].endswith("第1考场.uoexam")
    slip = made.files[-1].content.decode()
    path = tmp_path / names[0]
    path.write_bytes(made.files[0].content)
    book = ExamWorkbook(path)
    book.unlock(next(line.split("\t")[2] for line in slip.splitlines() if names[0] in line))
    answer(book, "001", keys_of(world, setup), "half")
    answered = FileData("a.uoexam", book.finish().read_bytes())
    room_ids = [r.id for r in admin.call(c.DETAIL, c.DetailRequest(setup, c.ContestPage.EXAM)).exam.rooms]
    wrong_room = admin.call(c.IMPORT_ANSWERS, c.AnswerUpload(setup, [answered], room_ids[1]))
    assert wrong_room.failed == 1 and "不是第 2 考场的" in wrong_room.lines[0]
    report = admin.call(c.IMPORT_ANSWERS, c.AnswerUpload(setup, [answered]))
    assert report.failed == 0 and "新评分 1 人" in report.lines[0]
    view = admin.call(c.DETAIL, c.DetailRequest(setup, c.ContestPage.EXAM)).exam
    assert [(r.number, r.seats, r.version_a, r.version_b, r.answered, r.files) for r in view.rooms] == [
        (1, 4, 2, 2, 1, 1),
        (2, 2, 1, 1, 0, 0),
    ]
    papers = admin.call(c.EXPORT_PAPERS, ById(setup))
    assert len(papers.files) == 6


def test_bank_paper_rooms_and_answers_from_the_command_line(world, tmp_path, capsys, cli_as) -> None:  # type: ignore[no-untyped-def]
    from factories import hold_test_keys

    from unionoffice.cli import run

    contest_id = create_contest(world.db, world.admin, with_exam())
    entrants.register_members(world.db, world.admin, contest_id, [world.member_ids[0], world.member_ids[1]])
    entrants.assign_judge(world.db, world.admin, _event(world, contest_id, "理论考试"), world.users["judge3"])
    hold_test_keys(world.db, "admin", "demo1234")  # module commands act as a signed-in user
    world.db.dispose()
    db = ["--db", str(world.path), *cli_as("admin", "demo1234")]
    assert run([*db, "contest", "import-bank", str(bank_file(tmp_path / "b.xlsx")), "--trade", "电工"]) == 0
    assert "“电工”题库第 1 版" in capsys.readouterr().out
    assert run([*db, "contest", "make-paper", "电工"]) == 0
    assert "45 道题，满分 100 分" in capsys.readouterr().out
    assert run([*db, "contest", "export-exam", "电工", "--out", str(tmp_path / "rooms")]) == 0
    slip = (tmp_path / "rooms" / "考场密钥单.txt").read_text(encoding="utf-8")
    package = next((tmp_path / "rooms").glob(f"*{fmt.SUFFIX}"))
    book = ExamWorkbook(package)
    book.unlock(next(line.split("\t")[2] for line in slip.splitlines() if package.name in line))
    answer(book, "001", keys_of(world, contest_id), "right")
    done = book.finish()
    assert run([*db, "contest", "import-answers", "电工", str(done)]) == 0
    assert "新评分 1 人" in capsys.readouterr().out


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_fuzz_answers_file_reader(world, setup, tmp_path, data) -> None:  # type: ignore[no-untyped-def]
    """Any mutation of a valid answers file is a clean refusal or (payload untouched) a no-op."""
    base = tmp_path / "fuzz-base.uoexam"
    if not base.exists():
        exam.generate_paper(world.db, world.admin, setup, seed=8)
        (room1, slip1, _), _ = rooms(world, setup, tmp_path)
        book = sit(room1, slip1, {})
        answer(book, "001", keys_of(world, setup), "half")
        base.write_bytes(book.finish().read_bytes())
        exam.import_answers_bytes(world.db, world.admin, setup, base.read_bytes())
    original = base.read_bytes()
    before = theory_marks(world, setup)
    at = data.draw(st.integers(0, len(original) - 1))
    kind = data.draw(st.sampled_from(["truncate", "flip", "insert", "delete"]))
    if kind == "truncate":
        mutated = original[:at]
    elif kind == "flip":
        mutated = original[:at] + bytes([original[at] ^ data.draw(st.integers(1, 255))]) + original[at + 1 :]
    elif kind == "insert":
        mutated = original[:at] + data.draw(st.binary(min_size=1, max_size=8)) + original[at:]
    else:
        mutated = original[:at] + original[at + data.draw(st.integers(1, 40)) :]
    try:
        line = exam.import_answers_bytes(world.db, world.admin, setup, mutated)
    except UserError:
        pass
    else:
        assert "完全相同" in line
    assert theory_marks(world, setup) == before
