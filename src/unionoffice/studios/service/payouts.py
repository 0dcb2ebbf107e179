"""Rewards of a round's graded results, split among the contributors by their shares.

The rule, stated on every payout list: each contributor's part of a result's reward is the reward
× their share, rounded down to the fen; the fen left over (fewer than the contributors) go one
each to the parts that lost the most by rounding, equal losses to the contributor listed first.
Shares not stated for anyone mean equal parts (1,000.00 yuan three ways: 333.34 / 333.33 /
333.33). Written when the round closes; until then the list shows what closing would pay.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from pathlib import Path

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from unionoffice.core.audit.recorder import record
from unionoffice.core.auth.actor import Actor
from unionoffice.foundation.errors import FieldProblem, ValidationError
from unionoffice.foundation.i18n import translate
from unionoffice.foundation.money import allocate
from unionoffice.foundation.xlsx import FEN, Sheet, write_xlsx
from unionoffice.members.api import Member
from unionoffice.studios.contract import PayoutLine, PayoutList, RuleInfo
from unionoffice.studios.labels import GRADED, Grade, RoundStatus
from unionoffice.studios.models import Achievement, AchievementPerson, EvaluationRound, Payout
from unionoffice.studios.service.checks import shares_problem
from unionoffice.studios.service.panel_rules import quarter_end, rule_in_force, rule_infos


def split_rule() -> str:
    return translate(
        "Studios",
        "分配规则：每人奖金 = 该项成果奖金 × 本人份额，先按分向下取整；剩余的分（少于人数）按舍去部分"
        "从大到小每人补 1 分，舍去部分相同的先补排名在前的完成人。未注明份额的按人数平均分配。",
    )


def split_reward(reward_fen: int, shares: Sequence[int | None]) -> list[int]:
    """One result's reward split by ``shares`` (whole percents adding up to 100, or all None for
    equal parts); shares that break that rule are refused with the rule named."""
    problem = shares_problem(shares)
    if problem:
        raise ValidationError(FieldProblem(translate("Studios", "完成人份额"), problem))
    weights = [1] * len(shares) if all(s is None for s in shares) else [s or 0 for s in shares]
    return allocate(reward_fen, weights)


def round_rule(s: Session, r: EvaluationRound) -> RuleInfo | None:
    """The round's score sheet: frozen when its panel formed (or when it closed), else the version
    in force at the quarter's end."""
    if r.rule_id is not None:
        return rule_infos(s, [r.rule_id])[0]
    rule = rule_in_force(s, quarter_end(r.year, r.quarter))
    return rule_infos(s, [rule.id])[0] if rule is not None else None


Result = tuple[int, str | None, str, Grade]  # id, number, title, the grade it is paid for


def _split(s: Session, rule: RuleInfo, results: Sequence[Result]) -> list[PayoutLine]:
    """The payout lines of ``results``; every result whose shares break the rule is named."""
    people: dict[int, list[tuple[int, str, str, int | None]]] = defaultdict(list)
    for aid, mid, name, number, share in s.execute(
        select(
            AchievementPerson.achievement_id,
            Member.id,
            Member.name,
            Member.employee_no,
            AchievementPerson.share_pct,
        )
        .join(Member, Member.id == AchievementPerson.member_id)
        .where(AchievementPerson.achievement_id.in_([aid for aid, *_ in results]))
        .order_by(AchievementPerson.achievement_id, AchievementPerson.position)
    ):
        people[aid].append((mid, name, number or "", share))
    lines: list[PayoutLine] = []
    problems: list[FieldProblem] = []
    for aid, reg_no, title, grade in results:
        band = rule.band_of(grade)
        crew = people[aid]
        if band is None or band.reward_fen == 0 or not crew:
            continue
        try:
            amounts = split_reward(band.reward_fen, [share for *_, share in crew])
        except ValidationError as error:
            problems += [
                FieldProblem(
                    p.field,
                    translate("Studios", "成果“{title}”（{no}）：{problem}").format(
                        title=title, no=reg_no or "", problem=p.message
                    ),
                )
                for p in error.problems
            ]
            continue
        lines += [
            PayoutLine(aid, reg_no or "", title, grade, band.reward_fen, mid, name, number, share, amount)
            for (mid, name, number, share), amount in zip(crew, amounts, strict=True)
        ]
    if problems:
        raise ValidationError(problems)
    return lines


def _computed(s: Session, actor: Actor, r: EvaluationRound, rule: RuleInfo | None) -> list[PayoutLine]:
    """What the round's graded results pay now."""
    if rule is None:
        return []
    results = [
        (aid, reg_no, title, Grade(grade or Grade.NONE))  # always set: the query asks for graded results
        for aid, reg_no, title, grade in s.execute(
            select(Achievement.id, Achievement.reg_no, Achievement.title, Achievement.grade)
            .where(
                Achievement.round_id == r.id,
                Achievement.grade.in_([g.value for g in GRADED]),
                actor.branch_clause(Achievement.branch_id),
            )
            .order_by(Achievement.reg_no)
        )
    ]
    return _split(s, rule, results)


def result_split(s: Session, rule: RuleInfo, result: Result) -> list[PayoutLine]:
    """What one result pays for ``grade`` (a score sheet's preview); [] while its shares break the rule."""
    try:
        return _split(s, rule, [result])
    except ValidationError:
        return []


def write_payouts(s: Session, actor: Actor, r: EvaluationRound) -> int:
    """At closing: freeze the round's rule and write what every contributor is paid. Shares that
    break the rule refuse the closing (the caller's transaction writes nothing)."""
    rule = round_rule(s, r)
    if rule is None:
        return 0
    r.rule_id = rule.id
    lines = _computed(s, actor, r, rule)
    s.execute(delete(Payout).where(Payout.round_id == r.id))
    position: dict[int, int] = defaultdict(int)
    for line in lines:
        position[line.achievement_id] += 1
        s.add(
            Payout(
                round_id=r.id,
                achievement_id=line.achievement_id,
                member_id=line.member_id,
                position=position[line.achievement_id],
                grade=line.grade,
                reward_fen=line.reward_fen,
                share_pct=line.share_pct,
                amount_fen=line.amount_fen,
            )
        )
    if lines:
        record(
            s,
            "create",
            "five_small_payouts",
            r.id,
            translate("Studios", "{year} 年第 {quarter} 季度五小成果奖金 {n} 人次，合计 {fen} 分").format(
                year=r.year, quarter=r.quarter, n=len(lines), fen=sum(x.amount_fen for x in lines)
            ),
        )
    return len(lines)


def _stored(s: Session, actor: Actor, r: EvaluationRound) -> list[PayoutLine]:
    rows = s.execute(
        select(Payout, Achievement.reg_no, Achievement.title, Member.name, Member.employee_no)
        .join(Achievement, Achievement.id == Payout.achievement_id)
        .join(Member, Member.id == Payout.member_id)
        .where(Payout.round_id == r.id, actor.branch_clause(Achievement.branch_id))
        .order_by(Achievement.reg_no, Payout.position)
    ).all()
    return [
        PayoutLine(
            p.achievement_id,
            reg_no or "",
            title,
            Grade(p.grade),
            p.reward_fen,
            p.member_id,
            name,
            number or "",
            p.share_pct,
            p.amount_fen,
        )
        for p, reg_no, title, name, number in rows
    ]


def round_payouts(s: Session, actor: Actor, r: EvaluationRound) -> tuple[list[PayoutLine], bool]:
    """The round's payout lines and whether they are final: a closed round's are what was written
    when it closed (none for rounds closed before there were rules), an open one's what closing
    now would pay."""
    if r.status == RoundStatus.CLOSED:
        return _stored(s, actor, r), True
    return _computed(s, actor, r, round_rule(s, r)), False


def write_payout_workbook(payouts: PayoutList, target: str | Path) -> None:
    headers = [
        translate("Studios", "成果编号"),
        translate("Studios", "成果名称"),
        translate("Studios", "等级"),
        translate("Studios", "成果奖金（元）"),
        translate("Studios", "姓名"),
        translate("Studios", "工号"),
        translate("Studios", "份额"),
        translate("Studios", "应发（元）"),
    ]
    rows: list[list[object]] = [
        [
            x.reg_no,
            x.title,
            x.grade.label,
            x.reward_fen,
            x.name,
            x.employee_no,
            translate("Studios", "平均") if x.share_pct is None else f"{x.share_pct}%",
            x.amount_fen,
        ]
        for x in payouts.lines
    ]
    rows.append([translate("Studios", "合计"), "", "", "", "", "", "", payouts.total_fen])
    rows.append([payouts.rule_text])
    title = translate("Studios", "{title}五小成果奖金发放表").format(title=payouts.round.title)
    write_xlsx(target, [Sheet(title[:31], headers, rows, number_formats={3: FEN, 7: FEN})])
