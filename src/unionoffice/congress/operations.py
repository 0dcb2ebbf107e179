"""The congress screens' operations: thin adapters over the services, one call per user action."""

from __future__ import annotations

from datetime import date

from unionoffice.congress import approval_form, honours, proposals, report, sessions
from unionoffice.congress.contract import (
    ADD_REPRESENTATIVES,
    ASSIGN_PROPOSAL,
    CLOSE_PROPOSAL,
    EXPORT_REPORT,
    LIST_CANDIDATES,
    LIST_PROPOSALS,
    LIST_ROSTER,
    OPEN_CANDIDATE,
    OPEN_CANDIDATES,
    OPEN_PROPOSAL,
    OPEN_PROPOSALS,
    OPEN_ROSTER,
    POST_NOTICE,
    RECOMMENDATION_FORM,
    RECORD_MEETING,
    RECORD_RESULT,
    REMOVE_REPRESENTATIVES,
    REPLY_PROPOSAL,
    REVIEW_PROPOSAL,
    SAVE_CANDIDATE,
    SAVE_NOTICE,
    SAVE_PROPOSAL,
    SAVE_SESSION,
    SESSION_STATS,
    SUBMIT_CANDIDATES,
    AssignInput,
    CandidateDetail,
    CandidateFilter,
    CandidateInput,
    CandidatesOpen,
    CandidatesScreen,
    Changed,
    CloseInput,
    MeetingInput,
    NoticeInput,
    NoticePosted,
    ProposalFilter,
    ProposalForm,
    ProposalFormOpen,
    ProposalInput,
    ProposalsOpen,
    ProposalsScreen,
    PublicNoticeInput,
    ReplyInput,
    ReportRequest,
    RepresentativesAdd,
    RepresentativesRemove,
    ResultInput,
    ReviewInput,
    RosterChanged,
    RosterFilter,
    RosterOpen,
    RosterScreen,
    SessionInput,
    SessionStats,
    SubmitInput,
)
from unionoffice.congress.perms import CongressPerm
from unionoffice.core.org.operations import reference_if_changed
from unionoffice.core.services import CallContext, implements
from unionoffice.foundation.contract import ById, FileData, ListQuery, Page, Saved
from unionoffice.foundation.i18n import translate


# Sessions and roster ---------------------------------------------------------------------------
@implements(SAVE_SESSION)
def _save_session(ctx: CallContext, request: SessionInput) -> Saved:
    return Saved(*sessions.save_session(ctx.db, ctx.actor, request))


def _roster_page(ctx: CallContext, query: ListQuery[RosterFilter]) -> Page:
    source = sessions.roster_source(ctx.db, ctx.actor, query.filter)
    return source.sorted_by(query.window.sort, query.window.descending).page(query.window)


@implements(OPEN_ROSTER)
def _open_roster(ctx: CallContext, request: RosterOpen) -> RosterScreen:
    ctx.actor.require(CongressPerm.READ)
    with ctx.db.read(ctx.actor) as s:
        org = reference_if_changed(s, ctx.actor, request.org_stamp)
        choices = sessions.session_choices(s)
        chosen = request.filter.session_id or (choices[0].id if choices else None)
        check = sessions.check_composition(s, chosen) if chosen else None
    flt = RosterFilter(chosen, request.filter.text, request.filter.branch_id, request.filter.category)
    return RosterScreen(choices, chosen, _roster_page(ctx, ListQuery(flt, request.window)), check, org)


@implements(LIST_ROSTER)
def _list_roster(ctx: CallContext, query: ListQuery[RosterFilter]) -> Page:
    return _roster_page(ctx, query)


@implements(ADD_REPRESENTATIVES)
def _add(ctx: CallContext, request: RepresentativesAdd) -> RosterChanged:
    return RosterChanged(
        *sessions.add_representatives(
            ctx.db, ctx.actor, request.session_id, request.employee_nos, request.category
        )
    )


@implements(REMOVE_REPRESENTATIVES)
def _remove(ctx: CallContext, request: RepresentativesRemove) -> RosterChanged:
    return RosterChanged(*sessions.remove_representatives(ctx.db, ctx.actor, request.session_id, request.ids))


# Proposals -----------------------------------------------------------------------------------------
def _proposal_page(ctx: CallContext, query: ListQuery[ProposalFilter], today: date) -> Page:
    source = proposals.proposal_source(ctx.db, ctx.actor, query.filter, today)
    return source.sorted_by(query.window.sort, query.window.descending).page(query.window)


@implements(OPEN_PROPOSALS)
def _open_proposals(ctx: CallContext, request: ProposalsOpen) -> ProposalsScreen:
    ctx.actor.require(CongressPerm.READ)
    today = request.today or date.today()
    with ctx.db.read(ctx.actor) as s:
        org = reference_if_changed(s, ctx.actor, request.org_stamp)
        choices = sessions.session_choices(s)
        chosen = request.filter.session_id or (choices[0].id if choices else None)
        stats = proposals.session_stats(s, ctx.actor, chosen, today) if chosen else None
    f = request.filter
    flt = ProposalFilter(chosen, f.text, f.branch_id, f.status)
    return ProposalsScreen(
        choices, chosen, _proposal_page(ctx, ListQuery(flt, request.window), today), stats, org
    )


@implements(LIST_PROPOSALS)
def _list_proposals(ctx: CallContext, query: ListQuery[ProposalFilter]) -> Page:
    return _proposal_page(ctx, query, date.today())


@implements(SESSION_STATS)
def _session_stats(ctx: CallContext, request: ById) -> SessionStats:
    ctx.actor.require(CongressPerm.READ)
    with ctx.db.read(ctx.actor) as s:
        sessions.load_session(s, request.id)
        return proposals.session_stats(s, ctx.actor, request.id, date.today())


@implements(OPEN_PROPOSAL)
def _open_proposal(ctx: CallContext, request: ProposalFormOpen) -> ProposalForm:
    ctx.actor.require(CongressPerm.READ)
    with ctx.db.read(ctx.actor) as s:
        sessions.load_session(s, request.session_id)
        choices = proposals.representative_choices(s, ctx.actor, request.session_id)
        found = proposals.detail(s, ctx.actor, request.proposal_id) if request.proposal_id else None
        return ProposalForm(choices, found)


@implements(SAVE_PROPOSAL)
def _save_proposal(ctx: CallContext, request: ProposalInput) -> Saved:
    return Saved(*proposals.save_proposal(ctx.db, ctx.actor, request))


@implements(REVIEW_PROPOSAL)
def _review(ctx: CallContext, request: ReviewInput) -> Saved:
    return Saved(request.proposal_id, proposals.review(ctx.db, ctx.actor, request))


@implements(ASSIGN_PROPOSAL)
def _assign(ctx: CallContext, request: AssignInput) -> Saved:
    return Saved(request.proposal_id, proposals.assign(ctx.db, ctx.actor, request))


@implements(REPLY_PROPOSAL)
def _reply(ctx: CallContext, request: ReplyInput) -> Saved:
    return Saved(request.proposal_id, proposals.reply(ctx.db, ctx.actor, request))


@implements(CLOSE_PROPOSAL)
def _close(ctx: CallContext, request: CloseInput) -> Saved:
    return Saved(request.proposal_id, proposals.close(ctx.db, ctx.actor, request))


@implements(EXPORT_REPORT)
def _export_report(ctx: CallContext, request: ReportRequest) -> FileData:
    data = report.report_data(ctx.db, ctx.actor, request.session_id, request.today or date.today())
    return FileData(*report.report_bytes(data, request.kind))


# Honours recommendation -----------------------------------------------------------------------------
@implements(SAVE_NOTICE)
def _save_notice(ctx: CallContext, request: NoticeInput) -> Saved:
    return Saved(*honours.save_notice(ctx.db, ctx.actor, request))


def _candidate_page(ctx: CallContext, query: ListQuery[CandidateFilter]) -> Page:
    source = honours.candidate_source(ctx.db, ctx.actor, query.filter)
    return source.sorted_by(query.window.sort, query.window.descending).page(query.window)


@implements(OPEN_CANDIDATES)
def _open_candidates(ctx: CallContext, request: CandidatesOpen) -> CandidatesScreen:
    ctx.actor.require(CongressPerm.READ)
    with ctx.db.read(ctx.actor) as s:
        org = reference_if_changed(s, ctx.actor, request.org_stamp)
        choices = honours.notice_choices(s)
        chosen = request.filter.notice_id or (choices[0].id if choices else None)
        notice = honours.notice_detail(s, ctx.actor, chosen) if chosen else None
        studios = honours.studio_choices(s, ctx.actor)
    flt = CandidateFilter(chosen, request.filter.text, request.filter.stage)
    return CandidatesScreen(
        choices, notice, _candidate_page(ctx, ListQuery(flt, request.window)), studios, org
    )


@implements(LIST_CANDIDATES)
def _list_candidates(ctx: CallContext, query: ListQuery[CandidateFilter]) -> Page:
    return _candidate_page(ctx, query)


@implements(OPEN_CANDIDATE)
def _open_candidate(ctx: CallContext, request: ById) -> CandidateDetail:
    ctx.actor.require(CongressPerm.READ)
    with ctx.db.read(ctx.actor) as s:
        return honours.candidate_detail(s, ctx.actor, request.id)


@implements(SAVE_CANDIDATE)
def _save_candidate(ctx: CallContext, request: CandidateInput) -> Saved:
    return Saved(*honours.save_candidate(ctx.db, ctx.actor, request))


@implements(RECORD_MEETING)
def _meeting(ctx: CallContext, request: MeetingInput) -> Changed:
    return Changed(honours.record_meeting(ctx.db, ctx.actor, request))


@implements(POST_NOTICE)
def _post_notice(ctx: CallContext, request: PublicNoticeInput) -> NoticePosted:
    return NoticePosted(honours.post_notice(ctx.db, ctx.actor, request))


@implements(SUBMIT_CANDIDATES)
def _submit(ctx: CallContext, request: SubmitInput) -> Changed:
    return Changed(honours.submit(ctx.db, ctx.actor, request))


@implements(RECORD_RESULT)
def _result(ctx: CallContext, request: ResultInput) -> Saved:
    return Saved(request.candidate_id, honours.record_result(ctx.db, ctx.actor, request))


@implements(RECOMMENDATION_FORM)
def _form(ctx: CallContext, request: ById) -> FileData:
    data = approval_form.form_data(ctx.db, ctx.actor, request.id)
    name = translate("Congress", "{honour}推荐审批表.pdf").format(honour=data.honour_title)
    return FileData(name, approval_form.render(data))
