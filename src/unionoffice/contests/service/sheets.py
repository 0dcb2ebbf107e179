"""Paper marking: an .xlsx marking sheet per event and judge, typed in after the contest and
imported through the shared importer with the same checks as a judge package."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from unionoffice.contests.labels import EntryStatus
from unionoffice.contests.models import Contest, Contestant, ContestEvent, JudgeAssignment, ScoringItem
from unionoffice.contests.service.common import exam_item_id, judge_branches, load_contest, require_admin
from unionoffice.contests.service.marking import MarksOutcome, apply_marks, find_assignment
from unionoffice.core.auth.actor import Actor
from unionoffice.core.auth.models import User
from unionoffice.core.judging.marks import MarkError, format_centi, parse_mark
from unionoffice.db.database import Database
from unionoffice.foundation.errors import NotFound, UserError
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
from unionoffice.foundation.progress import NO_PROGRESS, Progress
from unionoffice.foundation.xlsx import TEXT, Sheet, write_xlsx

TOKEN_LABEL = "评分表标识"


def _items(s: Session, a: JudgeAssignment) -> list[ScoringItem]:
    event = s.get_one(ContestEvent, a.event_id)
    exam = exam_item_id(s, event.contest_id)
    return [
        i
        for i in s.execute(
            select(ScoringItem).where(ScoringItem.event_id == a.event_id).order_by(ScoringItem.sort_order)
        ).scalars()
        if (i.kind == "judged" or a.records_measured) and i.id != exam
    ]


def export_marking_sheet(db: Database, actor: Actor, assignment_id: int, path: str | Path) -> None:
    require_admin(actor)
    with db.read(actor) as s:
        a = s.get(JudgeAssignment, assignment_id)
        if a is None:
            raise NotFound(translate("ContestSheets", "找不到该评委分配。"))
        event = s.get_one(ContestEvent, a.event_id)
        contest = load_contest(s, actor, event.contest_id)
        judge = s.get_one(User, a.user_id)
        items = _items(s, a)
        own = judge_branches(s, [a.user_id]).get(a.user_id, set()) if contest.no_own_branch else set()
        people = [
            (c.bib, c.name)
            for c in s.execute(
                select(Contestant)
                .where(Contestant.contest_id == contest.id, Contestant.status == EntryStatus.ENTERED)
                .order_by(Contestant.bib)
            ).scalars()
            if c.branch_id not in own
        ]
        token = f"{contest.uid}:{event.id}:{a.user_id}"
        title = translate("ContestSheets", "{contest} 评分表").format(contest=contest.name)
        header = [translate("ContestSheets", "参赛号"), translate("ContestSheets", "姓名")] + [
            translate("ContestSheets", "{name}（满分 {max}）").format(
                name=i.name, max=format_centi(i.max_centi)
            )
            for i in items
        ]
        rows: list[Sequence[object]] = [
            [TOKEN_LABEL, token],
            [
                translate("ContestSheets", "科目"),
                event.name,
                translate("ContestSheets", "评委"),
                judge.display_name,
            ],
            [
                translate(
                    "ContestSheets",
                    "请在分数列填写该评委在纸质评分表上的分数，最多两位小数；不要修改参赛号和表头。",
                )
            ],
            header,
            *([bib, name] for bib, name in people),
        ]
    write_xlsx(
        path,
        [
            Sheet(
                title[:31],
                [title],
                rows,
                column_widths=[14, 14] + [18] * len(items),
                number_formats={0: TEXT},
            )
        ],
    )


def _bib(value: object) -> str:
    text = text_parser(16)(value)
    return f"{int(text):03d}" if text.isdigit() and len(text) < 3 else text


def _mark_parser(max_centi: int) -> Callable[[object], int]:
    def parse(value: object) -> int:
        try:
            return parse_mark(value, max_centi)
        except MarkError as error:
            raise CellError(str(error)) from None

    return parse


def import_marking_sheet(
    db: Database, actor: Actor, path: str | Path, progress: Progress = NO_PROGRESS
) -> MarksOutcome:
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
    uid, _, rest = token.partition(":")
    event_text, _, judge_text = rest.partition(":")
    if not (uid and event_text.isdigit() and judge_text.isdigit()):
        raise UserError(
            translate("ContestSheets", "文件中没有“{label}”，这不是本系统导出的评分表。").format(
                label=TOKEN_LABEL
            )
        )
    with db.transaction(actor) as s:
        contest = s.execute(select(Contest).where(Contest.uid == uid)).scalar_one_or_none()
        event = s.get(ContestEvent, int(event_text))
        if contest is None or event is None or event.contest_id != contest.id:
            raise UserError(translate("ContestSheets", "评分表属于另一个竞赛，本数据库中没有该竞赛或科目。"))
        a = find_assignment(s, event.id, int(judge_text))
        if a is None:
            raise UserError(
                translate("ContestSheets", "评分表上的评委未被指派到科目“{event}”，不能导入。").format(
                    event=event.name
                )
            )
        items = _items(s, a)
        columns = [
            Column("bib", translate("ContestSheets", "参赛号"), parser=_bib, unique=True, text=True),
            Column("name", translate("ContestSheets", "姓名"), required=False),
        ]
        columns += [
            Column(f"i{i.id}", i.name, aliases=(i.code,), required=False, parser=_mark_parser(i.max_centi))
            for i in items
        ]
        preview = parse_rows(
            table,
            columns,
            progress=lambda done, total: progress.step(done, total),
            cancelled=lambda: progress.cancelled,
        )
        rows = rows_to_apply(preview, ImportMode.ALL_OR_NOTHING)
        marks = [
            (row.values["bib"], i.id, row.values[f"i{i.id}"], row.row_number)
            for row in rows
            for i in items
            if row.values.get(f"i{i.id}") is not None
        ]
        return apply_marks(s, contest, event, a, marks, "sheet", a.last_seq)
