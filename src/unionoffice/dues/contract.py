"""What the 经费与福利 screens may ask of the services, and what they get back.

Plain data only; the services are ``payroll.py``, ``ledger.py``, ``arrears.py``, ``welfare.py``,
``prompts.py``, ``signoff.py``, ``budgets.py``, ``rules_admin.py`` and ``operations.py`` (which
answers these operations). Money is integer fen; months are the first day of the month.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from unionoffice.core.org.contract import OrgReference
from unionoffice.foundation.contract import (
    ColumnDef,
    Empty,
    FileData,
    ListQuery,
    ListWindow,
    Operation,
    Page,
    Saved,
)
from unionoffice.foundation.i18n import translate
from unionoffice.foundation.importer.preview import ImportApply, ImportOutcome, ImportPreviewData


def field_label(key: str) -> str:
    """Field names as forms, lists and messages show them."""
    return {
        "month": translate("Dues", "月份"),
        "employee_no": translate("Dues", "工号"),
        "name": translate("Dues", "姓名"),
        "wage": translate("Dues", "工资基数"),
        "deducted": translate("Dues", "代扣会费"),
        "dues": translate("Dues", "应缴会费"),
        "status": translate("Dues", "状态"),
        "branch": translate("Dues", "分工会"),
        "group": translate("Dues", "工会小组"),
        "member": translate("Dues", "会员"),
        "item": translate("Dues", "项目"),
        "amount": translate("Dues", "金额"),
        "event_date": translate("Dues", "事由日期"),
        "paid_on": translate("Dues", "签领日期"),
        "note": translate("Dues", "说明"),
        "year": translate("Dues", "年度"),
        "category": translate("Dues", "支出类别"),
        "budget": translate("Dues", "预算金额"),
        "effective_from": translate("Dues", "生效日期"),
        "rate": translate("Dues", "费率"),
        "base_unit": translate("Dues", "计费单位（元）"),
        "rounding": translate("Dues", "尾数处理"),
        "source": translate("Dues", "依据"),
        "cap": translate("Dues", "标准"),
        "cap_per": translate("Dues", "标准计算"),
        "max_count": translate("Dues", "次数限制"),
        "title": translate("Dues", "批次名称"),
        "payments": translate("Dues", "发放记录"),
    }[key]


@dataclass(frozen=True)
class Exported:
    file: FileData
    rows: int


@dataclass(frozen=True)
class Marked:
    count: int


# Dues of a month ---------------------------------------------------------------------------------
@dataclass(frozen=True)
class DuesFilter:
    month: date | None = None  # None: the latest month with dues
    text: str = ""
    branch_id: int | None = None
    status: str | None = None  # DuesStatus value


def dues_columns() -> tuple[ColumnDef, ...]:
    return (
        ColumnDef("employee_no", translate("Dues", "工号"), width=10),
        ColumnDef("name", translate("Dues", "姓名"), width=10),
        ColumnDef("branch", translate("Dues", "分工会"), width=16),
        ColumnDef("group", translate("Dues", "工会小组"), width=14),
        ColumnDef("wage", translate("Dues", "工资基数"), align="right", width=12),
        ColumnDef("dues", translate("Dues", "应缴会费"), align="right", width=10),
        ColumnDef("status", translate("Dues", "状态"), align="center", width=7),
        ColumnDef("paid", translate("Dues", "缴纳"), sortable=False, width=22),
    )


@dataclass(frozen=True, kw_only=True)
class MonthSummary:
    month: date
    members: int = 0
    paid: int = 0
    unpaid: int = 0
    exempt: int = 0
    due_fen: int = 0
    paid_fen: int = 0


@dataclass(frozen=True)
class DuesOpen:
    filter: DuesFilter
    window: ListWindow
    org_stamp: str | None = None


@dataclass(frozen=True, kw_only=True)
class DuesScreen:
    page: Page
    month: date | None  # the month shown (None: no dues recorded yet)
    months: list[date] = field(default_factory=list)  # newest first
    summary: MonthSummary | None = None
    rule: str = ""  # the dues rule in force for the month, in words
    org: OrgReference | None = None


@dataclass(frozen=True)
class PayrollUpload:
    month: date
    file: FileData


@dataclass(frozen=True)
class DuesPaid:
    """Dues paid at the union office (补交) for the chosen lines."""

    line_ids: tuple[int, ...]
    paid_on: date | None


@dataclass(frozen=True)
class TotalsRequest:
    month: date


@dataclass(frozen=True, kw_only=True)
class BranchTotals:
    branch_id: int | None  # None: the total line
    branch: str
    members: int = 0
    paid: int = 0
    unpaid: int = 0
    exempt: int = 0
    due_fen: int = 0
    paid_fen: int = 0


@dataclass(frozen=True, kw_only=True)
class DuesTotals:
    month: date
    rows: list[BranchTotals]
    total: BranchTotals
    year_rows: list[BranchTotals]  # January to this month
    year_total: BranchTotals


# Arrears -----------------------------------------------------------------------------------------
@dataclass(frozen=True)
class ArrearsFilter:
    month: date | None = None  # as of this month (None: the latest month with dues)
    min_months: int = 1
    text: str = ""
    branch_id: int | None = None


def arrears_columns() -> tuple[ColumnDef, ...]:
    return (
        ColumnDef("name", translate("Dues", "姓名"), width=10),
        ColumnDef("employee_no", translate("Dues", "工号"), width=10),
        ColumnDef("branch", translate("Dues", "分工会"), width=16),
        ColumnDef("group", translate("Dues", "工会小组"), width=14),
        ColumnDef("months", translate("Dues", "连续未交（月）"), align="right", width=14),
        ColumnDef("since", translate("Dues", "起始月份"), width=10),
        ColumnDef("owed", translate("Dues", "欠缴金额"), align="right", width=11),
        ColumnDef("last_paid", translate("Dues", "最近一次交纳"), sortable=False, width=13),
    )


@dataclass(frozen=True)
class ArrearsOpen:
    filter: ArrearsFilter
    window: ListWindow
    org_stamp: str | None = None


@dataclass(frozen=True, kw_only=True)
class ArrearsScreen:
    page: Page
    month: date | None
    months: list[date] = field(default_factory=list)
    six_or_more: int = 0  # members the six-month rule puts before the committee
    org: OrgReference | None = None


# Welfare register --------------------------------------------------------------------------------
@dataclass(frozen=True)
class WelfareFilter:
    year: int | None = None
    text: str = ""
    item: str | None = None  # WelfareItem value
    branch_id: int | None = None
    status: str | None = None  # PaymentStatus value


def welfare_columns() -> tuple[ColumnDef, ...]:
    return (
        ColumnDef("name", translate("Dues", "姓名"), width=10),
        ColumnDef("employee_no", translate("Dues", "工号"), width=10),
        ColumnDef("branch", translate("Dues", "分工会"), width=16),
        ColumnDef("group", translate("Dues", "工会小组"), width=14),
        ColumnDef("item", translate("Dues", "项目"), width=16),
        ColumnDef("amount", translate("Dues", "金额"), align="right", width=10),
        ColumnDef("event_date", translate("Dues", "事由日期"), width=11),
        ColumnDef("status", translate("Dues", "状态"), align="center", width=8),
        ColumnDef("paid_on", translate("Dues", "签领日期"), width=11),
        ColumnDef("note", translate("Dues", "批次 / 说明"), sortable=False, width=24),
    )


@dataclass(frozen=True)
class WelfareOpen:
    filter: WelfareFilter
    window: ListWindow
    org_stamp: str | None = None


@dataclass(frozen=True, kw_only=True)
class WelfareScreen:
    page: Page
    years: list[int]
    year: int
    count: int = 0  # counted payments of the year in scope
    total_fen: int = 0
    org: OrgReference | None = None


@dataclass(frozen=True, kw_only=True)
class CapInfo:
    item: str  # WelfareItem value
    label: str
    cap_fen: int
    cap_per: str  # CapPer value
    text: str  # 每人每次不超过 300.00 元，每年限 1 次（依据）


@dataclass(frozen=True)
class PaymentFormOpen:
    on: date | None = None  # caps in force on this day (default today)


@dataclass(frozen=True)
class PaymentForm:
    caps: list[CapInfo]


@dataclass(frozen=True)
class MemberSearch:
    text: str


@dataclass(frozen=True, kw_only=True)
class MemberChoice:
    id: int
    name: str
    employee_no: str
    branch: str
    group: str
    status: str  # MemberStatus value
    status_label: str


@dataclass(frozen=True)
class MemberChoices:
    members: list[MemberChoice]


@dataclass(frozen=True, kw_only=True)
class PaymentInput:
    member_id: int | None
    item: str | None  # WelfareItem value
    amount_fen: int | None
    event_date: date | None
    note: str | None = None


@dataclass(frozen=True, kw_only=True)
class BatchRequest:
    """This month's birthdays (``item`` birthday, ``event_date`` any day of the month) or a
    festival's gifts, ``amount_fen`` each, to every eligible member in scope (or one branch union)."""

    item: str | None
    event_date: date | None
    amount_fen: int | None
    branch_id: int | None = None
    title: str = ""


@dataclass(frozen=True)
class Skipped:
    name: str
    branch: str
    reason: str


@dataclass(frozen=True, kw_only=True)
class BatchPlan:
    title: str
    eligible: int
    total_fen: int
    cap: str  # the cap the batch is judged by, in words
    skipped: list[Skipped] = field(default_factory=list)  # the first SHOWN_SKIPPED
    skipped_count: int = 0


@dataclass(frozen=True, kw_only=True)
class BatchIssued:
    batch_id: int
    count: int
    total_fen: int
    skipped: int


@dataclass(frozen=True)
class PaymentsPaid:
    """Payments signed for on the returned sign-off sheet."""

    payment_ids: tuple[int, ...]
    paid_on: date | None


@dataclass(frozen=True)
class PaymentsCancel:
    payment_ids: tuple[int, ...]
    reason: str | None


@dataclass(frozen=True, kw_only=True)
class SignoffRequest:
    """Sign-off sheets of ``item`` for the month of ``month`` (one section per union group);
    ``batch_id`` narrows them to one batch."""

    item: str
    month: date
    batch_id: int | None = None
    branch_id: int | None = None


@dataclass(frozen=True)
class WelfareReport:
    year: int
    format: str = "pdf"  # "pdf" | "xlsx"


# Prompts from other modules ---------------------------------------------------------------------
@dataclass(frozen=True)
class PromptsOpen:
    month: date | None = None  # None: this month
    org_stamp: str | None = None


@dataclass(frozen=True, kw_only=True)
class PromptRow:
    kind: str  # PromptKind value
    member_id: int
    name: str
    branch: str
    group: str
    what: str  # 2026-11-03 入院，2026-11-12 出院
    on: date
    item: str  # the welfare item it suggests


@dataclass(frozen=True, kw_only=True)
class Prompts:
    month: date
    birthdays_due: int  # born this month, in the register, no birthday card yet this year
    birthdays_given: int
    rows: list[PromptRow]
    org: OrgReference | None = None


# Budgets ----------------------------------------------------------------------------------------
@dataclass(frozen=True)
class BudgetOpen:
    year: int | None = None
    org_stamp: str | None = None


@dataclass(frozen=True, kw_only=True)
class BudgetLine:
    branch_id: int
    branch: str
    category: str  # BudgetCategory value
    budget_fen: int | None  # None: no budget set
    spent_fen: int

    @property
    def left_fen(self) -> int | None:
        return None if self.budget_fen is None else self.budget_fen - self.spent_fen


@dataclass(frozen=True, kw_only=True)
class BudgetScreen:
    year: int
    years: list[int]
    lines: list[BudgetLine]
    sources: list[str]  # where spending comes from besides the welfare register
    org: OrgReference | None = None


@dataclass(frozen=True, kw_only=True)
class BudgetInput:
    branch_id: int | None
    year: int | None
    category: str | None
    amount_fen: int | None


# Rules ------------------------------------------------------------------------------------------
@dataclass(frozen=True, kw_only=True)
class DuesRuleInfo:
    id: int
    effective_from: date
    rate: str
    base_unit_fen: int
    rounding: str
    text: str
    source: str


@dataclass(frozen=True, kw_only=True)
class CapRuleInfo:
    id: int
    cap_key: str
    label: str
    effective_from: date
    cap_fen: int
    text: str
    source: str


@dataclass(frozen=True, kw_only=True)
class RulesScreen:
    dues: list[DuesRuleInfo]
    caps: list[CapRuleInfo]


@dataclass(frozen=True, kw_only=True)
class DuesRuleInput:
    effective_from: date | None
    rate: str  # percent as typed, e.g. "0.5"
    base_unit_fen: int | None
    rounding: str | None
    source: str = ""


@dataclass(frozen=True, kw_only=True)
class CapRuleInput:
    cap_key: str | None
    effective_from: date | None
    cap_fen: int | None
    cap_per: str | None
    max_count: int | None = None
    count_per: str | None = None
    source: str = ""


OPEN_DUES = Operation("dues.open", DuesOpen, DuesScreen)
LIST_DUES = Operation("dues.list", ListQuery[DuesFilter], Page)
PLAN_PAYROLL = Operation("dues.plan_payroll", PayrollUpload, ImportPreviewData, write=True, job=True)
APPLY_PAYROLL = Operation("dues.apply_payroll", ImportApply, ImportOutcome, write=True, job=True)
PAYROLL_TEMPLATE = Operation("dues.payroll_template", Empty, FileData)
MARK_DUES_PAID = Operation("dues.mark_paid", DuesPaid, Marked, write=True)
DUES_TOTALS = Operation("dues.totals", TotalsRequest, DuesTotals)

OPEN_ARREARS = Operation("dues.open_arrears", ArrearsOpen, ArrearsScreen)
LIST_ARREARS = Operation("dues.list_arrears", ListQuery[ArrearsFilter], Page)
EXPORT_ARREARS = Operation("dues.export_arrears", ArrearsFilter, Exported, job=True)

OPEN_WELFARE = Operation("welfare.open", WelfareOpen, WelfareScreen)
LIST_WELFARE = Operation("welfare.list", ListQuery[WelfareFilter], Page)
OPEN_PAYMENT_FORM = Operation("welfare.open_payment_form", PaymentFormOpen, PaymentForm)
SEARCH_MEMBERS = Operation("welfare.search_members", MemberSearch, MemberChoices)
PAY = Operation("welfare.pay", PaymentInput, Saved, write=True)
PLAN_BATCH = Operation("welfare.plan_batch", BatchRequest, BatchPlan)
ISSUE_BATCH = Operation("welfare.issue_batch", BatchRequest, BatchIssued, write=True)
MARK_PAYMENTS_PAID = Operation("welfare.mark_paid", PaymentsPaid, Marked, write=True)
CANCEL_PAYMENTS = Operation("welfare.cancel", PaymentsCancel, Marked, write=True)
SIGNOFF_SHEETS = Operation("welfare.signoff_sheets", SignoffRequest, Exported, job=True)
WELFARE_REPORT = Operation("welfare.report", WelfareReport, Exported, job=True)
OPEN_PROMPTS = Operation("welfare.prompts", PromptsOpen, Prompts)

OPEN_BUDGETS = Operation("dues.budgets", BudgetOpen, BudgetScreen)
SAVE_BUDGET = Operation("dues.save_budget", BudgetInput, Saved, write=True)

OPEN_RULES = Operation("dues.rules", Empty, RulesScreen)
ADD_DUES_RULE = Operation("dues.add_rule", DuesRuleInput, Saved, write=True)
ADD_CAP_RULE = Operation("welfare.add_cap", CapRuleInput, Saved, write=True)
