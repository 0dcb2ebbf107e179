"""The six-month rule as a review list, never an automatic removal.

The constitution deems a member who pays no dues for six consecutive months without good reason,
and takes no part in union life, to have withdrawn. Here that is a list for the committee: members
are put on it by hand (with what prompted it) or by a dues provider, and the committee decides
each: keep (继续在会) or deem withdrawn (退会, cause 视为自动退会, with the evidence and the
meeting's date). Only that decision changes a status.

Dues providers: the members module owns the extension point ``members.dues_lapses``. A module
that keeps the dues ledger lists an object there in its ``ModuleSpec.extensions``::

    extensions={"members.dues_lapses": ("unionoffice.dues.api:LAPSES",)}

The object has ``lapsed(session, on, months)`` returning ``LapsedMember`` records (see the
``DuesLapses`` protocol, also in ``members.api``). ``refresh`` (the list's 从会费记录更新 action,
``unionoffice members review-refresh``) asks every provider and adds the members it names that are
not already waiting for a decision and whose lapse the committee has not already considered.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from typing import Any, Protocol

from sqlalchemy import Select, String, and_, func, select, type_coerce
from sqlalchemy.orm import Session

from unionoffice.core.auth.actor import Actor
from unionoffice.core.concurrency import check_version
from unionoffice.core.listing import QuerySource
from unionoffice.core.modules import extensions
from unionoffice.core.org.models import OrgUnit
from unionoffice.db.database import Database
from unionoffice.foundation.errors import FieldProblem, NotFound, UserError, ValidationError
from unionoffice.foundation.i18n import translate
from unionoffice.foundation.importer.normalize import normalize_text
from unionoffice.members.contract import (
    ReviewDecisionInput,
    ReviewDetail,
    ReviewFilter,
    StatusChange,
    field_label,
    review_columns,
)
from unionoffice.members.labels import MemberStatus, ReviewDecision, ReviewSource, StatusCause
from unionoffice.members.lifecycle import apply_status, status_problems
from unionoffice.members.models import Member, MembershipReview
from unionoffice.members.perms import MembersPerm
from unionoffice.members.search import search_clause_on
from unionoffice.members.service import load_member

DUES_LAPSES = "members.dues_lapses"
SIX_MONTHS = 6


@dataclass(frozen=True)
class LapsedMember:
    member_id: int
    since: date  # the first month without dues
    evidence: str  # what the dues ledger shows, in words ("2026年4月起未交会费，共 7 个月")


class DuesLapses(Protocol):
    def lapsed(self, session: Session, on: date, months: int) -> Iterable[LapsedMember]:
        """Members (any status; the list keeps 在会 ones) who paid no dues in the ``months``
        months up to ``on``."""
        ...


def lapse_sources() -> list[DuesLapses]:
    return extensions(DUES_LAPSES)


def _pending(s: Session, member_id: int) -> MembershipReview | None:
    return s.execute(
        select(MembershipReview).where(
            MembershipReview.member_id == member_id, MembershipReview.decision.is_(None)
        )
    ).scalar_one_or_none()


def refresh(db: Database, actor: Actor, on: date | None = None) -> int:
    """Ask the dues providers who lapsed; add those not already on the list. Returns how many."""
    actor.require(MembersPerm.WRITE)
    on = on or date.today()
    added = 0
    with db.transaction(actor) as s:
        for source in lapse_sources():
            for lapsed in source.lapsed(s, on, SIX_MONTHS):
                member = s.get(Member, lapsed.member_id)
                if member is None or not actor.can_see_branch(member.branch_id):
                    continue
                if member.status != MemberStatus.ACTIVE or _pending(s, member.id) is not None:
                    continue  # 保留会籍 members pay no dues; one open review per member
                kept = s.execute(
                    select(func.max(MembershipReview.decided_on)).where(
                        MembershipReview.member_id == member.id,
                        MembershipReview.decision == ReviewDecision.KEEP,
                    )
                ).scalar()
                if kept is not None and kept >= lapsed.since:
                    continue  # the committee already kept this member with this lapse before it
                s.add(
                    MembershipReview(
                        member_id=member.id,
                        source=ReviewSource.DUES,
                        flagged_on=on,
                        flagged_by_id=actor.user_id,
                        evidence=lapsed.evidence,
                    )
                )
                added += 1
    return added


def flag(db: Database, actor: Actor, member_id: int, evidence: str | None) -> int:
    """Put a member on the list by hand, saying what prompted it."""
    actor.require(MembersPerm.WRITE)
    note = normalize_text(evidence or "")
    if not note:
        raise ValidationError(
            FieldProblem(
                field_label("evidence"), translate("Members", "请写明列入审查的情况（如未交会费的月份）")
            )
        )
    if len(note) > 4000:
        raise ValidationError(
            FieldProblem(field_label("evidence"), translate("Members", "不能超过 4000 个字符"))
        )
    with db.transaction(actor) as s:
        member = load_member(s, actor, member_id)
        if member.status != MemberStatus.ACTIVE:
            raise UserError(
                translate("Members", "只有在会会员适用六个月规则；{name} 当前为{status}。").format(
                    name=member.name, status=MemberStatus(member.status).label
                )
            )
        if _pending(s, member.id) is not None:
            raise UserError(
                translate("Members", "{name} 已在审查名单上，等待委员会决定。").format(name=member.name)
            )
        review = MembershipReview(
            member_id=member.id,
            source=ReviewSource.MANUAL,
            flagged_on=date.today(),
            flagged_by_id=actor.user_id,
            evidence=note,
        )
        s.add(review)
        s.flush()
        return review.id


def get_review(db: Database, actor: Actor, review_id: int) -> ReviewDetail:
    actor.require(MembersPerm.READ)
    with db.read(actor) as s:
        review = s.get(MembershipReview, review_id)
        if review is None:
            raise NotFound(translate("Members", "找不到该审查记录。"))
        member = load_member(s, actor, review.member_id)
        branch = s.get(OrgUnit, member.branch_id)
        return ReviewDetail(
            id=review.id,
            version=review.version,
            member_id=member.id,
            name=member.name,
            branch=branch.name if branch is not None else "",
            source=review.source,
            flagged_on=review.flagged_on,
            evidence=review.evidence or "",
            decision=review.decision,
        )


def decide(db: Database, actor: Actor, request: ReviewDecisionInput) -> None:
    """Record the committee's decision; deeming a member withdrawn changes the status, with the
    review's evidence and the decision behind it."""
    actor.require(MembersPerm.WRITE)
    problems: list[FieldProblem] = []
    if request.decision not in set(ReviewDecision):
        problems.append(FieldProblem(translate("Members", "委员会决定"), translate("Members", "请选择")))
    meeting = request.meeting_date
    if meeting is None:
        problems.append(FieldProblem(field_label("meeting_date"), translate("Members", "不能为空")))
    elif meeting > date.today():
        problems.append(FieldProblem(field_label("meeting_date"), translate("Members", "不能晚于今天")))
    note = normalize_text(request.note or "")
    if len(note) > 255:
        problems.append(
            FieldProblem(translate("Members", "说明"), translate("Members", "不能超过 255 个字符"))
        )
    if problems:
        raise ValidationError(problems)
    assert meeting is not None
    with db.transaction(actor) as s:
        review = s.get(MembershipReview, request.review_id)
        if review is None:
            raise NotFound(translate("Members", "找不到该审查记录。"))
        member = load_member(s, actor, review.member_id)
        check_version(s, review, request.version)
        if review.decision is not None:
            raise UserError(translate("Members", "委员会已对此作出决定。"))
        if meeting < review.flagged_on:
            raise ValidationError(
                FieldProblem(
                    field_label("meeting_date"),
                    translate("Members", "不能早于列入审查的日期 {on}").format(
                        on=review.flagged_on.isoformat()
                    ),
                )
            )
        decision = ReviewDecision(str(request.decision))
        if decision == ReviewDecision.WITHDRAWN:
            evidence = "；".join(
                part
                for part in (
                    review.evidence or "",
                    translate("Members", "会员委员会 {on} 决定视为自动退会").format(on=meeting.isoformat()),
                    note,
                )
                if part
            )
            change = StatusChange(
                member_id=member.id,
                version=member.version,
                status=MemberStatus.LEFT,
                on=meeting,
                reason=translate("Members", "连续六个月未交会费，视为自动退会"),
                cause=StatusCause.DEEMED,
                evidence=evidence,
            )
            if member.status != MemberStatus.ACTIVE:
                raise UserError(
                    translate("Members", "{name} 当前为{status}，不能再视为自动退会。").format(
                        name=member.name, status=MemberStatus(member.status).label
                    )
                )
            refused = status_problems(s, member, MemberStatus.LEFT, change)
            if refused:
                raise ValidationError(refused)
            apply_status(s, actor, member, change)
        review.decision, review.decided_on = decision, meeting
        review.decision_note, review.decided_by_id = note or None, actor.user_id


def review_source(db: Database, actor: Actor, flt: ReviewFilter) -> QuerySource:
    actor.require(MembersPerm.READ)
    r, m = MembershipReview.__table__.c, Member.__table__.c
    branch = OrgUnit.__table__.alias("branch")
    criteria = [actor.branch_clause(m.branch_id)]
    criteria.append(r.decision.is_(None) if flt.pending else r.decision.is_not(None))
    if flt.branch_id is not None:
        criteria.append(m.branch_id == flt.branch_id)
    clause = search_clause_on(flt.text, m.name, m.name_pinyin, m.name_initials, m.employee_no)
    if clause is not None:
        criteria.append(clause)
    query: Select = (
        select(
            r.id,
            m.name,
            branch.c.name,
            m.card_no,
            r.source,
            type_coerce(r.flagged_on, String),
            r.evidence,
            r.decision,
            type_coerce(r.decided_on, String),
        )
        .select_from(MembershipReview.__table__)
        .join(Member.__table__, m.id == r.member_id)
        .join(branch, and_(branch.c.id == m.branch_id))
        .where(*criteria)
    )
    sources = {s.value: s.label for s in ReviewSource}
    decisions = {d.value: d.label for d in ReviewDecision}

    def fmt(row: Any) -> tuple[Any, ...]:
        name, branch_name, card, source, flagged, evidence, decision, decided = row
        return (
            name,
            branch_name,
            card or "",
            sources.get(source, source),
            str(flagged)[:10],
            (evidence or "").replace("\n", " "),
            decisions.get(decision, "") if decision else translate("Members", "待决定"),
            str(decided)[:10] if decided else "",
        )

    return QuerySource(
        db,
        query,
        review_columns(),
        {
            "name": m.name_pinyin,
            "branch": branch.c.sort_order,
            "card_no": m.card_no,
            "source": r.source,
            "flagged_on": r.flagged_on,
            "decision": r.decision,
            "decided_on": r.decided_on,
        },
        default_order=(r.flagged_on, r.id),
        formatter=fmt,
    )
