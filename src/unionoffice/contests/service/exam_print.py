"""The theory paper on paper: versions A and B, their answer sheets and answer keys, and the
answer-entry workbook in which the office types the sheets' answers to have them marked the same
way as the exam mode's (``import_paper_answers``)."""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from sqlalchemy import select

from unionoffice.contests import exam_scoring
from unionoffice.contests.labels import QuestionKind
from unionoffice.contests.models import Contest, Contestant, ExamRoom, ExamSeat, ExamSheet
from unionoffice.contests.service import bank as banks
from unionoffice.contests.service.common import load_contest, require_admin, require_unlocked
from unionoffice.contests.service.definition import exam_of
from unionoffice.contests.service.exam import (
    ROOM_SIZE,
    current_paper,
    land_scores,
    paper_keys,
    paper_questions,
    room_name,
    seat_contestants,
)
from unionoffice.core.audit.recorder import record
from unionoffice.core.auth.actor import Actor
from unionoffice.db.base import utcnow
from unionoffice.db.database import Database
from unionoffice.foundation import pdf
from unionoffice.foundation.errors import FieldProblem, UserError, ValidationError
from unionoffice.foundation.i18n import translate
from unionoffice.foundation.importer import (
    CellError,
    Column,
    ImportMode,
    parse_rows,
    read_table,
    rows_to_apply,
    text_parser,
)
from unionoffice.foundation.importer.normalize import remove_spaces
from unionoffice.foundation.xlsx import TEXT, Sheet, write_xlsx

TOKEN_LABEL = "答卷录入表标识"
_TRUE = {"对", "√", "✓", "T", "正确"}
_FALSE = {"错", "×", "✗", "X", "F", "错误"}


def export_papers(db: Database, actor: Actor, contest_id: int, folder: Path) -> list[Path]:
    """Papers A and B, the answer sheets, the answer key and the answer-entry workbook."""
    require_admin(actor)
    with db.transaction(actor) as s:
        contest = load_contest(s, actor, contest_id)
        require_unlocked(contest)
        paper = current_paper(s, contest)
        seat_contestants(s, paper, ROOM_SIZE)  # the entry sheet needs each contestant's version
        plan = exam_of(paper.plan)
        assert plan is not None, "a paper is drawn by a blueprint"
        version_a, version_b = paper_questions(s, paper)
        seats = s.execute(
            select(Contestant.bib, Contestant.name, ExamRoom.number, ExamSeat.seat, ExamSeat.version)
            .join(ExamSeat, ExamSeat.contestant_id == Contestant.id)
            .join(ExamRoom, ExamRoom.id == ExamSeat.room_id)
            .where(ExamRoom.paper_id == paper.id)
            .order_by(ExamRoom.number, ExamSeat.seat)
        ).all()
        token = f"{contest.uid}:{paper.id}"
        name = contest.name
    made = []
    for version, questions in (("A", version_a), ("B", version_b)):
        made.append(folder / translate("ContestExam", "理论试卷{v}卷.pdf").format(v=version))
        write_paper_pdf(name, version, questions, plan, made[-1])
        made.append(folder / translate("ContestExam", "答题卡{v}卷.pdf").format(v=version))
        write_answer_sheet_pdf(name, version, questions, made[-1])
    made.append(folder / translate("ContestExam", "参考答案.pdf"))
    write_key_pdf(name, version_a, version_b, plan, made[-1])
    made.append(folder / translate("ContestExam", "答卷录入表.xlsx"))
    write_entry_workbook(token, name, len(version_a), seats, made[-1])
    return made


def _title(contest: str, version: str) -> str:
    return translate("ContestExam", "{contest}理论考试（{v}卷）").format(contest=contest, v=version)


def write_paper_pdf(
    contest: str, version: str, questions: list[banks.BankQuestion], plan: Any, path: Path
) -> None:
    styles = pdf.paragraph_styles(size=10.5)
    title = _title(contest, version)
    story: list[Any] = [pdf.paragraph(title, styles["title"])]
    story.append(
        pdf.paragraph(
            translate(
                "ContestExam",
                "考试时间 {minutes} 分钟，满分 {total} 分。姓名＿＿＿＿＿＿　参赛号＿＿＿＿　考场＿＿＿　座号＿＿＿",
            ).format(minutes=plan.minutes, total=f"{plan.total.normalize():f}"),
            styles["body"],
        )
    )
    story.append(
        pdf.paragraph(translate("ContestExam", "请将答案填涂在答题卡上，写在试卷上无效。"), styles["small"])
    )
    story += banks.section_flowables(questions, plan, styles)
    pdf.build_document(path, story, title=title, header_text=title)


def write_answer_sheet_pdf(
    contest: str, version: str, questions: list[banks.BankQuestion], path: Path
) -> None:
    from reportlab.lib.units import mm  # imported here: ReportLab loads only when a PDF is written

    styles = pdf.paragraph_styles(size=10.5)
    title = translate("ContestExam", "{contest}理论考试答题卡（{v}卷）").format(contest=contest, v=version)
    story: list[Any] = [pdf.paragraph(title, styles["title"])]
    story.append(
        pdf.paragraph(
            translate("ContestExam", "姓名＿＿＿＿＿＿＿　参赛号＿＿＿＿＿　考场＿＿＿＿　座号＿＿＿＿"),
            styles["body"],
        )
    )
    story.append(
        pdf.paragraph(
            translate(
                "ContestExam", "在所选答案的方框内打“√”；多选题须选全且不选错才得分；判断题对打“√”、错打“×”。"
            ),
            styles["small"],
        )
    )
    cells = []
    for n, q in enumerate(questions, start=1):
        boxes = (
            "［√］［×］"
            if q.kind is QuestionKind.TRUE_FALSE
            else "".join(f"［{banks.LETTERS[i]}］" for i in range(len(q.options)))
        )
        cells.append(f"{n}．{boxes}")
    per_row = 3
    rows = [
        cells[i : i + per_row] + [""] * (per_row - len(cells[i : i + per_row]))
        for i in range(0, len(cells), per_row)
    ]
    story.append(pdf.make_table(rows, [58 * mm] * per_row, header=False))
    pdf.build_document(path, story, title=title, header_text=title)


def write_key_pdf(
    contest: str,
    version_a: list[banks.BankQuestion],
    version_b: list[banks.BankQuestion],
    plan: Any,
    path: Path,
) -> None:
    styles = pdf.paragraph_styles(size=10.5)
    title = translate("ContestExam", "{contest}理论考试参考答案").format(contest=contest)
    story: list[Any] = [pdf.paragraph(title, styles["title"])]
    story.append(
        pdf.paragraph(
            translate(
                "ContestExam",
                "评分规则：单选、判断答对得分；多选须全部选对，错选漏选不得分；未作答不得分。满分 {total} 分。",
            ).format(total=f"{plan.total.normalize():f}"),
            styles["small"],
        )
    )
    for version, questions in (("A", version_a), ("B", version_b)):
        story.append(pdf.paragraph(translate("ContestExam", "{v}卷").format(v=version), styles["heading"]))
        story.append(banks.answer_table(questions))
    pdf.build_document(path, story, title=title, header_text=title)


def write_entry_workbook(token: str, contest: str, count: int, seats: Sequence[Any], path: Path) -> None:
    header = [
        translate("ContestExam", "参赛号"),
        translate("ContestExam", "姓名"),
        translate("ContestExam", "考场"),
        translate("ContestExam", "卷别"),
        *(str(n) for n in range(1, count + 1)),
    ]
    rows: list[Sequence[object]] = [
        [TOKEN_LABEL, token],
        [
            translate(
                "ContestExam",
                "按答题卡逐题录入：选择题填选项字母（如 B 或 ACD），判断题填“对”或“错”，未作答留空；"
                "题号按各人的卷别。不要修改参赛号、卷别和表头。",
            )
        ],
        header,
        *([bib, name, room_name(room), version] for bib, name, room, _seat, version in seats),
    ]
    title = translate("ContestExam", "{contest}答卷录入").format(contest=contest)
    write_xlsx(path, [Sheet(title[:31], [title], rows, number_formats={0: TEXT})])


# Typed answer sheets back ------------------------------------------------------------------------
def _answer(value: object) -> str:
    text = remove_spaces(text_parser(12)(value)).upper().translate(str.maketrans("ＡＢＣＤＥＦ", "ABCDEF"))
    if text in _TRUE:
        return "T"
    if text in _FALSE:
        return "F"
    letters = exam_scoring.normalise(text.replace(",", "").replace("，", "").replace("、", ""))
    if not letters or len(letters) != len(set(text) - {",", "，", "、"}):
        raise CellError(translate("ContestExam", "应为选项字母（如 B 或 ACD），或“对”“错”"))
    return letters


def import_paper_answers(db: Database, actor: Actor, path: Path) -> str:
    """Mark the typed answer sheets; refused whole, by row, on any problem."""
    require_admin(actor)
    table = read_table(path)
    token = next(
        (
            str(row.cells[1])
            for row in table.rows[:6]
            if len(row.cells) > 1 and isinstance(row.cells[0], str) and row.cells[0].strip() == TOKEN_LABEL
        ),
        "",
    )
    uid, _, paper_text = token.partition(":")
    if not (uid and paper_text.isdigit()):
        raise UserError(
            translate("ContestExam", "文件中没有“{label}”，这不是本系统导出的答卷录入表。").format(
                label=TOKEN_LABEL
            )
        )
    with db.transaction(actor) as s:
        contest = s.execute(select(Contest).where(Contest.uid == uid)).scalar_one_or_none()
        if contest is None:
            raise UserError(translate("ContestExam", "答卷录入表属于另一个竞赛，本数据库中没有该竞赛。"))
        contest = load_contest(s, actor, contest.id)
        require_unlocked(contest)
        paper = current_paper(s, contest)
        if paper.id != int(paper_text):
            raise UserError(
                translate("ContestExam", "答卷录入表对应的试卷已重新生成，请用当前试卷的录入表。")
            )
        version_a, version_b = paper_questions(s, paper)
        orders = {"A": [q.id for q in version_a], "B": [q.id for q in version_b]}
        columns = [
            Column("bib", translate("ContestExam", "参赛号"), parser=text_parser(16), unique=True, text=True),
            Column("version", translate("ContestExam", "卷别")),
            Column("name", translate("ContestExam", "姓名"), required=False),
            Column("room", translate("ContestExam", "考场"), required=False),
        ]
        columns += [
            Column(f"q{n}", str(n), required=False, parser=_answer) for n in range(1, len(version_a) + 1)
        ]
        preview = parse_rows(table, columns)
        seats = {
            bib: (seat_id, contestant, version)
            for bib, seat_id, contestant, version in s.execute(
                select(Contestant.bib, ExamSeat.id, Contestant.id, ExamSeat.version)
                .join(ExamSeat, ExamSeat.contestant_id == Contestant.id)
                .join(ExamRoom, ExamRoom.id == ExamSeat.room_id)
                .where(ExamRoom.paper_id == paper.id)
            ).all()
        }
        problems = list(preview.problems)
        for row in preview.rows:
            bib, version = row.values.get("bib"), row.values.get("version")
            if bib and bib not in seats:
                problems.append(
                    FieldProblem(
                        translate("ContestExam", "参赛号"),
                        translate("ContestExam", "没有安排考场座位"),
                        row.row_number,
                    )
                )
            elif bib and version and version.strip().upper().rstrip("卷") != seats[bib][2]:
                problems.append(
                    FieldProblem(
                        translate("ContestExam", "卷别"),
                        translate("ContestExam", "该选手领的是{v}卷").format(v=seats[bib][2]),
                        row.row_number,
                    )
                )
        if problems:
            raise ValidationError(sorted(problems, key=lambda p: p.row or 0))
        keys = paper_keys(s, paper)
        existing = {sheet.seat_id: sheet for sheet in s.execute(select(ExamSheet)).scalars()}
        scores = {}
        now = utcnow()
        for row in rows_to_apply(preview, ImportMode.ALL_OR_NOTHING):
            seat_id, contestant, version = seats[row.values["bib"]]
            order = orders[version]
            answers = {
                order[n - 1]: row.values[f"q{n}"] for n in range(1, len(order) + 1) if row.values.get(f"q{n}")
            }
            scores[contestant] = exam_scoring.score(answers, keys)
            sheet = existing.get(seat_id) or ExamSheet(
                seat_id=seat_id, station="paper", answers="{}", score_centi=0, marked_at=now
            )
            s.add(sheet)
            sheet.station, sheet.answers = "paper", json.dumps({str(q): a for q, a in answers.items()})
            sheet.score_centi, sheet.submitted, sheet.marked_at = scores[contestant], True, now
        added, changed, unchanged, changes = land_scores(s, actor, contest, scores, "exam", 0)
        line = translate(
            "ContestExam", "纸质答卷：新评分 {added} 人，更改 {changed} 人，未变 {same} 人。"
        ).format(added=added, changed=changed, same=unchanged)
        record(
            s,
            "exam_import",
            "contest_marks",
            contest.id,
            f"{contest.name} · {line}",
            {"file": path.name, "scores": changes},
        )
        return line
