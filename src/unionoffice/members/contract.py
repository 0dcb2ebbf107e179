"""What the member screens may ask of the members services, and what they get back.

Plain data only; the services are in ``service.py``, ``lifecycle.py``, ``importing.py``,
``reports.py`` and ``operations.py`` (which answers these operations).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

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
from unionoffice.foundation.errors import UserError
from unionoffice.foundation.i18n import translate
from unionoffice.foundation.importer.preview import ImportApply, ImportOutcome, ImportPreviewData
from unionoffice.foundation.wire import wire_error
from unionoffice.members.labels import EventKind, MemberStatus, StatusCause


def field_label(key: str) -> str:
    """Field names as the form and the messages show them."""
    return {
        "name": translate("Members", "姓名"),
        "gender": translate("Members", "性别"),
        "id_number": translate("Members", "身份证号"),
        "employee_no": translate("Members", "工号"),
        "phone": translate("Members", "手机号"),
        "branch": translate("Members", "分工会"),
        "group": translate("Members", "工会小组"),
        "base": translate("Members", "基地"),
        "trade": translate("Members", "工种/岗位"),
        "education": translate("Members", "学历"),
        "hire_date": translate("Members", "入职日期"),
        "join_date": translate("Members", "入会日期"),
        "notes": translate("Members", "备注"),
        "family": translate("Members", "家庭成员"),
        "ethnicity": translate("Members", "民族"),
        "political_status": translate("Members", "政治面貌"),
        "hukou_type": translate("Members", "户籍类型"),
        "native_place": translate("Members", "籍贯"),
        "post": translate("Members", "职务"),
        "title": translate("Members", "职称"),
        "employment_form": translate("Members", "用工形式"),
        "card_no": translate("Members", "会员证号"),
        "status": translate("Members", "会籍状态"),
        "cause": translate("Members", "原因类别"),
        "other_org": translate("Members", "对方单位工会"),
        "letter_no": translate("Members", "介绍信编号"),
        "evidence": translate("Members", "依据"),
        "status_date": translate("Members", "变更日期"),
        "applied_on": translate("Members", "申请日期"),
        "meeting_date": translate("Members", "委员会会议日期"),
        "meeting_ref": translate("Members", "会议纪要编号"),
        "month": translate("Members", "月份"),
        "headcount": translate("Members", "职工人数"),
    }[key]


@dataclass(frozen=True)
class MemberFilter:
    text: str = ""
    branch_id: int | None = None
    group_id: int | None = None
    base: str | None = None
    status: str | None = None
    join_year: int | None = None


def register_columns() -> tuple[ColumnDef, ...]:
    return (
        # Widths in digits ("0"); a Chinese character is about two.
        ColumnDef("name", translate("Members", "姓名"), width=10),
        ColumnDef("gender", translate("Members", "性别"), align="center", width=6),
        ColumnDef("id_number", translate("Members", "身份证号"), sortable=False, width=21),
        ColumnDef("birth_date", translate("Members", "出生日期"), width=12),
        ColumnDef("employee_no", translate("Members", "工号"), width=10),
        ColumnDef("card_no", translate("Members", "会员证号"), width=13),
        ColumnDef("phone", translate("Members", "手机号"), sortable=False, width=13),
        ColumnDef("branch", translate("Members", "分工会"), width=16),
        ColumnDef("group", translate("Members", "工会小组"), width=14),
        ColumnDef("base", translate("Members", "基地"), width=7),
        ColumnDef("trade", translate("Members", "工种/岗位"), width=12),
        ColumnDef("status", translate("Members", "状态"), align="center", width=7),
        ColumnDef("join_date", translate("Members", "入会日期"), width=12),
    )


@dataclass(frozen=True)
class RegisterOpen:
    """Opening the register: the first page of a filter, plus the reference if ``org_stamp`` is old."""

    filter: MemberFilter
    window: ListWindow
    org_stamp: str | None = None


@dataclass(frozen=True)
class RegisterScreen:
    page: Page
    join_years: list[int]
    org: OrgReference | None = None


@dataclass(frozen=True)
class FamilyInfo:
    relation: str
    name: str
    id_number: str | None = None
    birth_date: date | None = None
    notes: str | None = None


@dataclass(frozen=True, kw_only=True)
class RealNameInfo:
    """The real-name system's fields: codes of the standard lists, or text."""

    ethnicity: str | None = None  # GB/T 3304 code
    political_status: str | None = None  # GB/T 4762 code
    hukou_type: str | None = None
    native_place: str | None = None
    post: str | None = None
    title: str | None = None
    employment_form: str | None = None


@dataclass(frozen=True)
class CodeChoices:
    """The code lists a form offers, as (code, name) pairs in the standard's order."""

    ethnicity: list[tuple[str, str]] = field(default_factory=list)
    political_status: list[tuple[str, str]] = field(default_factory=list)
    hukou_type: list[tuple[str, str]] = field(default_factory=list)
    employment_form: list[tuple[str, str]] = field(default_factory=list)


@dataclass(frozen=True, kw_only=True)
class MemberInput:
    """What the edit form sends. ``id_number=None`` on an edit keeps the stored number
    (a user who only sees it masked cannot retype it)."""

    name: str
    id_number: str | None
    branch_id: int | None
    join_date: date | None
    gender: str | None = None  # derived from the id number; given only to cross-check
    group_id: int | None = None
    employee_no: str | None = None
    phone: str | None = None
    base: str | None = None
    trade: str | None = None
    education: str | None = None
    hire_date: date | None = None
    notes: str | None = None
    family: tuple[FamilyInfo, ...] | None = None  # None: leave the family list as it is
    realname: RealNameInfo | None = None  # None: leave the real-name fields as they are
    card_no: str | None = None  # typed only for a card issued before the app (checked)


@dataclass(frozen=True, kw_only=True)
class MemberDetail:
    id: int
    name: str
    gender: str
    id_number: str  # masked unless the actor may see it
    id_masked: bool
    birth_date: date
    employee_no: str | None
    phone: str | None
    branch_id: int
    branch_name: str
    group_id: int | None
    group_name: str | None
    base: str | None
    trade: str | None
    education: str | None
    hire_date: date | None
    join_date: date
    status: MemberStatus
    status_date: date | None
    status_reason: str | None
    notes: str | None
    version: int
    family: tuple[FamilyInfo, ...] = ()
    status_cause: StatusCause | None = None
    card_no: str | None = None
    realname: RealNameInfo = RealNameInfo()


@dataclass(frozen=True)
class FormOpen:
    member_id: int | None = None
    org_stamp: str | None = None


@dataclass(frozen=True)
class MemberForm:
    detail: MemberDetail | None
    org: OrgReference | None = None
    codes: CodeChoices = CodeChoices()


@dataclass(frozen=True)
class MemberSave:
    """A new member (``member_id`` None) or changes to one at ``version``; ``check_only`` asks
    for every problem without saving (the form shows its own and the services' together)."""

    data: MemberInput
    member_id: int | None = None
    version: int = 0
    check_only: bool = False


@wire_error("members.existing")
class ExistingMember(UserError):
    """The identity number is already on the register; ``member_id`` lets the form offer a re-join."""

    def __init__(self, message: str, member_id: int, version: int, final: bool) -> None:
        super().__init__(message)
        self.member_id = member_id
        self.version = version
        self.can_rejoin = not final

    def wire_data(self) -> dict[str, Any]:
        return {"member_id": self.member_id, "version": self.version, "final": not self.can_rejoin}

    @classmethod
    def from_wire(cls, message: str, data: dict[str, Any]) -> ExistingMember:
        return cls(message, int(data["member_id"]), int(data["version"]), bool(data["final"]))


@dataclass(frozen=True)
class Transfer:
    member_id: int
    version: int
    branch_id: int
    group_id: int | None
    on: date | None
    reason: str | None = None


@dataclass(frozen=True, kw_only=True)
class StatusChange:
    """To 保留会籍 or 退会 with a ``cause``; to 转出 with the receiving organisation (``other_org``,
    required) and the transfer letter; a deemed withdrawal with its ``evidence``."""

    member_id: int
    version: int
    status: MemberStatus
    on: date | None
    reason: str | None = None
    cause: StatusCause | None = None
    other_org: str | None = None
    letter_no: str | None = None
    evidence: str | None = None


@dataclass(frozen=True, kw_only=True)
class Rejoin:
    """Back into the register; ``from_org`` (with the letter) when the membership comes over
    from another organisation's union (会籍转入)."""

    member_id: int
    version: int
    branch_id: int
    group_id: int | None
    on: date | None
    reason: str | None = None
    from_org: str | None = None
    letter_no: str | None = None


@dataclass(frozen=True)
class HistoryLine:
    on: date
    kind: EventKind
    description: str
    reason: str
    recorded_by: str
    recorded_at: datetime


@dataclass(frozen=True)
class History:
    lines: list[HistoryLine] = field(default_factory=list)


# Import: foundation.importer.preview (one preview for every module's import).


# Exports and reports ---------------------------------------------------------------------------
@dataclass(frozen=True)
class RegisterExport:
    filter: MemberFilter
    unmasked: bool = False


@dataclass(frozen=True)
class Exported:
    file: FileData
    rows: int


@dataclass(frozen=True)
class BirthdayRequest:
    month: int
    year: int | None = None


@dataclass(frozen=True)
class BranchRate:
    """A branch union's membership rate: 在会 members ÷ employees. 保留会籍 members (retired,
    unemployed) stay in the register but are not employees: counted beside the rate, not in it."""

    branch_id: int
    branch: str
    headcount: int | None
    members: int  # 在会
    retained: int = 0  # 保留会籍
    # The month whose recorded headcount was used; None: the figure entered on the branch union.
    headcount_month: date | None = None

    @property
    def rate(self) -> float | None:
        return self.members / self.headcount if self.headcount else None

    @property
    def rate_text(self) -> str:
        return "" if self.rate is None else f"{self.rate * 100:.1f}%"


@dataclass(frozen=True)
class Rates:
    rates: list[BranchRate] = field(default_factory=list)
    on: date | None = None  # None: as the register stands now


@dataclass(frozen=True)
class RatesRequest:
    on: date | None = None  # None: as the register stands now


@dataclass(frozen=True)
class ReturnRequest:
    month: date  # any day of the month


@dataclass(frozen=True)
class ReturnFile:
    month: date
    format: str = "pdf"  # "pdf" | "xlsx"


@dataclass(frozen=True)
class RealNameExport:
    """The upload file for the higher union; full identity numbers only for ``members.export_unmasked``."""

    unmasked: bool = False


@dataclass(frozen=True, kw_only=True)
class ReturnRow:
    """One line of the monthly change return (会员增减情况表). ``withdrawals`` counts 退会 and 除名
    (``expelled`` says how many of them were 除名); transfers count membership moving to or from
    other organisations and, on a branch union's line, moves between branch unions."""

    branch_id: int | None  # None: the total
    branch: str
    opening: int
    joins: int
    transfers_in: int
    transfers_out: int
    withdrawals: int
    expelled: int
    deaths: int
    closing: int
    to_retained: int  # 在会 → 保留会籍 during the month
    from_retained: int  # 保留会籍 → 在会
    retained: int  # 保留会籍 members at the month's end (part of ``closing``)

    @property
    def balances(self) -> bool:
        return (
            self.opening
            + self.joins
            + self.transfers_in
            - self.transfers_out
            - self.withdrawals
            - self.deaths
            == self.closing
        )


@dataclass(frozen=True)
class MonthlyReturn:
    month: date  # its first day
    rows: list[ReturnRow]
    total: ReturnRow


def return_columns() -> list[str]:
    """The return's column titles, after the branch union's name (screens, PDF and workbook)."""
    return [
        translate("Members", "月初人数"),
        translate("Members", "新入会"),
        translate("Members", "转入"),
        translate("Members", "转出"),
        translate("Members", "退会（含除名）"),
        translate("Members", "其中除名"),
        translate("Members", "去世"),
        translate("Members", "月末人数"),
        translate("Members", "其中保留会籍"),
        translate("Members", "转为保留会籍"),
        translate("Members", "恢复在会"),
    ]


def return_figures(row: ReturnRow) -> list[int]:
    return [
        row.opening,
        row.joins,
        row.transfers_in,
        row.transfers_out,
        row.withdrawals,
        row.expelled,
        row.deaths,
        row.closing,
        row.retained,
        row.to_retained,
        row.from_retained,
    ]


# Applications to join ------------------------------------------------------------------------
@dataclass(frozen=True)
class ApplicationFilter:
    text: str = ""
    branch_id: int | None = None
    status: str | None = "pending"  # ApplicationStatus value; None: all


def application_columns() -> tuple[ColumnDef, ...]:
    return (
        ColumnDef("applied_on", translate("Members", "申请日期"), width=12),
        ColumnDef("waited", translate("Members", "已等待"), align="center", width=9),
        ColumnDef("name", translate("Members", "姓名"), width=10),
        ColumnDef("id_number", translate("Members", "身份证号"), sortable=False, width=21),
        ColumnDef("branch", translate("Members", "分工会"), width=16),
        ColumnDef("group", translate("Members", "工会小组"), width=14),
        ColumnDef("hire_date", translate("Members", "入职日期"), width=12),
        ColumnDef("source", translate("Members", "来源"), align="center", width=8),
        ColumnDef("status", translate("Members", "状态"), align="center", width=8),
        ColumnDef("card_no", translate("Members", "会员证号"), width=14),
    )


@dataclass(frozen=True)
class ApplicationsOpen:
    filter: ApplicationFilter
    window: ListWindow
    org_stamp: str | None = None


@dataclass(frozen=True, kw_only=True)
class ApplicationsScreen:
    page: Page
    pending: int  # in the actor's branch unions
    oldest_days: int | None  # how long the oldest pending application has waited
    next_card: str  # what the next approval today would issue
    org: OrgReference | None = None


@dataclass(frozen=True, kw_only=True)
class ApplicationInput:
    name: str
    id_number: str | None  # None on an edit by someone who sees it masked: keep it
    branch_id: int | None
    group_id: int | None = None
    applied_on: date | None = None
    hire_date: date | None = None
    employee_no: str | None = None
    phone: str | None = None
    trade: str | None = None
    education: str | None = None
    realname: RealNameInfo = RealNameInfo()
    from_org: str | None = None  # joining by transfer from another organisation's union
    letter_no: str | None = None
    notes: str | None = None


@dataclass(frozen=True, kw_only=True)
class ApplicationDetail:
    id: int
    version: int
    status: str  # ApplicationStatus value
    data: ApplicationInput  # id_number masked unless the actor may see it
    id_masked: bool
    member_id: int | None = None
    card_no: str | None = None
    decided_on: date | None = None
    decision_note: str | None = None


@dataclass(frozen=True)
class ApplicationFormOpen:
    application_id: int | None = None
    org_stamp: str | None = None


@dataclass(frozen=True)
class ApplicationForm:
    detail: ApplicationDetail | None
    codes: CodeChoices
    org: OrgReference | None = None


@dataclass(frozen=True)
class ApplicationSave:
    data: ApplicationInput
    application_id: int | None = None
    version: int = 0


@dataclass(frozen=True, kw_only=True)
class Approval:
    """The committee's decision on a batch of pending applications."""

    application_ids: tuple[int, ...]
    meeting_date: date | None
    meeting_ref: str | None = None


@dataclass(frozen=True, kw_only=True)
class Approved:
    batch_id: int
    count: int
    first_card_no: str
    last_card_no: str
    member_ids: tuple[int, ...]


@dataclass(frozen=True, kw_only=True)
class Rejection:
    application_id: int
    version: int
    on: date | None
    reason: str | None


# Headcount per branch union and month ----------------------------------------------------------
@dataclass(frozen=True)
class HeadcountFilter:
    branch_id: int | None = None
    year: int | None = None


def headcount_columns() -> tuple[ColumnDef, ...]:
    return (
        ColumnDef("month", translate("Members", "月份"), width=9),
        ColumnDef("branch", translate("Members", "分工会"), width=16),
        ColumnDef("headcount", translate("Members", "职工人数"), align="right", width=10),
        ColumnDef("source", translate("Members", "来源"), align="center", sortable=False, width=7),
        ColumnDef("updated", translate("Members", "更新时间"), sortable=False, width=17),
    )


@dataclass(frozen=True)
class HeadcountOpen:
    filter: HeadcountFilter
    window: ListWindow
    org_stamp: str | None = None


@dataclass(frozen=True)
class HeadcountScreen:
    page: Page
    org: OrgReference | None = None


@dataclass(frozen=True, kw_only=True)
class HeadcountInput:
    branch_id: int | None
    month: date | None
    headcount: int | None


@dataclass(frozen=True)
class HeadcountSave:
    data: HeadcountInput
    headcount_id: int | None = None
    version: int = 0


# The six-month rule's review list --------------------------------------------------------------
@dataclass(frozen=True)
class ReviewFilter:
    text: str = ""
    branch_id: int | None = None
    pending: bool = True  # False: the decided ones


def review_columns() -> tuple[ColumnDef, ...]:
    return (
        ColumnDef("name", translate("Members", "姓名"), width=10),
        ColumnDef("branch", translate("Members", "分工会"), width=16),
        ColumnDef("card_no", translate("Members", "会员证号"), width=14),
        ColumnDef("source", translate("Members", "列入原因"), width=18),
        ColumnDef("flagged_on", translate("Members", "列入日期"), width=12),
        ColumnDef("evidence", translate("Members", "依据"), sortable=False, width=30),
        ColumnDef("decision", translate("Members", "委员会决定"), width=14),
        ColumnDef("decided_on", translate("Members", "决定日期"), width=12),
    )


@dataclass(frozen=True)
class ReviewsOpen:
    filter: ReviewFilter
    window: ListWindow
    org_stamp: str | None = None


@dataclass(frozen=True)
class ReviewsScreen:
    page: Page
    dues_sources: int  # installed dues providers (0 until a dues ledger exists)
    org: OrgReference | None = None


@dataclass(frozen=True)
class Flag:
    """Put a member on the review list by hand, with what prompted it."""

    member_id: int
    evidence: str | None


@dataclass(frozen=True)
class Refreshed:
    added: int


@dataclass(frozen=True, kw_only=True)
class ReviewDetail:
    id: int
    version: int
    member_id: int
    name: str
    branch: str
    source: str  # ReviewSource value
    flagged_on: date
    evidence: str
    decision: str | None  # ReviewDecision value, None while waiting


@dataclass(frozen=True, kw_only=True)
class ReviewDecisionInput:
    review_id: int
    version: int
    decision: str | None  # ReviewDecision value
    meeting_date: date | None
    note: str | None = None


OPEN_REGISTER = Operation("members.open_register", RegisterOpen, RegisterScreen)
LIST = Operation("members.list", ListQuery[MemberFilter], Page)
OPEN_FORM = Operation("members.open_form", FormOpen, MemberForm)
SAVE = Operation("members.save", MemberSave, Saved, write=True)
TRANSFER = Operation("members.transfer", Transfer, Saved, write=True)
CHANGE_STATUS = Operation("members.change_status", StatusChange, Saved, write=True)
REJOIN = Operation("members.rejoin", Rejoin, Saved, write=True)
HISTORY = Operation("members.history", ById, History)
PLAN_IMPORT = Operation("members.plan_import", FileData, ImportPreviewData, write=True, job=True)
APPLY_IMPORT = Operation("members.apply_import", ImportApply, ImportOutcome, write=True, job=True)
IMPORT_TEMPLATE = Operation("members.import_template", Empty, FileData)
EXPORT_REGISTER = Operation("members.export_register", RegisterExport, Exported, job=True)
EXPORT_BIRTHDAYS = Operation("members.export_birthdays", BirthdayRequest, Exported, job=True)
RATES = Operation("members.rates", RatesRequest, Rates)
EXPORT_RATES = Operation("members.export_rates", RatesRequest, Exported, job=True)
MONTHLY_RETURN = Operation("members.monthly_return", ReturnRequest, MonthlyReturn)
EXPORT_MONTHLY_RETURN = Operation("members.export_monthly_return", ReturnFile, Exported, job=True)
EXPORT_REALNAME = Operation("members.export_realname", RealNameExport, Exported, job=True)

OPEN_APPLICATIONS = Operation("members.open_applications", ApplicationsOpen, ApplicationsScreen)
LIST_APPLICATIONS = Operation("members.list_applications", ListQuery[ApplicationFilter], Page)
OPEN_APPLICATION_FORM = Operation("members.open_application_form", ApplicationFormOpen, ApplicationForm)
SAVE_APPLICATION = Operation("members.save_application", ApplicationSave, Saved, write=True)
APPROVE_APPLICATIONS = Operation("members.approve_applications", Approval, Approved, write=True)
REJECT_APPLICATION = Operation("members.reject_application", Rejection, Saved, write=True)
PLAN_APPLICATION_IMPORT = Operation(
    "members.plan_application_import", FileData, ImportPreviewData, write=True, job=True
)
APPLY_APPLICATION_IMPORT = Operation(
    "members.apply_application_import", ImportApply, ImportOutcome, write=True, job=True
)
APPLICATION_TEMPLATE = Operation("members.application_template", Empty, FileData)

OPEN_HEADCOUNTS = Operation("members.open_headcounts", HeadcountOpen, HeadcountScreen)
LIST_HEADCOUNTS = Operation("members.list_headcounts", ListQuery[HeadcountFilter], Page)
SAVE_HEADCOUNT = Operation("members.save_headcount", HeadcountSave, Saved, write=True)
PLAN_HEADCOUNT_IMPORT = Operation(
    "members.plan_headcount_import", FileData, ImportPreviewData, write=True, job=True
)
APPLY_HEADCOUNT_IMPORT = Operation(
    "members.apply_headcount_import", ImportApply, ImportOutcome, write=True, job=True
)
HEADCOUNT_TEMPLATE = Operation("members.headcount_template", Empty, FileData)

OPEN_REVIEWS = Operation("members.open_reviews", ReviewsOpen, ReviewsScreen)
LIST_REVIEWS = Operation("members.list_reviews", ListQuery[ReviewFilter], Page)
OPEN_REVIEW = Operation("members.open_review", ById, ReviewDetail)
FLAG_FOR_REVIEW = Operation("members.flag_for_review", Flag, Saved, write=True)
REFRESH_REVIEWS = Operation("members.refresh_reviews", Empty, Refreshed, write=True)
DECIDE_REVIEW = Operation("members.decide_review", ReviewDecisionInput, Saved, write=True)
