"""Demo hardship work (after the members and medical demo data): household files at every stage
(from applications, branch proposals and the 免申即享 list), their households, income and rigid
expenses with evidence, the history of each, payouts of 2025 and 2026 (送温暖, 金秋助学, emergency
help), one candidate set aside by the committee, and one member whose relative on the register died
or fell seriously ill (a family record with the relative's identity number).

Most members the medical claims and the register point to are left without a file, so the
candidate list has people on it and none of them applied.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from unionoffice.core.auth.actor import SYSTEM_ACTOR
from unionoffice.core.calendar.rules import Arrangement
from unionoffice.core.calendar.service import arrangement
from unionoffice.core.demo_context import DemoContext
from unionoffice.core.sequences import next_number
from unionoffice.hardship.labels import (
    ELIGIBLE,
    Category,
    CloseReason,
    ItemKind,
    Kin,
    Origin,
    Programme,
    Signal,
    Stage,
    StepKind,
)
from unionoffice.hardship.models import (
    Dismissal,
    FileStep,
    HardshipFile,
    HouseholdItem,
    HouseholdPerson,
    Payout,
)
from unionoffice.hardship.rules import add_months, assess, notice_end
from unionoffice.hardship.service.candidates import candidates
from unionoffice.hardship.service.standards import line_in_force, rule_in_force
from unionoffice.medical.api import year_burdens
from unionoffice.members.api import FamilyMember, Member, MemberStatus, Relation

# The demo's "today", as in the medical demo: late November 2026.
NOW = date(2026, 11, 30)
SPRING_AMOUNT = {Category.DEEP: 150_000, Category.RELATIVE: 100_000, Category.ACCIDENT: 80_000}

CAUSES = {
    Category.DEEP: (
        "配偶长期患病无劳动能力，子女在读，家庭主要靠本人工资维持",
        "本人患慢性肾病需长期透析，配偶无固定工作",
        "单亲家庭，抚养两个子女并赡养患病老人",
    ),
    Category.RELATIVE: (
        "子女就读大学学费负担重，配偶下岗后打零工",
        "父母年迈多病，医疗支出大",
        "配偶残疾需人照料，家庭收入偏低",
    ),
    Category.ACCIDENT: (
        "本人上下班途中遭遇交通事故，住院治疗半年",
        "子女突患白血病，治疗费用巨大",
        "家中房屋遭遇火灾，财产损失严重",
    ),
}
WORK = ("在家务农", "无固定工作", "打零工", "个体经营", "退休")
SCHOOLS = ("小学", "初中", "高中", "中职", "大学")
CHILD_NAMES = ("梓涵", "浩然", "欣怡", "子轩", "雨桐", "俊杰", "思雨", "宇航", "佳琪", "一诺")
PARENT_NAMES = ("桂兰", "秀英", "建国", "德华", "玉珍", "振华", "淑芬", "国强")
# Each branch union's clerk records its files (demo users, core/demo_context BRANCHES).
CLERKS = {
    "心兴分工会": "clerk_xx",
    "氢力分工会": "clerk_ql",
    "蓝色科技分工会": "clerk_ls",
    "黑色生态分工会": "clerk_hs",
}


@dataclass
class Plan:
    stage: Stage
    category: Category
    origin: Origin
    opened: date
    reviewed: bool = False
    close_reason: CloseReason | None = None


def _plans(n: int) -> list[Plan]:
    """``n`` files: most approved, a few at each earlier stage, two closed."""
    fixed = [
        Plan(Stage.APPROVED, Category.DEEP, Origin.APPLICATION, date(2025, 3, 10), reviewed=True),
        Plan(Stage.APPROVED, Category.RELATIVE, Origin.PROPOSAL, date(2025, 4, 14), reviewed=True),
        Plan(Stage.APPROVED, Category.ACCIDENT, Origin.CANDIDATE, date(2026, 3, 9)),
        Plan(Stage.NOTICE, Category.RELATIVE, Origin.CANDIDATE, date(2026, 11, 9)),
        Plan(Stage.VISITED, Category.DEEP, Origin.APPLICATION, date(2026, 11, 16)),
        Plan(Stage.PROPOSED, Category.NONE, Origin.CANDIDATE, date(2026, 11, 26)),
        Plan(
            Stage.CLOSED,
            Category.RELATIVE,
            Origin.PROPOSAL,
            date(2025, 5, 12),
            close_reason=CloseReason.RECOVERED,
        ),
        Plan(
            Stage.CLOSED,
            Category.NONE,
            Origin.APPLICATION,
            date(2026, 6, 8),
            close_reason=CloseReason.NOT_ELIGIBLE,
        ),
    ]
    more = []
    categories = (Category.DEEP, Category.RELATIVE, Category.RELATIVE, Category.ACCIDENT)
    origins = (Origin.APPLICATION, Origin.PROPOSAL, Origin.PROPOSAL, Origin.CANDIDATE)
    for i in range(max(0, n - len(fixed))):
        opened = date(2025, 2, 17) + timedelta(days=(i * 37) % 560)
        more.append(
            Plan(
                Stage.APPROVED, categories[i % 4], origins[i % 4], opened, reviewed=opened < date(2025, 10, 1)
            )
        )
    return fixed + more


class _Filler:
    def __init__(self, ctx: DemoContext) -> None:
        self.ctx = ctx
        self.s: Session = ctx.session
        self.rng = ctx.rng
        self.calendar: Arrangement = arrangement(self.s, 2025, 2026)
        self.clerk = ctx.users.get("clerk_xx")
        self.clerks = {
            branch_id: ctx.users.get(CLERKS.get(name, "")) for name, branch_id in ctx.branch_ids.items()
        }
        self.admin = ctx.users.get("admin")

    # People -------------------------------------------------------------------------------------
    def members(self, count: int, avoid: set[int]) -> list[Member]:
        rows = list(
            self.s.execute(
                select(Member).where(Member.status == MemberStatus.ACTIVE).order_by(Member.id)
            ).scalars()
        )
        pool = [m for m in rows if m.id not in avoid]
        self.rng.shuffle(pool)
        return pool[:count]

    def household(self, f: HardshipFile, member: Member, size: int) -> list[HouseholdPerson]:
        people = [
            HouseholdPerson(relation=Kin.SELF, member_id=member.id, person_name=member.name, situation="在职")
        ]
        for fam in self.s.execute(select(FamilyMember).where(FamilyMember.member_id == member.id)).scalars():
            child = fam.relation == Relation.CHILD
            people.append(
                HouseholdPerson(
                    relation=fam.relation,
                    family_id=fam.id,
                    person_name=fam.name,
                    situation=self.rng.choice(SCHOOLS) + "在读" if child else self.rng.choice(WORK),
                    student=child,
                )
            )
        surname = member.name[0]
        while len(people) < size:
            kin = Kin.CHILD if len(people) % 2 else Kin.PARENT
            given = self.rng.choice(CHILD_NAMES if kin == Kin.CHILD else PARENT_NAMES)
            people.append(
                HouseholdPerson(
                    relation=kin,
                    person_name=surname + given,
                    situation=self.rng.choice(SCHOOLS) + "在读" if kin == Kin.CHILD else "年迈多病",
                    student=kin == Kin.CHILD,
                )
            )
        for position, person in enumerate(people[:size], start=1):
            person.file_id = f.id
            person.position = position
            self.s.add(person)
        self.s.flush()
        return people[:size]

    def items(self, f: HardshipFile, size: int, category: Category, line_fen: int) -> tuple[int, int]:
        """Income and expenses that give ``category`` against ``line_fen``."""
        rng = self.rng
        expense = rng.randrange(6_000, 40_000) * 100
        ratio = {Category.DEEP: (55, 92), Category.RELATIVE: (110, 185), Category.ACCIDENT: (215, 300)}.get(
            category, (260, 400)
        )
        per_head = line_fen * rng.randrange(*ratio) // 100
        income = (per_head * 12 * size + expense) // 100 * 100
        wage = income * rng.randrange(55, 85) // 100 // 100 * 100
        entries = [(ItemKind.INCOME, "本人工资（扣除个人缴纳社保后）", wage, "工资发放明细（近12个月）")]
        if income > wage:
            entries.append(
                (ItemKind.INCOME, "配偶及其他成员收入", income - wage, "村（居）委会证明、收入说明")
            )
        medical = expense * rng.randrange(40, 80) // 100 // 100 * 100
        entries.append((ItemKind.EXPENSE, "医疗费用自付部分", medical, "医院收费票据、医保结算单"))
        entries.append((ItemKind.EXPENSE, "子女教育费用", expense - medical, "学校收费凭证"))
        for position, (kind, item, fen, evidence) in enumerate(entries, start=1):
            self.s.add(
                HouseholdItem(
                    file_id=f.id,
                    position=position,
                    kind=kind,
                    item=item,
                    yearly_fen=str(fen),
                    evidence=evidence,
                )
            )
        return income, expense

    # Files --------------------------------------------------------------------------------------
    def step(self, f: HardshipFile, kind: StepKind, on: date, note: str, category: str | None = None) -> None:
        by = self.admin if kind == StepKind.APPROVE else self.clerks.get(f.branch_id) or self.clerk
        self.s.add(
            FileStep(file_id=f.id, kind=kind, step_on=on, note=note, category=category, recorded_by_id=by)
        )

    def open(self, plan: Plan, member: Member, reasons: str = "") -> HardshipFile:
        rng = self.rng
        base = member.base or "新乡"
        f = HardshipFile(
            file_no=f"KN{plan.opened.year}-{next_number(self.s, f'hardship.file.{plan.opened.year}'):04d}",
            member_id=member.id,
            branch_id=member.branch_id,
            base=base,
            origin=plan.origin,
            stage=Stage.PROPOSED,
            opened_on=plan.opened,
            assessed_on=plan.opened,
            sudden=plan.category == Category.ACCIDENT,
            cause=rng.choice(CAUSES.get(plan.category, CAUSES[Category.RELATIVE])),
        )
        self.s.add(f)
        self.s.flush()
        opening = {
            Origin.APPLICATION: "本人提交困难帮扶申请及家庭收入证明",
            Origin.PROPOSAL: "分工会推荐，附分工会意见",
            Origin.CANDIDATE: "免申即享名单："
            + (reasons or "医疗困难预警")
            + "。未经本人申请，由工会主动建档",
        }[plan.origin]
        self.step(f, StepKind.OPENED, plan.opened, opening)
        if plan.stage == Stage.PROPOSED:
            return f  # just opened: the household's figures come with the visit
        size = rng.randrange(2, 6)
        line = line_in_force(self.s, base, plan.opened)
        assert line is not None, "the migration seeds the 低保 of every base"
        target = plan.category if plan.category in ELIGIBLE else Category.NONE
        income, expense = self.items(f, size, target, line.monthly_fen)
        found = assess(income, expense, size, line.monthly_fen, 200, f.sudden)
        f.household_size = size
        f.line_fen = found.line_fen
        f.per_head_fen = str(found.per_head_fen)
        f.category = found.category
        self.household(f, member, size)
        self.visit(f, plan.opened + timedelta(days=rng.randrange(3, 10)))
        if plan.stage == Stage.VISITED or (
            plan.stage == Stage.CLOSED and plan.close_reason == CloseReason.NOT_ELIGIBLE
        ):
            if plan.stage == Stage.CLOSED:
                self.close(
                    f,
                    f.visited_on or plan.opened,
                    CloseReason.NOT_ELIGIBLE,
                    "经入户核实，家庭收入高于认定标准",
                )
            return f
        posted = (f.visited_on or plan.opened) + timedelta(days=rng.randrange(2, 6))
        f.notice_from = posted
        f.notice_until = notice_end(self.calendar, posted, 5)
        f.stage = Stage.NOTICE
        self.step(
            f,
            StepKind.NOTICE,
            posted,
            f"在分工会公示栏和工会微信群公示至 {f.notice_until.isoformat()}（5 个工作日）",
        )
        if plan.stage == Stage.NOTICE:
            return f
        approved = f.notice_until + timedelta(days=rng.randrange(1, 6))
        f.approved_on = approved
        f.review_due = add_months(approved, 12)
        f.stage = Stage.APPROVED
        self.step(f, StepKind.APPROVE, approved, "公示无异议，工会委员会研究同意建档", f.category)
        if plan.reviewed and add_months(approved, 11) < NOW:
            reviewed = add_months(approved, 11)
            f.review_due = add_months(reviewed, 12)
            f.assessed_on = reviewed
            self.step(f, StepKind.REVIEW, reviewed, "年度复核：家庭情况无明显变化，继续帮扶", f.category)
        if plan.stage == Stage.CLOSED:
            closed = min(add_months(approved, 14), NOW - timedelta(days=60))  # still followed up at NOW
            self.close(f, closed, CloseReason.RECOVERED, "子女毕业就业，家庭收入提高，经复核已脱困")
            self.step(f, StepKind.FOLLOW_UP, closed + timedelta(days=45), "回访：家庭生活稳定，暂无新的困难")
        return f

    def visit(self, f: HardshipFile, on: date) -> None:
        f.visited_on = on
        f.stage = Stage.VISITED
        self.step(f, StepKind.VISIT, on, "分工会主席、工会小组长入户走访，核实家庭人口、收入和支出，留存照片")

    def close(self, f: HardshipFile, on: date, reason: CloseReason, note: str) -> None:
        was_approved = f.stage == Stage.APPROVED
        f.closed_on = on
        f.close_reason = reason
        f.follow_up_until = add_months(on, 6) if was_approved else None
        f.stage = Stage.CLOSED
        self.step(f, StepKind.CLOSE, on, note)

    # Payouts ------------------------------------------------------------------------------------
    def payouts(self, files: list[HardshipFile]) -> None:
        rng = self.rng
        for f in files:
            people = list(
                self.s.execute(
                    select(HouseholdPerson).where(
                        HouseholdPerson.file_id == f.id, HouseholdPerson.student.is_(True)
                    )
                ).scalars()
            )
            for year, spring_day, school_day in (
                (2025, date(2025, 1, 20), date(2025, 8, 28)),
                (2026, date(2026, 2, 5), date(2026, 8, 27)),
            ):
                if self.on_record(f, spring_day):
                    self.pay(
                        f,
                        Programme.SPRING,
                        year,
                        spring_day,
                        SPRING_AMOUNT[Category(f.category)],
                        "春节送温暖慰问金",
                    )
                if self.on_record(f, school_day):
                    for person in people[:2]:
                        amount = rng.choice((100_000, 150_000, 200_000, 300_000))
                        self.pay(f, Programme.SCHOOLING, year, school_day, amount, "金秋助学金", person.id)
            if f.category == Category.ACCIDENT and f.approved_on is not None:
                self.pay(
                    f,
                    Programme.EMERGENCY,
                    f.approved_on.year,
                    f.approved_on + timedelta(days=3),
                    rng.choice((300_000, 500_000)),
                    "突发困难应急救助",
                )

    @staticmethod
    def on_record(f: HardshipFile, day: date) -> bool:
        """Approved before ``day`` and not closed by then."""
        return (
            f.approved_on is not None and f.approved_on < day and (f.closed_on is None or f.closed_on > day)
        )

    def pay(
        self,
        f: HardshipFile,
        programme: Programme,
        year: int,
        on: date,
        fen: int,
        note: str,
        person: int | None = None,
    ) -> None:
        self.s.add(
            Payout(
                file_id=f.id,
                branch_id=f.branch_id,
                programme=programme,
                year=year,
                paid_on=on,
                amount_fen=fen,
                person_id=person,
                note=note,
            )
        )


def _relative_on_register(filler: _Filler, struck: list[int], avoid: set[int]) -> None:
    """A member whose spouse (also on the register) died or fell seriously ill: a family record
    carrying the relative's identity number."""
    s = filler.s
    for relative_id in struck:
        relative = s.get(Member, relative_id)
        if relative is None:
            continue
        partner = next(iter(filler.members(1, avoid | {relative_id})), None)
        if partner is None:
            return
        s.add(
            FamilyMember(
                member_id=partner.id,
                relation=Relation.SPOUSE,
                name=relative.name,
                id_number=relative.id_number,
                birth_date=relative.birth_date,
            )
        )
        s.flush()
        avoid.add(partner.id)
        return


def fill(ctx: DemoContext) -> None:
    filler = _Filler(ctx)
    s = ctx.session
    rule_in_force(s, NOW)  # the migration's rules; the demo relies on them
    burdens = year_burdens(s, NOW.year)
    alerted = [b.member_id for b in burdens if b.alerted or b.serious]
    deaths = list(
        s.execute(
            select(Member.id).where(
                Member.status == MemberStatus.DECEASED, Member.status_date >= NOW - timedelta(days=365)
            )
        ).scalars()
    )
    signalled = {b.member_id for b in burdens} | set(deaths)
    avoid = set(signalled)
    _relative_on_register(filler, deaths + [b.member_id for b in burdens if b.serious], avoid)
    plans = _plans(max(8, ctx.size // 100))
    # Two of the candidate-origin files go to members the medical claims point to: the committee
    # opened their files from the list. The others stay on it.
    from_list = alerted[:2]
    people = filler.members(len(plans), avoid)
    files: list[HardshipFile] = []
    for plan in plans:
        chosen_id = from_list.pop(0) if plan.origin == Origin.CANDIDATE and from_list else None
        member = s.get(Member, chosen_id) if chosen_id is not None else (people.pop() if people else None)
        if member is None:
            break
        reasons = "医疗困难预警" if chosen_id is not None else "大额医疗费用"
        files.append(filler.open(plan, member, reasons))
    s.flush()
    filler.payouts(files)
    s.flush()
    # The committee set one candidate aside this year, with its reason.
    waiting, _aside = candidates(s, SYSTEM_ACTOR, NOW.year, NOW)
    only_a_bill = [c for c in waiting if c.keys == {Signal.LARGE_CLAIM}]
    if len(waiting) > 2 and only_a_bill:
        last = only_a_bill[-1]
        s.add(
            Dismissal(
                member_id=last.member_id,
                branch_id=last.branch_id,
                year=NOW.year,
                signals=",".join(sorted(last.keys)),
                reason="经分工会了解，家庭已获商业保险赔付，本人表示暂不需要帮扶",
                dismissed_on=NOW - timedelta(days=6),
                recorded_by_id=filler.clerks.get(last.branch_id),
            )
        )
