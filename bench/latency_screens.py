"""The screens ``bench_server_latency.py`` times: each screen's opening call and its search box's
keystroke call, sent as the screen sends them (its default filter, sort and page of 200), by the
user who normally opens it.

A screen's first opening sends no ``org_stamp`` (the reference comes along, the dearer case); a
form opened from a screen sends the stamp the screen got. Ids a form needs and the values a list
resolved on opening (the month, year, scheme year, session) come from ``look_up``: the opening
answers in-process, as the screen would have them when the clerk starts typing.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any

from unionoffice.certificates import contract as certificates
from unionoffice.congress import contract as congress
from unionoffice.contests import contract as contests
from unionoffice.core.audit import contract as audit
from unionoffice.core.auth.contract import LIST_USERS
from unionoffice.core.org import contract as org
from unionoffice.dashboard import contract as dashboard
from unionoffice.dues import contract as dues
from unionoffice.foundation.contract import ById, Empty, ListQuery, ListWindow, Operation, Page, Services
from unionoffice.hardship import contract as hardship
from unionoffice.medical import contract as medical
from unionoffice.members import contract as members
from unionoffice.scorecard import contract as scorecard
from unionoffice.studios import contract as studios

PENDING = "pending"  # the applications screen opens on pending applications (its second choice)


@dataclass(frozen=True)
class Refs:
    member_id: int
    org_stamp: str | None
    scheme_id: int | None  # the medical scheme year the tab opened on
    claim_id: int
    dues_month: date | None
    arrears_month: date | None
    welfare_year: int
    file_id: int  # a hardship file
    application_id: int
    session_id: int | None  # the congress session the roster opened on
    proposal_id: int
    notice_id: int | None
    contest_id: int
    studio_id: int


@dataclass(frozen=True)
class Screen:
    name: str
    op: Operation[Any, Any]
    request: Callable[[Refs, str], object]  # (references, keystroke) → request
    user: str = "admin"
    keystrokes: bool = False  # measured once per keystroke of KEYSTROKES


def window(sort: str | None = None, descending: bool = False) -> ListWindow:
    """The first page a list screen asks for, in its default order."""
    return ListWindow(0, 200, sort, descending)


def _medical(r: Refs) -> medical.SchemePick:
    """A medical sub-page opened after the tab: the year shown, the list of years known."""
    return medical.SchemePick(r.scheme_id, None, with_schemes=False)


SCREENS = [
    # Members ----------------------------------------------------------------------------------
    Screen(
        "会员名册 打开",
        members.OPEN_REGISTER,
        lambda r, k: members.RegisterOpen(members.MemberFilter(), window("name")),
    ),
    Screen(
        "会员名册 搜索键入",
        members.LIST,
        lambda r, k: ListQuery(members.MemberFilter(text=k), window("name")),
        keystrokes=True,
    ),
    Screen(
        "会员名册 打开（分工会干事）",
        members.OPEN_REGISTER,
        lambda r, k: members.RegisterOpen(members.MemberFilter(), window("name")),
        user="clerk_xx",
    ),
    Screen("会员表单 打开", members.OPEN_FORM, lambda r, k: members.FormOpen(r.member_id, r.org_stamp)),
    Screen(
        "入会申请 打开",
        members.OPEN_APPLICATIONS,
        lambda r, k: members.ApplicationsOpen(
            members.ApplicationFilter(status=PENDING), window("applied_on")
        ),
    ),
    Screen(
        "入会申请 搜索键入",
        members.LIST_APPLICATIONS,
        lambda r, k: ListQuery(members.ApplicationFilter(k, status=PENDING), window("applied_on")),
        keystrokes=True,
    ),
    Screen(
        "入会申请表 打开",
        members.OPEN_APPLICATION_FORM,
        lambda r, k: members.ApplicationFormOpen(r.application_id, r.org_stamp),
    ),
    Screen(
        "会籍审查 打开",
        members.OPEN_REVIEWS,
        lambda r, k: members.ReviewsOpen(members.ReviewFilter(pending=True), window("flagged_on")),
    ),
    Screen(
        "会籍审查 搜索键入",
        members.LIST_REVIEWS,
        lambda r, k: ListQuery(members.ReviewFilter(k, pending=True), window("flagged_on")),
        keystrokes=True,
    ),
    Screen(
        "职工人数 打开",
        members.OPEN_HEADCOUNTS,
        lambda r, k: members.HeadcountOpen(members.HeadcountFilter(), window("month", True)),
    ),
    # Dashboard, certificates, scorecard --------------------------------------------------------
    Screen("工作台 打开", dashboard.OPEN, lambda r, k: dashboard.DashboardOpen()),
    Screen("考核评分 打开", scorecard.OPEN, lambda r, k: scorecard.ScorecardOpen()),
    Screen("证书发放 打开", certificates.OPEN_ISSUE, lambda r, k: Empty()),
    Screen(
        "证书登记 打开",
        certificates.OPEN_REGISTER,
        lambda r, k: certificates.RegisterOpen(certificates.RegisterFilter(), window()),
    ),
    Screen(
        "证书登记 搜索键入",
        certificates.LIST,
        lambda r, k: ListQuery(certificates.RegisterFilter(text=k), window()),
        keystrokes=True,
    ),
    # Medical mutual aid -----------------------------------------------------------------------
    Screen(
        "医疗互助 报销 打开",
        medical.OPEN_CLAIMS,
        lambda r, k: medical.ClaimsOpen(medical.SchemePick(), medical.ClaimFilter(), window()),
    ),
    Screen(
        "医疗互助 报销 打开（分工会干事）",
        medical.OPEN_CLAIMS,
        lambda r, k: medical.ClaimsOpen(medical.SchemePick(), medical.ClaimFilter(), window()),
        user="clerk_xx",
    ),
    Screen(
        "医疗互助 报销 搜索键入",
        medical.LIST_CLAIMS,
        lambda r, k: ListQuery(medical.ClaimFilter(scheme_year_id=r.scheme_id, text=k), window()),
        keystrokes=True,
    ),
    Screen("医疗互助 报销单 打开", medical.GET_CLAIM, lambda r, k: ById(r.claim_id)),
    Screen(
        "医疗互助 参保 打开",
        medical.OPEN_ENROLMENT,
        lambda r, k: medical.EnrolmentOpen(_medical(r), medical.EnrolmentFilter(r.scheme_id), window()),
    ),
    Screen(
        "医疗互助 参保 搜索键入",
        medical.LIST_ENROLMENT,
        lambda r, k: ListQuery(medical.EnrolmentFilter(r.scheme_id, text=k), window()),
        keystrokes=True,
    ),
    Screen(
        "医疗互助 台账 打开",
        medical.OPEN_LEDGER,
        lambda r, k: medical.LedgerOpen(_medical(r), window("date", True)),
    ),
    Screen(
        "医疗互助 困难线 打开",
        medical.OPEN_HARDSHIP,
        lambda r, k: medical.HardshipOpen(_medical(r), None, window()),
    ),
    Screen("医疗互助 方案 打开", medical.OPEN_RULES, lambda r, k: medical.RulesOpen(_medical(r))),
    # Dues and welfare ------------------------------------------------------------------------
    Screen(
        "会费 打开",
        dues.OPEN_DUES,
        lambda r, k: dues.DuesOpen(dues.DuesFilter(), window("branch")),
    ),
    Screen(
        "会费 打开（分工会干事）",
        dues.OPEN_DUES,
        lambda r, k: dues.DuesOpen(dues.DuesFilter(), window("branch")),
        user="clerk_xx",
    ),
    Screen(
        "会费 搜索键入",
        dues.LIST_DUES,
        lambda r, k: ListQuery(dues.DuesFilter(r.dues_month, k), window("branch")),
        keystrokes=True,
    ),
    Screen(
        "会费欠缴 打开",
        dues.OPEN_ARREARS,
        lambda r, k: dues.ArrearsOpen(dues.ArrearsFilter(), window("months", True)),
    ),
    Screen(
        "会费欠缴 搜索键入",
        dues.LIST_ARREARS,
        lambda r, k: ListQuery(dues.ArrearsFilter(r.arrears_month, 1, k), window("months", True)),
        keystrokes=True,
    ),
    Screen(
        "福利发放 打开",
        dues.OPEN_WELFARE,
        lambda r, k: dues.WelfareOpen(dues.WelfareFilter(), window("event_date", True)),
    ),
    Screen(
        "福利发放 搜索键入",
        dues.LIST_WELFARE,
        lambda r, k: ListQuery(dues.WelfareFilter(r.welfare_year, k), window("event_date", True)),
        keystrokes=True,
    ),
    Screen("福利发放单 打开", dues.OPEN_PAYMENT_FORM, lambda r, k: dues.PaymentFormOpen()),
    Screen("福利提示 打开", dues.OPEN_PROMPTS, lambda r, k: dues.PromptsOpen()),
    Screen("经费预算 打开", dues.OPEN_BUDGETS, lambda r, k: dues.BudgetOpen()),
    Screen("会费福利标准 打开", dues.OPEN_RULES, lambda r, k: Empty()),
    # Hardship ---------------------------------------------------------------------------------
    Screen(
        "困难职工档案 打开",
        hardship.OPEN_REGISTER,
        lambda r, k: hardship.RegisterOpen(hardship.FileFilter(), window("opened_on", True)),
    ),
    Screen(
        "困难职工档案 搜索键入",
        hardship.LIST_FILES,
        lambda r, k: ListQuery(hardship.FileFilter(k), window("opened_on", True)),
        keystrokes=True,
    ),
    Screen(
        "困难档案表 打开",
        hardship.OPEN_FILE,
        lambda r, k: hardship.FileOpen(r.file_id, None, r.org_stamp),
    ),
    Screen(
        "困难线索 打开",
        hardship.OPEN_CANDIDATES,
        lambda r, k: hardship.CandidatesOpen(hardship.CandidateFilter(), window("reasons")),
    ),
    Screen(
        "困难线索 搜索键入",
        hardship.LIST_CANDIDATES,
        lambda r, k: ListQuery(hardship.CandidateFilter(k), window("reasons")),
        keystrokes=True,
    ),
    Screen(
        "帮扶发放 打开",
        hardship.OPEN_PAYOUTS,
        lambda r, k: hardship.PayoutsOpen(hardship.PayoutFilter(), window("paid_on", True)),
    ),
    Screen(
        "帮扶发放 搜索键入",
        hardship.LIST_PAYOUTS,
        lambda r, k: ListQuery(hardship.PayoutFilter(text=k), window("paid_on", True)),
        keystrokes=True,
    ),
    Screen("困难认定标准 打开", hardship.OPEN_STANDARDS, lambda r, k: Empty()),
    # Congress ---------------------------------------------------------------------------------
    Screen(
        "职代会 代表 打开",
        congress.OPEN_ROSTER,
        lambda r, k: congress.RosterOpen(congress.RosterFilter(), window()),
    ),
    Screen(
        "职代会 代表 搜索键入",
        congress.LIST_ROSTER,
        lambda r, k: ListQuery(congress.RosterFilter(r.session_id, k), window()),
        keystrokes=True,
    ),
    Screen(
        "职代会 提案 打开",
        congress.OPEN_PROPOSALS,
        lambda r, k: congress.ProposalsOpen(congress.ProposalFilter(), window("number")),
    ),
    Screen(
        "职代会 提案 搜索键入",
        congress.LIST_PROPOSALS,
        lambda r, k: ListQuery(congress.ProposalFilter(r.session_id, k), window("number")),
        keystrokes=True,
    ),
    Screen(
        "职代会 提案表 打开",
        congress.OPEN_PROPOSAL,
        lambda r, k: congress.ProposalFormOpen(r.session_id or 0, r.proposal_id),
    ),
    Screen(
        "职代会 推荐 打开",
        congress.OPEN_CANDIDATES,
        lambda r, k: congress.CandidatesOpen(congress.CandidateFilter(), window()),
    ),
    Screen(
        "职代会 推荐 搜索键入",
        congress.LIST_CANDIDATES,
        lambda r, k: ListQuery(congress.CandidateFilter(r.notice_id, k), window()),
        keystrokes=True,
    ),
    # Contests ---------------------------------------------------------------------------------
    Screen(
        "技能竞赛 打开",
        contests.OPEN_TAB,
        lambda r, k: contests.TabOpen(contests.ContestFilter(), window()),
    ),
    Screen(
        "技能竞赛 选手 搜索键入",
        contests.LIST_CONTESTANTS,
        lambda r, k: ListQuery(contests.ContestantFilter(r.contest_id, k), window("bib")),
        keystrokes=True,
    ),
    Screen("技能竞赛 方案 打开", contests.OPEN_SCHEME, lambda r, k: ById(r.contest_id)),
    # Studios ----------------------------------------------------------------------------------
    Screen(
        "创新工作室 打开",
        studios.OPEN_STUDIOS,
        lambda r, k: studios.StudiosOpen(studios.StudioFilter(), window()),
    ),
    Screen(
        "创新工作室 搜索键入",
        studios.LIST_STUDIOS,
        lambda r, k: ListQuery(studios.StudioFilter(k), window()),
        keystrokes=True,
    ),
    Screen(
        "工作室表 打开",
        studios.OPEN_STUDIO_FORM,
        lambda r, k: studios.StudioFormOpen(r.studio_id, r.org_stamp),
    ),
    Screen(
        "创新成果 搜索键入",
        studios.LIST_ACHIEVEMENTS,
        lambda r, k: ListQuery(studios.AchievementFilter(k), window()),
        keystrokes=True,
    ),
    Screen("成果评审 打开", studios.OPEN_ROUNDS, lambda r, k: studios.RoundsOpen(None, window())),
    Screen(
        "荣誉 打开",
        studios.OPEN_HONOURS,
        lambda r, k: studios.HonoursOpen(studios.HonourFilter(), window()),
    ),
    Screen(
        "荣誉 搜索键入",
        studios.LIST_HONOURS,
        lambda r, k: ListQuery(studios.HonourFilter(k), window()),
        keystrokes=True,
    ),
    Screen("成果评审规则 打开", studios.OPEN_RULES, lambda r, k: Empty()),
    # Administration ---------------------------------------------------------------------------
    Screen("组织机构 打开", org.TREE, lambda r, k: org.TreeRequest()),
    Screen("用户管理 打开", LIST_USERS, lambda r, k: Empty()),
    Screen("操作日志 打开", audit.OPEN, lambda r, k: audit.AuditOpen(audit.AuditFilter(), window())),
    Screen(
        "操作日志 搜索键入",
        audit.LIST,
        lambda r, k: ListQuery(audit.AuditFilter(text=k), window()),
        keystrokes=True,
    ),
]


def _first(page: Page, what: str) -> int:
    if not page.rows:
        raise SystemExit(f"the demo database has no {what} to open")
    return page.rows[0][0]


def look_up(services: Services, member_id: int) -> Refs:
    """The ids and resolved values the screens above need, from the opening answers in-process."""
    register = services.call(members.OPEN_REGISTER, members.RegisterOpen(members.MemberFilter(), window()))
    claims = services.call(
        medical.OPEN_CLAIMS, medical.ClaimsOpen(medical.SchemePick(), medical.ClaimFilter(), window())
    )
    dues_screen = services.call(dues.OPEN_DUES, dues.DuesOpen(dues.DuesFilter(), window()))
    arrears = services.call(dues.OPEN_ARREARS, dues.ArrearsOpen(dues.ArrearsFilter(), window()))
    welfare = services.call(dues.OPEN_WELFARE, dues.WelfareOpen(dues.WelfareFilter(), window()))
    files = services.call(hardship.OPEN_REGISTER, hardship.RegisterOpen(hardship.FileFilter(), window()))
    applications = services.call(
        members.LIST_APPLICATIONS, ListQuery(members.ApplicationFilter(status=None), window())
    )
    proposals = services.call(
        congress.OPEN_PROPOSALS, congress.ProposalsOpen(congress.ProposalFilter(), window())
    )
    notices = services.call(
        congress.OPEN_CANDIDATES, congress.CandidatesOpen(congress.CandidateFilter(), window())
    )
    tab = services.call(contests.OPEN_TAB, contests.TabOpen(contests.ContestFilter(), window()))
    studio_list = services.call(studios.OPEN_STUDIOS, studios.StudiosOpen(studios.StudioFilter(), window()))
    return Refs(
        member_id=member_id,
        org_stamp=register.org.stamp if register.org else None,
        scheme_id=claims.choice.scheme.id if claims.choice.scheme else None,
        claim_id=_first(claims.page, "medical claim"),
        dues_month=dues_screen.month,
        arrears_month=arrears.month,
        welfare_year=welfare.year,
        file_id=_first(files.page, "hardship file"),
        application_id=_first(applications, "membership application"),
        session_id=proposals.session_id,
        proposal_id=_first(proposals.page, "congress proposal"),
        notice_id=notices.notice.id if notices.notice else None,
        contest_id=_first(tab.contests, "contest"),
        studio_id=_first(studio_list.page, "studio"),
    )
