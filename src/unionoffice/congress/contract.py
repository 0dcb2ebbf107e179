"""The operations the congress screens may call, with their requests and answers."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

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
from unionoffice.foundation.i18n import translate


def field_label(key: str) -> str:
    """Field names as the forms and the refusals show them."""
    return {
        "session": translate("Congress", "职代会"),
        "name": translate("Congress", "会议名称"),
        "held_on": translate("Congress", "召开日期"),
        "employee_nos": translate("Congress", "工号"),
        "category": translate("Congress", "类别"),
        "post_category": translate("Congress", "岗位类别"),
        "proposer": translate("Congress", "提案人"),
        "cosigners": translate("Congress", "附议人"),
        "title": translate("Congress", "案由"),
        "text": translate("Congress", "内容"),
        "submitted_on": translate("Congress", "提交日期"),
        "decision": translate("Congress", "审查结论"),
        "reason": translate("Congress", "理由"),
        "reviewed_on": translate("Congress", "审查日期"),
        "department": translate("Congress", "承办部门"),
        "assigned_on": translate("Congress", "交办日期"),
        "due_on": translate("Congress", "办理期限"),
        "reply": translate("Congress", "答复内容"),
        "replied_on": translate("Congress", "答复日期"),
        "satisfaction": translate("Congress", "提案人满意度"),
        "closed_on": translate("Congress", "办结日期"),
        "notice_title": translate("Congress", "通知标题"),
        "honour_title": translate("Congress", "荣誉称号"),
        "level": translate("Congress", "级别"),
        "issuer": translate("Congress", "发文单位"),
        "year": translate("Congress", "年度"),
        "quota": translate("Congress", "名额"),
        "deadline": translate("Congress", "报送截止"),
        "ratios": translate("Congress", "结构比例"),
        "candidate": translate("Congress", "候选人"),
        "studio": translate("Congress", "工作室"),
        "deeds": translate("Congress", "主要事迹"),
        "meeting_on": translate("Congress", "会议日期"),
        "minutes": translate("Congress", "会议纪要"),
        "notice_from": translate("Congress", "公示开始"),
        "submitted": translate("Congress", "报送日期"),
        "result_on": translate("Congress", "结果日期"),
    }[key]


@dataclass(frozen=True)
class Choice:
    id: int
    label: str


# Sessions and representatives --------------------------------------------------------------
@dataclass(frozen=True)
class SessionInput:
    name: str
    held_on: date | None
    session_id: int | None = None
    version: int = 0


@dataclass(frozen=True)
class RosterFilter:
    session_id: int | None = None
    text: str = ""
    branch_id: int | None = None
    category: str | None = None  # PostCategory value


def roster_columns() -> tuple[ColumnDef, ...]:
    return (
        ColumnDef("name", translate("Congress", "姓名"), width=10),
        ColumnDef("gender", translate("Congress", "性别"), width=5),
        ColumnDef("employee_no", translate("Congress", "工号"), width=10),
        ColumnDef("branch", translate("Congress", "分工会"), width=16),
        ColumnDef("post", translate("Congress", "职务"), width=16),
        ColumnDef("category", translate("Congress", "岗位类别"), width=22),
    )


@dataclass(frozen=True)
class CompositionCheck:
    total: int
    front_line: str  # "52.0"
    management: str
    women: str
    workforce_women: str
    warnings: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class RosterOpen:
    filter: RosterFilter
    window: ListWindow
    org_stamp: str | None = None


@dataclass(frozen=True)
class RosterScreen:
    sessions: list[Choice]
    session_id: int | None
    page: Page
    composition: CompositionCheck | None
    org: OrgReference | None = None


@dataclass(frozen=True)
class RepresentativesAdd:
    session_id: int
    employee_nos: str  # one or more, separated by spaces, commas or lines
    category: str  # PostCategory value


@dataclass(frozen=True)
class RosterChanged:
    changed: int
    composition: CompositionCheck


@dataclass(frozen=True)
class RepresentativesRemove:
    session_id: int
    ids: list[int]


# Proposals ------------------------------------------------------------------------------------
@dataclass(frozen=True)
class ProposalFilter:
    session_id: int | None = None
    text: str = ""
    branch_id: int | None = None
    status: str | None = None  # ProposalStatus value, or labels.OVERDUE


def proposal_columns() -> tuple[ColumnDef, ...]:
    return (
        ColumnDef("number", translate("Congress", "提案号"), align="right", width=6),
        ColumnDef("title", translate("Congress", "案由"), width=30),
        ColumnDef("proposer", translate("Congress", "提案人"), width=9),
        ColumnDef("branch", translate("Congress", "分工会"), width=14),
        ColumnDef("category", translate("Congress", "类别"), width=9),
        ColumnDef("status", translate("Congress", "状态"), width=12),
        ColumnDef("department", translate("Congress", "承办部门"), width=12),
        ColumnDef("due_on", translate("Congress", "办理期限"), width=11),
        ColumnDef("replied_on", translate("Congress", "答复日期"), width=11),
        ColumnDef("satisfaction", translate("Congress", "满意度"), width=9),
    )


@dataclass(frozen=True)
class SessionStats:
    """A session's proposals: the resolution rate is closed ÷ accepted."""

    session_id: int
    total: int
    accepted: int
    closed: int
    overdue: int
    rate: str  # "98.0", "" when nothing was accepted


@dataclass(frozen=True)
class ProposalsOpen:
    filter: ProposalFilter
    window: ListWindow
    org_stamp: str | None = None
    today: date | None = None  # None: the server's date


@dataclass(frozen=True)
class ProposalsScreen:
    sessions: list[Choice]
    session_id: int | None
    page: Page
    stats: SessionStats | None
    org: OrgReference | None = None


@dataclass(frozen=True)
class ProposalFormOpen:
    session_id: int
    proposal_id: int | None = None


@dataclass(frozen=True, kw_only=True)
class ProposalDetail:
    id: int
    version: int
    session_id: int
    number: int
    title: str
    text: str
    category: str
    proposer_id: int
    proposer: str
    branch: str
    cosigner_ids: list[int]
    cosigners: list[str]
    submitted_on: date
    status: str
    reviewed_on: date | None
    review_reason: str
    department: str
    assigned_on: date | None
    due_on: date | None
    reply: str
    replied_on: date | None
    satisfaction: str | None
    closed_on: date | None


@dataclass(frozen=True)
class ProposalForm:
    representatives: list[Choice]
    proposal: ProposalDetail | None = None


@dataclass(frozen=True, kw_only=True)
class ProposalInput:
    session_id: int
    proposer_id: int | None
    cosigner_ids: list[int]
    category: str | None
    title: str
    text: str
    submitted_on: date | None
    proposal_id: int | None = None
    version: int = 0


@dataclass(frozen=True, kw_only=True)
class ReviewInput:
    proposal_id: int
    version: int
    decision: str | None  # Decision value
    reason: str
    reviewed_on: date | None


@dataclass(frozen=True, kw_only=True)
class AssignInput:
    proposal_id: int
    version: int
    department: str
    assigned_on: date | None
    due_on: date | None


@dataclass(frozen=True, kw_only=True)
class ReplyInput:
    proposal_id: int
    version: int
    reply: str
    replied_on: date | None


@dataclass(frozen=True, kw_only=True)
class CloseInput:
    proposal_id: int
    version: int
    satisfaction: str | None  # Satisfaction value
    closed_on: date | None


@dataclass(frozen=True)
class ReportRequest:
    session_id: int
    kind: str = "pdf"  # "pdf" | "xlsx"
    today: date | None = None


# Honours recommendation ------------------------------------------------------------------------
@dataclass(frozen=True)
class RatioInput:
    category: str  # PostCategory value
    bound: str  # Bound value
    percent: int


@dataclass(frozen=True, kw_only=True)
class NoticeInput:
    title: str
    honour_title: str
    level: str  # studios Level value
    issuer: str
    year: int
    quota: int
    deadline: date | None
    ratios: list[RatioInput]
    notice_id: int | None = None
    version: int = 0


@dataclass(frozen=True, kw_only=True)
class NoticeDetail:
    id: int
    version: int
    title: str
    honour_title: str
    level: str
    issuer: str
    year: int
    quota: int
    deadline: date
    ratios: list[RatioInput]
    candidates: int
    submitted: int
    awarded: int


@dataclass(frozen=True)
class CandidateFilter:
    notice_id: int | None = None
    text: str = ""
    stage: str | None = None  # Stage value


def candidate_columns() -> tuple[ColumnDef, ...]:
    return (
        ColumnDef("name", translate("Congress", "候选人"), width=16),
        ColumnDef("kind", translate("Congress", "类型"), width=6),
        ColumnDef("branch", translate("Congress", "分工会"), width=14),
        ColumnDef("category", translate("Congress", "岗位类别"), width=20),
        ColumnDef("stage", translate("Congress", "进度"), width=8),
        ColumnDef("meeting_on", translate("Congress", "会议日期"), width=11),
        ColumnDef("notice_from", translate("Congress", "公示开始"), width=11),
        ColumnDef("notice_until", translate("Congress", "公示期满"), width=11),
        ColumnDef("submitted_on", translate("Congress", "报送日期"), width=11),
    )


@dataclass(frozen=True)
class CandidatesOpen:
    filter: CandidateFilter
    window: ListWindow
    org_stamp: str | None = None


@dataclass(frozen=True)
class CandidatesScreen:
    notices: list[Choice]
    notice: NoticeDetail | None
    page: Page
    studios: list[Choice]
    org: OrgReference | None = None


@dataclass(frozen=True, kw_only=True)
class CandidateInput:
    notice_id: int
    kind: str  # CandidateKind value
    employee_no: str = ""
    studio_id: int | None = None
    category: str | None = None  # PostCategory value
    deeds: str = ""
    candidate_id: int | None = None
    version: int = 0


@dataclass(frozen=True, kw_only=True)
class CandidateDetail:
    id: int
    version: int
    notice_id: int
    kind: str
    name: str
    employee_no: str
    studio_id: int | None
    branch: str
    category: str
    deeds: str
    stage: str
    meeting_on: date | None
    minutes: str
    notice_from: date | None
    notice_until: date | None
    submitted_on: date | None
    result_on: date | None


@dataclass(frozen=True)
class MeetingInput:
    candidate_ids: list[int]
    meeting_on: date | None
    minutes: str


@dataclass(frozen=True)
class PublicNoticeInput:
    candidate_ids: list[int]
    starts_on: date | None


@dataclass(frozen=True)
class NoticePosted:
    ends_on: date  # the last working day of the notice; submission may follow it


@dataclass(frozen=True)
class SubmitInput:
    notice_id: int
    candidate_ids: list[int]
    submitted_on: date | None


@dataclass(frozen=True)
class Changed:
    changed: int


@dataclass(frozen=True, kw_only=True)
class ResultInput:
    candidate_id: int
    version: int
    awarded: bool
    result_on: date | None
    certificate_no: str = ""


# The screens' operations ---------------------------------------------------------------------
SAVE_SESSION = Operation("congress.save_session", SessionInput, Saved, write=True)
OPEN_ROSTER = Operation("congress.open_roster", RosterOpen, RosterScreen)
LIST_ROSTER = Operation("congress.list_roster", ListQuery[RosterFilter], Page)
ADD_REPRESENTATIVES = Operation("congress.add_representatives", RepresentativesAdd, RosterChanged, write=True)
REMOVE_REPRESENTATIVES = Operation(
    "congress.remove_representatives", RepresentativesRemove, RosterChanged, write=True
)

OPEN_PROPOSALS = Operation("congress.open_proposals", ProposalsOpen, ProposalsScreen)
LIST_PROPOSALS = Operation("congress.list_proposals", ListQuery[ProposalFilter], Page)
SESSION_STATS = Operation("congress.session_stats", ById, SessionStats)
OPEN_PROPOSAL = Operation("congress.open_proposal", ProposalFormOpen, ProposalForm)
SAVE_PROPOSAL = Operation("congress.save_proposal", ProposalInput, Saved, write=True)
REVIEW_PROPOSAL = Operation("congress.review_proposal", ReviewInput, Saved, write=True)
ASSIGN_PROPOSAL = Operation("congress.assign_proposal", AssignInput, Saved, write=True)
REPLY_PROPOSAL = Operation("congress.reply_proposal", ReplyInput, Saved, write=True)
CLOSE_PROPOSAL = Operation("congress.close_proposal", CloseInput, Saved, write=True)
EXPORT_REPORT = Operation("congress.export_report", ReportRequest, FileData, job=True)

SAVE_NOTICE = Operation("congress.save_notice", NoticeInput, Saved, write=True)
OPEN_CANDIDATES = Operation("congress.open_candidates", CandidatesOpen, CandidatesScreen)
LIST_CANDIDATES = Operation("congress.list_candidates", ListQuery[CandidateFilter], Page)
OPEN_CANDIDATE = Operation("congress.open_candidate", ById, CandidateDetail)
SAVE_CANDIDATE = Operation("congress.save_candidate", CandidateInput, Saved, write=True)
RECORD_MEETING = Operation("congress.record_meeting", MeetingInput, Changed, write=True)
POST_NOTICE = Operation("congress.post_notice", PublicNoticeInput, NoticePosted, write=True)
SUBMIT_CANDIDATES = Operation("congress.submit_candidates", SubmitInput, Changed, write=True)
RECORD_RESULT = Operation("congress.record_result", ResultInput, Saved, write=True)
RECOMMENDATION_FORM = Operation("congress.recommendation_form", ById, FileData, job=True)
