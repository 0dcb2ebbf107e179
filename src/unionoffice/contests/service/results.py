"""Results recomputed from the raw marks on every call (aggregates are never stored),
per-judge statistics, locking with a digest of the marks, and the prize winners hand-over."""

from __future__ import annotations

import hashlib
import json
from decimal import Decimal
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from unionoffice.contests import scoring
from unionoffice.contests.contract import (
    ContestResults,
    EventColumn,
    JudgeStat,
    OutcomeRow,
    PrizeWinner,
    ResultRow,
)
from unionoffice.contests.labels import EntryStatus, SkillLevel
from unionoffice.contests.models import Contest, Contestant, ContestEvent, Mark, ScoringItem
from unionoffice.contests.service.common import load_contest, require_admin
from unionoffice.core.audit.recorder import record
from unionoffice.core.auth.actor import Actor
from unionoffice.core.auth.models import User
from unionoffice.core.concurrency import check_version
from unionoffice.core.org.models import OrgUnit
from unionoffice.db.base import utcnow
from unionoffice.db.database import Database
from unionoffice.foundation.errors import UserError
from unionoffice.foundation.i18n import translate


def _rules(
    contest: Contest, events: list[ContestEvent], tie: list[scoring.TieRule], awards: scoring.AwardRule
) -> list[str]:
    """The rules in words, printed under every result sheet."""
    lines = []
    for e in events:
        if e.aggregation == "trimmed" and e.drop_n:
            agg = translate(
                "ContestResults", "{n} 名及以上评委评分时去掉 {d} 个最高分和 {d} 个最低分后取平均，否则取平均"
            ).format(n=e.drop_min_judges, d=e.drop_n)
        else:
            agg = translate("ContestResults", "各评委评分取平均")
        lines.append(
            translate(
                "ContestResults", "{name}（权重 {w}%）：{agg}；科目成绩 = Σ 细则得分 × 细则权重"
            ).format(name=e.name, w=Decimal(e.weight_bp) / 100, agg=agg)
        )
    lines.append(
        translate(
            "ContestResults", "总成绩 = Σ 科目成绩 × 科目权重；科目成绩和总成绩均四舍五入保留 {p} 位小数"
        ).format(p=contest.round_places)
    )
    order = "、".join(r.label for r in tie) or translate("ContestResults", "无")
    lines.append(
        translate("ContestResults", "总成绩相同时依次比较：{order}；仍相同则名次并列").format(order=order)
    )
    if awards.levels:
        unit = "%" if awards.mode == "percent" else translate("ContestResults", "名")
        text = "、".join(
            f"{label} {amount / 100 if awards.mode == 'percent' else amount}{unit}"
            for label, amount in awards.levels
        )
        lines.append(translate("ContestResults", "奖项名额：{text}；名次并列者获同一奖项").format(text=text))
        if awards.mode == "percent":
            lines.append(
                translate(
                    "ContestResults", "获奖比例按实际参赛人数（未退赛且有评分的选手）计算，四舍五入到整人"
                )
            )
    if contest.pass_line_centi is not None:
        lines.append(
            translate("ContestResults", "合格线 {line} 分：总成绩低于合格线者不获奖，无论名次").format(
                line=_points(contest.pass_line_centi)
            )
        )
    return lines


def _points(centi: int) -> str:
    return f"{(Decimal(centi) / 100).normalize():f}"


def _rules_of(
    s: Session, contest: Contest, events: list[ContestEvent], items: dict[int, list[ScoringItem]]
) -> tuple[list[scoring.EventRule], list[scoring.TieRule], scoring.AwardRule]:
    event_rules = [
        scoring.EventRule(
            e.id,
            e.code,
            e.kind,
            e.weight_bp,
            scoring.Aggregation(e.aggregation, e.drop_n, e.drop_min_judges),
            tuple(scoring.ItemRule(i.id, i.code, i.weight_centi) for i in items[e.id]),
        )
        for e in events
    ]
    by_code = {e.code: e for e in events}
    tie = []
    for rule in json.loads(contest.tie_break or "[]"):
        kind, _, target = rule.partition(":")
        if kind == "event" and target in by_code:
            tie.append(
                scoring.TieRule(
                    "event",
                    by_code[target].id,
                    translate("ContestResults", "{name}成绩高者在前").format(name=by_code[target].name),
                )
            )
        elif kind == "item":
            event_code, _, item_code = target.partition("/")
            event = by_code.get(event_code)
            item = next((i for i in items.get(event.id, []) if i.code == item_code), None) if event else None
            if item is not None:
                tie.append(
                    scoring.TieRule(
                        "item",
                        item.id,
                        translate("ContestResults", "“{name}”得分高者在前").format(name=item.name),
                    )
                )
    awards_raw = json.loads(contest.awards or "{}")
    mode = awards_raw.get("mode", "count")
    levels = tuple(
        (label, int(Decimal(amount) * 100) if mode == "percent" else int(Decimal(amount)))
        for label, amount in awards_raw.get("levels", [])
    )
    return event_rules, tie, scoring.AwardRule(mode, levels)


def marks_digest(s: Session, contest_id: int) -> tuple[str, int]:
    rows = s.execute(
        select(Mark.contestant_id, Mark.item_id, Mark.judge_id, Mark.value_centi)
        .join(Contestant, Contestant.id == Mark.contestant_id)
        .where(Contestant.contest_id == contest_id)
        .order_by(Mark.contestant_id, Mark.item_id, Mark.judge_id)
    ).all()
    digest = hashlib.sha256(";".join(f"{a},{b},{c},{d}" for a, b, c, d in rows).encode()).hexdigest()
    return digest, len(rows)


def compute_results(db: Database, actor: Actor, contest_id: int) -> ContestResults:
    with db.read(actor) as s:
        return results_in(s, load_contest(s, actor, contest_id))


def results_in(s: Session, contest: Contest) -> ContestResults:
    """Every statement on the caller's session; the arithmetic after (``scoring``)."""
    contest_id = contest.id
    events = list(
        s.execute(
            select(ContestEvent)
            .where(ContestEvent.contest_id == contest_id)
            .order_by(ContestEvent.sort_order)
        ).scalars()
    )
    items: dict[int, list[ScoringItem]] = {e.id: [] for e in events}
    for i in s.execute(
        select(ScoringItem).where(ScoringItem.event_id.in_(list(items))).order_by(ScoringItem.sort_order)
    ).scalars():
        items[i.event_id].append(i)
    people = s.execute(
        select(
            Contestant.id,
            Contestant.member_id,
            Contestant.bib,
            Contestant.name,
            OrgUnit.name,
            Contestant.status,
            Contestant.withdraw_reason,
            Contestant.skill_level,
        )
        .join(OrgUnit, OrgUnit.id == Contestant.branch_id)
        .where(Contestant.contest_id == contest_id)
        .order_by(Contestant.bib)
    ).all()
    raw = s.execute(
        select(Mark.contestant_id, Mark.item_id, Mark.judge_id, Mark.value_centi)
        .join(Contestant, Contestant.id == Mark.contestant_id)
        .where(Contestant.contest_id == contest_id)
    ).all()
    judge_ids = {r[2] for r in raw}
    judge_names = (
        dict(s.execute(select(User.id, User.display_name).where(User.id.in_(judge_ids))).all())
        if judge_ids
        else {}
    )
    digest_ok = None
    if contest.locked:
        digest_ok = (
            hashlib.sha256(";".join(f"{a},{b},{c},{d}" for a, b, c, d in sorted(raw)).encode()).hexdigest()
            == contest.locked_digest
        )
    event_rules, tie, award_rule = _rules_of(s, contest, events, items)
    rules = _rules(contest, events, tie, award_rule)
    flag = Decimal(contest.judge_flag_pct) / 100
    name, year, trade, base, venue = (
        contest.name,
        contest.year,
        contest.trade,
        contest.base,
        contest.venue,
    )
    locked, locked_by, places = contest.locked, contest.locked_by or "", contest.round_places
    locked_at = contest.locked_at.strftime("%Y-%m-%d %H:%M") if contest.locked_at else ""

    withdrawn = {p[0] for p in people if p[5] == EntryStatus.WITHDRAWN}
    by_person: dict[int, dict[int, list[int]]] = {p[0]: {} for p in people if p[0] not in withdrawn}
    judged_items = {i.id for group in items.values() for i in group if i.kind == "judged"}
    panel: dict[tuple[int, int], dict[int, int]] = {}
    for contestant_id, item_id, judge_id, value in raw:
        if contestant_id in withdrawn:
            continue  # marks from before a withdrawal count for nothing
        by_person[contestant_id].setdefault(item_id, []).append(value)
        if item_id in judged_items:
            panel.setdefault((contestant_id, item_id), {})[judge_id] = value
    scores = [scoring.score_contestant(pid, marks, event_rules, places) for pid, marks in by_person.items()]
    ranked = scoring.rank(scores, tie)
    participants = sum(1 for marks in by_person.values() if marks)
    pass_line = None if contest.pass_line_centi is None else Decimal(contest.pass_line_centi) / 100
    scoring.assign_awards(ranked, award_rule, participants, pass_line)
    info = {p[0]: p for p in people}
    rows = [
        ResultRow(
            sc.contestant_id,
            info[sc.contestant_id][1],
            info[sc.contestant_id][2],
            info[sc.contestant_id][3],
            info[sc.contestant_id][4],
            tuple(sc.event_scores[e.id] for e in events),
            sc.final,
            sc.rank,
            sc.award,
            sc.tie_note,
            _reason(sc, by_person[sc.contestant_id], events, pass_line),
        )
        for sc in ranked
    ]
    rows += [
        ResultRow(
            p[0],
            p[1],
            p[2],
            p[3],
            p[4],
            tuple(None for _ in events),
            None,
            None,
            "",
            "",
            translate("ContestResults", "已退赛：{reason}").format(reason=p[6] or ""),
            withdrawn=True,
        )
        for p in people
        if p[0] in withdrawn
    ]
    outcomes = _outcomes(rows, json.loads(contest.awards or "{}"), {p[0]: p[7] for p in people})
    maxima = {i.id: i.max_centi for group in items.values() for i in group}
    judges = tuple(
        JudgeStat(
            d.judge_id,
            judge_names.get(d.judge_id, str(d.judge_id)),
            d.marks,
            d.mean_pct,
            d.mean_abs_pct,
            d.flagged,
        )
        for d in scoring.judge_deviations(panel, maxima, flag)
    )
    columns = tuple(EventColumn(e.id, e.code, e.name, e.kind, Decimal(e.weight_bp) / 100) for e in events)
    return ContestResults(
        contest_id=contest_id,
        name=name,
        year=year,
        trade=trade,
        base=base,
        venue=venue,
        locked=locked,
        locked_at=locked_at,
        locked_by=locked_by,
        marks_match_lock=digest_ok,
        events=columns,
        rows=tuple(rows),
        judges=judges,
        rules=tuple(rules),
        mark_count=len(raw),
        participants=participants,
        pass_line=pass_line,
        outcomes=outcomes,
    )


def _reason(
    score: scoring.ContestantScore,
    marks: dict[int, list[int]],
    events: list[ContestEvent],
    pass_line: Decimal | None,
) -> str:
    """Why a contestant is unranked, or ranked without an award."""
    if not marks:
        return translate("ContestResults", "缺考（没有任何评分），不计入参赛人数")
    if score.final is None:
        missing = "、".join(e.name for e in events if score.event_scores.get(e.id) is None)
        return translate("ContestResults", "成绩不完整（缺：{events}），未排名").format(events=missing)
    if pass_line is not None and score.final < pass_line:
        return translate("ContestResults", "低于合格线 {line} 分，不获奖").format(
            line=f"{pass_line.normalize():f}"
        )
    return ""


def _outcomes(
    rows: list[ResultRow], awards: dict[str, Any], levels: dict[int, int | None]
) -> tuple[OutcomeRow, ...]:
    """Prize winners whose award brings a skill level up or a recommendation for honours."""
    promote, recommend = set(awards.get("promote", [])), set(awards.get("recommend", []))
    top = max(SkillLevel).value
    found = []
    for row in rows:
        if not row.award or row.rank is None or row.final is None:
            continue
        if row.award not in promote and row.award not in recommend:
            continue
        before = levels.get(row.contestant_id)
        up = row.award in promote
        after = min(before + 1, top) if up and before is not None else None
        found.append(
            OutcomeRow(
                contestant_id=row.contestant_id,
                member_id=row.member_id,
                bib=row.bib,
                name=row.name,
                branch=row.branch,
                award=row.award,
                rank=row.rank,
                final=row.final,
                level_before=before,
                level_after=after if after != before else None,
                promote=up,
                recommend=row.award in recommend,
            )
        )
    return tuple(found)


def lock_results(db: Database, actor: Actor, contest_id: int, expected_version: int) -> None:
    require_admin(actor)
    with db.transaction(actor) as s:
        contest = load_contest(s, actor, contest_id)
        check_version(s, contest, expected_version)
        if contest.locked:
            raise UserError(translate("ContestResults", "成绩已经锁定。"))
        digest, count = marks_digest(s, contest_id)
        if count == 0:
            raise UserError(translate("ContestResults", "还没有任何评分，不能锁定成绩。"))
        contest.locked, contest.locked_at, contest.locked_by = True, utcnow(), actor.display_name
        contest.locked_digest = digest
        record(
            s,
            "lock",
            "contests",
            contest.id,
            translate("ContestResults", "锁定成绩：{name}").format(name=contest.name),
            {"digest": digest, "marks": count},
        )


def unlock_results(db: Database, actor: Actor, contest_id: int, reason: str, expected_version: int) -> None:
    require_admin(actor)
    if len(reason.strip()) < 4:
        raise UserError(translate("ContestResults", "解锁必须写明理由（至少 4 个字），理由将记入审计日志。"))
    with db.transaction(actor) as s:
        contest = load_contest(s, actor, contest_id)
        check_version(s, contest, expected_version)
        if not contest.locked:
            raise UserError(translate("ContestResults", "成绩没有锁定。"))
        contest.locked, contest.locked_at, contest.locked_by, old = False, None, None, contest.locked_digest
        contest.locked_digest = None
        record(
            s,
            "unlock",
            "contests",
            contest.id,
            translate("ContestResults", "解锁成绩：{name}；理由：{reason}").format(
                name=contest.name, reason=reason.strip()
            ),
            {"reason": reason.strip(), "digest_at_lock": old},
        )


def prize_winners(db: Database, actor: Actor, contest_id: int) -> list[PrizeWinner]:
    """For the certificate module: only locked results are final enough to print."""
    results = compute_results(db, actor, contest_id)
    if not results.locked:
        raise UserError(
            translate("ContestResults", "竞赛“{name}”的成绩尚未锁定，锁定后才能制作证书。").format(
                name=results.name
            )
        )
    outcomes = {o.contestant_id: outcome_text(o) for o in results.outcomes}
    return [
        PrizeWinner(
            r.member_id,
            r.name,
            r.branch,
            r.award,
            r.rank,
            r.final,
            results.name,
            results.year,
            results.trade,
            outcomes.get(r.contestant_id, ""),
        )
        for r in results.rows
        if r.award and r.rank is not None and r.final is not None
    ]


def outcome_text(o: OutcomeRow) -> str:
    parts = []
    if o.promote and o.level_after is not None:
        parts.append(
            translate("ContestResults", "晋升为{level}").format(level=SkillLevel(o.level_after).label)
        )
    elif o.promote:
        parts.append(translate("ContestResults", "晋升一级技能等级"))
    if o.recommend:
        parts.append(translate("ContestResults", "推荐评选荣誉"))
    return "；".join(parts)


def contest_outcomes(db: Database, actor: Actor, contest_id: int) -> list[OutcomeRow]:
    """The outcome list of a locked contest (promotion, recommendation), for honours."""
    results = compute_results(db, actor, contest_id)
    if not results.locked:
        raise UserError(
            translate("ContestResults", "竞赛“{name}”的成绩尚未锁定，锁定后才有晋级与推荐名单。").format(
                name=results.name
            )
        )
    return list(results.outcomes)
