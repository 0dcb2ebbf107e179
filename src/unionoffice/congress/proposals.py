"""Proposals (提案): collection, the committee's review, assignment, reply, satisfaction, closing;
the list with its overdue filter; a session's figures (resolution rate = closed ÷ accepted)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy import and_, case, func, select
from sqlalchemy.orm import Session, aliased

from unionoffice.congress.contract import (
    AssignInput,
    Choice,
    CloseInput,
    ProposalDetail,
    ProposalFilter,
    ProposalInput,
    ReplyInput,
    ReviewInput,
    SessionStats,
    field_label,
    proposal_columns,
)
from unionoffice.congress.labels import (
    ACCEPTED_STATUSES,
    OVERDUE,
    Decision,
    ProposalCategory,
    ProposalStatus,
    Satisfaction,
)
from unionoffice.congress.models import Cosigner, Proposal, Representative
from unionoffice.congress.perms import CongressPerm
from unionoffice.congress.rules import percent
from unionoffice.congress.sessions import load_session
from unionoffice.core.auth.actor import Actor
from unionoffice.core.concurrency import check_version
from unionoffice.core.listing import QuerySource
from unionoffice.core.org.models import OrgUnit
from unionoffice.db.database import Database
from unionoffice.foundation.errors import FieldProblem, NotFound, UserError, ValidationError
from unionoffice.foundation.i18n import translate
from unionoffice.members.api import Member


def _required(key: str) -> FieldProblem:
    return FieldProblem(field_label(key), translate("Congress", "不能为空"))


def representative_choices(s: Session, actor: Actor, session_id: int) -> list[Choice]:
    """The session's representatives (those of the actor's branches), by name."""
    rows = s.execute(
        select(Representative.id, Member.name, Member.employee_no, OrgUnit.name)
        .join(Member, Member.id == Representative.member_id)
        .join(OrgUnit, OrgUnit.id == Representative.branch_id)
        .where(Representative.session_id == session_id, actor.branch_clause(Representative.branch_id))
        .order_by(Member.name_pinyin)
    )
    return [Choice(i, f"{name}（{no or '—'}，{branch}）") for i, name, no, branch in rows]


def _load(s: Session, actor: Actor, proposal_id: int | None) -> Proposal:
    proposal = s.get(Proposal, proposal_id) if proposal_id else None
    if proposal is None or not actor.can_see_branch(proposal.branch_id):
        raise NotFound(translate("Congress", "找不到该提案。"))
    return proposal


def _in_status(proposal: Proposal, allowed: Sequence[ProposalStatus], doing: str) -> None:
    if proposal.status not in allowed:
        raise UserError(
            translate("Congress", "第 {n} 号提案现为“{status}”，不能{doing}。").format(
                n=proposal.number, status=ProposalStatus(proposal.status).label, doing=doing
            )
        )


def save_proposal(db: Database, actor: Actor, data: ProposalInput) -> tuple[int, int]:
    """Collect (or correct, while the committee has not decided) a proposal."""
    actor.require(CongressPerm.WRITE)
    problems = []
    if data.proposer_id is None:
        problems.append(
            FieldProblem(field_label("proposer"), translate("Congress", "请选择提案人（须为本次职代会代表）"))
        )
    if data.category not in ProposalCategory.__members__.values():
        problems.append(FieldProblem(field_label("category"), translate("Congress", "请选择类别")))
    if not data.title.strip():
        problems.append(_required("title"))
    if data.submitted_on is None:
        problems.append(_required("submitted_on"))
    if data.proposer_id is not None and data.proposer_id in data.cosigner_ids:
        problems.append(
            FieldProblem(field_label("cosigners"), translate("Congress", "提案人不必再列为附议人"))
        )
    if problems:
        raise ValidationError(problems)
    assert data.submitted_on is not None and data.category is not None and data.proposer_id is not None
    with db.transaction(actor) as s:
        load_session(s, data.session_id)
        reps = {
            rep_id: branch_id
            for rep_id, branch_id in s.execute(
                select(Representative.id, Representative.branch_id).where(
                    Representative.session_id == data.session_id,
                    Representative.id.in_([data.proposer_id, *data.cosigner_ids]),
                )
            )
        }
        if data.proposer_id not in reps:
            problems.append(
                FieldProblem(field_label("proposer"), translate("Congress", "不是本次职代会的代表"))
            )
        if any(c not in reps for c in data.cosigner_ids):
            problems.append(
                FieldProblem(field_label("cosigners"), translate("Congress", "附议人须为本次职代会的代表"))
            )
        if problems:
            raise ValidationError(problems)
        branch_id = reps[data.proposer_id]
        actor.require_branch(branch_id)
        values = {
            "title": data.title.strip(),
            "text": data.text.strip(),
            "category": data.category,
            "proposer_id": data.proposer_id,
            "branch_id": branch_id,
            "submitted_on": data.submitted_on,
        }
        if data.proposal_id is None:
            number = s.execute(
                select(func.coalesce(func.max(Proposal.number), 0)).where(
                    Proposal.session_id == data.session_id
                )
            ).scalar_one()
            proposal = Proposal(session_id=data.session_id, number=number + 1, **values)
            s.add(proposal)
            s.flush()
        else:
            proposal = _load(s, actor, data.proposal_id)
            check_version(s, proposal, data.version)
            _in_status(proposal, (ProposalStatus.SUBMITTED,), translate("Congress", "修改"))
            for key, value in values.items():
                setattr(proposal, key, value)
            for old in s.execute(select(Cosigner).where(Cosigner.proposal_id == proposal.id)).scalars():
                s.delete(old)
            s.flush()
        s.add_all(
            Cosigner(proposal_id=proposal.id, representative_id=c) for c in dict.fromkeys(data.cosigner_ids)
        )
        s.flush()
        return proposal.id, proposal.version


def review(db: Database, actor: Actor, data: ReviewInput) -> int:
    """The proposals committee: accepted as a proposal, turned into an opinion, or not accepted."""
    actor.require(CongressPerm.MANAGE)
    problems = []
    if data.decision is None or data.decision not in Decision.__members__.values():
        problems.append(FieldProblem(field_label("decision"), translate("Congress", "请选择审查结论")))
    elif Decision(data.decision) is not Decision.ACCEPT and not data.reason.strip():
        problems.append(
            FieldProblem(field_label("reason"), translate("Congress", "转为意见建议或不予立案须写明理由"))
        )
    if data.reviewed_on is None:
        problems.append(_required("reviewed_on"))
    if problems:
        raise ValidationError(problems)
    with db.transaction(actor) as s:
        proposal = _load(s, actor, data.proposal_id)
        check_version(s, proposal, data.version)
        decided = (
            ProposalStatus.SUBMITTED,
            ProposalStatus.ACCEPTED,
            ProposalStatus.OPINION,
            ProposalStatus.REJECTED,
        )
        _in_status(proposal, decided, translate("Congress", "再审查"))
        assert data.reviewed_on is not None and data.decision is not None
        if data.reviewed_on < proposal.submitted_on:
            raise _before("reviewed_on", "submitted_on", proposal.submitted_on)
        proposal.status = Decision(data.decision).status
        proposal.reviewed_on = data.reviewed_on
        proposal.review_reason = data.reason.strip()
        s.flush()
        return proposal.version


def _before(key: str, earlier: str, on: date) -> ValidationError:
    return ValidationError(
        [
            FieldProblem(
                field_label(key),
                translate("Congress", "不能早于{what}（{on}）").format(
                    what=field_label(earlier), on=on.isoformat()
                ),
            )
        ]
    )


def assign(db: Database, actor: Actor, data: AssignInput) -> int:
    actor.require(CongressPerm.MANAGE)
    problems = []
    if not data.department.strip():
        problems.append(_required("department"))
    if data.assigned_on is None:
        problems.append(_required("assigned_on"))
    if data.due_on is None:
        problems.append(_required("due_on"))
    if problems:
        raise ValidationError(problems)
    assert data.assigned_on is not None and data.due_on is not None
    if data.due_on < data.assigned_on:
        raise _before("due_on", "assigned_on", data.assigned_on)
    with db.transaction(actor) as s:
        proposal = _load(s, actor, data.proposal_id)
        check_version(s, proposal, data.version)
        _in_status(
            proposal, (ProposalStatus.ACCEPTED, ProposalStatus.ASSIGNED), translate("Congress", "交办")
        )
        if proposal.reviewed_on and data.assigned_on < proposal.reviewed_on:
            raise _before("assigned_on", "reviewed_on", proposal.reviewed_on)
        proposal.department = data.department.strip()
        proposal.assigned_on, proposal.due_on = data.assigned_on, data.due_on
        proposal.status = ProposalStatus.ASSIGNED
        s.flush()
        return proposal.version


def reply(db: Database, actor: Actor, data: ReplyInput) -> int:
    """The handling department's written reply, recorded by the office."""
    actor.require(CongressPerm.WRITE)
    problems = []
    if not data.reply.strip():
        problems.append(_required("reply"))
    if data.replied_on is None:
        problems.append(_required("replied_on"))
    if problems:
        raise ValidationError(problems)
    assert data.replied_on is not None
    with db.transaction(actor) as s:
        proposal = _load(s, actor, data.proposal_id)
        check_version(s, proposal, data.version)
        _in_status(
            proposal, (ProposalStatus.ASSIGNED, ProposalStatus.REPLIED), translate("Congress", "登记答复")
        )
        assert proposal.assigned_on is not None
        if data.replied_on < proposal.assigned_on:
            raise _before("replied_on", "assigned_on", proposal.assigned_on)
        proposal.reply, proposal.replied_on = data.reply.strip(), data.replied_on
        proposal.status = ProposalStatus.REPLIED
        s.flush()
        return proposal.version


def close(db: Database, actor: Actor, data: CloseInput) -> int:
    """The proposer's satisfaction, and the proposal closed (办结)."""
    actor.require(CongressPerm.WRITE)
    problems = []
    if data.satisfaction not in Satisfaction.__members__.values():
        problems.append(
            FieldProblem(field_label("satisfaction"), translate("Congress", "请选择提案人的意见"))
        )
    if data.closed_on is None:
        problems.append(_required("closed_on"))
    if problems:
        raise ValidationError(problems)
    assert data.closed_on is not None
    with db.transaction(actor) as s:
        proposal = _load(s, actor, data.proposal_id)
        check_version(s, proposal, data.version)
        _in_status(proposal, (ProposalStatus.REPLIED,), translate("Congress", "办结"))
        assert proposal.replied_on is not None
        if data.closed_on < proposal.replied_on:
            raise _before("closed_on", "replied_on", proposal.replied_on)
        proposal.satisfaction, proposal.closed_on = data.satisfaction, data.closed_on
        proposal.status = ProposalStatus.CLOSED
        s.flush()
        return proposal.version


def detail(s: Session, actor: Actor, proposal_id: int) -> ProposalDetail:
    p = _load(s, actor, proposal_id)
    proposer, branch = s.execute(
        select(Member.name, OrgUnit.name)
        .select_from(Representative)
        .join(Member, Member.id == Representative.member_id)
        .join(OrgUnit, OrgUnit.id == Representative.branch_id)
        .where(Representative.id == p.proposer_id)
    ).one()
    cosigners = s.execute(
        select(Cosigner.representative_id, Member.name)
        .join(Representative, Representative.id == Cosigner.representative_id)
        .join(Member, Member.id == Representative.member_id)
        .where(Cosigner.proposal_id == p.id)
        .order_by(Member.name_pinyin)
    ).all()
    return ProposalDetail(
        id=p.id,
        version=p.version,
        session_id=p.session_id,
        number=p.number,
        title=p.title,
        text=p.text,
        category=p.category,
        proposer_id=p.proposer_id,
        proposer=proposer,
        branch=branch,
        cosigner_ids=[c for c, _ in cosigners],
        cosigners=[n for _, n in cosigners],
        submitted_on=p.submitted_on,
        status=p.status,
        reviewed_on=p.reviewed_on,
        review_reason=p.review_reason,
        department=p.department,
        assigned_on=p.assigned_on,
        due_on=p.due_on,
        reply=p.reply,
        replied_on=p.replied_on,
        satisfaction=p.satisfaction,
        closed_on=p.closed_on,
    )


def overdue_clause(today: date) -> Any:
    """Assigned, unanswered, and past its due date."""
    return and_(Proposal.status == ProposalStatus.ASSIGNED, Proposal.due_on < today)


def session_stats(s: Session, actor: Actor, session_id: int, today: date) -> SessionStats:
    """A session's figures over the proposals the actor may see (all of them for the office)."""
    accepted = Proposal.status.in_([str(x) for x in ACCEPTED_STATUSES])
    total, n_accepted, n_closed, n_overdue = s.execute(
        select(
            func.count(),
            func.coalesce(func.sum(case((accepted, 1), else_=0)), 0),
            func.coalesce(func.sum(case((Proposal.status == ProposalStatus.CLOSED, 1), else_=0)), 0),
            func.coalesce(func.sum(case((overdue_clause(today), 1), else_=0)), 0),
        ).where(Proposal.session_id == session_id, actor.branch_clause(Proposal.branch_id))
    ).one()
    rate = str(percent(int(n_closed), int(n_accepted))) if n_accepted else ""
    return SessionStats(session_id, int(total), int(n_accepted), int(n_closed), int(n_overdue), rate)


def proposal_source(db: Database, actor: Actor, flt: ProposalFilter, today: date) -> QuerySource:
    actor.require(CongressPerm.READ)
    proposer = aliased(Member)
    query = (
        select(
            Proposal.id,
            Proposal.number,
            Proposal.title,
            proposer.name,
            OrgUnit.name,
            Proposal.category,
            Proposal.status,
            Proposal.department,
            Proposal.due_on,
            Proposal.replied_on,
            Proposal.satisfaction,
        )
        .join(Representative, Representative.id == Proposal.proposer_id)
        .join(proposer, proposer.id == Representative.member_id)
        .join(OrgUnit, OrgUnit.id == Proposal.branch_id)
        .where(Proposal.session_id == (flt.session_id or 0), actor.branch_clause(Proposal.branch_id))
    )
    if flt.text.strip():
        text = flt.text.strip()
        number = int(text) if text.isdigit() else -1
        query = query.where(
            Proposal.title.contains(text)
            | proposer.name.contains(text)
            | Proposal.department.contains(text)
            | (Proposal.number == number)
        )
    if flt.branch_id:
        query = query.where(Proposal.branch_id == flt.branch_id)
    if flt.status == OVERDUE:
        query = query.where(overdue_clause(today))
    elif flt.status:
        query = query.where(Proposal.status == flt.status)
    sort = {
        "number": Proposal.number,
        "title": Proposal.title,
        "proposer": proposer.name_pinyin,
        "branch": OrgUnit.sort_order,
        "category": Proposal.category,
        "status": Proposal.status,
        "department": Proposal.department,
        "due_on": Proposal.due_on,
        "replied_on": Proposal.replied_on,
        "satisfaction": Proposal.satisfaction,
    }

    def fmt(row: Sequence[Any]) -> tuple[Any, ...]:
        number, title, name, branch, category, status, department, due_on, replied_on, satisfaction = row
        shown = ProposalStatus(status).label
        if status == ProposalStatus.ASSIGNED and due_on is not None and due_on < today:
            shown = translate("Congress", "逾期未答复")
        return (
            number,
            title,
            name,
            branch,
            ProposalCategory(category).label,
            shown,
            department,
            due_on.isoformat() if due_on else "",
            replied_on.isoformat() if replied_on else "",
            Satisfaction(satisfaction).label if satisfaction else "",
        )

    return QuerySource(db, query, proposal_columns(), sort, default_order=(Proposal.number,), formatter=fmt)


def on_time_by_branch(s: Session, start: date, end: date) -> dict[int, Decimal]:
    """Branch union → the share (percent) of its proposals due in ``start`` … ``end`` that were
    closed by their due date. A branch with nothing due is left out."""
    on_time = and_(Proposal.status == ProposalStatus.CLOSED, Proposal.closed_on <= Proposal.due_on)
    rows = s.execute(
        select(Proposal.branch_id, func.count(), func.sum(case((on_time, 1), else_=0)))
        .where(Proposal.due_on >= start, Proposal.due_on <= end)
        .group_by(Proposal.branch_id)
    )
    return {branch_id: percent(int(done or 0), int(due)) for branch_id, due, done in rows}
