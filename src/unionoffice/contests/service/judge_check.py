"""Conflict-of-interest check of the judge line-up, before packages go out.

With the rule on, a judge never sees contestants of their own branch union: a branch can end up
with no judge at all, with too few judges for the trimmed mean, or with nobody entering its
measured items. With the rule off, a judge marks colleagues. Each case is named in plain words."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from unionoffice.contests.labels import EntryStatus
from unionoffice.contests.models import Contest, Contestant, ContestEvent, JudgeAssignment, ScoringItem
from unionoffice.contests.service.common import judge_branches, load_contest
from unionoffice.core.auth.actor import Actor
from unionoffice.core.auth.models import User
from unionoffice.core.org.models import OrgUnit
from unionoffice.db.database import Database
from unionoffice.foundation.i18n import translate


def judge_warnings(db: Database, actor: Actor, contest_id: int) -> list[str]:
    with db.read(actor) as s:
        return warnings_in(s, load_contest(s, actor, contest_id))


def warnings_in(s: Session, contest: Contest) -> list[str]:
    contest_id = contest.id
    events = (
        s.execute(
            select(ContestEvent)
            .where(ContestEvent.contest_id == contest_id)
            .order_by(ContestEvent.sort_order)
        )
        .scalars()
        .all()
    )
    measured = set(
        s.execute(
            select(ScoringItem.event_id).where(
                ScoringItem.kind == "measured", ScoringItem.event_id.in_([e.id for e in events])
            )
        ).scalars()
    )
    rows = s.execute(
        select(
            JudgeAssignment.event_id,
            JudgeAssignment.user_id,
            JudgeAssignment.records_measured,
            User.display_name,
        )
        .join(User, User.id == JudgeAssignment.user_id)
        .where(JudgeAssignment.event_id.in_([e.id for e in events]))
        .order_by(JudgeAssignment.id)
    ).all()
    own = judge_branches(s, [r.user_id for r in rows])
    entered = dict(
        s.execute(
            select(Contestant.branch_id, func.count())
            .where(Contestant.contest_id == contest_id, Contestant.status == EntryStatus.ENTERED)
            .group_by(Contestant.branch_id)
        ).all()
    )
    names = dict(s.execute(select(OrgUnit.id, OrgUnit.name).where(OrgUnit.id.in_(list(entered)))).all())
    rule_on = contest.no_own_branch

    warnings: list[str] = []
    for e in events:
        judges = [r for r in rows if r.event_id == e.id]
        if not judges:
            warnings.append(
                translate("ContestJudgeCheck", "科目“{event}”还没有指派评委。").format(event=e.name)
            )
            continue
        for branch_id, n in sorted(entered.items(), key=lambda kv: names[kv[0]]):
            branch = names[branch_id]
            if not rule_on:
                for j in judges:
                    if branch_id in own.get(j.user_id, ()):
                        warnings.append(
                            translate(
                                "ContestJudgeCheck",
                                "科目“{event}”：评委{judge}与 {n} 名选手同属{branch}（未启用回避规则）。",
                            ).format(event=e.name, judge=j.display_name, n=n, branch=branch)
                        )
                continue
            free = [j for j in judges if branch_id not in own.get(j.user_id, ())]
            if not free:
                warnings.append(
                    translate(
                        "ContestJudgeCheck",
                        "科目“{event}”：{branch}的 {n} 名选手与全部评委同属一个分工会，回避后无人评分。",
                    ).format(event=e.name, branch=branch, n=n)
                )
                continue
            if e.aggregation == "trimmed" and len(judges) >= e.drop_min_judges > len(free):
                warnings.append(
                    translate(
                        "ContestJudgeCheck",
                        "科目“{event}”：{branch}的 {n} 名选手回避后只有 {k} 名评委，按平均分计算，"
                        "不像其他选手那样去掉最高最低分。",
                    ).format(event=e.name, branch=branch, n=n, k=len(free))
                )
            recorder = next((j for j in judges if j.records_measured), None)
            if e.id in measured and recorder is not None and recorder not in free:
                warnings.append(
                    translate(
                        "ContestJudgeCheck",
                        "科目“{event}”：负责录入客观测量项的评委{judge}须回避{branch}，"
                        "该分工会 {n} 名选手的客观测量项将无人录入。",
                    ).format(event=e.name, judge=recorder.display_name, branch=branch, n=n)
                )
    return warnings
