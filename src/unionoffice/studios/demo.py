"""Demo registry matching the union's published figures.

21 studios (5 provincial, 7 municipal, 9 county, with the county/municipal recognitions they
moved up from), 53 invention and 158 utility-model patents worth 172.56 million yuan, 5,789
five-small results over twenty quarterly rounds with 330 graded class one or above in the
closed rounds, the 2026 Q4 round still open, and the honours won. Fixed counts whatever the
member count, so the statistics can be checked by hand; ``ctx.rng`` keeps it deterministic.
"""

from __future__ import annotations

import random
from datetime import date, datetime, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy import insert, select, update

from unionoffice.core.demo_context import DemoContext
from unionoffice.core.judging.trimmed import CENT, Aggregation, aggregate, round_score
from unionoffice.core.sequences import NumberSequence
from unionoffice.db.base import Base
from unionoffice.members.api import Member, MemberStatus
from unionoffice.studios.contract import Band
from unionoffice.studios.labels import FiveSmall, Grade, Kind, Level, Recipient, RoundStatus, Status
from unionoffice.studios.models import (
    Achievement,
    AchievementPerson,
    EvaluationRound,
    Honour,
    PanelBand,
    PanelCriterion,
    PanelJudge,
    PanelMark,
    PanelRule,
    Studio,
    StudioMember,
    StudioRecognition,
)
from unionoffice.studios.service.checks import equal_shares, patent_check_char
from unionoffice.studios.service.panel_rules import grade_of

STUDIO_LEVELS = [Level.PROVINCIAL] * 5 + [Level.MUNICIPAL] * 7 + [Level.COUNTY] * 9
INVENTIONS, UTILITY_MODELS = 53, 158
PATENT_BENEFIT_FEN = 17_256_000_000  # 172.56 million yuan
FIVE_SMALL_TOTAL = 5_789
CLOSED_QUARTERS = [(y, q) for y in range(2022, 2027) for q in range(1, 5)][:-1]  # 2022 Q1 … 2026 Q3
OPEN_QUARTER = (2026, 4)
SPECIAL, FIRST = 60, 270  # 330 class one or above
FIELDS = (
    "合成氨工艺优化",
    "氢能储运",
    "电气自动化",
    "设备状态检测",
    "精细化工中试",
    "煤气化节能",
    "热电联产",
    "分析检测方法",
    "安全环保",
    "仪表控制",
    "焦化余热利用",
    "机泵检修",
)
BODIES = {
    Level.PROVINCIAL: ("河南省总工会", "江西省总工会", "新疆维吾尔自治区总工会"),
    Level.MUNICIPAL: ("新乡市总工会", "南昌市总工会", "昌吉州总工会"),
    Level.COUNTY: ("新乡县总工会", "新建区总工会", "玛纳斯县总工会"),
}
BRANCH_BODY_INDEX = {"心兴分工会": 0, "氢力分工会": 0, "蓝色科技分工会": 1, "黑色生态分工会": 2}
OBJECTS = (
    "合成塔",
    "精馏塔",
    "循环水泵",
    "电解槽",
    "氢气压缩机",
    "充装排",
    "反应釜",
    "离心机",
    "换热器",
    "气化炉",
    "焦炉",
    "皮带机",
    "锅炉给水泵",
    "仪表风管线",
    "取样器",
    "阀门",
    "变频器",
    "储罐",
    "除尘器",
)
ACTIONS = (
    "密封结构改进",
    "快速检修工装",
    "节能运行方法",
    "在线监测装置",
    "防堵塞改造",
    "自动控制优化",
    "安全联锁完善",
    "清洗工具研制",
    "备件国产化",
    "巡检路线优化",
    "泄漏预警",
    "降噪处理",
    "防腐工艺改进",
)


def _members_by_branch(ctx: DemoContext) -> dict[int, list[tuple[int, str]]]:
    rows = ctx.session.execute(
        select(Member.id, Member.name, Member.branch_id)
        .where(Member.status == MemberStatus.ACTIVE)
        .order_by(Member.id)
    ).all()
    result: dict[int, list[tuple[int, str]]] = {bid: [] for bid in ctx.branch_ids.values()}
    for mid, name, bid in rows:
        result[bid].append((mid, name))
    return result


def _patent_no(rng: random.Random, year: int, kind_digit: str, used: set[str]) -> str:
    while True:
        digits = f"{year}{kind_digit}{rng.randrange(10**6, 10**7):07d}"
        if digits not in used:
            used.add(digits)
            return f"ZL{digits}.{patent_check_char(digits)}"


def _insert_ids(ctx: DemoContext, model: type[Base], rows: list[dict[str, Any]]) -> list[int]:
    if not rows:
        return []
    statement = insert(model).returning(model.__table__.c.id, sort_by_parameter_order=True)
    return list(ctx.session.execute(statement, rows).scalars())


def _studios(ctx: DemoContext, people: dict[int, list[tuple[int, str]]]) -> list[tuple[int, int, list[int]]]:
    """Returns (studio id, branch id, member ids) per studio."""
    rng = ctx.rng
    branch_names = list(ctx.branch_ids)
    rows, recognitions, plans = [], [], []
    taken: set[str] = set()
    for i, level in enumerate(STUDIO_LEVELS):
        branch = branch_names[i % len(branch_names)]
        bid = ctx.branch_ids[branch]
        # Leaders are distinct people with distinct names (the name names the studio).
        leaders = [p for p in people[bid] if p[1] not in taken]
        leader_id, leader_name = rng.choice(leaders)
        taken.add(leader_name)
        others = [p for p in people[bid] if p[0] != leader_id]
        crew = [(leader_id, leader_name), *rng.sample(others, min(len(others), rng.randint(5, 11)))]
        founded = date(2016 + i % 5, rng.randint(1, 12), rng.randint(1, 28))
        rows.append(
            {
                "name": f"{leader_name}劳模创新工作室",
                "leader_id": leader_id,
                "branch_id": bid,
                "field": FIELDS[i % len(FIELDS)],
                "level": level,
                "status": "active",
                "founded_on": founded,
                "version": 1,
            }
        )
        # Provincial studios moved up from county and municipal; municipal ones from county.
        ladder = [Level.COUNTY, Level.MUNICIPAL, Level.PROVINCIAL]
        steps = ladder[: ladder.index(level) + 1]
        when = founded
        history = []
        for step in steps:
            when = when + timedelta(days=rng.randint(300, 700))
            history.append(
                {
                    "level": step,
                    "recognised_on": min(when, date(2026, 6, 30)),
                    "body": BODIES[step][BRANCH_BODY_INDEX[branch]],
                    "document_no": f"{step.value[:1].upper()}{when.year}-{rng.randint(1, 99):02d}",
                }
            )
        plans.append((bid, crew, history))
    ids = _insert_ids(ctx, Studio, rows)
    members = []
    result = []
    for studio_id, (bid, crew, history), row in zip(ids, plans, rows, strict=True):
        for rec in history:
            recognitions.append({"studio_id": studio_id, **rec})
        for n, (mid, _) in enumerate(crew):
            members.append(
                {
                    "studio_id": studio_id,
                    "member_id": mid,
                    "role": "领衔人" if n == 0 else "成员",
                    "joined_on": row["founded_on"],
                }
            )
        result.append((studio_id, bid, [m for m, _ in crew]))
    ctx.session.execute(insert(StudioRecognition), recognitions)
    ctx.session.execute(insert(StudioMember), members)
    return result


def _patents(ctx: DemoContext, studios: list[tuple[int, int, list[int]]]) -> None:
    rng = ctx.rng
    used: set[str] = set()
    plan = [(Kind.INVENTION, "1")] * INVENTIONS + [(Kind.UTILITY, "2")] * UTILITY_MODELS
    weights = [rng.uniform(3, 12) if k is Kind.INVENTION else rng.uniform(0.3, 1.6) for k, _ in plan]
    scale = PATENT_BENEFIT_FEN / sum(weights)
    benefits = [int(w * scale) // 100 * 100 for w in weights]
    benefits[0] += PATENT_BENEFIT_FEN - sum(benefits)  # exact total
    rows, crews = [], []
    for n, ((kind, digit), fen) in enumerate(zip(plan, benefits, strict=True)):
        studio_id, bid, crew = studios[n % len(studios)] if n % 7 else studios[rng.randrange(len(studios))]
        granted_year = 2022 + n % 5 if n % 5 != 4 or n % 3 else 2026
        filed = date(
            granted_year - (2 if kind is Kind.INVENTION else 1), rng.randint(1, 12), rng.randint(1, 28)
        )
        granted = date(granted_year, rng.randint(1, 10), rng.randint(1, 28))
        obj, act = rng.choice(OBJECTS), rng.choice(ACTIONS)
        title = f"一种{obj}{act}{'方法' if kind is Kind.INVENTION else '装置'}"
        rows.append(
            {
                "title": title,
                "kind": kind,
                "studio_id": studio_id,
                "branch_id": bid,
                "summary": f"针对{obj}运行中的难点，提出{act}方案，已在生产中应用。",
                "declared_on": filed,
                "filed_on": filed,
                "granted_on": granted,
                "reg_no": _patent_no(rng, filed.year, digit, used),
                "benefit_fen": fen,
                "benefit_year": granted_year,
                "benefit_basis": "财务部门核定的年度节支增效",
                "status": Status.PUBLISHED,
                "version": 1,
            }
        )
        crews.append(rng.sample(crew, min(len(crew), rng.randint(1, 4))))
    ids = _insert_ids(ctx, Achievement, rows)
    _people(ctx, ids, crews)


LEAD_SHARES = {1: [100], 2: [60, 40], 3: [50, 30, 20], 4: [40, 30, 20, 10]}


def _people(ctx: DemoContext, ids: list[int], crews: list[list[int]]) -> None:
    # Its own generator: the demo's main one stays on the sequence every other figure came from.
    rng = random.Random(2026)
    rows = []
    for aid, crew in zip(ids, crews, strict=True):
        # About half the crews state shares (the first author more); the others split equally.
        stated = len(crew) == 1 or rng.random() < 0.5
        shares: list[int | None] = [None] * len(crew)
        if stated:
            shares = list(LEAD_SHARES.get(len(crew)) or equal_shares(len(crew)))
        for position, (mid, share) in enumerate(zip(crew, shares, strict=True), start=1):
            rows.append({"achievement_id": aid, "member_id": mid, "position": position, "share_pct": share})
    for start in range(0, len(rows), 5000):
        ctx.session.execute(insert(AchievementPerson), rows[start : start + 5000])


def _five_small(
    ctx: DemoContext, studios: list[tuple[int, int, list[int]]], people: dict[int, list[tuple[int, str]]]
) -> None:
    rng = ctx.rng
    quarters = [*CLOSED_QUARTERS, OPEN_QUARTER]
    round_rows = []
    for year, quarter in quarters:
        opened = date(year, quarter * 3, 25) if quarter < 4 else date(year, 11, 20)
        closed = (year, quarter) != OPEN_QUARTER
        round_rows.append(
            {
                "year": year,
                "quarter": quarter,
                "status": RoundStatus.CLOSED if closed else RoundStatus.OPEN,
                "opened_on": opened,
                "closed_on": opened + timedelta(days=12) if closed else None,
                "panel": "工会创新办、技术中心专家组",
                "version": 1,
            }
        )
    round_ids = _insert_ids(ctx, EvaluationRound, round_rows)
    closed_count = 5_500
    open_collected, declared_only = 230, FIVE_SMALL_TOTAL - 5_500 - 230
    per_quarter = [closed_count // len(CLOSED_QUARTERS)] * len(CLOSED_QUARTERS)
    per_quarter[-1] += closed_count - sum(per_quarter)
    grades = (
        [Grade.SPECIAL] * SPECIAL + [Grade.FIRST] * FIRST + [Grade.SECOND] * 1_120 + [Grade.THIRD] * 1_840
    )
    grades += [Grade.NONE] * (closed_count - len(grades))
    rng.shuffle(grades)
    subs = list(FiveSmall)
    branch_ids = list(people)
    rows, crews = [], []
    numbers: dict[int, int] = {}

    def add(year: int, quarter: int, round_id: int | None, grade: Grade | None, status: Status) -> None:
        in_studio = rng.random() < 0.4
        if in_studio:
            studio_id, bid, crew = rng.choice(studios)
            team = rng.sample(crew, min(len(crew), rng.randint(1, 3)))
        else:
            studio_id, bid = None, rng.choice(branch_ids)
            team = [m for m, _ in rng.sample(people[bid], min(len(people[bid]), rng.randint(1, 3)))]
        window = 50 if (year, quarter) == OPEN_QUARTER else 80  # the open quarter is not over yet
        declared = date(year, quarter * 3 - 2, 1) + timedelta(days=rng.randrange(0, window))
        numbers[year] = numbers.get(year, 0) + 1
        sub = rng.choice(subs)
        obj, act = rng.choice(OBJECTS), rng.choice(ACTIONS)
        benefit = (
            rng.randrange(500, 50_000) * 100 if sub is not FiveSmall.SUGGESTION and rng.random() < 0.3 else 0
        )
        rows.append(
            {
                "title": f"{obj}{act}（{numbers[year]}）",
                "kind": Kind.FIVE_SMALL,
                "five_small_kind": sub,
                "studio_id": studio_id,
                "branch_id": bid,
                "summary": f"{sub.label}：{obj}{act}，降低了劳动强度，提高了运行可靠性。",
                "declared_on": declared,
                "adopted_on": declared + timedelta(days=30) if grade and grade.is_graded else None,
                "reg_no": f"WX{year}-{numbers[year]:04d}",
                "benefit_fen": benefit,
                "benefit_year": year if benefit else None,
                "benefit_basis": "车间核算、财务确认" if benefit else None,
                "status": status,
                "round_id": round_id,
                "grade": grade,
                "grade_comment": "成果实用，推广价值高" if grade in (Grade.SPECIAL, Grade.FIRST) else None,
                "version": 1,
            }
        )
        crews.append(team)

    g = iter(grades)
    for (year, quarter), round_id, count in zip(CLOSED_QUARTERS, round_ids, per_quarter, strict=False):
        for _ in range(count):
            grade = next(g)
            add(year, quarter, round_id, grade, Status.PUBLISHED if grade.is_graded else Status.EVALUATED)
    year, quarter = OPEN_QUARTER
    for n in range(open_collected):
        given = rng.choice([Grade.FIRST, Grade.SECOND, Grade.THIRD, Grade.NONE]) if n < 120 else None
        add(year, quarter, round_ids[-1], given, Status.GRADED if given else Status.EVALUATED)
    for _ in range(declared_only):
        add(year, quarter, None, None, Status.DECLARED)
    ids = []
    for start in range(0, len(rows), 2000):
        ids += _insert_ids(ctx, Achievement, rows[start : start + 2000])
    _people(ctx, ids, crews)
    _panel(ctx, round_ids[-1], ids[closed_count : closed_count + 120])
    ctx.session.execute(
        insert(NumberSequence),
        [{"name": f"studios.five_small.{y}", "next_value": n + 1} for y, n in numbers.items()],
    )


# The score sheet in force since 2022 (技术水平 30, 经济效益 30, 应用范围 20, 实用性 20) and its bands.
CRITERIA = (
    ("tech", "技术水平", 3000),
    ("benefit", "经济效益", 3000),
    ("scope", "应用范围", 2000),
    ("practical", "实用性", 2000),
)
BANDS = (
    (Grade.SPECIAL, 9000, 500_000),
    (Grade.FIRST, 8000, 200_000),
    (Grade.SECOND, 7000, 100_000),
    (Grade.THIRD, 6000, 50_000),
)


def _panel(ctx: DemoContext, round_id: int, scored: list[int]) -> None:
    """The open round's panel of five: its score sheet, the judges' marks on the results already
    graded (the grade is what the band of the trimmed total gives), the rest still to mark."""
    rng = random.Random(4)  # its own generator, as in _people
    rule_id = _insert_ids(
        ctx,
        PanelRule,
        [
            {
                "effective_from": date(2022, 1, 1),
                "name": "五小成果评分标准",
                "drop_n": 1,
                "min_judges": 5,
                "version": 1,
            }
        ],
    )[0]
    criteria = _insert_ids(
        ctx,
        PanelCriterion,
        [
            {"rule_id": rule_id, "code": code, "name": name, "max_centi": top, "sort_order": n}
            for n, (code, name, top) in enumerate(CRITERIA)
        ],
    )
    ctx.session.execute(
        insert(PanelBand),
        [{"rule_id": rule_id, "grade": g, "min_centi": line, "reward_fen": fen} for g, line, fen in BANDS],
    )
    ctx.session.execute(
        update(EvaluationRound)
        .where(EvaluationRound.id == round_id)
        .values(rule_id=rule_id, uid=f"{rng.getrandbits(128):032x}")
    )
    judges = [ctx.users[f"judge{n}"] for n in range(1, 6) if f"judge{n}" in ctx.users]
    ctx.session.execute(
        insert(PanelJudge),
        [
            {"round_id": round_id, "user_id": uid, "key": f"{rng.getrandbits(160):040x}", "last_seq": 1}
            for uid in judges
        ],
    )
    if len(judges) < 5:
        return
    bands = [Band(g, line, fen) for g, line, fen in BANDS]
    agg = Aggregation("trimmed", 1, 5)
    marks = []
    for aid in scored:
        target = rng.triangular(50, 96, 70)  # most results are class two or three, a few special
        total = Decimal(0)
        for cid, (_, _, top) in zip(criteria, CRITERIA, strict=True):
            values = []
            for judge in judges:
                raw = target * top / 100 + rng.gauss(0, top / 25)
                value = max(0, min(top, int(round(raw / 50)) * 50))  # judges give whole or half points
                values.append(value)
                marks.append(
                    {
                        "achievement_id": aid,
                        "criterion_id": cid,
                        "judge_id": judge,
                        "value_centi": value,
                        "seq": 1,
                        "entered_at": datetime(2026, 11, 28, 10, 0),
                    }
                )
            total += aggregate(values, agg) or 0
        score = int(round_score(total, 2) * CENT)
        ctx.session.execute(
            update(Achievement)
            .where(Achievement.id == aid)
            .values(
                grade=grade_of(score, bands),
                panel_score_centi=score,
                status=Status.GRADED,
                grade_comment=f"评审组 5 位评委评分，得分 {score // 100}.{score % 100:02d}",
            )
        )
    ctx.session.execute(insert(PanelMark), marks)


HONOURS = (
    ("全国劳动模范", Level.NATIONAL, "中华全国总工会", Recipient.MEMBER, 1),
    ("全国五一劳动奖章", Level.NATIONAL, "中华全国总工会", Recipient.MEMBER, 3),
    ("全国工人先锋号", Level.NATIONAL, "中华全国总工会", Recipient.TEAM, 2),
    ("省五一劳动奖章", Level.PROVINCIAL, "省总工会", Recipient.MEMBER, 9),
    ("省级工匠", Level.PROVINCIAL, "省总工会", Recipient.MEMBER, 8),
    ("省级示范性劳模创新工作室", Level.PROVINCIAL, "省总工会", Recipient.STUDIO, 4),
    ("省工人先锋号", Level.PROVINCIAL, "省总工会", Recipient.TEAM, 6),
    ("市劳动模范", Level.MUNICIPAL, "市人民政府", Recipient.MEMBER, 14),
    ("市五一劳动奖章", Level.MUNICIPAL, "市总工会", Recipient.MEMBER, 12),
    ("公司劳动模范", Level.COMPANY, "集团公司", Recipient.MEMBER, 24),
    ("公司优秀创新团队", Level.COMPANY, "集团公司", Recipient.STUDIO, 8),
)
TEAMS = ("合成车间甲班", "电解车间三班", "研发中心催化剂组", "气化车间运行二班", "热电联合班组", "储运班")


def _honours(ctx: DemoContext, studios: list[tuple[int, int, list[int]]]) -> None:
    rng = ctx.rng
    rows = []
    leaders = [(crew[0], bid) for _, bid, crew in studios]
    all_crew = [(m, bid) for _, bid, crew in studios for m in crew]
    serial = 0
    for title, level, body, recipient, count in HONOURS:
        for _ in range(count):
            year = rng.randint(2019, 2026)
            serial += 1
            row = {
                "title": title,
                "level": level,
                "body": body,
                "year": year,
                "recipient_kind": recipient,
                "member_id": None,
                "studio_id": None,
                "team_name": None,
                "certificate_no": f"RY{year}{serial:04d}" if rng.random() < 0.7 else None,
                "awarded_on": date(year, 4, 28) if "五一" in title else date(year, rng.randint(1, 12), 1),
                "version": 1,
            }
            if recipient is Recipient.MEMBER:
                # Model workers lead studios; other honours go to studio people.
                mid, bid = rng.choice(leaders if level in (Level.NATIONAL, Level.PROVINCIAL) else all_crew)
                row.update(member_id=mid, branch_id=bid)
            elif recipient is Recipient.STUDIO:
                studio_id, bid, _ = rng.choice(studios)
                row.update(studio_id=studio_id, branch_id=bid)
            else:
                row.update(team_name=rng.choice(TEAMS), branch_id=rng.choice(list(ctx.branch_ids.values())))
            rows.append(row)
    ctx.session.execute(insert(Honour), rows)


def fill(ctx: DemoContext) -> None:
    people = _members_by_branch(ctx)
    studios = _studios(ctx, people)
    _patents(ctx, studios)
    _five_small(ctx, studios, people)
    _honours(ctx, studios)
