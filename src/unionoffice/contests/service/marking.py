"""Writing one judge's marks for one event: the checks every source shares (judge package,
paper marking sheet) and the replace-and-audit step. Nothing is written unless all pass."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import delete, insert, select, update
from sqlalchemy.orm import Session

from unionoffice.contests.contract import MarksOutcome
from unionoffice.contests.models import Contest, Contestant, ContestEvent, JudgeAssignment, Mark, ScoringItem
from unionoffice.contests.service.common import exam_item_id, judge_branches, require_unlocked
from unionoffice.core.audit.recorder import record
from unionoffice.core.auth.models import User
from unionoffice.core.judging.marks import format_centi
from unionoffice.db.base import utcnow
from unionoffice.foundation.errors import FieldProblem, ValidationError
from unionoffice.foundation.i18n import translate


def find_assignment(s: Session, event_id: int, judge_id: int) -> JudgeAssignment | None:
    return s.execute(
        select(JudgeAssignment).where(
            JudgeAssignment.event_id == event_id, JudgeAssignment.user_id == judge_id
        )
    ).scalar_one_or_none()


def apply_marks(
    s: Session,
    contest: Contest,
    event: ContestEvent,
    assignment: JudgeAssignment,
    marks: Sequence[tuple[str, int, int, int | None]],
    source: str,
    seq: int,
) -> MarksOutcome:
    """``marks``: (bib, item id, hundredths, sheet row or None). Replaces this judge's marks for
    the event: a mark left out of a newer package is removed, and the audit entry lists each change."""
    require_unlocked(contest)
    judge = s.get(User, assignment.user_id)
    judge_name = judge.display_name if judge else str(assignment.user_id)
    exam = exam_item_id(s, contest.id)
    items = {
        i.id: i
        for i in s.execute(select(ScoringItem).where(ScoringItem.event_id == event.id)).scalars()
        if i.id != exam
    }
    people = {
        c.bib: c for c in s.execute(select(Contestant).where(Contestant.contest_id == contest.id)).scalars()
    }
    own = (
        judge_branches(s, [assignment.user_id]).get(assignment.user_id, set())
        if contest.no_own_branch
        else set()
    )
    problems: list[str] = []
    seen: set[tuple[str, int]] = set()
    wanted: dict[tuple[int, int], int] = {}

    def problem(row: int | None, text: str) -> None:
        problems.append(translate("ContestMarks", "第 {row} 行：").format(row=row) + text if row else text)

    for bib, item_id, value, row in marks:
        item = items.get(item_id)
        person = people.get(bib)
        if person is None:
            problem(row, translate("ContestMarks", "参赛号 {bib} 不是本竞赛的选手").format(bib=bib))
            continue
        if item is None and item_id == exam:
            problem(
                row,
                translate("ContestMarks", "参赛号 {bib}：理论试卷由理论考试自动评分，不能在此录入").format(
                    bib=bib
                ),
            )
            continue
        if item is None:
            problem(
                row,
                translate("ContestMarks", "参赛号 {bib}：评分细则不属于科目“{event}”").format(
                    bib=bib, event=event.name
                ),
            )
            continue
        if item.kind == "measured" and not assignment.records_measured:
            problem(
                row,
                translate("ContestMarks", "参赛号 {bib}：“{item}”是客观测量项，该评委不负责录入").format(
                    bib=bib, item=item.name
                ),
            )
        if not 0 <= value <= item.max_centi:
            problem(
                row,
                translate("ContestMarks", "参赛号 {bib}“{item}”的分数 {value} 超出范围（0～{max}）").format(
                    bib=bib,
                    item=item.name,
                    value=format_centi(value) if value >= 0 else value,
                    max=format_centi(item.max_centi),
                ),
            )
        if person.branch_id in own:
            problem(
                row,
                translate(
                    "ContestMarks", "参赛号 {bib} 与评委 {judge} 同属一个分工会，按回避规则不能由其评分"
                ).format(bib=bib, judge=judge_name),
            )
        if (bib, item_id) in seen:
            problem(
                row,
                translate("ContestMarks", "参赛号 {bib}“{item}”出现了两次").format(bib=bib, item=item.name),
            )
        seen.add((bib, item_id))
        wanted[(person.id, item_id)] = value
    if problems:
        head = translate("ContestMarks", "{judge}（{event}）的评分未导入，没有写入任何数据：").format(
            judge=judge_name, event=event.name
        )
        lines = [head, *problems[:200]]
        if len(problems) > 200:
            lines.append(translate("ContestMarks", "……另有 {n} 个问题").format(n=len(problems) - 200))
        raise ValidationError([FieldProblem("", line) for line in lines])

    existing = {
        (m.contestant_id, m.item_id): m
        for m in s.execute(
            select(Mark).where(Mark.judge_id == assignment.user_id, Mark.item_id.in_(list(items)))
        ).scalars()
    }
    bibs = {c.id: c.bib for c in people.values()}
    changes: dict[str, list[str | None]] = {}
    now = utcnow()
    new_rows = []
    added = changed = unchanged = 0
    for key, value in wanted.items():
        old = existing.get(key)
        label = f"{bibs[key[0]]}/{items[key[1]].code}"
        if old is None:
            new_rows.append(
                {
                    "contestant_id": key[0],
                    "item_id": key[1],
                    "judge_id": assignment.user_id,
                    "value_centi": value,
                    "source": source,
                    "seq": seq,
                    "entered_at": now,
                }
            )
            changes[label] = [None, format_centi(value)]
            added += 1
        elif old.value_centi != value:
            changes[label] = [
                format_centi(old.value_centi),
                format_centi(value),
            ]  # before the update syncs it
            s.execute(
                update(Mark)
                .where(Mark.id == old.id)
                .values(value_centi=value, source=source, seq=seq, entered_at=now)
            )
            changed += 1
        else:
            unchanged += 1
    gone = [m for key, m in existing.items() if key not in wanted]
    for m in gone:
        changes[f"{bibs.get(m.contestant_id, m.contestant_id)}/{items[m.item_id].code}"] = [
            format_centi(m.value_centi),
            None,
        ]
    if gone:
        s.execute(delete(Mark).where(Mark.id.in_([m.id for m in gone])))
    if new_rows:
        s.execute(insert(Mark), new_rows)
    outcome = MarksOutcome(contest.id, event.name, judge_name, added, changed, len(gone), unchanged)
    if outcome.touched:
        record(
            s,
            "marks_import",
            "contest_marks",
            contest.id,
            f"{contest.name} · {outcome.describe()}",
            {
                "source": source,
                "seq": seq,
                "judge_id": assignment.user_id,
                "event_id": event.id,
                "marks": sorted(changes),  # which cells changed; the marks stay in the marks table
            },
        )
    return outcome
