"""Honours recommendation (评先推荐): the higher union's notice with its quota and structure ratios;
candidates from the register or the studios; committee meeting → public notice (working days, as
data) → submitted → awarded or not; an award goes into the studios' honours registry."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from unionoffice.congress.contract import (
    CandidateDetail,
    CandidateFilter,
    CandidateInput,
    Choice,
    MeetingInput,
    NoticeDetail,
    NoticeInput,
    PublicNoticeInput,
    RatioInput,
    ResultInput,
    SubmitInput,
    candidate_columns,
    field_label,
)
from unionoffice.congress.labels import Bound, CandidateKind, PostCategory, RuleKey, Stage
from unionoffice.congress.models import Candidate, HonourNotice, NoticeRatio
from unionoffice.congress.perms import CongressPerm
from unionoffice.congress.rules import Ratio, broken_ratios, notice_day, notice_ends, rules_on
from unionoffice.core.auth.actor import Actor
from unionoffice.core.calendar.service import arrangement
from unionoffice.core.concurrency import check_version
from unionoffice.core.listing import QuerySource
from unionoffice.core.org.models import OrgUnit
from unionoffice.db.database import Database
from unionoffice.foundation.errors import FieldProblem, NotFound, UserError, ValidationError
from unionoffice.foundation.i18n import translate
from unionoffice.members.api import Member, MemberStatus
from unionoffice.studios.api import HonourInput, Level, Recipient, Studio, record_honour_in

_SENT = (Stage.SUBMITTED, Stage.AWARDED, Stage.NOT_AWARDED)


def _required(key: str) -> FieldProblem:
    return FieldProblem(field_label(key), translate("Congress", "不能为空"))


# Notices ---------------------------------------------------------------------------------------
def save_notice(db: Database, actor: Actor, data: NoticeInput) -> tuple[int, int]:
    actor.require(CongressPerm.MANAGE)
    problems = [
        _required(k)
        for k, v in (
            ("notice_title", data.title),
            ("honour_title", data.honour_title),
            ("issuer", data.issuer),
        )
        if not v.strip()
    ]
    if data.level not in Level.__members__.values():
        problems.append(FieldProblem(field_label("level"), translate("Congress", "请选择级别")))
    if not 1950 <= data.year <= 2100:
        problems.append(FieldProblem(field_label("year"), translate("Congress", "年度应在 1950—2100 之间")))
    if data.quota < 1:
        problems.append(FieldProblem(field_label("quota"), translate("Congress", "名额至少为 1")))
    if data.deadline is None:
        problems.append(_required("deadline"))
    for n, ratio in enumerate(data.ratios, start=1):
        if (
            ratio.category not in PostCategory.__members__.values()
            or ratio.bound not in Bound.__members__.values()
            or not 0 <= ratio.percent <= 100
        ):
            problems.append(
                FieldProblem(
                    field_label("ratios"),
                    translate("Congress", "第 {n} 条比例不完整，或百分比不在 0—100 之间").format(n=n),
                )
            )
    if problems:
        raise ValidationError(problems)
    assert data.deadline is not None
    values = {
        "title": data.title.strip(),
        "honour_title": data.honour_title.strip(),
        "level": data.level,
        "issuer": data.issuer.strip(),
        "year": data.year,
        "quota": data.quota,
        "deadline": data.deadline,
    }
    with db.transaction(actor) as s:
        if data.notice_id is None:
            notice = HonourNotice(**values)
            s.add(notice)
            s.flush()
        else:
            notice = _notice(s, data.notice_id)
            check_version(s, notice, data.version)
            for key, value in values.items():
                setattr(notice, key, value)
            for old in s.execute(select(NoticeRatio).where(NoticeRatio.notice_id == notice.id)).scalars():
                s.delete(old)
        s.add_all(
            NoticeRatio(notice_id=notice.id, category=r.category, bound=r.bound, percent=r.percent)
            for r in data.ratios
        )
        s.flush()
        return notice.id, notice.version


def _notice(s: Session, notice_id: int | None) -> HonourNotice:
    notice = s.get(HonourNotice, notice_id) if notice_id else None
    if notice is None:
        raise NotFound(translate("Congress", "找不到该推荐通知。"))
    return notice


def notice_choices(s: Session) -> list[Choice]:
    rows = s.execute(select(HonourNotice.id, HonourNotice.title).order_by(HonourNotice.deadline.desc()))
    return [Choice(i, title) for i, title in rows]


def ratios_of(s: Session, notice_id: int) -> list[Ratio]:
    rows = s.execute(
        select(NoticeRatio.category, NoticeRatio.bound, NoticeRatio.percent)
        .where(NoticeRatio.notice_id == notice_id)
        .order_by(NoticeRatio.id)
    )
    return [Ratio(PostCategory(c), Bound(b), p) for c, b, p in rows]


def notice_detail(s: Session, actor: Actor, notice_id: int) -> NoticeDetail:
    notice = _notice(s, notice_id)
    total, sent, awarded = s.execute(
        select(
            func.count(),
            func.coalesce(func.sum(case((Candidate.stage.in_([str(x) for x in _SENT]), 1), else_=0)), 0),
            func.coalesce(func.sum(case((Candidate.stage == Stage.AWARDED, 1), else_=0)), 0),
        ).where(Candidate.notice_id == notice_id, actor.branch_clause(Candidate.branch_id))
    ).one()
    return NoticeDetail(
        id=notice.id,
        version=notice.version,
        title=notice.title,
        honour_title=notice.honour_title,
        level=notice.level,
        issuer=notice.issuer,
        year=notice.year,
        quota=notice.quota,
        deadline=notice.deadline,
        ratios=[RatioInput(r.category, r.bound, r.percent) for r in ratios_of(s, notice_id)],
        candidates=int(total),
        submitted=int(sent),
        awarded=int(awarded),
    )


# Candidates ------------------------------------------------------------------------------------
def studio_choices(s: Session, actor: Actor) -> list[Choice]:
    rows = s.execute(
        select(Studio.id, Studio.name).where(actor.branch_clause(Studio.branch_id)).order_by(Studio.name)
    )
    return [Choice(i, name) for i, name in rows]


def save_candidate(db: Database, actor: Actor, data: CandidateInput) -> tuple[int, int]:
    actor.require(CongressPerm.WRITE)
    problems = []
    if data.category not in PostCategory.__members__.values():
        problems.append(FieldProblem(field_label("post_category"), translate("Congress", "请选择岗位类别")))
    if not data.deeds.strip():
        problems.append(_required("deeds"))
    if data.kind == CandidateKind.MEMBER and not data.employee_no.strip():
        problems.append(FieldProblem(field_label("candidate"), translate("Congress", "请填写候选人的工号")))
    if data.kind == CandidateKind.STUDIO and data.studio_id is None:
        problems.append(FieldProblem(field_label("studio"), translate("Congress", "请选择工作室")))
    if problems:
        raise ValidationError(problems)
    with db.transaction(actor) as s:
        _notice(s, data.notice_id)
        member_id = studio_id = None
        if data.kind == CandidateKind.MEMBER:
            member = s.execute(
                select(Member.id, Member.branch_id, Member.status).where(
                    Member.employee_no == data.employee_no.strip().upper()
                )
            ).first()
            if member is None or member.status != MemberStatus.ACTIVE:
                raise ValidationError(
                    [
                        FieldProblem(
                            field_label("candidate"), translate("Congress", "名册中没有这个工号的在会会员")
                        )
                    ]
                )
            member_id, branch_id = member.id, member.branch_id
        else:
            studio = s.get(Studio, data.studio_id)
            if studio is None:
                raise ValidationError([FieldProblem(field_label("studio"), translate("Congress", "不存在"))])
            studio_id, branch_id = studio.id, studio.branch_id
        actor.require_branch(branch_id)
        same = s.execute(
            select(Candidate.id).where(
                Candidate.notice_id == data.notice_id,
                Candidate.member_id == member_id if member_id else Candidate.studio_id == studio_id,
            )
        ).scalar()
        if same is not None and same != data.candidate_id:
            raise ValidationError(
                [FieldProblem(field_label("candidate"), translate("Congress", "已是本次推荐的候选人"))]
            )
        values = {
            "kind": data.kind,
            "member_id": member_id,
            "studio_id": studio_id,
            "branch_id": branch_id,
            "category": data.category,
            "deeds": data.deeds.strip(),
        }
        if data.candidate_id is None:
            candidate = Candidate(notice_id=data.notice_id, **values)
            s.add(candidate)
        else:
            candidate = _candidate(s, actor, data.candidate_id)
            check_version(s, candidate, data.version)
            if candidate.stage in _SENT:
                raise UserError(translate("Congress", "候选人已报送，不能再修改。"))
            for key, value in values.items():
                setattr(candidate, key, value)
        s.flush()
        return candidate.id, candidate.version


def _candidate(s: Session, actor: Actor, candidate_id: int) -> Candidate:
    candidate = s.get(Candidate, candidate_id)
    if candidate is None or not actor.can_see_branch(candidate.branch_id):
        raise NotFound(translate("Congress", "找不到该候选人。"))
    return candidate


def _chosen(s: Session, actor: Actor, ids: Sequence[int]) -> list[Candidate]:
    if not ids:
        raise UserError(translate("Congress", "请先选择候选人。"))
    return [_candidate(s, actor, i) for i in dict.fromkeys(ids)]


def _name(s: Session, candidate: Candidate) -> str:
    if candidate.member_id is not None:
        return s.execute(select(Member.name).where(Member.id == candidate.member_id)).scalar_one()
    return s.execute(select(Studio.name).where(Studio.id == candidate.studio_id)).scalar_one()


def _require_stage(s: Session, candidate: Candidate, allowed: Sequence[Stage], doing: str) -> None:
    if candidate.stage not in allowed:
        raise UserError(
            translate("Congress", "{name}现为“{stage}”，不能{doing}。").format(
                name=_name(s, candidate), stage=Stage(candidate.stage).label, doing=doing
            )
        )


def record_meeting(db: Database, actor: Actor, data: MeetingInput) -> int:
    """The committee meeting that put the candidates forward, with its minutes."""
    actor.require(CongressPerm.WRITE)
    problems = []
    if data.meeting_on is None:
        problems.append(_required("meeting_on"))
    if not data.minutes.strip():
        problems.append(_required("minutes"))
    if problems:
        raise ValidationError(problems)
    with db.transaction(actor) as s:
        for candidate in _chosen(s, actor, data.candidate_ids):
            _require_stage(s, candidate, (Stage.CANDIDATE, Stage.MEETING), translate("Congress", "登记会议"))
            candidate.meeting_on, candidate.minutes = data.meeting_on, data.minutes.strip()
            candidate.stage = Stage.MEETING
        return len(data.candidate_ids)


def post_notice(db: Database, actor: Actor, data: PublicNoticeInput) -> date:
    """The public notice starts; returns its last day (working days as the rules and calendar say)."""
    actor.require(CongressPerm.WRITE)
    if data.starts_on is None:
        raise ValidationError([_required("notice_from")])
    starts_on = data.starts_on
    with db.transaction(actor) as s:
        days = rules_on(s, starts_on)[RuleKey.NOTICE_DAYS]
        ends_on = notice_ends(arrangement(s, starts_on.year, starts_on.year + 1), starts_on, days)
        for candidate in _chosen(s, actor, data.candidate_ids):
            _require_stage(s, candidate, (Stage.MEETING, Stage.NOTICE), translate("Congress", "公示"))
            assert candidate.meeting_on is not None
            if starts_on < candidate.meeting_on:
                raise ValidationError(
                    [
                        FieldProblem(
                            field_label("notice_from"),
                            translate("Congress", "不能早于会议日期（{on}）").format(
                                on=candidate.meeting_on.isoformat()
                            ),
                        )
                    ]
                )
            candidate.notice_from, candidate.notice_until = starts_on, ends_on
            candidate.stage = Stage.NOTICE
        return ends_on


def submit(db: Database, actor: Actor, data: SubmitInput) -> int:
    """Submit a batch to the higher union: each notice period over, the quota and every structure
    ratio of the notice kept over everyone submitted so far. All or nothing."""
    actor.require(CongressPerm.MANAGE)
    if data.submitted_on is None:
        raise ValidationError([_required("submitted")])
    on = data.submitted_on
    with db.transaction(actor) as s:
        notice = _notice(s, data.notice_id)
        batch = _chosen(s, actor, data.candidate_ids)
        days = rules_on(s, on)[RuleKey.NOTICE_DAYS]
        calendar = None
        problems: list[FieldProblem] = []
        early = translate(
            "Congress",
            "{name}：公示不少于 {days} 个工作日，{start} 起公示，{on} 是第 {n} 个工作日，{end} 期满后方可报送",
        )
        for candidate in batch:
            _require_stage(s, candidate, (Stage.NOTICE,), translate("Congress", "报送"))
            if candidate.notice_id != notice.id:
                raise UserError(translate("Congress", "所选候选人不属于这份推荐通知。"))
            assert candidate.notice_from is not None and candidate.notice_until is not None
            if on <= candidate.notice_until:
                calendar = calendar or arrangement(s, candidate.notice_from.year, on.year)
                message = early.format(
                    name=_name(s, candidate),
                    days=days,
                    start=candidate.notice_from.isoformat(),
                    on=on.isoformat(),
                    n=notice_day(calendar, candidate.notice_from, on),
                    end=candidate.notice_until.isoformat(),
                )
                problems.append(FieldProblem(field_label("submitted"), message))
        if on > notice.deadline:
            problems.append(
                FieldProblem(
                    field_label("submitted"),
                    translate("Congress", "已过通知的报送截止日期（{on}）").format(
                        on=notice.deadline.isoformat()
                    ),
                )
            )
        earlier = (
            s.execute(
                select(Candidate.category).where(
                    Candidate.notice_id == notice.id,
                    Candidate.stage.in_([str(x) for x in _SENT]),
                    Candidate.id.not_in([c.id for c in batch]),
                )
            )
            .scalars()
            .all()
        )
        categories = [*earlier, *(c.category for c in batch)]
        if len(categories) > notice.quota:
            problems.append(
                FieldProblem(
                    field_label("quota"),
                    translate("Congress", "通知名额 {quota} 名，本批报送后将达 {n} 名").format(
                        quota=notice.quota, n=len(categories)
                    ),
                )
            )
        problems += [
            FieldProblem(field_label("ratios"), p) for p in broken_ratios(categories, ratios_of(s, notice.id))
        ]
        if problems:
            raise ValidationError(problems)
        for candidate in batch:
            candidate.submitted_on, candidate.stage = on, Stage.SUBMITTED
        return len(batch)


def record_result(db: Database, actor: Actor, data: ResultInput) -> int:
    """Awarded (written to the honours registry) or not."""
    actor.require(CongressPerm.MANAGE)
    if data.result_on is None:
        raise ValidationError([_required("result_on")])
    with db.transaction(actor) as s:
        candidate = _candidate(s, actor, data.candidate_id)
        check_version(s, candidate, data.version)
        _require_stage(s, candidate, (Stage.SUBMITTED,), translate("Congress", "登记结果"))
        assert candidate.submitted_on is not None
        if data.result_on < candidate.submitted_on:
            raise ValidationError(
                [
                    FieldProblem(
                        field_label("result_on"),
                        translate("Congress", "不能早于报送日期（{on}）").format(
                            on=candidate.submitted_on.isoformat()
                        ),
                    )
                ]
            )
        candidate.result_on = data.result_on
        if data.awarded:
            notice = _notice(s, candidate.notice_id)
            honour = HonourInput(
                title=notice.honour_title,
                level=Level(notice.level),
                body=notice.issuer,
                year=data.result_on.year,
                recipient=Recipient.MEMBER if candidate.member_id is not None else Recipient.STUDIO,
                member_id=candidate.member_id,
                studio_id=candidate.studio_id,
                certificate_no=data.certificate_no,
                awarded_on=data.result_on,
            )
            candidate.honour_id = record_honour_in(s, actor, honour)
            candidate.stage = Stage.AWARDED
        else:
            candidate.stage = Stage.NOT_AWARDED
        s.flush()
        return candidate.version


def _display_name() -> Any:
    member = (
        select(Member.name).where(Member.id == Candidate.member_id).correlate(Candidate).scalar_subquery()
    )
    studio = (
        select(Studio.name).where(Studio.id == Candidate.studio_id).correlate(Candidate).scalar_subquery()
    )
    return func.coalesce(member, studio, "")


def candidate_detail(s: Session, actor: Actor, candidate_id: int) -> CandidateDetail:
    c = _candidate(s, actor, candidate_id)
    employee_no = ""
    if c.member_id is not None:
        employee_no = s.execute(select(Member.employee_no).where(Member.id == c.member_id)).scalar_one() or ""
    branch = s.execute(select(OrgUnit.name).where(OrgUnit.id == c.branch_id)).scalar_one()
    return CandidateDetail(
        id=c.id,
        version=c.version,
        notice_id=c.notice_id,
        kind=c.kind,
        name=_name(s, c),
        employee_no=employee_no,
        studio_id=c.studio_id,
        branch=branch,
        category=c.category,
        deeds=c.deeds,
        stage=c.stage,
        meeting_on=c.meeting_on,
        minutes=c.minutes,
        notice_from=c.notice_from,
        notice_until=c.notice_until,
        submitted_on=c.submitted_on,
        result_on=c.result_on,
    )


def candidate_source(db: Database, actor: Actor, flt: CandidateFilter) -> QuerySource:
    actor.require(CongressPerm.READ)
    name = _display_name()
    query = (
        select(
            Candidate.id,
            name,
            Candidate.kind,
            OrgUnit.name,
            Candidate.category,
            Candidate.stage,
            Candidate.meeting_on,
            Candidate.notice_from,
            Candidate.notice_until,
            Candidate.submitted_on,
        )
        .join(OrgUnit, OrgUnit.id == Candidate.branch_id)
        .where(Candidate.notice_id == (flt.notice_id or 0), actor.branch_clause(Candidate.branch_id))
    )
    if flt.text.strip():
        query = query.where(name.contains(flt.text.strip()))
    if flt.stage:
        query = query.where(Candidate.stage == flt.stage)
    sort = {
        "name": name,
        "kind": Candidate.kind,
        "branch": OrgUnit.sort_order,
        "category": Candidate.category,
        "stage": Candidate.stage,
        "meeting_on": Candidate.meeting_on,
        "notice_from": Candidate.notice_from,
        "notice_until": Candidate.notice_until,
        "submitted_on": Candidate.submitted_on,
    }

    def fmt(row: Sequence[Any]) -> tuple[Any, ...]:
        who, kind, branch, category, stage, *days = row
        return (
            who,
            CandidateKind(kind).label,
            branch,
            PostCategory(category).label,
            Stage(stage).label,
            *(d.isoformat() if d else "" for d in days),
        )

    return QuerySource(
        db, query, candidate_columns(), sort, default_order=(OrgUnit.sort_order, Candidate.id), formatter=fmt
    )


@dataclass(frozen=True)
class Awarded:
    name: str
    member_id: int | None
    honour_title: str
    issuer: str
    year: int


def awarded(db: Database, actor: Actor, notice_id: int) -> list[Awarded]:
    """Each awarded candidate of a notice: a certificate batch's people."""
    actor.require(CongressPerm.READ)
    with db.read(actor) as s:
        notice = _notice(s, notice_id)
        rows = s.execute(
            select(_display_name(), Candidate.member_id)
            .where(
                Candidate.notice_id == notice_id,
                Candidate.stage == Stage.AWARDED,
                actor.branch_clause(Candidate.branch_id),
            )
            .order_by(Candidate.id)
        )
        return [
            Awarded(name, member_id, notice.honour_title, notice.issuer, notice.year)
            for name, member_id in rows
        ]


def awarded_notices(db: Database, actor: Actor) -> list[Choice]:
    """Notices with at least one awarded candidate."""
    with db.read(actor) as s:
        rows = s.execute(
            select(HonourNotice.id, HonourNotice.honour_title, HonourNotice.year)
            .where(HonourNotice.id.in_(select(Candidate.notice_id).where(Candidate.stage == Stage.AWARDED)))
            .order_by(HonourNotice.year.desc(), HonourNotice.id.desc())
        )
        return [Choice(i, f"{year} {title}") for i, title, year in rows]
