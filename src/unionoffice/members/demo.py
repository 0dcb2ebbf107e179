"""Demo members: Chinese names, valid unique identity numbers, realistic statuses and history."""

from __future__ import annotations

from datetime import date, timedelta

from faker import Faker
from sqlalchemy import func, insert, select

from unionoffice.core.crypto.fields import sealed_rows
from unionoffice.core.demo_context import BRANCHES, DemoContext
from unionoffice.core.org.models import OrgUnit
from unionoffice.foundation.identity import generate_id_number
from unionoffice.members.labels import EventKind, MemberStatus, Relation
from unionoffice.members.models import (
    FamilyMember,
    Member,
    MemberEvent,
)
from unionoffice.members.pinyin import name_pinyin

REGIONS = {
    "新乡": ("410702", "410703", "410711", "410721", "410781"),
    "江西": ("360102", "360111", "360121"),
    "新疆": ("650102", "650104", "652301"),
}
TRADES = ("仪表工", "电工", "钳工", "化工总控工", "分析检验工", "焊工", "锅炉操作工", "管理岗", "技术员")
EDUCATION = ("初中", "高中", "中专", "大专", "本科", "硕士")
STATUS_WEIGHTS = (
    (MemberStatus.ACTIVE, 0.94),
    (MemberStatus.RETIRED, 0.035),
    (MemberStatus.TRANSFERRED, 0.012),
    (MemberStatus.LEFT, 0.01),
    (MemberStatus.DECEASED, 0.003),
)
REASONS = {
    MemberStatus.RETIRED: "到龄退休",
    MemberStatus.TRANSFERRED: "调往集团外单位",
    MemberStatus.LEFT: "解除劳动合同",
    MemberStatus.DECEASED: "病故",
}
LAST_DAY = date(2026, 10, 31)
BATCH = 5000


def _unique_id(ctx: DemoContext, base: str, birth: date, gender: str, used: set[str]) -> str:
    while True:
        number = generate_id_number(ctx.rng.choice(REGIONS[base]), birth, ctx.rng.randrange(500), gender)
        if number not in used:
            used.add(number)
            return number


def fill(ctx: DemoContext) -> None:
    rng = ctx.rng
    fake = Faker("zh_CN")
    fake.seed_instance(rng.randrange(1 << 30))
    branch_names = list(BRANCHES)
    weights = (0.34, 0.18, 0.2, 0.28)
    statuses = [s for s, _ in STATUS_WEIGHTS]
    status_weights = [w for _, w in STATUS_WEIGHTS]
    used: set[str] = set()
    first_id = (ctx.session.execute(select(func.max(Member.id))).scalar() or 0) + 1
    rows: list[dict] = []
    events: list[dict] = []
    family: list[dict] = []
    for seq in range(ctx.size):
        branch = rng.choices(branch_names, weights)[0]
        base = BRANCHES[branch][0]
        gender = "M" if rng.random() < 0.72 else "F"
        name = fake.name_male() if gender == "M" else fake.name_female()
        birth = date(1965, 1, 1) + timedelta(days=rng.randrange(0, 365 * 39))
        id_number = _unique_id(ctx, base, birth, gender, used)
        hire = max(birth + timedelta(days=18 * 365 + 5), date(1990, 1, 1)) + timedelta(
            days=rng.randrange(0, 3000)
        )
        hire = min(hire, LAST_DAY - timedelta(days=90))
        joined = hire + timedelta(days=rng.randrange(0, 60))
        status = rng.choices(statuses, status_weights)[0]
        group_ids = ctx.group_ids[branch]
        group = rng.choice(group_ids)
        member_id = first_id + seq
        status_date = None
        events.append(
            {
                "member_id": member_id,
                "kind": EventKind.JOIN,
                "event_date": joined,
                "to_branch_id": ctx.branch_ids[branch],
                "to_group_id": group,
                "to_status": MemberStatus.ACTIVE,
            }
        )
        if rng.random() < 0.08 and len(group_ids) > 1:  # moved between groups once
            earlier = rng.choice([g for g in group_ids if g != group])
            events[-1]["to_group_id"] = earlier
            moved = joined + timedelta(days=rng.randrange(1, max(2, (LAST_DAY - joined).days)))
            events.append(
                {
                    "member_id": member_id,
                    "kind": EventKind.TRANSFER,
                    "event_date": min(moved, LAST_DAY),
                    "from_branch_id": ctx.branch_ids[branch],
                    "from_group_id": earlier,
                    "to_branch_id": ctx.branch_ids[branch],
                    "to_group_id": group,
                    "reason": "岗位调整",
                }
            )
        if status != MemberStatus.ACTIVE:
            status_date = date(2020, 1, 1) + timedelta(days=rng.randrange(0, 2400))
            status_date = max(status_date, joined + timedelta(days=1))
            events.append(
                {
                    "member_id": member_id,
                    "kind": EventKind.STATUS,
                    "event_date": status_date,
                    "from_status": MemberStatus.ACTIVE,
                    "to_status": status,
                    "reason": REASONS[status],
                    "from_branch_id": ctx.branch_ids[branch],
                    "from_group_id": group,
                }
            )
        if rng.random() < 0.05:
            spouse_gender = "F" if gender == "M" else "M"
            family.append(
                {
                    "member_id": member_id,
                    "relation": Relation.SPOUSE,
                    "version": 1,
                    "name": fake.name_female() if spouse_gender == "F" else fake.name_male(),
                }
            )
            if rng.random() < 0.7:
                family.append(
                    {
                        "member_id": member_id,
                        "relation": Relation.CHILD,
                        "version": 1,
                        "name": name[0] + fake.first_name(),
                        "birth_date": joined + timedelta(days=rng.randrange(400, 6000)),
                    }
                )
        full, initials = name_pinyin(name)
        rows.append(
            {
                "id": member_id,
                "name": name,
                "name_pinyin": full,
                "name_initials": initials,
                "gender": gender,
                "id_number": id_number,  # sealed for its row, with its keyed hashes, in _flush
                "birth_date": birth,
                "employee_no": f"E{100000 + seq}",
                "phone": f"1{rng.choice('3589')}{rng.randrange(10**9):09d}",
                "branch_id": ctx.branch_ids[branch],
                "group_id": group,
                "base": base,
                "trade": rng.choice(TRADES),
                "education": rng.choice(EDUCATION),
                "hire_date": hire,
                "join_date": joined,
                "status": status,
                "status_date": status_date,
                "status_reason": REASONS.get(status),
                "version": 1,
            }
        )
        if len(rows) == BATCH:
            _flush(ctx, rows, events, family)
    _flush(ctx, rows, events, family)
    _headcounts(ctx)


def _flush(ctx: DemoContext, rows: list[dict], events: list[dict], family: list[dict]) -> None:
    for model, batch in ((Member, rows), (MemberEvent, events), (FamilyMember, family)):
        if batch:
            ctx.session.execute(insert(model), sealed_rows(ctx.session, model.__table__, batch))
            batch.clear()


def _headcounts(ctx: DemoContext) -> None:
    """Employees per branch for the membership-rate table: ~98% of employees join on hire."""
    counts = dict(
        ctx.session.execute(
            select(Member.branch_id, func.count())
            .where(Member.status == MemberStatus.ACTIVE)
            .group_by(Member.branch_id)
        ).all()
    )
    for branch_id in ctx.branch_ids.values():
        unit = ctx.session.get(OrgUnit, branch_id)
        if unit is not None:
            active = counts.get(branch_id, 0)
            unit.headcount = active + max(1, round(active * ctx.rng.uniform(0.01, 0.035)))
