"""What the hardship screens may ask of the hardship services, and what they get back.

Plain data only; ``operations.py`` answers these. Money is integer fen; household amounts are
yearly (the last twelve months), the 低保 and the per-head figure monthly.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from unionoffice.core.org.contract import OrgReference
from unionoffice.foundation.contract import (
    ById,
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
from unionoffice.hardship.labels import CloseReason, ItemKind, Origin, Programme, StepKind
from unionoffice.hardship.rules import Assessment, assess

__all__ = ["Assessment", "assess"]  # the form previews the category the services will compute


def field_label(key: str) -> str:
    """Field names as the forms and the messages show them."""
    return {
        "member": translate("Hardship", "建档会员"),
        "household_size": translate("Hardship", "家庭人口"),
        "cause": translate("Hardship", "致困原因"),
        "people": translate("Hardship", "家庭成员"),
        "items": translate("Hardship", "收入与支出"),
        "assessed_on": translate("Hardship", "核定日期"),
        "opened_on": translate("Hardship", "申请/推荐日期"),
        "base": translate("Hardship", "基地"),
        "on": translate("Hardship", "日期"),
        "note": translate("Hardship", "情况说明"),
        "close_reason": translate("Hardship", "销档原因"),
        "reason": translate("Hardship", "排除理由"),
        "household": translate("Hardship", "困难家庭"),
        "programme": translate("Hardship", "帮扶项目"),
        "year": translate("Hardship", "年度"),
        "paid_on": translate("Hardship", "发放日期"),
        "amount": translate("Hardship", "金额"),
        "student": translate("Hardship", "受助学生"),
        "effective_from": translate("Hardship", "起始日期"),
        "monthly": translate("Hardship", "低保标准（元/人·月）"),
        "notice_working_days": translate("Hardship", "公示工作日"),
        "review_months": translate("Hardship", "复核周期（月）"),
        "follow_up_months": translate("Hardship", "跟踪期（月）"),
        "relative_pct": translate("Hardship", "相对困难线（%）"),
        "large_claim": translate("Hardship", "大额医疗费用线"),
    }[key]


# The register of files ---------------------------------------------------------------------------
@dataclass(frozen=True)
class FileFilter:
    text: str = ""
    branch_id: int | None = None
    base: str | None = None
    category: str | None = None
    stage: str | None = None
    due: str | None = None  # "review": the yearly review is due; "follow_up": closed, still followed up


DUE_REVIEW = "review"
DUE_FOLLOW_UP = "follow_up"


def file_columns() -> tuple[ColumnDef, ...]:
    return (
        ColumnDef("file_no", translate("Hardship", "档案号"), width=12),
        ColumnDef("name", translate("Hardship", "会员"), width=10),
        ColumnDef("branch", translate("Hardship", "分工会"), width=16),
        ColumnDef("base", translate("Hardship", "基地"), width=7),
        ColumnDef("category", translate("Hardship", "困难类别"), align="center", width=10),
        ColumnDef("stage", translate("Hardship", "办理状态"), align="center", width=9),
        ColumnDef("origin", translate("Hardship", "来源"), align="center", width=9),
        ColumnDef("opened_on", translate("Hardship", "建档日期"), width=12),
        ColumnDef("notice_until", translate("Hardship", "公示截止"), width=12),
        ColumnDef("review_due", translate("Hardship", "复核到期"), width=12),
        ColumnDef("follow_up_until", translate("Hardship", "跟踪至"), width=12),
    )


@dataclass(frozen=True)
class RegisterOpen:
    filter: FileFilter
    window: ListWindow
    org_stamp: str | None = None


@dataclass(frozen=True)
class RegisterScreen:
    page: Page
    org: OrgReference | None = None


# One file ----------------------------------------------------------------------------------------
@dataclass(frozen=True)
class PersonInfo:
    """Someone in the household: linked to the register (``member_id``) or to a member's family
    record (``family_id``), or typed in. ``id`` is None for a new person."""

    relation: str
    name: str
    member_id: int | None = None
    family_id: int | None = None
    situation: str = ""  # work, health, schooling
    student: bool = False
    id: int | None = None


@dataclass(frozen=True)
class ItemInfo:
    kind: ItemKind
    item: str
    yearly_fen: int
    evidence: str = ""


@dataclass(frozen=True, kw_only=True)
class FileInput:
    """What the file form sends. ``people`` and ``items`` replace the stored ones."""

    member_id: int | None
    origin: Origin
    household_size: int | None
    sudden: bool = False
    cause: str = ""
    assessed_on: date | None = None
    opened_on: date | None = None  # a new file: the day of the application or proposal (today if None)
    people: tuple[PersonInfo, ...] = ()
    items: tuple[ItemInfo, ...] = ()
    note: str = ""  # a new file: what led to it (the candidate's reasons, the application)


@dataclass(frozen=True)
class StepLine:
    kind: StepKind
    on: date
    note: str
    recorded_by: str
    category: str | None = None


@dataclass(frozen=True)
class PayoutLine:
    id: int
    programme: Programme
    year: int
    paid_on: date
    amount_fen: int
    student: str
    note: str


@dataclass(frozen=True, kw_only=True)
class FileDetail:
    id: int
    file_no: str
    member_id: int
    member_name: str
    employee_no: str
    branch_id: int
    branch_name: str
    base: str
    origin: Origin
    stage: str
    category: str
    opened_on: date
    assessed_on: date
    household_size: int | None
    line_fen: int | None
    sudden: bool
    visited_on: date | None
    notice_from: date | None
    notice_until: date | None
    approved_on: date | None
    review_due: date | None
    closed_on: date | None
    close_reason: str | None
    follow_up_until: date | None
    version: int
    # The household's details; empty with ``details_shown`` False for a user without the permission.
    details_shown: bool
    cause: str = ""
    per_head_fen: int | None = None
    income_fen: int = 0
    expense_fen: int = 0
    people: tuple[PersonInfo, ...] = ()
    items: tuple[ItemInfo, ...] = ()
    steps: tuple[StepLine, ...] = ()
    payouts: tuple[PayoutLine, ...] = ()


@dataclass(frozen=True)
class MemberChoice:
    """A member the file can be opened for, with their family records (to fill the household)."""

    id: int
    name: str
    employee_no: str
    branch_id: int
    branch_name: str
    base: str
    family: tuple[PersonInfo, ...] = ()
    open_file: str = ""  # the number of a file the member's household already has


@dataclass(frozen=True)
class LineRef:
    base: str
    effective_from: date
    monthly_fen: int


@dataclass(frozen=True)
class FileOpen:
    """Open a file (``file_id``), or a new form for ``member_id`` (None: the clerk picks one)."""

    file_id: int | None = None
    member_id: int | None = None
    org_stamp: str | None = None


@dataclass(frozen=True)
class FileForm:
    detail: FileDetail | None
    member: MemberChoice | None
    lines: tuple[LineRef, ...]  # every 低保 figure, for the form's preview of the category
    relative_pct: int
    can_see_details: bool
    org: OrgReference | None = None


@dataclass(frozen=True)
class MemberLookup:
    text: str


@dataclass(frozen=True)
class MemberChoices:
    members: list[MemberChoice] = field(default_factory=list)


@dataclass(frozen=True)
class FileSave:
    data: FileInput
    file_id: int | None = None
    version: int = 0


@dataclass(frozen=True)
class StepInput:
    """A step of the pipeline on a file at ``version``; ``on`` None: today."""

    file_id: int
    version: int
    kind: StepKind
    on: date | None = None
    note: str = ""
    close_reason: CloseReason | None = None


# 免申即享: the candidate list ---------------------------------------------------------------------
@dataclass(frozen=True)
class CandidateFilter:
    text: str = ""
    branch_id: int | None = None
    signal: str | None = None
    dismissed: bool = False  # the ones the committee set aside this year, with its reasons


def candidate_columns() -> tuple[ColumnDef, ...]:
    return (
        ColumnDef("name", translate("Hardship", "会员"), width=10),
        ColumnDef("employee_no", translate("Hardship", "工号"), width=10),
        ColumnDef("branch", translate("Hardship", "分工会"), width=16),
        ColumnDef("base", translate("Hardship", "基地"), width=7),
        ColumnDef("reasons", translate("Hardship", "线索"), width=34),
        ColumnDef("details", translate("Hardship", "依据"), sortable=False, width=60),
    )


@dataclass(frozen=True)
class SignalChoice:
    key: str
    label: str


@dataclass(frozen=True)
class CandidatesOpen:
    filter: CandidateFilter
    window: ListWindow
    org_stamp: str | None = None


@dataclass(frozen=True)
class CandidateScreen:
    page: Page
    year: int
    signals: list[SignalChoice] = field(default_factory=list)
    org: OrgReference | None = None


@dataclass(frozen=True)
class DismissInput:
    member_id: int
    reason: str


@dataclass(frozen=True)
class Exported:
    file: FileData
    rows: int


# Payouts -----------------------------------------------------------------------------------------
@dataclass(frozen=True)
class PayoutFilter:
    year: int | None = None
    programme: str | None = None
    branch_id: int | None = None
    text: str = ""


def payout_columns() -> tuple[ColumnDef, ...]:
    return (
        ColumnDef("paid_on", translate("Hardship", "发放日期"), width=12),
        ColumnDef("programme", translate("Hardship", "项目"), align="center", width=9),
        ColumnDef("year", translate("Hardship", "年度"), align="center", width=6),
        ColumnDef("file_no", translate("Hardship", "档案号"), width=12),
        ColumnDef("name", translate("Hardship", "会员"), width=10),
        ColumnDef("branch", translate("Hardship", "分工会"), width=16),
        ColumnDef("category", translate("Hardship", "困难类别"), align="center", width=10),
        ColumnDef("amount", translate("Hardship", "金额（元）"), align="right", width=12),
        ColumnDef("student", translate("Hardship", "受助学生"), sortable=False, width=10),
    )


@dataclass(frozen=True)
class PayoutsOpen:
    filter: PayoutFilter
    window: ListWindow
    org_stamp: str | None = None


@dataclass(frozen=True)
class PayoutScreen:
    page: Page
    years: list[int]
    org: OrgReference | None = None


@dataclass(frozen=True, kw_only=True)
class PayoutInput:
    file_id: int | None
    programme: Programme
    year: int
    paid_on: date | None
    amount_fen: int | None
    person_id: int | None = None
    note: str = ""


@dataclass(frozen=True)
class Student:
    id: int
    name: str


@dataclass(frozen=True)
class Household:
    """A file help can be paid to: approved ones for every programme, other open ones for
    emergency help only."""

    file_id: int
    label: str
    approved: bool
    students: tuple[Student, ...] = ()


@dataclass(frozen=True)
class PayoutFormOpen:
    payout_id: int | None = None
    file_id: int | None = None


@dataclass(frozen=True)
class PayoutForm:
    data: PayoutInput | None
    version: int
    households: list[Household] = field(default_factory=list)


@dataclass(frozen=True)
class PayoutSave:
    data: PayoutInput
    payout_id: int | None = None
    version: int = 0


@dataclass(frozen=True)
class PayoutDelete:
    payout_id: int
    version: int


@dataclass(frozen=True)
class CategoryAmount:
    category: str
    amount_fen: int


@dataclass(frozen=True, kw_only=True)
class BatchInput:
    """送温暖 for every approved household in scope that has none this ``year``, at the amount
    the committee set for its category."""

    year: int
    paid_on: date | None
    amounts: tuple[CategoryAmount, ...]
    branch_id: int | None = None
    note: str = ""


@dataclass(frozen=True)
class BatchDone:
    payouts: int
    total_fen: int
    already: int  # households that had their 送温暖 of the year already


@dataclass(frozen=True)
class ByYear:
    year: int
    branch_id: int | None = None


@dataclass(frozen=True)
class HouseholdTotal:
    file_id: int
    file_no: str
    name: str
    branch: str
    category: str
    by_programme: tuple[int, ...]  # fen, in ``Programme`` order
    total_fen: int


@dataclass(frozen=True)
class ProgrammeTotal:
    programme: Programme
    households: int
    payouts: int
    total_fen: int


@dataclass(frozen=True)
class YearTotals:
    year: int
    households: list[HouseholdTotal] = field(default_factory=list)
    programmes: list[ProgrammeTotal] = field(default_factory=list)


@dataclass(frozen=True)
class SheetRequest:
    """The sign-off sheet (领取签字表) of a programme's payouts in a year."""

    programme: Programme
    year: int
    branch_id: int | None = None


@dataclass(frozen=True)
class ReportRequest:
    year: int
    format: str = "pdf"  # "pdf" | "xlsx"


# 低保 figures and rules -----------------------------------------------------------------------------
@dataclass(frozen=True)
class LineInfo:
    id: int
    base: str
    effective_from: date
    monthly_fen: int
    source: str
    version: int


@dataclass(frozen=True, kw_only=True)
class RuleInfo:
    effective_from: date | None
    notice_working_days: int | None
    review_months: int | None
    follow_up_months: int | None
    relative_pct: int | None
    large_claim_fen: int | None
    source: str = ""
    id: int | None = None
    version: int = 0


@dataclass(frozen=True)
class Standards:
    lines: list[LineInfo] = field(default_factory=list)
    rules: list[RuleInfo] = field(default_factory=list)
    bases: list[str] = field(default_factory=list)


@dataclass(frozen=True, kw_only=True)
class LineSave:
    base: str
    effective_from: date | None
    monthly_fen: int | None
    source: str = ""
    line_id: int | None = None
    version: int = 0


OPEN_REGISTER = Operation("hardship.open_register", RegisterOpen, RegisterScreen)
LIST_FILES = Operation("hardship.list_files", ListQuery[FileFilter], Page)
OPEN_FILE = Operation("hardship.open_file", FileOpen, FileForm)
FIND_MEMBERS = Operation("hardship.find_members", MemberLookup, MemberChoices)
SAVE_FILE = Operation("hardship.save_file", FileSave, Saved, write=True)
STEP = Operation("hardship.step", StepInput, Saved, write=True)
EXPORT_FILES = Operation("hardship.export_files", FileFilter, Exported, job=True)

OPEN_CANDIDATES = Operation("hardship.open_candidates", CandidatesOpen, CandidateScreen)
LIST_CANDIDATES = Operation("hardship.list_candidates", ListQuery[CandidateFilter], Page)
DISMISS = Operation("hardship.dismiss", DismissInput, Empty, write=True)
RESTORE = Operation("hardship.restore", ById, Empty, write=True)
EXPORT_CANDIDATES = Operation("hardship.export_candidates", CandidateFilter, Exported, job=True)

OPEN_PAYOUTS = Operation("hardship.open_payouts", PayoutsOpen, PayoutScreen)
LIST_PAYOUTS = Operation("hardship.list_payouts", ListQuery[PayoutFilter], Page)
OPEN_PAYOUT = Operation("hardship.open_payout", PayoutFormOpen, PayoutForm)
SAVE_PAYOUT = Operation("hardship.save_payout", PayoutSave, Saved, write=True)
DELETE_PAYOUT = Operation("hardship.delete_payout", PayoutDelete, Empty, write=True)
BATCH_SPRING = Operation("hardship.batch_spring", BatchInput, BatchDone, write=True)
YEAR_TOTALS = Operation("hardship.year_totals", ByYear, YearTotals)
SIGN_SHEET = Operation("hardship.sign_sheet", SheetRequest, FileData, job=True)
REPORT = Operation("hardship.report", ReportRequest, FileData, job=True)

OPEN_STANDARDS = Operation("hardship.open_standards", Empty, Standards)
SAVE_LINE = Operation("hardship.save_line", LineSave, Saved, write=True)
SAVE_RULE = Operation("hardship.save_rule", RuleInfo, Saved, write=True)
