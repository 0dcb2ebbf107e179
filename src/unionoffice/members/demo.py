"""Demo members: Chinese names, valid identity numbers, realistic statuses across the branches."""

from __future__ import annotations

from datetime import date, timedelta

from faker import Faker
from sqlalchemy import insert

from unionoffice.core.demo import BRANCHES, DemoContext
from unionoffice.core.identity import generate_id_number
from unionoffice.members.models import Member, MemberStatus
from unionoffice.members.pinyin import name_pinyin

REGIONS = {"新乡": ("410702", "410703", "410711", "410721", "410781"), "江西": ("360102", "360111", "360121"),
           "新疆": ("650102", "650104", "652301")}
TRADES = ("仪表工", "电工", "钳工", "化工总控工", "分析检验工", "焊工", "锅炉操作工", "管理岗", "技术员")
EDUCATION = ("初中", "高中", "中专", "大专", "本科", "硕士")
STATUS_WEIGHTS = ((MemberStatus.ACTIVE, 0.94), (MemberStatus.RETIRED, 0.035), (MemberStatus.TRANSFERRED, 0.012),
                  (MemberStatus.LEFT, 0.01), (MemberStatus.DECEASED, 0.003))


def fill(ctx: DemoContext) -> None:
    rng = ctx.rng
    fake = Faker("zh_CN")
    fake.seed_instance(rng.randrange(1 << 30))
    branch_names = list(BRANCHES)
    weights = (0.34, 0.18, 0.2, 0.28)
    statuses = [s for s, _ in STATUS_WEIGHTS]
    status_weights = [w for _, w in STATUS_WEIGHTS]
    rows = []
    used_ids: set[str] = set()
    for seq in range(ctx.size):
        branch = rng.choices(branch_names, weights)[0]
        base = BRANCHES[branch][0]
        gender = "M" if rng.random() < 0.72 else "F"
        name = fake.name_male() if gender == "M" else fake.name_female()
        birth = date(1965, 1, 1) + timedelta(days=rng.randrange(0, 365 * 39))
        region = rng.choice(REGIONS[base])
        id_number = generate_id_number(region, birth, seq % 500, gender)
        while id_number in used_ids:  # same region, birthday and sequence: take the next sequence code
            birth += timedelta(days=1)
            id_number = generate_id_number(region, birth, seq % 500, gender)
        used_ids.add(id_number)
        hire = max(birth + timedelta(days=18 * 365 + 5), date(1990, 1, 1)) + timedelta(days=rng.randrange(0, 3000))
        hire = min(hire, date(2026, 10, 31))
        status = rng.choices(statuses, status_weights)[0]
        full, initials = name_pinyin(name)
        rows.append(
            {
                "name": name, "name_pinyin": full, "name_initials": initials, "gender": gender,
                "id_number": id_number, "id_suffix": id_number[-4:], "birth_date": birth,
                "employee_no": f"E{100000 + seq}", "phone": f"1{rng.choice('3589')}{rng.randrange(10**9):09d}",
                "branch_id": ctx.branch_ids[branch], "group_id": rng.choice(ctx.group_ids[branch]), "base": base,
                "trade": rng.choice(TRADES), "education": rng.choice(EDUCATION), "hire_date": hire,
                "join_date": hire + timedelta(days=rng.randrange(0, 60)), "status": status,
                "status_date": None if status == MemberStatus.ACTIVE else date(2020, 1, 1) + timedelta(days=rng.randrange(0, 2400)),
                "version": 1,
            }
        )
        if len(rows) == 5000:
            ctx.session.execute(insert(Member), rows)
            rows = []
    if rows:
        ctx.session.execute(insert(Member), rows)
