"""Demo contests: a finished, locked electrician contest (60 contestants, 5 judges, theory +
practical), an instrumentation contest in progress (3 of 5 judges have sent marks), and the
locked contests of other trades at the three bases in 2024–2026 (the dashboard compares years)."""

from __future__ import annotations

import secrets
import uuid
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import insert, select, update

from unionoffice.contests.demo_exam import fill_exam
from unionoffice.contests.models import Contest, Contestant, ContestEvent, JudgeAssignment, Mark, ScoringItem
from unionoffice.contests.service.definition import ContestDef, EventDef, ItemDef, write_scheme
from unionoffice.contests.service.results import marks_digest
from unionoffice.core.auth.models import user_branches
from unionoffice.core.demo_context import DemoContext
from unionoffice.members.api import Member, MemberStatus

JUDGES = ("judge1", "judge2", "judge3", "judge4", "judge5")
# Judge 4 marks generously: the per-judge statistics should flag them.
BIAS = {"judge1": 0.0, "judge2": -0.01, "judge3": 0.01, "judge4": 0.07, "judge5": -0.02}
AWARDS = (("一等奖", Decimal(3)), ("二等奖", Decimal(6)), ("三等奖", Decimal(9)), ("优秀奖", Decimal(12)))


def scheme(
    name: str,
    year: int,
    trade: str,
    base: str,
    practical: tuple[ItemDef, ...],
    *,
    deploy_date: date | None = None,
    bank_date: date | None = None,
    practice_date: date | None = None,
    contest_date: date | None = None,
) -> ContestDef:
    return ContestDef(
        name=name,
        year=year,
        trade=trade,
        base=base,
        venue=f"{base}实训基地",
        events=(
            EventDef(
                "theory",
                "理论考试",
                "theory",
                Decimal(30),
                (ItemDef("T", "理论试卷", "measured", Decimal(100)),),
            ),
            EventDef("practical", "实操考核", "practical", Decimal(70), practical),
        ),
        tie_break=("event:practical", f"item:practical/{practical[1].code}"),
        award_levels=AWARDS,
        deploy_date=deploy_date,
        bank_date=bank_date,
        practice_date=practice_date,
        contest_date=contest_date,
    )


ELECTRICIAN = (
    ItemDef("P1", "电气接线", "judged", Decimal(40)),
    ItemDef("P2", "故障排查", "judged", Decimal(30)),
    ItemDef("P3", "安全文明", "judged", Decimal(20)),
    ItemDef("P4", "完成时间", "measured", Decimal(10)),
)
INSTRUMENTS = (
    ItemDef("P1", "仪表校验", "judged", Decimal(40)),
    ItemDef("P2", "回路调试", "judged", Decimal(40)),
    ItemDef("P3", "规范操作", "judged", Decimal(20)),
)


def _contest(
    ctx: DemoContext,
    d: ContestDef,
    trade_like: str,
    count: int,
    base: str | None = None,
    judges: tuple[str, ...] = JUDGES,
) -> tuple[int, dict[str, int], list[tuple[int, int]]]:
    s = ctx.session
    contest = Contest(uid=uuid.uuid4().hex, name=d.name, year=d.year, trade=d.trade)
    s.add(contest)
    s.flush()
    write_scheme(s, contest, d)
    members = s.execute(
        select(Member.id, Member.name, Member.branch_id)
        .where(
            Member.status == MemberStatus.ACTIVE,
            Member.trade == trade_like,
            *([Member.base == base] if base else []),
        )
        .order_by(Member.id)
        .limit(count)
    ).all()
    if members:  # an empty list would insert one row of defaults (tiny demo databases)
        s.execute(
            insert(Contestant),
            [
                {
                    "contest_id": contest.id,
                    "member_id": m,
                    "bib": f"{n:03d}",
                    "name": name,
                    "branch_id": b,
                    "version": 1,
                }
                for n, (m, name, b) in enumerate(members, start=1)
            ],
        )
    events = dict(
        s.execute(
            select(ContestEvent.code, ContestEvent.id).where(ContestEvent.contest_id == contest.id)
        ).all()
    )
    for n, judge in enumerate(judges):
        s.add(
            JudgeAssignment(
                event_id=events["practical"],
                user_id=ctx.users[judge],
                records_measured=n == 0,
                key=secrets.token_hex(20),
            )
        )
    s.add(
        JudgeAssignment(
            event_id=events["theory"],
            user_id=ctx.users["judge3"],
            records_measured=True,
            key=secrets.token_hex(20),
        )
    )
    s.flush()
    people = list(
        s.execute(select(Contestant.id, Contestant.branch_id).where(Contestant.contest_id == contest.id))
    )
    return contest.id, events, [(p.id, p.branch_id) for p in people]


def _marks(
    ctx: DemoContext,
    contest_id: int,
    events: dict[str, int],
    people: list[tuple[int, int]],
    judges: tuple[str, ...],
) -> None:
    s, rng = ctx.session, ctx.rng
    items = list(s.execute(select(ScoringItem).where(ScoringItem.event_id.in_(events.values()))).scalars())
    own = {
        ctx.users["judge1"]: ctx.branch_ids["心兴分工会"],
        ctx.users["judge2"]: ctx.branch_ids["氢力分工会"],
    }
    rows = []
    when = datetime(2026, 11, 20, 16, 0)
    for contestant, branch in people:
        ability = min(max(rng.gauss(0.76, 0.09), 0.4), 0.98)
        for item in items:
            if item.kind == "measured":
                recorder = "judge3" if item.event_id == events["theory"] else judges[0]
                value = round(min(max(ability + rng.gauss(0, 0.05), 0), 1) * item.max_centi / 100) * 100
                rows.append((contestant, item.id, ctx.users[recorder], value))
                continue
            for judge in judges:
                user = ctx.users[judge]
                if own.get(user) == branch:  # conflict of interest: the judge does not mark them
                    continue
                share = min(max(ability + BIAS[judge] + rng.gauss(0, 0.03), 0), 1)
                value = round(share * item.max_centi / 50) * 50  # half points
                rows.append((contestant, item.id, user, value))
    s.execute(
        insert(Mark),
        [
            {
                "contestant_id": c,
                "item_id": i,
                "judge_id": j,
                "value_centi": v,
                "source": "package",
                "seq": 1,
                "entered_at": when,
            }
            for c, i, j, v in rows
        ],
    )


GENERIC = (
    ItemDef("P1", "实操作业", "judged", Decimal(50)),
    ItemDef("P2", "质量检查", "judged", Decimal(30)),
    ItemDef("P3", "安全文明", "judged", Decimal(20)),
)
# (trade as the contest names it, the members' trade); bases take turns year by year.
HISTORY_TRADES = (
    ("焊工", "焊工"),
    ("钳工", "钳工"),
    ("化工总控工", "化工总控工"),
    ("分析检验工", "分析检验工"),
    ("锅炉操作工", "锅炉操作工"),
    ("电工", "电工"),
    ("仪表", "仪表工"),
)
HISTORY_BASES = ("新乡", "江西", "新疆")


def _lock(ctx: DemoContext, contest_id: int, when: datetime) -> None:
    contest = ctx.session.get_one(Contest, contest_id)
    contest.locked, contest.locked_at, contest.locked_by = True, when, "演示管理员"
    contest.locked_digest = marks_digest(ctx.session, contest_id)[0]


def _history(ctx: DemoContext) -> None:
    """Finished contests of 2024–2026 (the 2026 electricians and instrument fitters are above)."""
    per_contest = max(4, min(ctx.size // 120, 300))
    for year in (2024, 2025, 2026):
        for n, (trade, members_trade) in enumerate(HISTORY_TRADES):
            if year == 2026 and trade in ("电工", "仪表"):
                continue
            base = HISTORY_BASES[(n + year) % len(HISTORY_BASES)]
            d = scheme(
                f"{year}年{base}基地{trade}技能比武",
                year,
                trade,
                base,
                GENERIC,
                contest_date=date(year, 9 + n % 3, 10 + n),
            )
            contest_id, events, people = _contest(ctx, d, members_trade, per_contest, base, JUDGES[:3])
            if people:
                _marks(ctx, contest_id, events, people, JUDGES[:3])
            ctx.session.execute(
                update(JudgeAssignment)
                .where(JudgeAssignment.event_id.in_(events.values()))
                .values(last_seq=1)
            )
            _lock(ctx, contest_id, datetime(year, 11, 1, 9, 0))


def fill(ctx: DemoContext) -> None:
    s = ctx.session
    s.execute(
        insert(user_branches),
        [
            {"user_id": ctx.users["judge1"], "org_unit_id": ctx.branch_ids["心兴分工会"]},
            {"user_id": ctx.users["judge2"], "org_unit_id": ctx.branch_ids["氢力分工会"]},
        ],
    )
    done = scheme(
        "2026年集团电工技能比武",
        2026,
        "电工",
        "新乡",
        ELECTRICIAN,
        deploy_date=date(2026, 1, 10),
        bank_date=date(2026, 5, 15),
        practice_date=date(2026, 7, 1),
        contest_date=date(2026, 11, 20),
    )
    contest_id, events, people = _contest(ctx, done, "电工", 60)
    _marks(ctx, contest_id, events, people, JUDGES)
    s.execute(update(JudgeAssignment).where(JudgeAssignment.event_id.in_(events.values())).values(last_seq=1))
    contest = s.get_one(Contest, contest_id)
    contest.locked, contest.locked_at, contest.locked_by = True, datetime(2026, 11, 21, 9, 30), "演示管理员"
    contest.locked_digest = marks_digest(s, contest_id)[0]
    running = scheme(
        "2026年集团仪表工技能比武",
        2026,
        "仪表",
        "江西",
        INSTRUMENTS,
        deploy_date=date(2026, 1, 10),
        bank_date=date(2026, 6, 1),
        practice_date=date(2026, 8, 1),
        contest_date=date(2026, 12, 5),
    )
    contest_id, events, people = _contest(ctx, running, "仪表工", 40)
    _marks(ctx, contest_id, events, people, JUDGES[:3])
    sent = [ctx.users[j] for j in JUDGES[:3]]
    s.execute(
        update(JudgeAssignment)
        .where(JudgeAssignment.event_id.in_(events.values()), JudgeAssignment.user_id.in_(sent))
        .values(last_seq=1)
    )
    s.flush()
    _history(ctx)
    s.flush()
    fill_exam(ctx)
    s.flush()
