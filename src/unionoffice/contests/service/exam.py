"""The theory exam: a paper drawn from the trade's bank by the contest's blueprint (versions A and B
hold the same questions in different orders), rooms and seats, a signed exam package per room for
the offline exam mode, and automatic marking of the answers that come back.

The score lands in the theory item (the theory event's one measured item) as a mark of the judge
who records that event's measured items. An answers file passes the same checks as a judge
package, and nothing is written unless all pass: the file belongs to this contest's current paper
and, when a room is named, to that room; its signature matches the room key; it is answered, not
the blank package; it is not older than the last file from the same laptop (replay), and the same
file again changes nothing (idempotent); every contestant in it sits in that room.
"""

from __future__ import annotations

import json
import random
import secrets
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from unionoffice.contests import exam_package as fmt
from unionoffice.contests import exam_scoring
from unionoffice.contests.contract import ExamView, PaperInfo, RoomInfo, theory_item
from unionoffice.contests.exam_package import ExamPackage, ExamSeatInfo, PaperQuestion
from unionoffice.contests.labels import EntryStatus, QuestionKind, Version
from unionoffice.contests.models import (
    Contest,
    Contestant,
    ContestEvent,
    ExamPaper,
    ExamRoom,
    ExamSeat,
    ExamSheet,
    ExamSubmission,
    JudgeAssignment,
    Mark,
    QuestionBank,
    ScoringItem,
)
from unionoffice.contests.service import bank as banks
from unionoffice.contests.service.common import load_contest, require_admin, require_unlocked
from unionoffice.contests.service.definition import exam_of, read_scheme
from unionoffice.core.audit.recorder import record
from unionoffice.core.auth.actor import Actor
from unionoffice.core.judging.marks import format_centi
from unionoffice.core.judging.package import key_slip_text
from unionoffice.db.base import utcnow
from unionoffice.db.database import Database
from unionoffice.foundation.errors import FieldProblem, NotFound, UserError, ValidationError
from unionoffice.foundation.i18n import translate
from unionoffice.foundation.progress import NO_PROGRESS, Progress

ROOM_SIZE = 30


# The paper --------------------------------------------------------------------------------------
def paper_of(s: Session, contest_id: int) -> ExamPaper | None:
    return s.execute(select(ExamPaper).where(ExamPaper.contest_id == contest_id)).scalar_one_or_none()


def _orders(paper: ExamPaper) -> tuple[list[int], list[int]]:
    return json.loads(paper.order_a), json.loads(paper.order_b)


def paper_keys(s: Session, paper: ExamPaper) -> dict[int, exam_scoring.Key]:
    plan = exam_of(paper.plan)
    assert plan is not None, "a paper is drawn by a blueprint"
    points = {line.kind: int(line.points * 100) for line in plan.lines}
    return {
        q.id: exam_scoring.Key(q.kind, q.answer, points[q.kind])
        for q in banks.questions_in(s, paper.bank_id)
        if q.id in set(json.loads(paper.order_a))
    }


def paper_info(s: Session, paper: ExamPaper) -> PaperInfo:
    bank = s.get_one(QuestionBank, paper.bank_id)
    plan = exam_of(paper.plan)
    assert plan is not None, "a paper is drawn by a blueprint"
    kinds = [(line.kind, line.count) for line in plan.lines]
    by_kind = [
        (k.value, sum(n for kind, n in kinds if kind == k))
        for k in QuestionKind
        if any(kind == k for kind, _ in kinds)
    ]
    return PaperInfo(
        bank.id,
        bank.version,
        paper.created_at.strftime("%Y-%m-%d %H:%M"),
        paper.created_by,
        plan.questions,
        plan.total,
        by_kind,
    )


def _marked(s: Session, paper_id: int) -> int:
    return s.execute(
        select(func.count())
        .select_from(ExamSheet)
        .join(ExamSeat, ExamSeat.id == ExamSheet.seat_id)
        .join(ExamRoom, ExamRoom.id == ExamSeat.room_id)
        .where(ExamRoom.paper_id == paper_id)
    ).scalar_one()


def generate_paper(
    db: Database, actor: Actor, contest_id: int, bank_id: int | None = None, seed: int | None = None
) -> PaperInfo:
    """Draw the paper (again, while no answer has been marked); refused naming each blueprint line
    the bank cannot fill, nothing written."""
    require_admin(actor)
    with db.transaction(actor) as s:
        contest = load_contest(s, actor, contest_id)
        require_unlocked(contest)
        d = read_scheme(s, contest)
        if d.exam is None:
            raise UserError(
                translate("ContestExam", "竞赛方案中还没有理论考试的组卷要求（在“编辑方案”中设置）。")
            )
        if theory_item(d.events) is None:
            raise UserError(
                translate("ContestExam", "竞赛方案需要一个理论科目，且该科目只有一个“客观测量”细则。")
            )
        bank = s.get(QuestionBank, bank_id) if bank_id is not None else banks.latest_bank(s, contest.trade)
        if bank is None:
            raise UserError(
                translate("ContestExam", "还没有“{trade}”工种的题库，请先导入题库。").format(
                    trade=contest.trade
                )
            )
        if bank.trade != contest.trade:
            raise UserError(
                translate("ContestExam", "该题库属于“{trade}”工种，不是本竞赛的工种。").format(
                    trade=bank.trade
                )
            )
        old = paper_of(s, contest.id)
        if old is not None:
            if _marked(s, old.id):
                raise UserError(translate("ContestExam", "已有答卷评分，不能重新组卷。"))
            s.delete(old)
            s.flush()
        chosen_seed = seed if seed is not None else secrets.randbelow(2**31)
        rng = random.Random(chosen_seed)
        drawn = banks.draw(banks.questions_in(s, bank.id), d.exam, rng)
        order_a = banks.in_paper_order(drawn, rng)
        order_b = order_a
        for _ in range(50):  # a section of one question cannot move; anything longer will
            order_b = banks.in_paper_order(drawn, rng)
            if order_b != order_a:
                break
        paper = ExamPaper(
            contest_id=contest.id,
            bank_id=bank.id,
            seed=chosen_seed,
            plan=contest.exam_plan,
            order_a=json.dumps([q.id for q in order_a]),
            order_b=json.dumps([q.id for q in order_b]),
            created_at=utcnow(),
            created_by=actor.display_name,
        )
        s.add(paper)
        s.flush()
        record(
            s,
            "generate",
            "exam_papers",
            paper.id,
            translate("ContestExam", "{contest}：从“{trade}”题库第 {n} 版组卷，{count} 道题").format(
                contest=contest.name, trade=bank.trade, n=bank.version, count=len(drawn)
            ),
        )
        return paper_info(s, paper)


# Rooms ------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class RoomPackage:
    room: int
    name: str
    data: bytes
    seats: int
    key_slip: str


def current_paper(s: Session, contest: Contest) -> ExamPaper:
    paper = paper_of(s, contest.id)
    if paper is None:
        raise UserError(translate("ContestExam", "还没有生成理论试卷，请先组卷。"))
    return paper


def seat_contestants(s: Session, paper: ExamPaper, room_size: int) -> list[ExamRoom]:
    """Rooms of ``room_size`` in bib order, versions A and B on alternate seats. Seated again from
    scratch (new room keys) while nothing is marked; once answers are in, the seating stays."""
    rooms = list(
        s.execute(select(ExamRoom).where(ExamRoom.paper_id == paper.id).order_by(ExamRoom.number)).scalars()
    )
    if rooms and _marked(s, paper.id):
        return rooms
    if not 1 <= room_size <= fmt.MAX_SEATS:
        raise ValidationError(
            FieldProblem(translate("ContestExam", "每考场人数"), translate("ContestExam", "应为正整数"))
        )
    for room in rooms:
        s.delete(room)
    s.flush()
    people = list(
        s.execute(
            select(Contestant.id)
            .where(Contestant.contest_id == paper.contest_id, Contestant.status == EntryStatus.ENTERED)
            .order_by(Contestant.bib)
        ).scalars()
    )
    if not people:
        raise UserError(translate("ContestExam", "还没有报名的选手，无法安排考场。"))
    made = []
    for number, start in enumerate(range(0, len(people), room_size), start=1):
        room = ExamRoom(paper_id=paper.id, number=number, key=secrets.token_hex(20))
        s.add(room)
        s.flush()
        for seat, contestant in enumerate(people[start : start + room_size], start=1):
            s.add(
                ExamSeat(
                    room_id=room.id, contestant_id=contestant, seat=seat, version="A" if seat % 2 else "B"
                )
            )
        made.append(room)
    s.flush()
    return made


def room_name(number: int) -> str:
    return translate("ContestExam", "第 {n} 考场").format(n=number)


def _package(s: Session, contest: Contest, paper: ExamPaper, room: ExamRoom) -> ExamPackage:
    keys = paper_keys(s, paper)
    questions = {q.id: q for q in banks.questions_in(s, paper.bank_id)}
    order_a, order_b = _orders(paper)
    seats = s.execute(
        select(Contestant.bib, Contestant.name, ExamSeat.seat, ExamSeat.version)
        .join(ExamSeat, ExamSeat.contestant_id == Contestant.id)
        .where(ExamSeat.room_id == room.id)
        .order_by(ExamSeat.seat)
    ).all()
    plan = exam_of(paper.plan)
    package = ExamPackage(
        contest_uid=contest.uid,
        contest_name=contest.name,
        contest_year=contest.year,
        trade=contest.trade,
        paper_id=paper.id,
        title=translate("ContestExam", "{contest}理论考试").format(contest=contest.name),
        minutes=plan.minutes if plan else 90,
        room_id=room.id,
        room_number=room.number,
        seq=0,
        state="issued",
        issued_at=utcnow().isoformat(timespec="seconds"),
        signed_at="",
        station="",
        # The answer key stays in the office: the package carries the questions only.
        questions=tuple(
            PaperQuestion(
                q, questions[q].kind.value, questions[q].stem, questions[q].options, keys[q].points_centi
            )
            for q in order_a
        ),
        order_a=tuple(order_a),
        order_b=tuple(order_b),
        seats=tuple(ExamSeatInfo(bib, name, seat, version) for bib, name, seat, version in seats),
    )
    return fmt.sign(package, bytes.fromhex(room.key))


def exam_packages(
    db: Database, actor: Actor, contest_id: int, room_size: int = ROOM_SIZE, progress: Progress = NO_PROGRESS
) -> list[RoomPackage]:
    """A signed exam package per room (seating the contestants first while nothing is marked)."""
    require_admin(actor)
    with db.transaction(actor) as s:
        contest = load_contest(s, actor, contest_id)
        require_unlocked(contest)
        paper = current_paper(s, contest)
        rooms = seat_contestants(s, paper, room_size)
        made = []
        for n, room in enumerate(rooms):
            progress.step(n, len(rooms))
            package = _package(s, contest, paper, room)
            made.append(
                RoomPackage(
                    room.number,
                    room_name(room.number),
                    fmt.dumps(package),
                    len(package.seats),
                    key_slip_text(room.key),
                )
            )
        progress.step(len(rooms), len(rooms))
        return made


def key_slip(contest_name: str, packages: Iterable[RoomPackage], file_names: Iterable[str]) -> str:
    lines = [
        translate("ContestExam", "考场密钥单（请交给各考场的监考老师，与考场包分开传递）"),
        contest_name,
        "",
    ]
    lines += [
        f"{p.name}\t{p.seats} 人\t{p.key_slip}\t{name}" for p, name in zip(packages, file_names, strict=True)
    ]
    return "\n".join(lines) + "\n"


# Marking ----------------------------------------------------------------------------------------
def _theory_target(s: Session, actor: Actor, contest: Contest) -> tuple[ScoringItem, int]:
    """The theory item and the judge whose mark it is: the event's measured-items recorder."""
    target = theory_item(read_scheme(s, contest).events)
    if target is None:
        raise UserError(
            translate("ContestExam", "竞赛方案需要一个理论科目，且该科目只有一个“客观测量”细则。")
        )
    event = s.execute(
        select(ContestEvent).where(ContestEvent.contest_id == contest.id, ContestEvent.code == target[0].code)
    ).scalar_one()
    item = s.execute(
        select(ScoringItem).where(ScoringItem.event_id == event.id, ScoringItem.code == target[1].code)
    ).scalar_one()
    recorder = s.execute(
        select(JudgeAssignment.user_id).where(
            JudgeAssignment.event_id == event.id, JudgeAssignment.records_measured.is_(True)
        )
    ).scalar_one_or_none()
    judge = recorder if recorder is not None else actor.user_id
    if judge is None:
        raise UserError(
            translate(
                "ContestExam", "科目“{event}”还没有负责录入客观测量项的评委，请先在“评委”页指派。"
            ).format(event=event.name)
        )
    return item, judge


def land_scores(
    s: Session, actor: Actor, contest: Contest, scores: dict[int, int], source: str, seq: int
) -> tuple[int, int, int, dict[str, list[str | None]]]:
    """Write the paper scores as the theory item's marks (one per contestant, whoever recorded it
    before). Returns added, changed, unchanged and the changes by bib for the audit entry."""
    item, judge = _theory_target(s, actor, contest)
    if any(score > item.max_centi for score in scores.values()):
        raise UserError(
            translate("ContestExam", "试卷总分超过细则“{item}”的满分，请核对组卷要求。").format(
                item=item.name
            )
        )
    existing = {
        (m.contestant_id, m.judge_id): m
        for m in s.execute(
            select(Mark).where(Mark.item_id == item.id, Mark.contestant_id.in_(list(scores)))
        ).scalars()
    }
    bibs = dict(s.execute(select(Contestant.id, Contestant.bib).where(Contestant.id.in_(list(scores)))).all())
    added = changed = unchanged = 0
    changes: dict[str, list[str | None]] = {}
    now = utcnow()
    for contestant, value in scores.items():
        mine = existing.get((contestant, judge))
        others = [m for (c, j), m in existing.items() if c == contestant and j != judge]
        for other in others:  # one mark per contestant on the theory item, whoever entered it before
            s.delete(other)
        before = mine.value_centi if mine is not None else (others[0].value_centi if others else None)
        if mine is None:
            s.add(
                Mark(
                    contestant_id=contestant,
                    item_id=item.id,
                    judge_id=judge,
                    value_centi=value,
                    source=source,
                    seq=seq,
                    entered_at=now,
                )
            )
        elif mine.value_centi != value:
            mine.value_centi, mine.source, mine.seq, mine.entered_at = value, source, seq, now
        if before == value:
            unchanged += 1
            continue
        added += before is None
        changed += before is not None
        changes[bibs[contestant]] = [None if before is None else format_centi(before), format_centi(value)]
    return added, changed, unchanged, changes


def _describe(room: str, added: int, changed: int, unchanged: int) -> str:
    if not added and not changed:
        return translate("ContestExam", "{room}：答卷与已导入的完全相同，未作任何更改。").format(room=room)
    return translate("ContestExam", "{room}：新评分 {added} 人，更改 {changed} 人，未变 {same} 人。").format(
        room=room, added=added, changed=changed, same=unchanged
    )


def import_answers_bytes(
    db: Database, actor: Actor, contest_id: int, data: bytes, room_id: int | None = None
) -> str:
    """Mark one answers file; returns what it did in a line. Refused whole on any problem."""
    require_admin(actor)
    package = fmt.loads(data)
    with db.transaction(actor) as s:
        contest = load_contest(s, actor, contest_id)
        if package.contest_uid != contest.uid:
            raise UserError(
                translate("ContestExam", "答卷文件属于另一个竞赛（“{name}”），不是“{contest}”。").format(
                    name=package.contest_name, contest=contest.name
                )
            )
        paper = current_paper(s, contest)
        if package.paper_id != paper.id:
            raise UserError(
                translate("ContestExam", "答卷文件对应的试卷已重新生成，不是当前的理论试卷，不能导入。")
            )
        room = s.get(ExamRoom, package.room_id)
        if room is None or room.paper_id != paper.id:
            raise UserError(translate("ContestExam", "答卷文件中的考场已重新安排，不能导入。"))
        if room_id is not None and room.id != room_id:
            wanted = s.get(ExamRoom, room_id)
            raise UserError(
                translate("ContestExam", "这是{room}的答卷文件，不是{wanted}的。未导入任何成绩。").format(
                    room=room_name(room.number), wanted=room_name(wanted.number) if wanted else str(room_id)
                )
            )
        if not fmt.verify(package, bytes.fromhex(room.key)):
            raise UserError(
                translate(
                    "ContestExam",
                    "答卷文件签名不符：文件在考试程序之外被修改过，或不是{room}的答卷。未导入任何成绩。",
                ).format(room=room_name(room.number))
            )
        require_unlocked(contest)
        if package.state != "answered":
            raise UserError(
                translate("ContestExam", "这是尚未作答的考场包，请导入考试电脑“完成并签名”后生成的答卷文件。")
            )
        submission = s.execute(
            select(ExamSubmission).where(
                ExamSubmission.room_id == room.id, ExamSubmission.station == package.station
            )
        ).scalar_one_or_none()
        digest = package.answers_digest()
        if submission is not None and (
            package.seq < submission.last_seq
            or (package.seq == submission.last_seq and digest != submission.last_digest)
        ):
            raise UserError(
                translate(
                    "ContestExam",
                    "这是这台考试电脑较早的答卷文件（第 {seq} 版），已导入过第 {last} 版，不能用旧版本覆盖。",
                ).format(seq=package.seq, last=submission.last_seq)
            )
        if submission is not None and package.seq == submission.last_seq:
            return _describe(room_name(room.number), 0, 0, len({b for b, _q, _a in package.answers}))
        return _mark_room(s, actor, contest, paper, room, package, submission, digest)


def _mark_room(
    s: Session,
    actor: Actor,
    contest: Contest,
    paper: ExamPaper,
    room: ExamRoom,
    package: ExamPackage,
    submission: ExamSubmission | None,
    digest: str,
) -> str:
    seats = {
        bib: (seat_id, contestant)
        for bib, seat_id, contestant in s.execute(
            select(Contestant.bib, ExamSeat.id, Contestant.id)
            .join(ExamSeat, ExamSeat.contestant_id == Contestant.id)
            .where(ExamSeat.room_id == room.id)
        ).all()
    }
    keys = paper_keys(s, paper)
    answers: dict[str, dict[int, str]] = {}
    problems = []
    for bib, question, chosen in package.answers:
        if bib not in seats:
            problems.append(
                translate("ContestExam", "参赛号 {bib} 不在{room}").format(
                    bib=bib, room=room_name(room.number)
                )
            )
        elif question not in keys:
            problems.append(translate("ContestExam", "参赛号 {bib} 答了不在试卷上的题目").format(bib=bib))
        else:
            answers.setdefault(bib, {})[question] = chosen
    for bib in package.submitted:
        if bib not in seats:
            problems.append(
                translate("ContestExam", "参赛号 {bib} 不在{room}").format(
                    bib=bib, room=room_name(room.number)
                )
            )
        answers.setdefault(bib, {})
    sheets = {
        sheet.seat_id: sheet
        for sheet in s.execute(
            select(ExamSheet).where(ExamSheet.seat_id.in_([v[0] for v in seats.values()]))
        ).scalars()
    }
    for bib, mine in answers.items():
        earlier = sheets.get(seats[bib][0]) if bib in seats else None
        if (
            earlier is not None
            and earlier.station != package.station
            and json.loads(earlier.answers) != {str(q): a for q, a in mine.items()}
        ):
            problems.append(
                translate(
                    "ContestExam", "参赛号 {bib} 的答卷已由另一台考试电脑（{station}）交回，答案不同"
                ).format(bib=bib, station=earlier.station)
            )
    if problems:
        raise ValidationError([FieldProblem("", line) for line in dict.fromkeys(problems)])
    now = utcnow()
    scores = {}
    for bib, mine in answers.items():
        seat_id, contestant = seats[bib]
        score = exam_scoring.score(mine, keys)
        scores[contestant] = score
        sheet = sheets.get(seat_id)
        if sheet is None:
            sheet = ExamSheet(
                seat_id=seat_id, station=package.station, answers="{}", score_centi=0, marked_at=now
            )
            s.add(sheet)
        sheet.station, sheet.answers = package.station, json.dumps({str(q): a for q, a in mine.items()})
        sheet.score_centi, sheet.submitted, sheet.marked_at = score, bib in package.submitted, now
    added, changed, unchanged, changes = land_scores(s, actor, contest, scores, "exam", package.seq)
    if submission is None:
        submission = ExamSubmission(room_id=room.id, station=package.station, last_seq=0, last_digest="")
        s.add(submission)
    submission.last_seq, submission.last_digest = package.seq, digest
    line = _describe(room_name(room.number), added, changed, unchanged)
    record(
        s,
        "exam_import",
        "contest_marks",
        contest.id,
        f"{contest.name} · {line}",
        {"room": room.number, "station": package.station, "seq": package.seq, "scores": changes},
    )
    return line


# The page ---------------------------------------------------------------------------------------
def exam_view_in(s: Session, actor: Actor, contest: Contest) -> ExamView:
    d = read_scheme(s, contest)
    target = theory_item(d.events)
    latest = banks.latest_bank(s, contest.trade)
    paper = paper_of(s, contest.id)
    problems = []
    if d.exam is None:
        problems.append(
            translate(
                "ContestExam", "竞赛方案中还没有理论考试的组卷要求（在“编辑方案”的“报名与考试”页设置）。"
            )
        )
    if target is None:
        problems.append(
            translate("ContestExam", "竞赛方案需要一个理论科目，且该科目只有一个“客观测量”细则。")
        )
    if latest is None:
        problems.append(translate("ContestExam", "还没有“{trade}”工种的题库。").format(trade=contest.trade))
    elif d.exam is not None:
        try:
            banks.draw(banks.questions_in(s, latest.id), d.exam, random.Random(0))
        except ValidationError as error:
            problems += [str(p) for p in error.problems]
    rooms: list[RoomInfo] = []
    if paper is not None:
        # Three grouped counts for all rooms (a big contest has a hundred rooms).
        in_paper = ExamRoom.paper_id == paper.id
        seats = s.execute(
            select(ExamSeat.room_id, ExamSeat.version, func.count())
            .join(ExamRoom, ExamRoom.id == ExamSeat.room_id)
            .where(in_paper)
            .group_by(ExamSeat.room_id, ExamSeat.version)
        ).all()
        answered = dict(
            s.execute(
                select(ExamSeat.room_id, func.count())
                .join(ExamSheet, ExamSheet.seat_id == ExamSeat.id)
                .join(ExamRoom, ExamRoom.id == ExamSeat.room_id)
                .where(in_paper)
                .group_by(ExamSeat.room_id)
            ).all()
        )
        files = dict(
            s.execute(
                select(ExamSubmission.room_id, func.count())
                .join(ExamRoom, ExamRoom.id == ExamSubmission.room_id)
                .where(in_paper)
                .group_by(ExamSubmission.room_id)
            ).all()
        )
        for room_id, number in s.execute(
            select(ExamRoom.id, ExamRoom.number).where(in_paper).order_by(ExamRoom.number)
        ).all():
            by_version = {version: n for r, version, n in seats if r == room_id}
            rooms.append(
                RoomInfo(
                    room_id,
                    number,
                    sum(by_version.values()),
                    by_version.get(Version.A, 0),
                    by_version.get(Version.B, 0),
                    answered.get(room_id, 0),
                    files.get(room_id, 0),
                )
            )
    marked = sum(r.answered for r in rooms)
    return ExamView(
        plan=d.exam,
        theory_item=target[1].name if target else "",
        theory_max=target[1].max_marks if target else None,
        bank=banks.bank_info(latest) if latest is not None else None,
        paper=paper_info(s, paper) if paper is not None else None,
        rooms=rooms,
        marked=marked,
        problems=problems,
    )


def paper_questions(
    s: Session, paper: ExamPaper
) -> tuple[list[banks.BankQuestion], list[banks.BankQuestion]]:
    """The paper's questions in the order of versions A and B."""
    by_id = {q.id: q for q in banks.questions_in(s, paper.bank_id)}
    order_a, order_b = _orders(paper)
    return [by_id[q] for q in order_a], [by_id[q] for q in order_b]


def get_paper(
    db: Database, actor: Actor, contest_id: int
) -> tuple[list[banks.BankQuestion], list[banks.BankQuestion]]:
    require_admin(actor)
    with db.read(actor) as s:
        return paper_questions(s, current_paper(s, load_contest(s, actor, contest_id)))


def scores_of(db: Database, actor: Actor, contest_id: int) -> dict[str, int]:
    """bib → the paper's score in hundredths (tests and the answer-entry check)."""
    with db.read(actor) as s:
        load_contest(s, actor, contest_id)
        return dict(
            s.execute(
                select(Contestant.bib, ExamSheet.score_centi)
                .join(ExamSeat, ExamSeat.contestant_id == Contestant.id)
                .join(ExamSheet, ExamSheet.seat_id == ExamSeat.id)
                .where(Contestant.contest_id == contest_id)
            ).all()
        )


def room_key(db: Database, actor: Actor, contest_id: int, number: int) -> str:
    """A room's key as its slip prints it (for a key slip lost on the day)."""
    require_admin(actor)
    with db.read(actor) as s:
        paper = current_paper(s, load_contest(s, actor, contest_id))
        room = s.execute(
            select(ExamRoom).where(ExamRoom.paper_id == paper.id, ExamRoom.number == number)
        ).scalar_one_or_none()
        if room is None:
            raise NotFound(translate("ContestExam", "找不到{room}。").format(room=room_name(number)))
        return key_slip_text(room.key)
