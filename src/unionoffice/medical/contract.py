"""What the medical screens may ask of the medical services, and what they get back.

Plain data only (money in integer fen). The services are in ``service/``; ``operations.py``
answers these operations. Every sub-page of the tab opens with ONE call that returns all it
shows, including the scheme it resolved and, when the tab asks, the list of scheme years.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from unionoffice.core.org.contract import OrgReference
from unionoffice.foundation.contract import (
    ById,
    ColumnDef,
    FileData,
    ListQuery,
    ListWindow,
    Operation,
    Page,
    Saved,
)
from unionoffice.foundation.errors import FieldProblem, UserError
from unionoffice.foundation.i18n import translate
from unionoffice.foundation.wire import wire_error
from unionoffice.medical.calculation import Calculation, Line, Rule
from unionoffice.medical.labels import Fund


# Schemes ---------------------------------------------------------------------------------------
@dataclass(frozen=True, kw_only=True)
class SchemeInfo:
    id: int
    fund: str
    year: int
    name: str
    fee_fen: int
    coverage_start: date
    coverage_end: date
    waiting_days: int  # a first enrolment's wait
    hardship_threshold_fen: int
    version: int
    renewal_waiting_days: int = 0  # a late renewal's wait
    claim_deadline: date | None = None
    enrol_from: date | None = None
    enrol_to: date | None = None

    @property
    def title(self) -> str:
        return f"{self.year} {Fund(self.fund).label}"

    @property
    def is_province(self) -> bool:
        return self.fund == Fund.PROVINCE


@dataclass(frozen=True)
class SchemeInput:
    fund: str
    year: int
    name: str
    fee_fen: int | None
    coverage_start: date | None
    coverage_end: date | None
    waiting_days: int = 0
    hardship_threshold_fen: int = 0
    renewal_waiting_days: int = 0
    claim_deadline: date | None = None
    enrol_from: date | None = None
    enrol_to: date | None = None


@dataclass(frozen=True, kw_only=True)
class EligibilityInfo:
    """An enrolment rule of a fund, in force from ``effective_from`` until the next one."""

    id: int
    fund: str
    effective_from: date
    min_age: int | None
    max_age: int | None  # inclusive
    require_in_work: bool
    require_medical_insurance: bool
    note: str
    version: int


@dataclass(frozen=True, kw_only=True)
class EligibilitySave:
    fund: str
    effective_from: date | None
    min_age: int | None = None
    max_age: int | None = None
    require_in_work: bool = True
    require_medical_insurance: bool = False
    note: str = ""
    rule_id: int | None = None
    version: int = 0


@dataclass(frozen=True, kw_only=True)
class ProductInfo:
    """An optional product of a scheme year: its own fee and its own cap per member and year."""

    id: int
    scheme_year_id: int
    name: str
    benefit_type: str | None
    fee_fen: int
    cap_fen: int
    note: str
    version: int


@dataclass(frozen=True, kw_only=True)
class ProductSave:
    scheme_year_id: int
    name: str
    fee_fen: int | None
    cap_fen: int | None
    benefit_type: str | None = None
    note: str = ""
    product_id: int | None = None
    version: int = 0


@dataclass(frozen=True)
class RuleInfo:
    id: int
    scheme_year_id: int
    benefit_type: str
    revision: int
    rule: Rule
    note: str
    frozen: bool  # has paid claims: a change makes a new revision
    version: int


@dataclass(frozen=True)
class SchemePick:
    """Which scheme year a sub-page opens on: by id, else the union fund's scheme of ``year``,
    else the newest union scheme. ``with_schemes``: the tab's picker needs the list of years."""

    scheme_year_id: int | None = None
    year: int | None = None
    with_schemes: bool = True


@dataclass(frozen=True)
class SchemeChoice:
    """The scheme a sub-page opened on (None: no scheme year exists yet) and, when asked, them all."""

    scheme: SchemeInfo | None
    schemes: list[SchemeInfo] | None = None


@dataclass(frozen=True)
class RulesOpen:
    pick: SchemePick


@dataclass(frozen=True)
class RulesScreen:
    choice: SchemeChoice
    rules: list[RuleInfo] = field(default_factory=list)  # the current revision of each benefit type
    eligibility: list[EligibilityInfo] = field(default_factory=list)  # the fund's, newest first
    products: list[ProductInfo] = field(default_factory=list)


@dataclass(frozen=True)
class SchemeSave:
    """A new scheme year (``scheme_year_id`` None) or changes to one at ``version``."""

    data: SchemeInput
    scheme_year_id: int | None = None
    version: int = 0


@dataclass(frozen=True)
class BandInput:
    """One band as typed: its upper bound in fen (None: the last band) and its ratio as text
    ("60", "60%", "0.6"), read by the service so every problem is named with its row."""

    upper_fen: int | None
    ratio: str


@dataclass(frozen=True, kw_only=True)
class RuleSave:
    scheme_year_id: int
    benefit_type: str
    deductible_fen: int = 0
    bands: list[BandInput] = field(default_factory=list)
    per_claim_cap_fen: int | None = None
    annual_cap_fen: int | None = None
    lump_sum_fen: int | None = None
    note: str = ""
    version: int | None = None  # the stored rule's version the form loaded (None: a new rule)


# Claims ----------------------------------------------------------------------------------------
@dataclass(frozen=True)
class ClaimFilter:
    scheme_year_id: int | None = None
    year: int | None = None
    branch_id: int | None = None
    status: str | None = None
    benefit_type: str | None = None
    text: str = ""  # member name / initials / employee number / claim number
    admitted_from: date | None = None
    admitted_to: date | None = None
    member_id: int | None = None


def claim_columns() -> tuple[ColumnDef, ...]:
    return (
        ColumnDef("claim_no", translate("Medical", "申请编号"), width=14),
        ColumnDef("member", translate("Medical", "姓名"), width=9),
        ColumnDef("branch", translate("Medical", "分工会"), width=14),
        ColumnDef("type", translate("Medical", "类别"), width=11),
        ColumnDef("admission", translate("Medical", "入院日期"), width=11),
        ColumnDef("discharge", translate("Medical", "出院日期"), width=11),
        ColumnDef("total", translate("Medical", "总费用"), align="right", width=12),
        ColumnDef("covered", translate("Medical", "政策内自付"), align="right", width=12),
        ColumnDef("uncovered", translate("Medical", "自费"), align="right", width=10),
        ColumnDef("payable", translate("Medical", "互助金"), align="right", width=11),
        ColumnDef("status", translate("Medical", "状态"), align="center", width=11),
        ColumnDef("paid_on", translate("Medical", "支付日期"), width=11),
        ColumnDef("reference", translate("Medical", "省总受理号"), width=16),
    )


@dataclass(frozen=True)
class ClaimsOpen:
    """Opening the claims list: the scheme to show, the first page of ``filter`` (whose scheme
    the service fills in), and the org reference if ``org_stamp`` is old."""

    pick: SchemePick
    filter: ClaimFilter
    window: ListWindow
    org_stamp: str | None = None


@dataclass(frozen=True)
class ClaimsScreen:
    choice: SchemeChoice
    page: Page
    org: OrgReference | None = None
    products: list[ProductInfo] = field(default_factory=list)  # the scheme's optional products


@dataclass(frozen=True)
class ClaimInput:
    member_id: int | None
    scheme_year_id: int | None
    benefit_type: str
    admission_date: date | None
    discharge_date: date | None
    total_fen: int | None
    insurance_fen: int | None
    covered_self_fen: int | None
    uncovered_self_fen: int | None
    hospital: str = ""
    diagnosis: str = ""
    invoice_numbers: tuple[str, ...] = ()
    product_id: int | None = None  # the optional product it is claimed under
    filed_on: date | None = None  # provincial scheme: the day it was filed with the province


_INVOICE_SPLIT = re.compile(r"[\s,，、;；]+")


def parse_invoices(text: str) -> tuple[str, ...]:
    """Invoice numbers typed or pasted with any separator; kept in order, duplicates removed."""
    seen: dict[str, None] = {}
    for part in _INVOICE_SPLIT.split(text.strip()):
        if part:
            seen.setdefault(part.upper(), None)
    return tuple(seen)


@dataclass(frozen=True)
class Attachment:
    id: int
    sha256: str
    filename: str
    size: int


@dataclass(frozen=True, kw_only=True)
class ClaimDetail:
    id: int
    claim_no: str | None
    status: str
    data: ClaimInput
    member_name: str
    member_employee_no: str
    branch_id: int
    branch_name: str
    scheme_title: str
    year: int
    rule_id: int | None
    rule_revision: int | None
    payable_fen: int
    lines: tuple[Line, ...]
    created_by: str
    submitted_by: str
    submitted_at: datetime | None
    reviewed_by: str
    reviewed_at: datetime | None
    review_note: str
    decided_by: str
    decided_at: datetime | None
    reject_reason: str
    paid_on: date | None
    voucher_no: str
    overlap_acknowledged: bool
    version: int
    attachments: tuple[Attachment, ...] = field(default=())
    fund: str = Fund.UNION
    product_name: str = ""
    outcome_on: date | None = None  # provincial scheme: the province's decision
    outcome_reference: str = ""


@dataclass(frozen=True)
class MemberSearch:
    text: str


@dataclass(frozen=True)
class MemberHit:
    id: int
    name: str
    employee_no: str
    branch_name: str
    status: str


@dataclass(frozen=True)
class MemberHits:
    hits: list[MemberHit] = field(default_factory=list)


@dataclass(frozen=True)
class ClaimDraft:
    """A claim as typed so far, to preview its calculation (``claim_id``: the draft being edited,
    whose own amount does not count against the annual cap)."""

    data: ClaimInput
    claim_id: int | None = None


@dataclass(frozen=True)
class ClaimPreview:
    """The calculation the claim would get now, or the problems that keep it from one."""

    calculation: Calculation | None
    problems: list[FieldProblem] = field(default_factory=list)


@dataclass(frozen=True)
class ClaimSave:
    data: ClaimInput
    claim_id: int | None = None
    version: int = 0


@dataclass(frozen=True)
class ClaimStep:
    """One workflow step on a claim the screen loaded at ``version``; ``note`` is the review note
    or the reason for returning or rejecting it."""

    claim_id: int
    version: int
    note: str = ""
    acknowledge_overlap: bool = False


@dataclass(frozen=True)
class ClaimPayment:
    claim_id: int
    version: int
    paid_on: date | None
    voucher_no: str


@dataclass(frozen=True, kw_only=True)
class OutcomeSave:
    """What the province decided on a filed claim: paid ``amount_fen`` on ``outcome_on`` under its
    ``reference``, or not paid (``paid`` False) for ``reason``."""

    claim_id: int
    version: int
    paid: bool
    amount_fen: int | None
    outcome_on: date | None
    reference: str
    reason: str = ""


@dataclass(frozen=True)
class Submitted:
    claim_no: str


@dataclass(frozen=True)
class Approved:
    payable_fen: int


@dataclass(frozen=True)
class AttachmentUpload:
    """Scans for a claim; a claim not saved yet is saved as a draft first (``draft``)."""

    files: list[FileData]
    claim_id: int | None = None
    draft: ClaimInput | None = None


@wire_error("medical.overlap")
class OverlapWarning(UserError):
    """The member has another claim for an overlapping stay; submit again with acknowledge_overlap."""

    def __init__(self, overlaps: list[str]) -> None:
        super().__init__(
            translate(
                "Medical", "该会员已有住院/治疗时间重叠的申请：\n{list}\n确认不是重复申请后才能提交。"
            ).format(list="\n".join(overlaps))
        )
        self.overlaps = overlaps

    def wire_data(self) -> dict[str, Any]:
        return {"overlaps": list(self.overlaps)}

    @classmethod
    def from_wire(cls, _message: str, data: dict[str, Any]) -> OverlapWarning:
        return cls([str(o) for o in data.get("overlaps", [])])


@dataclass(frozen=True)
class Exported:
    file: FileData
    rows: int


# Enrolment -------------------------------------------------------------------------------------
@dataclass(frozen=True)
class EnrolmentFilter:
    scheme_year_id: int | None = None
    branch_id: int | None = None
    text: str = ""
    unpaid_only: bool = False


def enrolment_columns() -> tuple[ColumnDef, ...]:
    return (
        ColumnDef("name", translate("Medical", "姓名"), width=9),
        ColumnDef("employee_no", translate("Medical", "工号"), width=10),
        ColumnDef("branch", translate("Medical", "分工会"), width=14),
        ColumnDef("enrolled_on", translate("Medical", "参保日期"), width=11),
        ColumnDef("covered_from", translate("Medical", "保障起始"), width=11),
        ColumnDef("kind", translate("Medical", "参保类别"), width=10),
        ColumnDef("fee", translate("Medical", "互助金（元）"), align="right", width=11),
        ColumnDef("products", translate("Medical", "可选保障"), sortable=False, width=16),
        ColumnDef("paid_on", translate("Medical", "缴费日期"), width=11),
        ColumnDef("remitted_on", translate("Medical", "上缴省总"), width=11),
    )


@dataclass(frozen=True)
class EnrolmentCounts:
    enrolled: int
    paid: int
    active_not_enrolled: int
    unremitted: int = 0  # provincial scheme: paid, not yet passed on to the province
    unremitted_fen: int = 0


@dataclass(frozen=True)
class EnrolmentOpen:
    """Opening the enrolment list (and again when the branch changes: the counts follow it)."""

    pick: SchemePick
    filter: EnrolmentFilter
    window: ListWindow
    org_stamp: str | None = None


@dataclass(frozen=True)
class EnrolmentScreen:
    choice: SchemeChoice
    page: Page
    counts: EnrolmentCounts | None
    org: OrgReference | None = None
    products: list[ProductInfo] = field(default_factory=list)
    eligibility: EligibilityInfo | None = None  # the fund's rule in force today


@dataclass(frozen=True)
class EnrolRequest:
    """Enrol every eligible member of ``branch_id``, or the members ``member_ids`` (then any one
    not eligible refuses the whole request). ``insured``: the clerk checked that they hold basic
    employee medical insurance; ``product_ids``: optional products taken with the enrolment."""

    scheme_year_id: int
    branch_id: int | None = None
    member_ids: list[int] | None = None
    enrolled_on: date | None = None
    insured: bool = False
    product_ids: list[int] = field(default_factory=list)


@dataclass(frozen=True)
class Skipped:
    reason: str
    count: int
    example: str = ""  # one of them, with the rule that kept them out


@dataclass(frozen=True)
class EnrolResult:
    enrolled: int
    already: int
    refused: int  # members the rules kept out (``skipped`` says why)
    skipped: list[Skipped] = field(default_factory=list)


@dataclass(frozen=True)
class RemitRequest:
    """Pass the paid, not yet remitted contributions of a provincial scheme (of one branch union,
    or all in scope) on to the province, under the province's receipt ``reference``."""

    scheme_year_id: int
    remitted_on: date | None
    reference: str
    branch_id: int | None = None


@dataclass(frozen=True)
class Remitted:
    members: int
    amount_fen: int


@dataclass(frozen=True)
class PaymentRequest:
    """Payments of the members ``member_ids``, or of everyone ``filter`` lists."""

    scheme_year_id: int
    paid_on: date
    member_ids: list[int] | None = None
    filter: EnrolmentFilter | None = None


@dataclass(frozen=True)
class PaymentResult:
    paid: int
    already_paid: int
    amount_fen: int


# Ledger ----------------------------------------------------------------------------------------
@dataclass(frozen=True)
class LedgerFilter:
    scheme_year_id: int | None = None
    branch_id: int | None = None


def ledger_columns() -> tuple[ColumnDef, ...]:
    return (
        ColumnDef("date", translate("Medical", "日期"), width=11),
        ColumnDef("kind", translate("Medical", "类别"), width=10),
        ColumnDef("branch", translate("Medical", "分工会"), width=14),
        ColumnDef("income", translate("Medical", "收入（元）"), align="right", width=13),
        ColumnDef("expense", translate("Medical", "支出（元）"), align="right", width=13),
        ColumnDef("memo", translate("Medical", "摘要"), sortable=False, width=30),
    )


@dataclass(frozen=True)
class LedgerRow:
    branch_id: int | None
    branch_name: str
    enrolled: int
    fee_fen: int
    allocation_fen: int
    payout_fen: int
    claims_paid: int
    members_helped: int
    remitted_fen: int = 0  # provincial scheme: passed on to the province
    aid_paid_fen: int = 0  # paid claims (the province's payments for its scheme)

    @property
    def income_fen(self) -> int:
        return self.fee_fen + self.allocation_fen

    @property
    def balance_fen(self) -> int:
        return self.income_fen - self.payout_fen - self.remitted_fen


@dataclass(frozen=True)
class AidTotals:
    fund: str
    year_from: int
    year_to: int
    paid_fen: int
    members_helped: int  # distinct members, not claims: one person helped twice counts once
    claims: int
    by_year: tuple[tuple[int, int, int, int], ...]  # (year, paid_fen, members, claims)


@dataclass(frozen=True)
class LedgerOpen:
    pick: SchemePick
    window: ListWindow
    org_stamp: str | None = None


@dataclass(frozen=True)
class LedgerScreen:
    choice: SchemeChoice
    page: Page
    rows: list[LedgerRow] = field(default_factory=list)  # one per branch union, the total last
    history: AidTotals | None = None  # the fund's first year up to this one
    earlier: AidTotals | None = None  # the same up to the year before (None: this is the first)
    org: OrgReference | None = None


@dataclass(frozen=True)
class Allocation:
    scheme_year_id: int
    branch_id: int | None
    amount_fen: int | None
    entry_date: date | None
    memo: str


@dataclass(frozen=True)
class ReportRequest:
    scheme_year_id: int
    suffix: str  # "pdf" | "xlsx"


# Hardship --------------------------------------------------------------------------------------
@dataclass(frozen=True)
class HardshipFilter:
    scheme_year_id: int | None = None
    threshold_fen: int | None = None  # None: the scheme's own threshold


def hardship_columns() -> tuple[ColumnDef, ...]:
    return (
        ColumnDef("name", translate("Medical", "姓名"), width=9),
        ColumnDef("employee_no", translate("Medical", "工号"), width=10),
        ColumnDef("branch", translate("Medical", "分工会"), width=14),
        ColumnDef("claims", translate("Medical", "申请件数"), align="right", width=8),
        ColumnDef("total", translate("Medical", "医疗总费用"), align="right", width=13),
        ColumnDef("self_paid", translate("Medical", "个人自付合计"), align="right", width=13),
        ColumnDef("aid", translate("Medical", "已获互助金"), align="right", width=12),
        ColumnDef("burden", translate("Medical", "仍需负担"), align="right", width=13),
        ColumnDef("status", translate("Medical", "会员状态"), width=8),
    )


@dataclass(frozen=True)
class HardshipRow:
    member_id: int
    name: str
    employee_no: str
    branch_name: str
    claims: int
    total_fen: int
    self_paid_fen: int  # policy-covered self-paid + outside the policy list
    aid_fen: int  # approved or paid mutual aid
    member_status: str

    @property
    def burden_fen(self) -> int:
        """What the member still carries after the fund's help."""
        return self.self_paid_fen - self.aid_fen


@dataclass(frozen=True)
class HardshipOpen:
    pick: SchemePick
    threshold_fen: int | None
    window: ListWindow


@dataclass(frozen=True)
class HardshipScreen:
    choice: SchemeChoice
    page: Page
    threshold_fen: int  # the threshold the list used


@dataclass(frozen=True)
class ThresholdSave:
    scheme_year_id: int
    threshold_fen: int | None
    version: int


OPEN_CLAIMS = Operation("medical.open_claims", ClaimsOpen, ClaimsScreen)
LIST_CLAIMS = Operation("medical.list_claims", ListQuery[ClaimFilter], Page)
GET_CLAIM = Operation("medical.get_claim", ById, ClaimDetail)
FIND_MEMBERS = Operation("medical.find_members", MemberSearch, MemberHits)
PREVIEW_CLAIM = Operation("medical.preview_claim", ClaimDraft, ClaimPreview)
SAVE_CLAIM = Operation("medical.save_claim", ClaimSave, Saved, write=True)
SUBMIT_CLAIM = Operation("medical.submit_claim", ClaimStep, Submitted, write=True)
REVIEW_CLAIM = Operation("medical.review_claim", ClaimStep, Saved, write=True)
RETURN_CLAIM = Operation("medical.return_claim", ClaimStep, Saved, write=True)
APPROVE_CLAIM = Operation("medical.approve_claim", ClaimStep, Approved, write=True)
REJECT_CLAIM = Operation("medical.reject_claim", ClaimStep, Saved, write=True)
PAY_CLAIM = Operation("medical.pay_claim", ClaimPayment, Saved, write=True)
ADD_ATTACHMENTS = Operation("medical.add_attachments", AttachmentUpload, ClaimDetail, write=True, job=True)
GET_ATTACHMENT = Operation("medical.get_attachment", ById, FileData, job=True)
APPROVAL_FORM = Operation("medical.approval_form", ById, FileData, job=True)
EXPORT_CLAIMS = Operation("medical.export_claims", ClaimFilter, Exported, job=True)

FILE_PROVINCE_CLAIM = Operation("medical.file_province_claim", ClaimSave, Saved, write=True)
RECORD_OUTCOME = Operation("medical.record_outcome", OutcomeSave, Saved, write=True)

OPEN_ENROLMENT = Operation("medical.open_enrolment", EnrolmentOpen, EnrolmentScreen)
LIST_ENROLMENT = Operation("medical.list_enrolment", ListQuery[EnrolmentFilter], Page)
ENROL = Operation("medical.enrol", EnrolRequest, EnrolResult, write=True, job=True)
REMIT = Operation("medical.remit", RemitRequest, Remitted, write=True)
RECORD_PAYMENTS = Operation("medical.record_payments", PaymentRequest, PaymentResult, write=True, job=True)

OPEN_LEDGER = Operation("medical.open_ledger", LedgerOpen, LedgerScreen)
LIST_LEDGER = Operation("medical.list_ledger", ListQuery[LedgerFilter], Page)
ADD_ALLOCATION = Operation("medical.add_allocation", Allocation, Saved, write=True)
YEAR_REPORT = Operation("medical.year_report", ReportRequest, FileData, job=True)

OPEN_HARDSHIP = Operation("medical.open_hardship", HardshipOpen, HardshipScreen)
LIST_HARDSHIP = Operation("medical.list_hardship", ListQuery[HardshipFilter], Page)
SET_THRESHOLD = Operation("medical.set_threshold", ThresholdSave, SchemeInfo, write=True)
EXPORT_HARDSHIP = Operation("medical.export_hardship", HardshipFilter, Exported, job=True)

OPEN_RULES = Operation("medical.open_rules", RulesOpen, RulesScreen)
SAVE_SCHEME = Operation("medical.save_scheme", SchemeSave, SchemeInfo, write=True)
SAVE_RULE = Operation("medical.save_rule", RuleSave, RuleInfo, write=True)
SAVE_ELIGIBILITY = Operation("medical.save_eligibility", EligibilitySave, EligibilityInfo, write=True)
SAVE_PRODUCT = Operation("medical.save_product", ProductSave, ProductInfo, write=True)
