"""The question bank of a trade: imported from a spreadsheet through the shared importer, each
import a new version (versions never change), exported as the practice booklet (PDF) and as a
workbook, and drawn from for practice tests and the theory paper (``draw``).

A row is a question: kind (单选题, 多选题, 判断题), knowledge area, stem, options A–F for choice
questions, and the answer key. Refused by row: no answer, two answers to a single choice, one to a
multiple choice, an answer naming an empty option, options with a gap, the same stem twice.
"""

from __future__ import annotations

import json
import random
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session

from unionoffice.contests.contract import AreaCount, BankInfo, BankView, ExamLine, ExamPlan
from unionoffice.contests.labels import QuestionKind
from unionoffice.contests.models import Question, QuestionBank
from unionoffice.contests.service.common import require_admin, require_read
from unionoffice.core.audit.recorder import record
from unionoffice.core.auth.actor import Actor
from unionoffice.db.base import utcnow
from unionoffice.db.database import Database
from unionoffice.foundation import pdf
from unionoffice.foundation.errors import FieldProblem, NotFound, UserError, ValidationError
from unionoffice.foundation.i18n import translate
from unionoffice.foundation.importer import (
    CellError,
    Column,
    ImportMode,
    ImportPreview,
    parse_int,
    parse_rows,
    read_table,
    rows_to_apply,
    text_parser,
    write_template,
)
from unionoffice.foundation.importer.normalize import remove_spaces
from unionoffice.foundation.importer.preview import SHOWN_ROWS, ImportOutcome, ImportPreviewData
from unionoffice.foundation.progress import NO_PROGRESS, Progress
from unionoffice.foundation.xlsx import Sheet, write_xlsx

LETTERS = "ABCDEF"
TRUE, FALSE = "T", "F"
_KINDS = {
    QuestionKind.SINGLE: ("单选", "单选题", "单项选择", "单项选择题"),
    QuestionKind.MULTIPLE: ("多选", "多选题", "多项选择", "多项选择题"),
    QuestionKind.TRUE_FALSE: ("判断", "判断题", "是非题", "对错题"),
}
_TRUE = {"对", "正确", "√", "✓", "T", "TRUE", "是", "Y"}
_FALSE = {"错", "错误", "×", "✗", "X", "F", "FALSE", "否", "N"}


@dataclass(frozen=True)
class BankQuestion:
    """A question as papers and booklets print it; ``answer`` is "B", "ACD", "T" or "F"."""

    id: int
    number: int
    kind: QuestionKind
    area: str
    stem: str
    options: tuple[str, ...]
    answer: str


# The sheet --------------------------------------------------------------------------------------
def parse_kind(value: object) -> QuestionKind:
    text = remove_spaces(text_parser(20)(value))
    for kind, words in _KINDS.items():
        if text in words:
            return kind
    raise CellError(translate("ContestBank", "题型应为单选题、多选题或判断题"))


def bank_columns() -> list[Column]:
    options = [
        Column(f"option_{letter}", f"选项{letter}", aliases=(letter, f"选项 {letter}"), required=False)
        for letter in LETTERS
    ]
    return [
        Column("number", translate("ContestBank", "题号"), required=False, parser=parse_int),
        Column("kind", translate("ContestBank", "题型"), parser=parse_kind),
        Column("area", translate("ContestBank", "知识领域"), aliases=("知识点", "考核范围", "模块")),
        Column("stem", translate("ContestBank", "题干"), aliases=("试题", "题目", "试题内容"), unique=True),
        *options,
        Column(
            "answer",
            translate("ContestBank", "答案"),
            aliases=("正确答案", "参考答案"),
            required=False,
            hint=translate("ContestBank", "选择题写选项字母（如 B 或 ACD），判断题写“对”或“错”"),
        ),
    ]


def _letters(text: str) -> str | None:
    """'a, C' → 'AC'; None when something other than option letters and separators was written."""
    cleaned = remove_spaces(text).upper().translate(str.maketrans("ＡＢＣＤＥＦ", "ABCDEF"))
    cleaned = re.sub(r"[,，、;；/]", "", cleaned)
    if not cleaned or any(ch not in LETTERS for ch in cleaned):
        return None
    return "".join(sorted(set(cleaned)))


def check_question(values: dict[str, Any]) -> Iterable[CellError]:
    """The row's own rules, once every cell could be read (the importer's row validator)."""
    kind: QuestionKind | None = values.get("kind")
    raw = values.get("answer")
    if kind is None:
        return
    if raw is None or not str(raw).strip():
        yield CellError(translate("ContestBank", "没有答案"), "answer")
        return
    options = [values.get(f"option_{letter}") or "" for letter in LETTERS]
    if kind is QuestionKind.TRUE_FALSE:
        if remove_spaces(str(raw)).upper() not in _TRUE | _FALSE:
            yield CellError(translate("ContestBank", "判断题的答案应为“对”或“错”"), "answer")
        return
    filled = [bool(text.strip()) for text in options]
    last = max((n for n, f in enumerate(filled) if f), default=-1)
    if last < 1:
        yield CellError(translate("ContestBank", "选择题至少需要两个选项"), "option_A")
    elif not all(filled[: last + 1]):
        gap = LETTERS[filled.index(False)]
        yield CellError(
            translate("ContestBank", "选项{letter}为空，后面的选项却有内容").format(letter=gap),
            f"option_{gap}",
        )
    letters = _letters(str(raw))
    if letters is None:
        yield CellError(
            translate("ContestBank", "答案“{text}”应为选项字母，如 B 或 ACD").format(text=str(raw)[:20]),
            "answer",
        )
        return
    if kind is QuestionKind.SINGLE and len(letters) > 1:
        yield CellError(
            translate("ContestBank", "单选题只能有一个答案，现为“{answer}”").format(answer=letters), "answer"
        )
    if kind is QuestionKind.MULTIPLE and len(letters) < 2:
        yield CellError(
            translate("ContestBank", "多选题至少应有两个答案，现为“{answer}”").format(answer=letters),
            "answer",
        )
    empty = [ch for ch in letters if not options[LETTERS.index(ch)].strip()]
    if empty:
        yield CellError(
            translate("ContestBank", "答案中的选项{letters}没有内容").format(letters="、".join(empty)),
            "answer",
        )


def answer_key(kind: QuestionKind, raw: object) -> str:
    """The stored key of an answer the row check accepted."""
    if kind is QuestionKind.TRUE_FALSE:
        return TRUE if remove_spaces(str(raw)).upper() in _TRUE else FALSE
    return _letters(str(raw)) or ""


def write_bank_template(path: Path) -> None:
    example = [
        1,
        "单选题",
        "安全用电",
        "人体触电时，通过人体的电流超过多少即有生命危险？",
        "10 mA",
        "30 mA",
        "50 mA",
        "100 mA",
        "",
        "",
        "B",
    ]
    write_template(path, bank_columns(), [example])


# Import -----------------------------------------------------------------------------------------
@dataclass
class BankPlan:
    trade: str
    actor_id: int | None
    source: str
    preview: ImportPreview
    next_version: int = 1
    problems: list[FieldProblem] = field(default_factory=list)


def plan_bank(
    db: Database, actor: Actor, trade: str, path: Path, progress: Progress = NO_PROGRESS
) -> BankPlan:
    require_admin(actor)
    trade = trade.strip()
    if not trade:
        raise ValidationError(
            FieldProblem(translate("ContestBank", "工种"), translate("ContestBank", "不能为空"))
        )
    preview = parse_rows(
        read_table(path),
        bank_columns(),
        check_question,
        progress=lambda done, total: progress.step(done, total),
        cancelled=lambda: progress.cancelled,
    )
    with db.read(actor) as s:
        latest = s.execute(select(func.max(QuestionBank.version)).where(QuestionBank.trade == trade)).scalar()
    return BankPlan(trade, actor.user_id, path.name, preview, (latest or 0) + 1, list(preview.problems))


def bank_preview(plan: BankPlan, upload: str) -> ImportPreviewData:
    rejected = plan.preview.rejected_row_numbers
    good = [row for row in plan.preview.rows if row.row_number not in rejected]
    return ImportPreviewData(
        upload=upload,
        source=plan.source,
        total_rows=len(plan.preview.rows),
        problems=plan.problems,
        rejected_rows=len(rejected),
        new_count=len(good),
        new_headers=[
            translate("ContestBank", "行号"),
            translate("ContestBank", "题型"),
            translate("ContestBank", "知识领域"),
            translate("ContestBank", "题干"),
            translate("ContestBank", "答案"),
        ],
        new_rows=[
            [
                str(row.row_number),
                row.values["kind"].label,
                row.values["area"],
                _short(row.values["stem"]),
                shown_answer(row.values["kind"], answer_key(row.values["kind"], row.values["answer"])),
            ]
            for row in good[:SHOWN_ROWS]
        ],
        notes=[
            translate("ContestBank", "导入后成为“{trade}”题库第 {n} 版；已有的版本不变。").format(
                trade=plan.trade, n=plan.next_version
            ),
            *plan.preview.notes,
        ],
        ignored_columns=list(plan.preview.ignored_columns),
    )


def _short(text: str, limit: int = 40) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def shown_answer(kind: QuestionKind, key: str) -> str:
    if kind is QuestionKind.TRUE_FALSE:
        return "√" if key == TRUE else "×"
    return key


def apply_bank(db: Database, actor: Actor, plan: BankPlan, mode: ImportMode) -> ImportOutcome:
    """A new version of the trade's bank with the rows (all or nothing: any problem writes nothing)."""
    require_admin(actor)
    rows = rows_to_apply(plan.preview, mode)
    with db.transaction(actor) as s:
        latest = s.execute(
            select(func.max(QuestionBank.version)).where(QuestionBank.trade == plan.trade)
        ).scalar()
        bank = QuestionBank(
            trade=plan.trade,
            version=(latest or 0) + 1,
            source=plan.source,
            questions=len(rows),
            created_at=utcnow(),
            created_by=actor.display_name,
        )
        s.add(bank)
        s.flush()
        s.execute(
            insert(Question),
            [
                {
                    "bank_id": bank.id,
                    "number": n,
                    "kind": row.values["kind"],
                    "area": row.values["area"],
                    "stem": row.values["stem"],
                    "options": json.dumps(
                        _options(row.values) if row.values["kind"] is not QuestionKind.TRUE_FALSE else [],
                        ensure_ascii=False,
                    ),
                    "answer": answer_key(row.values["kind"], row.values["answer"]),
                }
                for n, row in enumerate(rows, start=1)
            ],
        )
        record(
            s,
            "import",
            "question_banks",
            bank.id,
            translate("ContestBank", "导入“{trade}”题库第 {n} 版：{count} 道题（{file}）").format(
                trade=plan.trade, n=bank.version, count=len(rows), file=plan.source
            ),
        )
    return ImportOutcome(len(rows), 0, len(plan.preview.rejected_row_numbers))


def _options(values: dict[str, Any]) -> list[str]:
    options = [str(values.get(f"option_{letter}") or "").strip() for letter in LETTERS]
    while options and not options[-1]:
        options.pop()
    return options


# Reading ----------------------------------------------------------------------------------------
def bank_info(bank: QuestionBank) -> BankInfo:
    return BankInfo(
        bank.id,
        bank.trade,
        bank.version,
        bank.source,
        bank.questions,
        bank.created_at.strftime("%Y-%m-%d %H:%M"),
        bank.created_by,
    )


def bank_view_in(s: Session, trade: str) -> BankView:
    banks = list(
        s.execute(
            select(QuestionBank).where(QuestionBank.trade == trade).order_by(QuestionBank.version.desc())
        ).scalars()
    )
    counts: list[AreaCount] = []
    if banks:
        counts = [
            AreaCount(area, kind, n)
            for area, kind, n in s.execute(
                select(Question.area, Question.kind, func.count())
                .where(Question.bank_id == banks[0].id)
                .group_by(Question.area, Question.kind)
                .order_by(Question.area, Question.kind)
            ).all()
        ]
    return BankView(trade, [bank_info(b) for b in banks], counts)


def latest_bank(s: Session, trade: str) -> QuestionBank | None:
    return s.execute(
        select(QuestionBank).where(QuestionBank.trade == trade).order_by(QuestionBank.version.desc()).limit(1)
    ).scalar_one_or_none()


def questions_in(s: Session, bank_id: int) -> list[BankQuestion]:
    return [
        BankQuestion(
            q.id, q.number, QuestionKind(q.kind), q.area, q.stem, tuple(json.loads(q.options)), q.answer
        )
        for q in s.execute(
            select(Question).where(Question.bank_id == bank_id).order_by(Question.number)
        ).scalars()
    ]


def load_bank(s: Session, actor: Actor, bank_id: int) -> QuestionBank:
    require_read(actor)
    bank = s.get(QuestionBank, bank_id)
    if bank is None:
        raise NotFound(translate("ContestBank", "找不到该题库。"))
    return bank


# Drawing ----------------------------------------------------------------------------------------
def draw(questions: list[BankQuestion], plan: ExamPlan, rng: random.Random) -> list[BankQuestion]:
    """Questions for ``plan``, line by line (a line with an area first takes from that area; a line
    without one takes from what is left). Refused, naming the line, when the bank holds too few."""
    taken: set[int] = set()
    chosen: list[BankQuestion] = []
    problems = []
    for n, line in sorted(enumerate(plan.lines, start=1), key=lambda nl: not nl[1].area.strip()):
        pool = [
            q
            for q in questions
            if q.kind == line.kind
            and q.id not in taken
            and (not line.area.strip() or q.area == line.area.strip())
        ]
        if len(pool) < line.count:
            where = line.area.strip() or translate("ContestBank", "不限知识领域")
            problems.append(
                FieldProblem(
                    translate("ContestBank", "组卷第 {n} 行").format(n=n),
                    translate("ContestBank", "要求{kind}（{area}）{count} 道，题库中只有 {have} 道").format(
                        kind=QuestionKind(line.kind).label, area=where, count=line.count, have=len(pool)
                    ),
                )
            )
            continue
        picked = rng.sample(pool, line.count)
        taken.update(q.id for q in picked)
        chosen += picked
    if problems:
        raise ValidationError(problems)
    return chosen


def in_paper_order(questions: list[BankQuestion], rng: random.Random) -> list[BankQuestion]:
    """单选, then 多选, then 判断; shuffled within each section."""
    ordered: list[BankQuestion] = []
    for kind in QuestionKind:
        section = [q for q in questions if q.kind == kind]
        rng.shuffle(section)
        ordered += section
    return ordered


def practice_plan(questions: list[BankQuestion]) -> ExamPlan:
    """A practice test when the contest has no blueprint: 20 单选, 10 多选, 20 判断 at most."""
    wanted = {
        QuestionKind.SINGLE: (20, Decimal(1)),
        QuestionKind.MULTIPLE: (10, Decimal(2)),
        QuestionKind.TRUE_FALSE: (20, Decimal(1)),
    }
    lines = []
    for kind, (count, points) in wanted.items():
        have = sum(1 for q in questions if q.kind == kind)
        if have:
            lines.append(ExamLine(kind.value, "", min(count, have), points))
    if not lines:
        raise UserError(translate("ContestBank", "题库中没有题目。"))
    return ExamPlan(tuple(lines))


# Booklets ---------------------------------------------------------------------------------------
def write_bank_xlsx(bank: QuestionBank, questions: list[BankQuestion], path: Path) -> None:
    """The bank as the import template reads it: a workbook can be corrected and imported again."""
    headers = [c.label for c in bank_columns()]
    rows = [
        [
            q.number,
            q.kind.label,
            q.area,
            q.stem,
            *(list(q.options) + [""] * (6 - len(q.options))),
            _written_answer(q),
        ]
        for q in questions
    ]
    title = translate("ContestBank", "{trade}题库第{n}版").format(trade=bank.trade, n=bank.version)
    write_xlsx(path, [Sheet(title[:31], headers, rows)])


def _written_answer(q: BankQuestion) -> str:
    if q.kind is QuestionKind.TRUE_FALSE:
        return translate("ContestBank", "对") if q.answer == TRUE else translate("ContestBank", "错")
    return q.answer


def question_flowables(
    questions: list[BankQuestion], styles: dict[str, Any], numbered_from: int = 1, with_kind: bool = True
) -> list[Any]:
    story = []
    for n, q in enumerate(questions, start=numbered_from):
        tag = f"［{q.kind.label}］" if with_kind else ""
        story.append(pdf.paragraph(f"{n}. {tag}{q.stem}", styles["body"]))
        if q.kind is QuestionKind.TRUE_FALSE:
            continue
        story.append(
            pdf.paragraph(
                "　　".join(f"{LETTERS[i]}. {text}" for i, text in enumerate(q.options)), styles["indented"]
            )
        )
    return story


def answer_table(questions: list[BankQuestion], per_row: int = 10) -> Any:
    from reportlab.lib.units import mm  # imported here: ReportLab loads only when a PDF is written

    cells = [f"{n}. {shown_answer(q.kind, q.answer)}" for n, q in enumerate(questions, start=1)]
    rows = [
        cells[i : i + per_row] + [""] * (per_row - len(cells[i : i + per_row]))
        for i in range(0, len(cells), per_row)
    ]
    return pdf.make_table(rows, [17.4 * mm] * per_row, header=False)


def write_bank_pdf(bank: QuestionBank, questions: list[BankQuestion], path: Path) -> None:
    """The practice booklet for the months of 练兵: by knowledge area, answers at the end."""
    styles = pdf.paragraph_styles(size=10.5)
    title = translate("ContestBank", "{trade}理论知识练习题库（第 {n} 版）").format(
        trade=bank.trade, n=bank.version
    )
    story: list[Any] = [pdf.paragraph(title, styles["title"])]
    story.append(
        pdf.paragraph(
            translate(
                "ContestBank", "共 {n} 道题：单选题 {s} 道，多选题 {m} 道，判断题 {t} 道。答案附在书后。"
            ).format(
                n=len(questions),
                s=sum(q.kind is QuestionKind.SINGLE for q in questions),
                m=sum(q.kind is QuestionKind.MULTIPLE for q in questions),
                t=sum(q.kind is QuestionKind.TRUE_FALSE for q in questions),
            ),
            styles["small"],
        )
    )
    ordered = sorted(questions, key=lambda q: (q.area, list(QuestionKind).index(q.kind), q.number))
    start = 1
    for area in dict.fromkeys(q.area for q in ordered):
        section = [q for q in ordered if q.area == area]
        story.append(pdf.paragraph(area, styles["heading"]))
        story += question_flowables(section, styles, start)
        start += len(section)
    story.append(pdf.paragraph(translate("ContestBank", "参考答案"), styles["heading"]))
    story.append(answer_table(ordered))
    pdf.build_document(path, story, title=title, header_text=title)


def write_practice_pdf(trade: str, questions: list[BankQuestion], plan: ExamPlan, path: Path) -> None:
    """A practice test: a paper by the blueprint, the answer key on its own last page."""
    from reportlab.platypus import PageBreak  # imported here: ReportLab loads only when a PDF is written

    styles = pdf.paragraph_styles(size=10.5)
    title = translate("ContestBank", "{trade}理论知识模拟测试").format(trade=trade)
    story: list[Any] = [pdf.paragraph(title, styles["title"])]
    story.append(
        pdf.paragraph(
            translate("ContestBank", "共 {n} 题，满分 {total} 分，建议用时 {minutes} 分钟。").format(
                n=plan.questions, total=f"{plan.total.normalize():f}", minutes=plan.minutes
            ),
            styles["small"],
        )
    )
    story += section_flowables(questions, plan, styles)
    story.append(PageBreak())
    story.append(pdf.paragraph(translate("ContestBank", "参考答案"), styles["heading"]))
    story.append(answer_table(questions))
    pdf.build_document(path, story, title=title, header_text=title)


def section_flowables(questions: list[BankQuestion], plan: ExamPlan, styles: dict[str, Any]) -> list[Any]:
    """A paper's sections (一、单选题 …) with their points, numbered straight through."""
    points = {line.kind: line.points for line in plan.lines}
    story: list[Any] = []
    start = 1
    for number, kind in enumerate(k for k in QuestionKind if any(q.kind == k for q in questions)):
        section = [q for q in questions if q.kind == kind]
        each = points.get(kind.value, Decimal(0))
        heading = translate("ContestBank", "{n}、{kind}（共 {count} 题，每题 {each} 分）").format(
            n="一二三四五"[number], kind=kind.label, count=len(section), each=f"{each.normalize():f}"
        )
        story.append(pdf.paragraph(heading, styles["heading"]))
        story += question_flowables(section, styles, start, with_kind=False)
        start += len(section)
    return story
