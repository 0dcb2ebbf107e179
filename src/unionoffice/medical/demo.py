"""Demo data for medical mutual aid: six union scheme years (2021–2026) and two provincial ones
(2025–2026), enrolments, contributions (互助金), allocations, remittances and claims.

History is generated so that the figures the union quotes come out of the data exactly: over
2021–2025 the union fund paid 4,318,000.00 yuan to 902 members, and the provincial scheme paid
78,000.00 yuan to 27 members in 2025 (both scaled down for smaller demo sizes). Every amount of
the union's own fund is the calculation engine's output for the claim's own rule; the provincial
scheme's amounts are outcomes the province decided, recorded with its reference. 2026 has claims
in every state of both.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import Row, insert, select

from unionoffice.core.crypto.fields import sealed_rows
from unionoffice.core.demo_context import BRANCHES, DemoContext
from unionoffice.core.sequences import NumberSequence
from unionoffice.medical.calculation import Calculation, Rule, bands_to_json, calculate
from unionoffice.medical.models import (
    BenefitRule,
    BenefitType,
    Claim,
    ClaimInvoice,
    ClaimStatus,
    Enrolment,
    EnrolmentProduct,
    EnrolmentRule,
    Fund,
    LedgerEntry,
    LedgerKind,
    Product,
    SchemeYear,
)
from unionoffice.medical.service import eligibility
from unionoffice.medical.service.claims import CLAIM_PREFIX
from unionoffice.medical.service.schemes import standard_bands
from unionoffice.members.api import Member, MemberStatus

UNION_YEARS = (2021, 2022, 2023, 2024, 2025, 2026)
PROVINCE_YEARS = (2025, 2026)
HISTORY = {Fund.UNION: ((2021, 2025), 431_800_000, 902), Fund.PROVINCE: ((2025, 2025), 7_800_000, 27)}
CURRENT = 2026
CLERKS = dict(zip(BRANCHES, ("clerk_xx", "clerk_ql", "clerk_ls", "clerk_hs"), strict=True))
HOSPITALS = {
    "新乡": ("新乡市中心医院", "新乡医学院第一附属医院", "新乡市第二人民医院", "河南省人民医院"),
    "江西": ("南昌大学第一附属医院", "江西省人民医院", "九江市第一人民医院"),
    "新疆": ("新疆医科大学第一附属医院", "乌鲁木齐市友谊医院", "哈密市中心医院"),
}
DIAGNOSES = {
    BenefitType.INPATIENT: (
        "肺炎",
        "腰椎间盘突出症",
        "急性阑尾炎",
        "冠心病",
        "胆囊结石",
        "脑梗死",
        "骨折术后",
    ),
    BenefitType.SPECIAL_OUTPATIENT: ("糖尿病", "高血压Ⅲ级", "慢性肾功能衰竭透析", "类风湿关节炎"),
    BenefitType.CRITICAL: ("恶性肿瘤", "急性心肌梗死", "脑中风后遗症", "重大器官移植术"),
    BenefitType.ACCIDENT: ("工余意外跌伤", "交通事故外伤", "运动损伤"),
}


def _union_rules() -> dict[BenefitType, Rule]:
    return {
        BenefitType.INPATIENT: Rule(
            100_000,
            standard_bands((1_000_000, "0.5"), (3_000_000, "0.6"), (None, "0.7")),
            5_000_000,
            8_000_000,
        ),
        BenefitType.SPECIAL_OUTPATIENT: Rule(
            50_000, standard_bands((500_000, "0.5"), (None, "0.6")), 1_000_000, 2_000_000
        ),
        BenefitType.CRITICAL: Rule(lump_sum_fen=2_000_000, annual_cap_fen=2_000_000),
        BenefitType.ACCIDENT: Rule(
            0, standard_bands((1_000_000, "0.6"), (None, "0.7")), 3_000_000, 5_000_000
        ),
    }


PROVINCE_RULE = {
    "min_age": 16,
    "max_age": 60,
}  # 河南省职工医疗互助保障: in work, 16–60, with employee insurance
PROVINCE_PRODUCTS = (
    ("住院补充保障", BenefitType.INPATIENT, 3_000, 2_000_000),
    ("女职工特殊疾病保障", None, 2_000, 1_000_000),
)


@dataclass
class _Year:
    scheme_id: int
    fund: Fund
    year: int
    rules: dict[BenefitType, tuple[int, Rule]]  # benefit type → (rule id, rule)
    enrolled: list[tuple[int, int, date]] = field(default_factory=list)  # (member, branch, covered_from)
    used: dict[tuple[int, str], int] = field(default_factory=lambda: defaultdict(int))
    row: SchemeYear | None = None
    products: list[Product] = field(default_factory=list)
    taken: dict[int, Product] = field(default_factory=dict)  # member → the optional product they took


class _Builder:
    def __init__(self, ctx: DemoContext) -> None:
        self.ctx = ctx
        self.rng = ctx.rng
        self.s = ctx.session
        self.claims: list[dict] = []
        self.invoices: list[dict] = []
        self.ledger: list[dict] = []
        self.numbers: dict[str, int] = defaultdict(int)
        self.next_id = (self.s.execute(select(Claim.id).order_by(Claim.id.desc()).limit(1)).scalar() or 0) + 1
        self.base_of = {bid: BRANCHES[name][0] for name, bid in ctx.branch_ids.items()}
        self.clerk_of = {bid: ctx.users[CLERKS[name]] for name, bid in ctx.branch_ids.items()}
        self.member_names: dict[int, str] = {}
        self.paid: dict[tuple[Fund, int], set[int]] = defaultdict(set)  # who paid each fund's year
        self.references = 0

    # Schemes and enrolment ---------------------------------------------------------------------
    def scheme(self, fund: Fund, year: int, fee: int, rules: dict[BenefitType, Rule]) -> _Year:
        province = fund == Fund.PROVINCE
        row = SchemeYear(
            fund=fund,
            year=year,
            fee_fen=fee,
            coverage_start=date(year, 1, 1),
            coverage_end=date(year, 12, 31),
            waiting_days=90,
            renewal_waiting_days=180 if province else 90,
            hardship_threshold_fen=3_000_000,
            claim_deadline=date(year + 1, 3, 31),
            # The province takes enrolments from November before the year to the end of March.
            enrol_from=date(year - 1, 11, 1) if province else None,
            enrol_to=date(year, 3, 31) if province else None,
            name=f"{year} 年度{fund.label}",
        )
        self.s.add(row)
        self.s.flush()
        ids = {}
        for kind, rule in rules.items():
            r = BenefitRule(
                scheme_year_id=row.id,
                benefit_type=kind,
                revision=1,
                deductible_fen=rule.deductible_fen,
                bands=bands_to_json(rule.bands),
                per_claim_cap_fen=rule.per_claim_cap_fen,
                annual_cap_fen=rule.annual_cap_fen,
                lump_sum_fen=rule.lump_sum_fen,
                note="",
            )
            self.s.add(r)
            self.s.flush()
            ids[kind] = (r.id, rule)
        return _Year(row.id, fund, year, ids, row=row)

    def enrol(
        self, y: _Year, members: Sequence[Row[int, int, str, date | None, date, date]], share: float, fee: int
    ) -> None:
        """Enrol members the way the service would: the provincial scheme's rule (in work, 16–60)
        decides who may; the entry kind decides the waiting period; contributions are paid, and
        the provincial ones remitted to the province once, under its receipt."""
        assert y.row is not None
        start = date(y.year, 1, 1)
        province = y.fund == Fund.PROVINCE
        rows: list[dict[str, Any]] = []
        taken: dict[int, Product] = {}
        paid_by_branch: dict[int, list[int]] = defaultdict(list)
        last_year = self.paid[(y.fund, y.year - 1)]
        for m_id, branch, status, status_date, joined, born in members:
            if joined > date(y.year, 10, 31) or (
                status != MemberStatus.ACTIVE and status_date and status_date < start
            ):
                continue
            if province and not (
                status == MemberStatus.ACTIVE
                and PROVINCE_RULE["min_age"] <= eligibility.age_on(born, start) <= PROVINCE_RULE["max_age"]
            ):
                continue
            renewing = m_id in last_year
            if share < 1 and not renewing and self.rng.random() > share:
                continue
            enrolled_on = max(start, joined)
            if province:  # within the window: renewals before the year starts, newcomers until March
                enrolled_on = (
                    date(y.year - 1, 12, 1)
                    if renewing
                    else max(joined, date(y.year - 1, 12, 1) + timedelta(days=self.rng.randrange(0, 120)))
                )
                if enrolled_on > date(y.year, 3, 31):
                    continue
            kind = eligibility.entry_kind(y.row, renewing, enrolled_on)
            covered = eligibility.covered_from(y.row, kind, enrolled_on)
            extra = self.rng.choice(y.products) if y.products and self.rng.random() < 0.12 else None
            paid = (
                None
                if (y.year == CURRENT and self.rng.random() < 0.03)
                else max(enrolled_on, start) + timedelta(days=self.rng.randrange(5, 60))
            )
            rows.append(
                {
                    "scheme_year_id": y.scheme_id,
                    "member_id": m_id,
                    "branch_id": branch,
                    "enrolled_on": enrolled_on,
                    "covered_from": covered,
                    "entry_kind": kind.value,
                    "fee_fen": fee + (extra.fee_fen if extra else 0),
                    "paid_on": paid,
                    "medical_insurance": True if province else None,
                    "remitted_on": None,
                    "remittance_id": None,
                    "version": 1,
                }
            )
            if extra is not None:
                taken[m_id] = extra
            if paid is not None:
                self.paid[(y.fund, y.year)].add(m_id)
                y.enrolled.append((m_id, branch, covered))
                paid_by_branch[branch].append(rows[-1]["fee_fen"])
        if province:
            self._remit(y, rows)
        for i in range(0, len(rows), 5000):
            self.s.execute(insert(Enrolment), rows[i : i + 5000])
        if taken:
            ids = self.s.execute(
                select(Enrolment.member_id, Enrolment.id).where(Enrolment.scheme_year_id == y.scheme_id)
            ).all()
            self.s.execute(
                insert(EnrolmentProduct),
                [
                    {"enrolment_id": e, "product_id": taken[m].id, "fee_fen": taken[m].fee_fen}
                    for m, e in ids
                    if m in taken
                ],
            )
            y.taken = taken
        for branch, fees in sorted(paid_by_branch.items()):
            self.ledger.append(
                {
                    "scheme_year_id": y.scheme_id,
                    "branch_id": branch,
                    "kind": LedgerKind.FEE,
                    "amount_fen": sum(fees),
                    "entry_date": date(y.year, 3, 31),
                    "memo": f"{len(fees)} 人缴纳 {y.year} 年度互助金",
                    "claim_id": None,
                }
            )

    def _remit(self, y: _Year, rows: list[dict[str, Any]]) -> None:
        """One remittance to the province for the year's paid contributions, one ledger entry per
        branch union under the one receipt (this year's last late payers are still to go)."""
        when = date(y.year, 4, 15)
        receipt = f"豫工互缴〔{y.year}〕{self.rng.randrange(10, 99)}号"
        by_branch: dict[int, list[dict[str, Any]]] = defaultdict(list)
        for r in rows:
            if r["paid_on"] is not None and r["paid_on"] <= when:
                by_branch[r["branch_id"]].append(r)
        for branch, due in sorted(by_branch.items()):
            entry = LedgerEntry(
                scheme_year_id=y.scheme_id,
                branch_id=branch,
                kind=LedgerKind.REMITTANCE,
                amount_fen=sum(r["fee_fen"] for r in due),
                entry_date=when,
                reference=receipt,
                memo=f"上缴省总 {len(due)} 人 {y.year} 年度互助金",
            )
            self.s.add(entry)
            self.s.flush()
            for r in due:
                r["remitted_on"], r["remittance_id"] = when, entry.id

    def products(self, y: _Year) -> None:
        for name, kind, fee, cap in PROVINCE_PRODUCTS:
            product = Product(
                scheme_year_id=y.scheme_id, name=name, benefit_type=kind, fee_fen=fee, cap_fen=cap, note=""
            )
            self.s.add(product)
            y.products.append(product)
        self.s.flush()

    # The provincial scheme: claims filed, outcomes recorded -------------------------------------
    def province_claim(
        self, y: _Year, member: tuple[int, int, date], kind: BenefitType, status: ClaimStatus, amount: int
    ) -> int:
        """A claim filed with the province and, unless still waiting, the province's outcome."""
        m_id, branch, covered_from = member
        rng = self.rng
        first = max(covered_from, date(y.year, 1, 1))
        last = date(y.year, 9, 30) if y.year == CURRENT else date(y.year, 12, 10)
        admission = first + timedelta(days=rng.randrange(max(1, (last - first).days)))
        discharge = admission + timedelta(days=rng.randrange(1, 15))
        filed_on = discharge + timedelta(days=rng.randrange(5, 30))
        outcome_on = filed_on + timedelta(days=rng.randrange(20, 50))
        if y.year == CURRENT:
            outcome_on = min(outcome_on, date(2026, 11, 20))
        covered = max(amount * rng.randrange(130, 220) // 100, rng.randrange(200_000, 900_000))
        uncovered = rng.randrange(0, covered // 4 + 2)
        insurance = covered * rng.randrange(150, 400) // 100
        claim_id = self.next_id
        self.next_id += 1
        key = f"medical.claim.{y.fund.value}.{y.year}"
        self.numbers[key] += 1
        number = f"{CLAIM_PREFIX[y.fund]}{y.year}-{self.numbers[key]:05d}"
        decided = status in (ClaimStatus.PAID, ClaimStatus.REJECTED)
        if decided:
            self.references += 1
        clerk = self.clerk_of[branch]
        product = y.taken.get(m_id)
        self.claims.append(
            {
                "id": claim_id,
                "claim_no": number,
                "scheme_year_id": y.scheme_id,
                "member_id": m_id,
                "branch_id": branch,
                "benefit_type": kind,
                "rule_id": None,
                "product_id": product.id
                if product is not None and product.benefit_type in (None, kind)
                else None,
                "hospital": rng.choice(HOSPITALS[self.base_of[branch]]),
                "diagnosis": rng.choice(DIAGNOSES[kind]),
                "admission_date": admission,
                "discharge_date": discharge,
                "total_fen": insurance + covered + uncovered,
                "insurance_fen": insurance,
                "covered_self_fen": covered,
                "uncovered_self_fen": uncovered,
                "payable_fen": amount if status == ClaimStatus.PAID else 0,
                "explanation": "[]",
                "status": status,
                "created_by_id": clerk,
                "submitted_by_id": clerk,
                "submitted_at": datetime.combine(filed_on, datetime.min.time()) + timedelta(hours=10),
                "overlap_acknowledged": False,
                "reviewed_by_id": None,
                "reviewed_at": None,
                "review_note": "",
                "decided_by_id": clerk if decided else None,
                "decided_at": datetime.combine(outcome_on, datetime.min.time()) + timedelta(hours=15)
                if decided
                else None,
                "reject_reason": rng.choice(("不属于保障范围的病种", "超过等待期规定", "材料不全，逾期未补"))
                if status == ClaimStatus.REJECTED
                else "",
                "paid_on": outcome_on if status == ClaimStatus.PAID else None,
                "voucher_no": "",
                "filed_on": filed_on,
                "outcome_on": outcome_on if decided else None,
                "outcome_reference": f"豫工互赔〔{y.year}〕{self.references:04d}号" if decided else "",
                "version": 1,
                "updated_by_id": None,
            }
        )
        return amount if status == ClaimStatus.PAID else 0

    def province_history(self, y: _Year, target_fen: int, helped: int) -> None:
        """Outcomes the province paid: exactly ``target_fen`` to exactly ``helped`` members."""
        chosen = self.rng.sample(y.enrolled, min(helped, len(y.enrolled)))
        weights = [self.rng.randrange(50, 150) for _ in chosen]
        amounts = [target_fen * w // sum(weights) // 100 * 100 for w in weights]
        amounts[0] += target_fen - sum(amounts)
        for entry, amount in zip(chosen, amounts, strict=True):
            self.province_claim(y, entry, BenefitType.INPATIENT, ClaimStatus.PAID, amount)

    def province_current(self, y: _Year, count: int) -> None:
        states = (ClaimStatus.SUBMITTED, ClaimStatus.PAID, ClaimStatus.REJECTED)
        for _ in range(count):
            status = self.rng.choices(states, (35, 55, 10))[0]
            amount = self.rng.randrange(100_000, 1_500_000) // 100 * 100
            self.province_claim(y, self.rng.choice(y.enrolled), BenefitType.INPATIENT, status, amount)

    # Claims ------------------------------------------------------------------------------------
    def claim(
        self,
        y: _Year,
        member: tuple[int, int, date],
        kind: BenefitType,
        covered_fen: int,
        status: ClaimStatus,
        uncovered_fen: int | None = None,
    ) -> int:
        m_id, branch, covered_from = member
        rule_id, rule = y.rules[kind]
        counted = status in (ClaimStatus.APPROVED, ClaimStatus.PAID)
        calc: Calculation = calculate(rule, covered_fen, y.used[(m_id, kind)])
        if counted:
            y.used[(m_id, kind)] += calc.payable_fen
        rng = self.rng
        first = max(covered_from, date(y.year, 1, 1))
        last = date(y.year, 10, 20) if y.year == CURRENT else date(y.year, 12, 10)
        admission = first + timedelta(days=rng.randrange(max(1, (last - first).days)))
        stay = (
            0
            if kind == BenefitType.CRITICAL
            else rng.randrange(1, 21 if kind != BenefitType.SPECIAL_OUTPATIENT else 90)
        )
        discharge = min(admission + timedelta(days=stay), date(y.year, 12, 31))
        uncovered = uncovered_fen if uncovered_fen is not None else rng.randrange(0, covered_fen // 3 + 2)
        insurance = covered_fen * rng.randrange(150, 400) // 100
        claim_id = self.next_id
        self.next_id += 1
        submitted = datetime.combine(
            discharge + timedelta(days=rng.randrange(3, 25)), datetime.min.time()
        ) + timedelta(hours=9, minutes=rng.randrange(0, 480))
        if y.year == CURRENT and submitted.date() > date(2026, 11, 10):
            submitted = datetime(2026, 11, 10, 10, 0)
        number = None
        if status != ClaimStatus.DRAFT:
            key = f"medical.claim.{y.fund.value}.{y.year}"
            self.numbers[key] += 1
            number = f"{CLAIM_PREFIX[y.fund]}{y.year}-{self.numbers[key]:05d}"
        reviewed = submitted + timedelta(days=rng.randrange(1, 6))
        decided = reviewed + timedelta(days=rng.randrange(1, 8))
        paid_on = (decided + timedelta(days=rng.randrange(2, 15))).date()
        if y.year == CURRENT:  # the demo's "today" is late November 2026: nothing dated after it
            reviewed, decided = (
                min(reviewed, datetime(2026, 11, 12, 10)),
                min(decided, datetime(2026, 11, 16, 15)),
            )
            paid_on = min(paid_on, date(2026, 11, 20))
        later = status not in (ClaimStatus.DRAFT, ClaimStatus.SUBMITTED)
        decided_states = (ClaimStatus.APPROVED, ClaimStatus.REJECTED, ClaimStatus.PAID)
        reviewer, admin = self.ctx.users["reviewer"], self.ctx.users["admin"]
        self.claims.append(
            {
                "id": claim_id,
                "claim_no": number,
                "scheme_year_id": y.scheme_id,
                "member_id": m_id,
                "branch_id": branch,
                "benefit_type": kind,
                "rule_id": rule_id,
                "hospital": rng.choice(HOSPITALS[self.base_of[branch]]),
                "diagnosis": rng.choice(DIAGNOSES[kind]),
                "admission_date": admission,
                "discharge_date": discharge,
                "total_fen": insurance + covered_fen + uncovered,
                "insurance_fen": insurance,
                "covered_self_fen": covered_fen,
                "uncovered_self_fen": uncovered,
                "payable_fen": calc.payable_fen,
                "explanation": calc.to_json(),
                "status": status,
                "created_by_id": self.clerk_of[branch],
                "submitted_by_id": self.clerk_of[branch] if number else None,
                "submitted_at": submitted if number else None,
                "overlap_acknowledged": False,
                "reviewed_by_id": reviewer if later else None,
                "reviewed_at": reviewed if later else None,
                "review_note": "材料齐全" if later else "",
                "decided_by_id": (reviewer if status == ClaimStatus.REJECTED else admin)
                if status in decided_states
                else None,
                "decided_at": decided if status in decided_states else None,
                "reject_reason": rng.choice(
                    ("发票为复印件，需提供原件", "非保障期内治疗", "与已报销申请重复")
                )
                if status == ClaimStatus.REJECTED
                else "",
                "paid_on": paid_on if status == ClaimStatus.PAID else None,
                "voucher_no": f"记-{y.year}-{claim_id:05d}" if status == ClaimStatus.PAID else "",
                "product_id": None,
                "filed_on": None,
                "outcome_on": None,
                "outcome_reference": "",
                "version": 1,
                "updated_by_id": None,
            }
        )
        if kind != BenefitType.CRITICAL:
            for _ in range(1 + (rng.random() < 0.3)):
                self.invoices.append(
                    {"claim_id": claim_id, "invoice_no": f"{y.year % 100:02d}{rng.randrange(10**9):09d}"}
                )
        if status == ClaimStatus.PAID:
            self.ledger.append(
                {
                    "scheme_year_id": y.scheme_id,
                    "branch_id": branch,
                    "kind": LedgerKind.PAYOUT,
                    "amount_fen": calc.payable_fen,
                    "entry_date": paid_on,
                    "memo": f"支付互助金 {number}，凭证 记-{y.year}-{claim_id:05d}",
                    "claim_id": claim_id,
                }
            )
        return calc.payable_fen

    def covered_amount(self, kind: BenefitType | None, small: bool = False) -> int:
        r = self.rng.random()
        if small:
            return self.rng.randrange(150_000, 600_000)
        if kind == BenefitType.SPECIAL_OUTPATIENT:
            return self.rng.randrange(80_000, 1_500_000)
        if r < 0.7:
            return self.rng.randrange(150_000, 900_000)
        if r < 0.93:
            return self.rng.randrange(1_000_000, 2_500_000)
        return self.rng.randrange(2_500_000, 6_000_000)

    def history(self, years: list[_Year], target_fen: int, helped: int) -> None:
        """Paid claims summing to exactly ``target_fen`` for exactly ``helped`` distinct members."""
        pool = {m for y in years for m, _b, _c in y.enrolled}
        chosen = self.rng.sample(sorted(pool), min(helped, len(pool)))
        where = (
            {m: [(y, e) for y in years for e in y.enrolled if e[0] == m] for m in chosen}
            if len(chosen) < 50
            else self._where(years, set(chosen))
        )
        total = 0
        for m in chosen:  # one modest claim each: every chosen member is helped at least once
            y, entry = self.rng.choice(where[m])
            total += self.claim(
                y, entry, BenefitType.INPATIENT, self.covered_amount(None, small=True), ClaimStatus.PAID
            )
        kinds = [k for k in years[0].rules]
        room = 450_000  # the last claim closes the gap inside the first 50 % band
        misses = 0
        while target_fen - total > room and misses < 10_000:
            m = self.rng.choice(chosen)
            y, entry = self.rng.choice(where[m])
            kind = self.rng.choice(kinds) if self.rng.random() < 0.35 else BenefitType.INPATIENT
            covered = self.covered_amount(kind)
            _rid, rule = y.rules[kind]
            payable = calculate(rule, covered, y.used[(m, kind)]).payable_fen
            if payable == 0 or total + payable > target_fen:
                misses += 1
                continue
            total += self.claim(y, entry, kind, covered, ClaimStatus.PAID)
        gap = target_fen - total
        if gap > 0:
            for m in chosen:
                for y, entry in where[m]:
                    _rid, rule = y.rules[BenefitType.INPATIENT]
                    first = rule.bands[0]
                    left = (rule.annual_cap_fen or gap) - y.used[(m, BenefitType.INPATIENT)]
                    covered = rule.deductible_fen + 2 * gap  # 50 % of the part above the deductible = gap
                    if (
                        first.ratio * 2 == 1
                        and left >= gap
                        and (first.upper_fen is None or covered <= first.upper_fen)
                    ):
                        total += self.claim(y, entry, BenefitType.INPATIENT, covered, ClaimStatus.PAID)
                        gap = 0
                        break
                if gap == 0:
                    break
        assert total == target_fen, (total, target_fen)

    @staticmethod
    def _where(years: list[_Year], chosen: set[int]) -> dict[int, list]:
        out: dict[int, list] = defaultdict(list)
        for y in years:
            for entry in y.enrolled:
                if entry[0] in chosen:
                    out[entry[0]].append((y, entry))
        return out

    def current(self, y: _Year, count: int) -> None:
        """This year's claims in every state, plus a few heavy self-paid bills for the hardship list."""
        weights = (
            (ClaimStatus.DRAFT, 8),
            (ClaimStatus.SUBMITTED, 14),
            (ClaimStatus.REVIEWED, 12),
            (ClaimStatus.APPROVED, 12),
            (ClaimStatus.REJECTED, 7),
            (ClaimStatus.PAID, 47),
        )
        states = [s for s, _ in weights]
        kinds = list(y.rules)
        members = y.enrolled
        for _ in range(count):
            status = self.rng.choices(states, [w for _, w in weights])[0]
            kind = self.rng.choices(kinds, (70, 18, 4, 8)[: len(kinds)])[0]
            self.claim(y, self.rng.choice(members), kind, self.covered_amount(kind), status)
        for _ in range(max(3, count // 25)):
            self.claim(
                y,
                self.rng.choice(members),
                BenefitType.INPATIENT,
                self.rng.randrange(3_000_000, 9_000_000),
                ClaimStatus.PAID,
                uncovered_fen=self.rng.randrange(1_500_000, 6_000_000),
            )

    def flush(self, years: list[_Year]) -> None:
        for y in years:  # the company's allocation keeps each year of our own fund in the black
            if y.fund != Fund.UNION:
                continue
            income = sum(
                e["amount_fen"]
                for e in self.ledger
                if e["scheme_year_id"] == y.scheme_id and e["kind"] == LedgerKind.FEE
            )
            paid = sum(
                c["payable_fen"]
                for c in self.claims
                if c["scheme_year_id"] == y.scheme_id and c["status"] == ClaimStatus.PAID
            )
            need = max(0, paid - income) + 20_000_000
            if need:
                self.ledger.append(
                    {
                        "scheme_year_id": y.scheme_id,
                        "branch_id": None,
                        "kind": LedgerKind.ALLOCATION,
                        "amount_fen": need // 100 * 100,
                        "entry_date": date(y.year, 2, 15),
                        "memo": "公司行政拨款（按上年支出核定）",
                        "claim_id": None,
                    }
                )
        for rows, model in ((self.claims, Claim), (self.invoices, ClaimInvoice), (self.ledger, LedgerEntry)):
            for i in range(0, len(rows), 5000):
                self.s.execute(insert(model), sealed_rows(self.s, model.__table__, rows[i : i + 5000]))
        for name, used in self.numbers.items():
            self.s.add(NumberSequence(name=name, next_value=used + 1))
        self.s.flush()


def fill(ctx: DemoContext) -> None:
    b = _Builder(ctx)
    members = ctx.session.execute(
        select(
            Member.id,
            Member.branch_id,
            Member.status,
            Member.status_date,
            Member.join_date,
            Member.birth_date,
        ).order_by(Member.id)
    ).all()
    scale = ctx.size / 12_000
    union_years = []
    for year in UNION_YEARS:
        y = b.scheme(Fund.UNION, year, 6_000, _union_rules())
        b.enrol(y, members, 1.0, 6_000)
        union_years.append(y)
    ctx.session.add(
        EnrolmentRule(
            fund=Fund.PROVINCE,
            effective_from=date(2025, 1, 1),
            min_age=PROVINCE_RULE["min_age"],
            max_age=PROVINCE_RULE["max_age"],
            require_in_work=True,
            require_medical_insurance=True,
            note="依据河南省总工会职工医疗互助保障参保办法",
        )
    )
    province_years = []
    for year in PROVINCE_YEARS:
        y = b.scheme(Fund.PROVINCE, year, 5_000, {})
        b.products(y)
        b.enrol(y, members, 0.35, 5_000)
        province_years.append(y)
    for fund, years in ((Fund.UNION, union_years), (Fund.PROVINCE, province_years)):
        (first, last), target, helped = HISTORY[fund]
        span = [y for y in years if first <= y.year <= last]
        n = max(1, round(helped * scale))
        # Small demo databases: each helped member's first modest claim pays at most ~3,000 yuan.
        amount = target if scale == 1 else max(n * 400_000, round(target * scale / 100) * 100)
        if fund == Fund.PROVINCE:
            b.province_history(span[0], amount, n)
        else:
            b.history(span, amount, n)
    b.current(union_years[-1], max(30, round(300 * scale)))
    b.province_current(province_years[-1], max(5, round(20 * scale)))
    b.flush(union_years + province_years)
