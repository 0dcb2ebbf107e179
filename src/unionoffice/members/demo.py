"""Demo members: Chinese names, valid unique identity numbers, realistic statuses and history,
real-name fields, card numbers, applications and approvals, headcount history, the review list.

The people, their branch unions, join dates and statuses draw on the shared demo RNG exactly as
before (other modules' demo data is drawn after them from the same stream); everything added for
the membership rules draws on a private RNG, so it changes nothing downstream. October 2026 is a
full month of changes (joins, transfers in and out, withdrawals, deaths, retirements) for the
monthly return; November brings two approval batches and early December pending applications.
"""

from __future__ import annotations

import random
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any

from faker import Faker
from sqlalchemy import bindparam, func, insert, select, update

from unionoffice.core.crypto.fields import sealed_rows
from unionoffice.core.demo_context import BRANCHES, DemoContext
from unionoffice.core.org.models import OrgUnit
from unionoffice.core.sequences import NumberSequence
from unionoffice.foundation.identity import generate_id_number
from unionoffice.members.labels import ApplicationStatus, EventKind, MemberStatus, Relation, StatusCause
from unionoffice.members.models import (
    ApprovalBatch,
    CardPattern,
    FamilyMember,
    Headcount,
    Member,
    MemberApplication,
    MemberEvent,
    MembershipReview,
)
from unionoffice.members.pinyin import name_pinyin
from unionoffice.members.register import month_end_counts
from unionoffice.members.service import REALNAME_FIELDS

REGIONS = {
    "新乡": ("410702", "410703", "410711", "410721", "410781"),
    "江西": ("360102", "360111", "360121"),
    "新疆": ("650102", "650104", "652301"),
}
TRADES = ("仪表工", "电工", "钳工", "化工总控工", "分析检验工", "焊工", "锅炉操作工", "管理岗", "技术员")
EDUCATION = ("初中", "高中", "中专", "大专", "本科", "硕士")
STATUS_WEIGHTS = (
    (MemberStatus.ACTIVE, 0.94),
    (MemberStatus.RETAINED, 0.035),
    (MemberStatus.TRANSFERRED_OUT, 0.012),
    (MemberStatus.LEFT, 0.01),
    (MemberStatus.DECEASED, 0.003),
)
REASONS = {
    MemberStatus.RETAINED: "到龄退休",
    MemberStatus.TRANSFERRED_OUT: "调往集团外单位",
    MemberStatus.LEFT: "解除劳动合同",
    MemberStatus.DECEASED: "病故",
    MemberStatus.EXPELLED: "严重违纪，经会员大会讨论决定除名",
}
OTHER_UNIONS = (
    "新乡市化工集团公司工会",
    "河南能源化工集团工会",
    "江西省化学工业设计院工会",
    "新疆天业集团工会",
    "新乡市电力公司工会",
)
ETHNICITY = {
    "新乡": (("01", 0.96), ("03", 0.03), ("11", 0.01)),
    "江西": (("01", 0.98), ("22", 0.01), ("06", 0.01)),
    "新疆": (("01", 0.70), ("05", 0.16), ("03", 0.08), ("17", 0.05), ("02", 0.01)),
}
POLITICAL = (("13", 0.64), ("01", 0.22), ("03", 0.11), ("02", 0.02), ("05", 0.005), ("12", 0.005))
EMPLOYMENT = (("01", 0.85), ("02", 0.08), ("03", 0.06), ("04", 0.01))
HOMES = {
    "新乡": ("河南新乡", "河南新乡", "河南新乡", "河南鹤壁", "河南焦作", "河南安阳", "山东菏泽"),
    "江西": ("江西南昌", "江西南昌", "江西九江", "江西宜春", "湖南岳阳"),
    "新疆": ("新疆乌鲁木齐", "新疆昌吉", "新疆石河子", "河南新乡", "甘肃天水"),
}
TITLES = ("", "", "", "助理工程师", "工程师", "高级工程师", "技师", "高级技师", "会计师")
POSTS = ("", "", "", "", "", "班组长", "值班长", "车间副主任", "车间主任", "科员")
CARD_PATTERN = "GH{year}{seq:05}"
FIRST_DAY = date(1990, 1, 1)
LAST_DAY = date(2026, 10, 31)
BATCH = 5000


def _unique_id(ctx: DemoContext, base: str, birth: date, gender: str, used: set[str]) -> str:
    while True:
        number = generate_id_number(ctx.rng.choice(REGIONS[base]), birth, ctx.rng.randrange(500), gender)
        if number not in used:
            used.add(number)
            return number


def _pick(rng: random.Random, weighted: tuple[tuple[str, float], ...]) -> str:
    return rng.choices([value for value, _ in weighted], [w for _, w in weighted])[0]


def _letter(rng: random.Random, on: date) -> str:
    return f"转字〔{on.year}〕第{rng.randrange(1, 400):03d}号"


@dataclass
class _Demo:
    """What the filler writes, gathered before each flush."""

    ctx: DemoContext
    own: random.Random
    fake: Faker
    used: set[str] = field(default_factory=set)
    rows: list[dict[str, Any]] = field(default_factory=list)
    events: list[dict[str, Any]] = field(default_factory=list)
    family: list[dict[str, Any]] = field(default_factory=list)
    all_rows: dict[int, dict[str, Any]] = field(default_factory=dict)  # id → row (kept for cards)
    last_move: dict[int, date] = field(default_factory=dict)  # id → date of the last join or transfer

    def realname(self, base: str) -> dict[str, Any]:
        own = self.own
        return {
            "ethnicity": _pick(own, ETHNICITY[base]),
            "political_status": _pick(own, POLITICAL),
            "hukou_type": own.choices(("1", "2", "3"), (0.55, 0.35, 0.1))[0],
            "native_place": own.choice(HOMES[base]),
            "post": own.choice(POSTS) or None,
            "title": own.choice(TITLES) or None,
            "employment_form": _pick(own, EMPLOYMENT),
        }

    def flush(self) -> None:
        for model, batch in ((Member, self.rows), (MemberEvent, self.events), (FamilyMember, self.family)):
            if batch:
                self.ctx.session.execute(insert(model), sealed_rows(self.ctx.session, model.__table__, batch))
                batch.clear()


def fill(ctx: DemoContext) -> None:
    rng = ctx.rng
    fake = Faker("zh_CN")
    fake.seed_instance(rng.randrange(1 << 30))
    demo = _Demo(ctx, random.Random(f"members-demo-{ctx.size}"), fake)
    _people(demo)
    demo.flush()
    _october(demo)
    _applications(demo)
    _cards(demo)
    _headcounts(ctx)
    _reviews(demo)


def _people(demo: _Demo) -> None:
    ctx, rng, own, fake = demo.ctx, demo.ctx.rng, demo.own, demo.fake
    branch_names = list(BRANCHES)
    weights = (0.34, 0.18, 0.2, 0.28)
    statuses = [s for s, _ in STATUS_WEIGHTS]
    status_weights = [w for _, w in STATUS_WEIGHTS]
    first_id = (ctx.session.execute(select(func.max(Member.id))).scalar() or 0) + 1
    for seq in range(ctx.size):
        branch = rng.choices(branch_names, weights)[0]
        base = BRANCHES[branch][0]
        gender = "M" if rng.random() < 0.72 else "F"
        name = fake.name_male() if gender == "M" else fake.name_female()
        birth = date(1965, 1, 1) + timedelta(days=rng.randrange(0, 365 * 39))
        id_number = _unique_id(ctx, base, birth, gender, demo.used)
        hire = max(birth + timedelta(days=18 * 365 + 5), FIRST_DAY) + timedelta(days=rng.randrange(0, 3000))
        hire = min(hire, LAST_DAY - timedelta(days=90))
        joined = hire + timedelta(days=rng.randrange(0, 60))
        status = rng.choices(statuses, status_weights)[0]
        group_ids = ctx.group_ids[branch]
        group = rng.choice(group_ids)
        member_id = first_id + seq
        status_date = None
        events = demo.events
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
        demo.last_move[member_id] = joined
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
            demo.last_move[member_id] = events[-1]["event_date"]
        cause = None
        if status != MemberStatus.ACTIVE:
            # Status changes spread over 2019 … October 2026 (the shared RNG draws as it always did).
            drawn = rng.randrange(0, 2400)
            last_move = demo.last_move[member_id]
            status_date = max(
                date(2019, 1, 1) + timedelta(days=drawn * 2860 // 2400), last_move + timedelta(days=1)
            )
            status_date = min(status_date, LAST_DAY)
            if status == MemberStatus.LEFT and own.random() < 0.2:
                status = MemberStatus.EXPELLED
            cause = {
                MemberStatus.RETAINED: StatusCause.RETIRED if own.random() < 0.85 else StatusCause.UNEMPLOYED,
                MemberStatus.LEFT: StatusCause.VOLUNTARY,
            }.get(status)
            other = own.choice(OTHER_UNIONS) if status == MemberStatus.TRANSFERRED_OUT else None
            events.append(
                {
                    "member_id": member_id,
                    "kind": EventKind.STATUS,
                    "event_date": status_date,
                    "from_status": MemberStatus.ACTIVE,
                    "to_status": status,
                    "reason": REASONS[status] if cause != StatusCause.UNEMPLOYED else "企业裁员，失业",
                    "cause": cause,
                    "other_org": other,
                    "letter_no": _letter(own, status_date) if other else None,
                    "from_branch_id": ctx.branch_ids[branch],
                    "from_group_id": group,
                }
            )
        if rng.random() < 0.05:
            spouse_gender = "F" if gender == "M" else "M"
            demo.family.append(
                {
                    "member_id": member_id,
                    "relation": Relation.SPOUSE,
                    "version": 1,
                    "name": fake.name_female() if spouse_gender == "F" else fake.name_male(),
                }
            )
            if rng.random() < 0.7:
                demo.family.append(
                    {
                        "member_id": member_id,
                        "relation": Relation.CHILD,
                        "version": 1,
                        "name": name[0] + fake.first_name(),
                        "birth_date": joined + timedelta(days=rng.randrange(400, 6000)),
                    }
                )
        full, initials = name_pinyin(name)
        row = {
            "id": member_id,
            "name": name,
            "name_pinyin": full,
            "name_initials": initials,
            "gender": gender,
            "id_number": id_number,  # sealed for its row, with its keyed hashes, in flush
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
            "status_reason": REASONS.get(status) if cause != StatusCause.UNEMPLOYED else "企业裁员，失业",
            "status_cause": cause,
            "card_no": None,
            "version": 1,
            **demo.realname(base),
        }
        demo.rows.append(row)
        demo.all_rows[member_id] = row
        if len(demo.rows) == BATCH:
            demo.flush()


def _october(demo: _Demo) -> None:
    """Changes dated in October 2026 on people already in the demo (the active set stays the same,
    so other modules' demo data does not move): status changes moved into the month, and moves
    between branch unions written into the history of members who are where they are now."""
    ctx, own = demo.ctx, demo.own
    per_kind = max(2, ctx.size // 1500)
    october = [date(2026, 10, d) for d in range(8, 31)]
    # Everyone outside 在会 whose history allows a change in October; a small demo may lack some
    # kind, so people out of 在会 trade statuses among themselves (the active set never changes).
    pool = [
        r
        for r in demo.all_rows.values()
        if r["status"] != MemberStatus.ACTIVE and demo.last_move[r["id"]] < october[0]
    ]
    own.shuffle(pool)
    pool.sort(key=lambda r: r["status"] == MemberStatus.RETAINED)  # keep retirees for retirements
    for status in (
        MemberStatus.DECEASED,
        MemberStatus.EXPELLED,
        MemberStatus.TRANSFERRED_OUT,
        MemberStatus.LEFT,
        MemberStatus.RETAINED,
    ):
        chosen = [r for r in pool if r["status"] == status][:per_kind]
        chosen += [r for r in pool if r not in chosen][: per_kind - len(chosen)]
        for row in chosen:
            pool.remove(row)
            _restate(demo, row, status, own.choice(october))
    _moves(demo, per_kind, october)


def _restate(demo: _Demo, row: dict[str, Any], status: MemberStatus, on: date) -> None:
    """Give a member out of 在会 another status change, dated ``on``."""
    own, s = demo.own, demo.ctx.session
    cause = {MemberStatus.RETAINED: StatusCause.RETIRED, MemberStatus.LEFT: StatusCause.VOLUNTARY}.get(status)
    other = own.choice(OTHER_UNIONS) if status == MemberStatus.TRANSFERRED_OUT else None
    values = {"status": status, "status_date": on, "status_reason": REASONS[status], "status_cause": cause}
    row.update(values)
    s.execute(update(Member).where(Member.id == row["id"]).values(**values))
    s.execute(
        update(MemberEvent)
        .where(MemberEvent.member_id == row["id"], MemberEvent.kind == EventKind.STATUS)
        .values(
            event_date=on,
            to_status=status,
            cause=cause,
            reason=REASONS[status],
            other_org=other,
            letter_no=_letter(own, on) if other else None,
        )
    )


def _moves(demo: _Demo, per_kind: int, october: list[date]) -> None:
    """Moves between branch unions in October, written into the history of members who are where
    they are now: their life so far happened in another branch union."""
    ctx, own, s = demo.ctx, demo.own, demo.ctx.session
    branch_of = {bid: name for name, bid in ctx.branch_ids.items()}
    movers = [
        r
        for r in demo.all_rows.values()
        if r["status"] == MemberStatus.ACTIVE and r["join_date"] < date(2026, 1, 1)
    ]
    for row in own.sample(movers, min(per_kind * 3, len(movers))):
        others = [b for b in ctx.branch_ids.values() if b != row["branch_id"]]
        earlier = own.choice(others)
        earlier_group = own.choice(ctx.group_ids[branch_of[earlier]])
        # Their life so far happened in the other branch union: the join line (and any move
        # between groups, which went nowhere else) is rewritten there; October brings them here.
        history = s.execute(
            select(MemberEvent.id, MemberEvent.kind, MemberEvent.event_date).where(
                MemberEvent.member_id == row["id"]
            )
        ).all()
        if any(e.event_date >= date(2026, 10, 1) or e.kind != EventKind.JOIN for e in history):
            continue
        s.execute(
            update(MemberEvent)
            .where(MemberEvent.member_id == row["id"])
            .values(to_branch_id=earlier, to_group_id=earlier_group)
        )
        on = own.choice(october)
        s.execute(
            insert(MemberEvent),
            [
                {
                    "member_id": row["id"],
                    "kind": EventKind.TRANSFER,
                    "event_date": on,
                    "from_branch_id": earlier,
                    "from_group_id": earlier_group,
                    "to_branch_id": row["branch_id"],
                    "to_group_id": row["group_id"],
                    "reason": "工作调动",
                    "recorded_at": datetime(2026, 10, on.day, 9, 30),
                }
            ],
        )
        demo.last_move[row["id"]] = on


def _applications(demo: _Demo) -> None:
    """Approval batches in October and November and applications still pending in early December.

    The approved applicants are the newest people of the demo (``--size`` stays the number of
    members): they joined on their meeting's date, with the next card numbers, one of them each
    month by transfer from another organisation's union."""
    ctx, own = demo.ctx, demo.own
    per_batch = max(3, ctx.size // 600)
    batches = (
        (date(2026, 10, 9), "2026年第19次委员会"),
        (date(2026, 10, 23), "2026年第20次委员会"),
        (date(2026, 11, 13), "2026年第21次委员会"),
        (date(2026, 11, 27), "2026年第22次委员会"),
    )
    newest = [
        r
        for r in sorted(demo.all_rows.values(), key=lambda r: r["id"])  # pop() takes the newest
        if r["status"] == MemberStatus.ACTIVE and demo.last_move[r["id"]] == r["join_date"]
    ]
    clerk = ctx.users.get("clerk_xx")
    for number, (meeting, reference) in enumerate(batches):
        batch_id = ctx.session.execute(
            insert(ApprovalBatch)
            .values(meeting_date=meeting, meeting_ref=reference, approved=per_batch, recorded_by_id=clerk)
            .returning(ApprovalBatch.id)
        ).scalar_one()
        for i in range(per_batch):
            if not newest:
                break
            member = newest.pop()
            applied = meeting - timedelta(days=own.randrange(0, 12))
            transfer_in = i == 0 and number % 2 == 0
            _approved(demo, member, applied, meeting, transfer_in, batch_id)
    today = date.today()
    pending = max(8, ctx.size // 800)
    names = list(BRANCHES)
    for i in range(pending):
        applied = today - timedelta(days=(0, 0, 1, 1, 2, 3, 6)[i % 7])
        row = _applicant(demo, applied, transfer_in=(i == 3), branch=names[i % len(names)])
        row["source"] = "import" if i % 3 else "typed"
        ctx.session.execute(
            insert(MemberApplication), sealed_rows(ctx.session, MemberApplication.__table__, [row])
        )


def _approved(
    demo: _Demo, member: dict[str, Any], applied: date, meeting: date, transfer_in: bool, batch_id: int
) -> None:
    """A demo member becomes an applicant approved at ``meeting`` (card numbers come in ``_cards``)."""
    s, own = demo.ctx.session, demo.own
    other = own.choice(OTHER_UNIONS) if transfer_in else None
    letter = _letter(own, applied) if transfer_in else None
    hired = applied - timedelta(days=own.randrange(0, 3))
    member.update(join_date=meeting, hire_date=hired)
    s.execute(update(Member).where(Member.id == member["id"]).values(join_date=meeting, hire_date=hired))
    s.execute(
        update(MemberEvent)
        .where(MemberEvent.member_id == member["id"])
        .values(
            kind=EventKind.TRANSFER_IN if transfer_in else EventKind.JOIN,
            event_date=meeting,
            other_org=other,
            letter_no=letter,
            reason="入会申请经委员会批准",
        )
    )
    copied: tuple[str, ...] = ("name", "name_pinyin", "name_initials", "gender", "birth_date", "employee_no")
    copied += ("phone", "branch_id", "group_id", "trade", "education", *REALNAME_FIELDS)
    number = member["id_number"]
    s.execute(
        insert(MemberApplication),
        sealed_rows(
            s,
            MemberApplication.__table__,
            [
                {
                    **{key: member[key] for key in copied},
                    "id_number": number,
                    "hire_date": hired,
                    "applied_on": applied,
                    "source": "import",
                    "from_org": other,
                    "letter_no": letter,
                    "status": ApplicationStatus.APPROVED,
                    "batch_id": batch_id,
                    "member_id": member["id"],
                    "decided_on": meeting,
                    "version": 1,
                    "created_at": datetime(applied.year, applied.month, applied.day, 8, 40),
                    "updated_at": datetime(meeting.year, meeting.month, meeting.day, 15, 0),
                }
            ],
        ),
    )


def _applicant(demo: _Demo, applied: date, transfer_in: bool, branch: str | None = None) -> dict[str, Any]:
    ctx, own, fake = demo.ctx, demo.own, demo.fake
    branch = branch or own.choices(list(BRANCHES), (0.34, 0.18, 0.2, 0.28))[0]
    base = BRANCHES[branch][0]
    gender = "M" if own.random() < 0.7 else "F"
    name = fake.name_male() if gender == "M" else fake.name_female()
    birth = date(1998, 1, 1) + timedelta(days=own.randrange(0, 365 * 6))
    while True:
        number = generate_id_number(own.choice(REGIONS[base]), birth, own.randrange(500), gender)
        if number not in demo.used:
            demo.used.add(number)
            break
    full, initials = name_pinyin(name)
    hired = applied - timedelta(days=own.randrange(0, 3))
    return {
        "name": name,
        "name_pinyin": full,
        "name_initials": initials,
        "gender": gender,
        "id_number": number,
        "birth_date": birth,
        "employee_no": f"E{300000 + own.randrange(10**5)}",
        "phone": f"1{own.choice('3589')}{own.randrange(10**9):09d}",
        "branch_id": ctx.branch_ids[branch],
        "group_id": own.choice(ctx.group_ids[branch]),
        "trade": own.choice(TRADES),
        "education": own.choice(EDUCATION[2:]),
        "hire_date": hired,
        "applied_on": applied,
        "source": "import",
        "from_org": own.choice(OTHER_UNIONS) if transfer_in else None,
        "letter_no": _letter(own, applied) if transfer_in else None,
        "status": ApplicationStatus.PENDING,
        "version": 1,
        "created_at": datetime(applied.year, applied.month, applied.day, 8, 40),
        "updated_at": datetime(applied.year, applied.month, applied.day, 8, 40),
        **demo.realname(base),
    }


def _cards(demo: _Demo) -> None:
    """Card numbers by the demo union's pattern, in joining order within each year; each year's
    sequence continues after the last number given."""
    s = demo.ctx.session
    pattern = s.execute(select(CardPattern).order_by(CardPattern.effective_from)).scalars().first()
    if pattern is None:
        pattern = CardPattern(effective_from=FIRST_DAY, pattern=CARD_PATTERN)
        s.add(pattern)
    pattern.effective_from, pattern.pattern, pattern.note = FIRST_DAY, CARD_PATTERN, "演示工会的会员证号规则"
    s.flush()
    per_year: dict[int, int] = defaultdict(int)
    numbers = []
    for row in sorted(demo.all_rows.values(), key=lambda r: (r["join_date"], r["id"])):
        year = row["join_date"].year
        per_year[year] += 1
        numbers.append({"member_id": row["id"], "card": f"GH{year}{per_year[year]:05d}"})
    members = Member.__table__
    s.execute(
        update(members).where(members.c.id == bindparam("member_id")).values(card_no=bindparam("card")),
        numbers,
    )
    s.execute(
        insert(NumberSequence),
        [{"name": f"member-card/{pattern.id}/{year}", "next_value": n + 1} for year, n in per_year.items()],
    )
    batches = s.execute(
        select(MemberApplication.batch_id, func.min(Member.card_no), func.max(Member.card_no))
        .join(Member, Member.id == MemberApplication.member_id)
        .where(MemberApplication.batch_id.is_not(None))
        .group_by(MemberApplication.batch_id)
    ).all()
    for batch_id, first, last in batches:
        s.execute(
            update(ApprovalBatch)
            .where(ApprovalBatch.id == batch_id)
            .values(first_card_no=first, last_card_no=last)
        )


def _headcounts(ctx: DemoContext) -> None:
    """Employees per branch union, month by month since 2019: the membership rate climbs from about
    93 % to about 98 % (DOMAIN.md), so past years' rates differ from today's."""
    own = random.Random(f"members-headcount-{ctx.size}")
    counts = month_end_counts(ctx.session, date(2019, 1, 1), date(2026, 11, 30))
    rows: list[dict[str, Any]] = []
    for month, branches in counts.items():
        gap = 0.075 - (month.year - 2019 + month.month / 12) * 0.0075  # outside the union, share of staff
        for branch_id in ctx.branch_ids.values():
            active, _retained = branches.get(branch_id, (0, 0))
            headcount = active + max(1, round(active * max(gap, 0.012) * own.uniform(0.85, 1.15)))
            rows.append(
                {
                    "branch_id": branch_id,
                    "month": month,
                    "headcount": headcount,
                    "source": "demo",
                    "version": 1,
                }
            )
    ctx.session.execute(insert(Headcount), rows)
    latest = max(counts)
    for row in rows:
        if row["month"] == latest:
            unit = ctx.session.get(OrgUnit, row["branch_id"])
            if unit is not None:
                unit.headcount = row["headcount"]


def _reviews(demo: _Demo) -> None:
    """The six-month list: in each branch union one member flagged by hand and waiting and one the
    committee kept; and one it deemed withdrawn in October."""
    ctx, own = demo.ctx, demo.own
    chosen = []
    for branch_id in ctx.branch_ids.values():  # every branch union's clerk has someone to decide on
        active = [
            r
            for r in demo.all_rows.values()
            if r["status"] == MemberStatus.ACTIVE
            and r["join_date"].year < 2025
            and r["branch_id"] == branch_id
        ]
        chosen += own.sample(active, min(2, len(active)))
    clerk = ctx.users.get("clerk_xx")
    rows = []
    for n, row in enumerate(chosen):
        decided = n % 2 == 1
        rows.append(
            {
                "member_id": row["id"],
                "source": "manual",
                "flagged_on": date(2026, 9, 2) if decided else date(2026, 11, 20 + n % 8),
                "flagged_by_id": clerk,
                "evidence": f"2026年{4 + n % 4}月起未交会费，连续 {7 - n % 4} 个月；"
                "多次电话联系未回复，未参加小组活动。",
                "decision": "keep" if decided else None,
                "decided_on": date(2026, 9, 25) if decided else None,
                "decision_note": "本人长期病休，经核实情况特殊，继续保留会籍并补交会费" if decided else None,
                "decided_by_id": clerk if decided else None,
                "version": 1,
            }
        )
    deemed = [
        r
        for r in demo.all_rows.values()
        if r["status"] == MemberStatus.LEFT and r["status_date"] and r["status_date"] >= date(2026, 10, 8)
    ]
    if deemed:
        row = deemed[0]
        on = row["status_date"]
        evidence = f"2026年3月起未交会费，连续 7 个月；未参加工会组织生活。会员委员会 {on.isoformat()} 决定视为自动退会"
        row.update(status_cause=StatusCause.DEEMED, status_reason="连续六个月未交会费，视为自动退会")
        ctx.session.execute(
            update(Member)
            .where(Member.id == row["id"])
            .values(status_cause=StatusCause.DEEMED, status_reason=row["status_reason"])
        )
        ctx.session.execute(
            update(MemberEvent)
            .where(MemberEvent.member_id == row["id"], MemberEvent.kind == EventKind.STATUS)
            .values(cause=StatusCause.DEEMED, reason=row["status_reason"], evidence=evidence)
        )
        rows.append(
            {
                "member_id": row["id"],
                "source": "manual",
                "flagged_on": on - timedelta(days=20),
                "flagged_by_id": clerk,
                "evidence": "2026年3月起未交会费，连续 7 个月；未参加工会组织生活。",
                "decision": "withdrawn",
                "decided_on": on,
                "decided_by_id": clerk,
                "version": 1,
            }
        )
    if rows:
        ctx.session.execute(insert(MembershipReview), rows)
