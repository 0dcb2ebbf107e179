"""Five-small scoring panels: the judges of a round, the score sheets and the grades the bands
give (the packages going out to the judges and back: ``panel_packages``).

A result's total is the sum of its criteria's trimmed means, exact, rounded half-up to the
hundredth once; its grade is the best band whose line the total reaches. A total counts only when
every judge who handed in a package has marked every criterion of the result.
"""

from __future__ import annotations

import secrets
import uuid
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from unionoffice.core.auth.actor import Actor
from unionoffice.core.auth.models import User
from unionoffice.core.judging import package as fmt
from unionoffice.core.judging.marks import format_centi
from unionoffice.core.judging.trimmed import CENT, Aggregation, aggregate, round_score
from unionoffice.core.scope import get_in_scope
from unionoffice.db.base import utcnow
from unionoffice.db.database import Database
from unionoffice.foundation.errors import FieldProblem, NotFound, UserError, ValidationError
from unionoffice.foundation.i18n import translate
from unionoffice.studios.contract import (
    Choice,
    PanelJudgeInfo,
    PanelScreen,
    PayoutLine,
    PayoutList,
    RuleInfo,
    ScoresApplied,
    ScoreSheet,
    SheetLine,
    SheetMark,
)
from unionoffice.studios.labels import Grade, RoundStatus, Status
from unionoffice.studios.models import Achievement, EvaluationRound, PanelJudge, PanelMark
from unionoffice.studios.perms import StudiosPerm
from unionoffice.studios.service.panel_rules import grade_of, quarter_end, rule_in_force
from unionoffice.studios.service.payouts import result_split, round_payouts, round_rule, split_rule
from unionoffice.studios.service.rounds import require_open, round_info

KEY_BYTES = 20  # a key slip shows 32 base32 characters


def _round(s: Session, round_id: int) -> EvaluationRound:
    r = s.get(EvaluationRound, round_id)
    if r is None:
        raise NotFound(translate("Studios", "找不到该评审轮次。"))
    return r


def round_title(r: EvaluationRound) -> str:
    return translate("Studios", "{year}年第{quarter}季度五小成果发布会").format(
        year=r.year, quarter=r.quarter
    )


# Scores ------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class EntryScore:
    lines: list[SheetLine]
    total_centi: int | None  # None while a judge who handed in has a criterion left unmarked


def _entry_scores(
    s: Session, r: EvaluationRound, rule: RuleInfo, achievement_ids: Sequence[int] | None = None
) -> tuple[dict[int, EntryScore], list[str]]:
    """Every entry's score sheet (or those of ``achievement_ids``), and the judges' names."""
    judges = s.execute(
        select(PanelJudge.user_id, User.display_name, PanelJudge.last_seq)
        .join(User, User.id == PanelJudge.user_id)
        .where(PanelJudge.round_id == r.id)
        .order_by(PanelJudge.id)
    ).all()
    names = {uid: name for uid, name, _ in judges}
    handed_in = {uid for uid, _, seq in judges if seq > 0}
    query = (
        select(PanelMark.achievement_id, PanelMark.criterion_id, PanelMark.judge_id, PanelMark.value_centi)
        .join(Achievement, Achievement.id == PanelMark.achievement_id)
        .where(Achievement.round_id == r.id)
    )
    if achievement_ids is not None:
        query = query.where(PanelMark.achievement_id.in_(list(achievement_ids)))
    marks: dict[int, dict[int, dict[int, int]]] = defaultdict(lambda: defaultdict(dict))
    for aid, cid, judge, value in s.execute(query):
        if judge in names:
            marks[aid][cid][judge] = value
    ids = (
        achievement_ids
        if achievement_ids is not None
        else list(s.scalars(select(Achievement.id).where(Achievement.round_id == r.id)))
    )
    agg = Aggregation("trimmed", rule.drop_n, rule.min_judges)
    order = {uid: i for i, (uid, _, _) in enumerate(judges)}
    scores: dict[int, EntryScore] = {}
    for aid in ids:
        lines = []
        total = Decimal(0)
        complete = bool(handed_in)
        for criterion in rule.criteria:
            by_judge = marks[aid][criterion.id]
            complete = complete and handed_in <= set(by_judge)
            values = sorted(by_judge.items(), key=lambda jv: (jv[1], order[jv[0]]))
            mean = aggregate([v for _, v in values], agg)
            kept = _kept_positions(len(values), agg)
            lines.append(
                SheetLine(
                    criterion,
                    [
                        SheetMark(names[j], v, i in kept)
                        for i, (j, v) in sorted(enumerate(values), key=lambda iv: order[iv[1][0]])
                    ],
                    None if mean is None else int(round_score(mean, 2) * CENT),
                )
            )
            total += mean or 0
        scores[aid] = EntryScore(lines, int(round_score(total, 2) * CENT) if complete else None)
    return scores, [name for _, name, _ in judges]


def _kept_positions(count: int, agg: Aggregation) -> set[int]:
    """Which of ``count`` sorted marks count (the trimmed rule drops the ends)."""
    trimmed = agg.drop_n > 0 and count >= agg.min_judges and count > 2 * agg.drop_n
    return set(range(agg.drop_n, count - agg.drop_n)) if trimmed else set(range(count))


def score_sheet(db: Database, actor: Actor, achievement_id: int) -> ScoreSheet:
    actor.require(StudiosPerm.READ)
    with db.read(actor) as s:
        a = get_in_scope(
            s, actor, Achievement, achievement_id, lambda: translate("Studios", "找不到该成果。")
        )
        r = s.get(EvaluationRound, a.round_id) if a.round_id is not None else None
        rule = round_rule(s, r) if r is not None else None
        lines: list[SheetLine] = []
        judges: list[str] = []
        total = None
        payouts: list[PayoutLine] = []
        recorded = Grade(a.grade) if a.grade else None
        if r is not None and rule is not None:
            scores, judges = _entry_scores(s, r, rule, [a.id])
            lines, total = scores[a.id].lines, scores[a.id].total_centi
            banded = grade_of(total, rule.bands) if total is not None else None
            if r.status == RoundStatus.CLOSED:  # what was paid
                payouts = [p for p in round_payouts(s, actor, r)[0] if p.achievement_id == a.id]
            elif (paid_for := recorded or banded) is not None:  # what it would pay
                payouts = result_split(s, rule, (a.id, a.reg_no, a.title, paid_for))
        return ScoreSheet(
            achievement_id=a.id,
            reg_no=a.reg_no or "",
            title=a.title,
            rule=rule,
            judges=judges,
            lines=lines,
            total_centi=total,
            banded_grade=grade_of(total, rule.bands) if total is not None and rule is not None else None,
            grade=recorded,
            payouts=payouts,
        )


def grade_from_scores(db: Database, actor: Actor, round_id: int) -> ScoresApplied:
    """Record the grade its band gives to every result of the open round whose score sheet is
    complete (the total is kept beside the grade); the others are left as they are."""
    actor.require(StudiosPerm.EVALUATE)
    with db.transaction(actor) as s:
        r = require_open(s, round_id)
        rule = round_rule(s, r)
        if rule is None or r.rule_id is None:
            raise UserError(translate("Studios", "该轮评审还没有组成评审组，没有评分可用。"))
        scores, judges = _entry_scores(s, r, rule)
        graded = incomplete = 0
        for a in s.scalars(select(Achievement).where(Achievement.round_id == r.id)):
            total = scores[a.id].total_centi
            if total is None:
                incomplete += 1
                continue
            a.grade = grade_of(total, rule.bands)
            a.panel_score_centi = total
            a.status = Status.GRADED
            if not a.grade_comment:
                a.grade_comment = translate("Studios", "评审组 {n} 位评委评分，得分 {total}").format(
                    n=len(judges), total=format_centi(total)
                )
            graded += 1
        return ScoresApplied(graded, incomplete)


def payout_list(db: Database, actor: Actor, round_id: int) -> PayoutList:
    actor.require(StudiosPerm.READ)
    with db.read(actor) as s:
        r = _round(s, round_id)
        lines, final = round_payouts(s, actor, r)
        return PayoutList(round_info(s, r), lines, sum(x.amount_fen for x in lines), final, split_rule())


# The panel ---------------------------------------------------------------------------------------


def panel_screen(db: Database, actor: Actor, round_id: int) -> PanelScreen:
    actor.require(StudiosPerm.EVALUATE)
    with db.read(actor) as s:
        r = _round(s, round_id)
        rule = round_rule(s, r)
        judges = [
            PanelJudgeInfo(uid, name, seq, fmt.key_slip_text(key))
            for uid, name, seq, key in s.execute(
                select(PanelJudge.user_id, User.display_name, PanelJudge.last_seq, PanelJudge.key)
                .join(User, User.id == PanelJudge.user_id)
                .where(PanelJudge.round_id == r.id)
                .order_by(PanelJudge.id)
            )
        ]
        candidates = [
            Choice(uid, f"{name}（{username}）")
            for uid, name, username in s.execute(
                select(User.id, User.display_name, User.username)
                .where(User.active.is_(True))
                .order_by(User.role != "judge", User.username)
            )
        ]
        scores = _entry_scores(s, r, rule)[0] if rule is not None and judges else {}
        count = s.execute(select(func.count()).where(Achievement.round_id == r.id)).scalar_one()
        complete = sum(1 for score in scores.values() if score.total_centi is not None)
        return PanelScreen(round_info(s, r), rule, judges, candidates, count, complete)


def set_panel(db: Database, actor: Actor, round_id: int, judge_ids: Sequence[int]) -> None:
    """Form (or change) the open round's panel. The score sheet in force at the quarter's end is
    frozen for the round; a judge who has handed in marks cannot be taken off."""
    actor.require(StudiosPerm.EVALUATE)
    with db.transaction(actor) as s:
        r = require_open(s, round_id)
        if r.rule_id is None:
            rule = rule_in_force(s, quarter_end(r.year, r.quarter))
            if rule is None:
                raise UserError(
                    translate(
                        "Studios", "{date} 时没有施行中的五小成果评分标准，请先在“评分标准”中设定。"
                    ).format(date=quarter_end(r.year, r.quarter).isoformat())
                )
            r.rule_id = rule.id
        r.uid = r.uid or uuid.uuid4().hex
        wanted = list(dict.fromkeys(judge_ids))
        users = {
            uid: name
            for uid, name in s.execute(
                select(User.id, User.display_name).where(User.id.in_(wanted), User.active.is_(True))
            )
        }
        problems = [
            FieldProblem(
                translate("Studios", "评委"), translate("Studios", "编号 {id} 不是在用的账号").format(id=uid)
            )
            for uid in wanted
            if uid not in users
        ]
        current = {j.user_id: j for j in s.scalars(select(PanelJudge).where(PanelJudge.round_id == r.id))}
        for uid, judge in current.items():
            if uid in wanted:
                continue
            if judge.last_seq > 0:
                name = s.get_one(User, uid).display_name
                problems.append(
                    FieldProblem(
                        translate("Studios", "评委"),
                        translate("Studios", "{name} 已交回评分，不能移出评审组").format(name=name),
                    )
                )
            else:
                s.delete(judge)
        if problems:
            raise ValidationError(problems)
        for uid in wanted:
            if uid not in current:
                s.add(PanelJudge(round_id=r.id, user_id=uid, key=secrets.token_hex(KEY_BYTES)))
        r.updated_at = utcnow()
