"""Applications to join (随入职随申请): typed or imported, approved by the committee in batches.

Approval issues each applicant the next card number of the union's pattern (``cards.issue``,
gap-free, in the approving transaction) and puts them in the register: a new member, or the old
record of a former member revived, with the 入会 (or 会籍转入) line dated on the meeting.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Any

from sqlalchemy import Select, String, func, select, type_coerce
from sqlalchemy.orm import Session

from unionoffice.core.audit.recorder import record_view
from unionoffice.core.auth.actor import Actor
from unionoffice.core.concurrency import check_version
from unionoffice.core.crypto import vault
from unionoffice.core.listing import QuerySource
from unionoffice.core.org.labels import UnitKind
from unionoffice.core.org.models import OrgUnit
from unionoffice.core.scope import get_in_scope
from unionoffice.db.database import Database
from unionoffice.foundation.errors import FieldProblem, UserError, ValidationError
from unionoffice.foundation.i18n import translate
from unionoffice.foundation.identity import HIDDEN_ID, IdNumber, mask_id_number, validate_id_number
from unionoffice.foundation.importer.errors import CellError
from unionoffice.foundation.importer.normalize import normalize_text, remove_spaces
from unionoffice.foundation.importer.parsers import parse_phone
from unionoffice.members import cards
from unionoffice.members.contract import (
    ApplicationDetail,
    ApplicationFilter,
    ApplicationInput,
    Approval,
    Approved,
    Rejection,
    application_columns,
    field_label,
)
from unionoffice.members.labels import ApplicationStatus, EventKind, MemberStatus
from unionoffice.members.models import (
    APPLICATION_ID_CONTEXT,
    ApprovalBatch,
    Member,
    MemberApplication,
    MemberEvent,
    id_hashes,
)
from unionoffice.members.perms import MembersPerm
from unionoffice.members.pinyin import name_pinyin
from unionoffice.members.search import search_clause_on
from unionoffice.members.service import REALNAME_FIELDS, check_realname, realname_of

_a = MemberApplication.__table__.c


def waited_text(days: int) -> str:
    return translate("Members", "当天") if days <= 0 else translate("Members", "{n} 天").format(n=days)


def _load(s: Session, actor: Actor, application_id: int) -> MemberApplication:
    return get_in_scope(
        s, actor, MemberApplication, application_id, lambda: translate("Members", "找不到该入会申请。")
    )


def _text(value: str | None, limit: int, key: str, problems: list[FieldProblem]) -> str | None:
    text = normalize_text(value or "")
    if len(text) > limit:
        problems.append(
            FieldProblem(field_label(key), translate("Members", "不能超过 {n} 个字符").format(n=limit))
        )
    return text or None


def register_problem(s: Session, number: str) -> str | None:
    """Why someone with this identity number cannot apply: already in the register, or dead."""
    existing = s.execute(
        select(Member.name, Member.status).where(Member.id_hash == id_hashes(number)[0])
    ).first()
    if existing is None:
        return None
    status = MemberStatus(existing.status)
    if status.in_register:
        return translate("Members", "已是会员（{status}）：{name}").format(
            status=status.label, name=existing.name
        )
    if status == MemberStatus.DECEASED:
        return translate("Members", "属于已登记去世的会员")
    return None


def pending_problem(s: Session, number: str, exclude: int | None = None) -> str | None:
    found = s.execute(
        select(MemberApplication.id, MemberApplication.applied_on).where(
            MemberApplication.id_hash == id_hashes(number)[0],
            MemberApplication.status == ApplicationStatus.PENDING,
        )
    ).first()
    if found is None or found.id == exclude:
        return None
    return translate("Members", "已有 {on} 提交的待审批申请").format(on=found.applied_on.isoformat())


def check_application(
    s: Session, actor: Actor, data: ApplicationInput, application_id: int | None = None
) -> tuple[IdNumber | None, dict[str, Any]]:
    """Every problem at once, each naming its field; the identity (None: keep the stored one)
    and the column values."""
    problems: list[FieldProblem] = []
    name = remove_spaces(data.name or "")
    if not name:
        problems.append(FieldProblem(field_label("name"), translate("Members", "不能为空")))
    elif len(name) > 32 or any(ch.isdigit() for ch in name):
        problems.append(FieldProblem(field_label("name"), translate("Members", "应为 1—32 个字，不含数字")))
    identity: IdNumber | None = None
    if data.id_number is not None or application_id is None:
        try:
            identity = validate_id_number(data.id_number or "")
        except ValidationError as error:
            problems.append(FieldProblem(field_label("id_number"), error.problems[0].message))
    if identity is not None:
        problem = register_problem(s, identity.number) or pending_problem(s, identity.number, application_id)
        if problem:
            problems.append(FieldProblem(field_label("id_number"), problem))
    branch = s.get(OrgUnit, data.branch_id) if data.branch_id is not None else None
    if branch is None or branch.kind != UnitKind.BRANCH or not branch.active:
        problems.append(FieldProblem(field_label("branch"), translate("Members", "请选择分工会")))
    elif not actor.can_see_branch(branch.id):
        problems.append(FieldProblem(field_label("branch"), translate("Members", "无权在该分工会登记")))
    if data.group_id is not None and branch is not None:
        group = s.get(OrgUnit, data.group_id)
        if group is None or group.parent_id != branch.id or not group.active:
            problems.append(FieldProblem(field_label("group"), translate("Members", "不属于所选分工会")))
    today = date.today()
    applied_on = data.applied_on or today
    for key, value in (("applied_on", applied_on), ("hire_date", data.hire_date)):
        if value is not None and value > today:
            problems.append(FieldProblem(field_label(key), translate("Members", "不能晚于今天")))
        if value is not None and identity is not None and value < identity.birth_date:
            problems.append(FieldProblem(field_label(key), translate("Members", "不能早于出生日期")))
    phone = None
    if data.phone and data.phone.strip():
        try:
            phone = parse_phone(data.phone)
        except CellError as error:
            problems.append(FieldProblem(field_label("phone"), error.message))
    from_org = _text(data.from_org, 128, "other_org", problems)
    letter_no = _text(data.letter_no, 64, "letter_no", problems)
    if letter_no and not from_org:
        problems.append(
            FieldProblem(field_label("other_org"), translate("Members", "有介绍信时须填写原单位工会"))
        )
    employee_no = _text(data.employee_no, 32, "employee_no", problems)
    values: dict[str, Any] = {
        "name": name,
        "branch_id": data.branch_id,
        "group_id": data.group_id,
        "applied_on": applied_on,
        "hire_date": data.hire_date,
        "employee_no": employee_no.upper() if employee_no else None,
        "phone": phone,
        "trade": _text(data.trade, 64, "trade", problems),
        "education": _text(data.education, 32, "education", problems),
        "from_org": from_org,
        "letter_no": letter_no,
        "notes": _text(data.notes, 2000, "notes", problems),
        **check_realname(data.realname, problems),
    }
    if problems:
        raise ValidationError(problems)
    return identity, values


def save_application(
    db: Database, actor: Actor, data: ApplicationInput, application_id: int | None = None, version: int = 0
) -> int:
    """A typed application, or changes to a pending one."""
    actor.require(MembersPerm.WRITE)
    keep_id = not actor.can(MembersPerm.UNMASK)
    with db.transaction(actor) as s:
        application = None
        if application_id is not None:
            application = _load(s, actor, application_id)
            check_version(s, application, version)
            if application.status != ApplicationStatus.PENDING:
                raise UserError(translate("Members", "该申请已处理，不能再修改。"))
        request = replace(data, id_number=None) if keep_id and application is not None else data
        identity, values = check_application(s, actor, request, application_id)
        values["name_pinyin"], values["name_initials"] = name_pinyin(values["name"])
        if application is None:
            assert identity is not None
            application = MemberApplication(
                id_number=identity.number,
                gender=identity.gender,
                birth_date=identity.birth_date,
                source="typed",
                status=ApplicationStatus.PENDING,
                **values,
            )
            s.add(application)
        else:
            if identity is not None and identity.number != application.id_number:
                application.id_number = identity.number
                application.gender, application.birth_date = identity.gender, identity.birth_date
            for key, value in values.items():
                setattr(application, key, value)
        s.flush()
        return application.id


def get_application(db: Database, actor: Actor, application_id: int) -> ApplicationDetail:
    actor.require(MembersPerm.READ)
    unmask = actor.can(MembersPerm.UNMASK)
    with db.read(actor) as s:
        a = _load(s, actor, application_id)
        card = (
            s.execute(select(Member.card_no).where(Member.id == a.member_id)).scalar()
            if a.member_id
            else None
        )
        detail = ApplicationDetail(
            id=a.id,
            version=a.version,
            status=a.status,
            data=ApplicationInput(
                name=a.name,
                id_number=a.id_number if unmask else HIDDEN_ID,  # as in the register: no character of it
                branch_id=a.branch_id,
                group_id=a.group_id,
                applied_on=a.applied_on,
                hire_date=a.hire_date,
                employee_no=a.employee_no,
                phone=a.phone,
                trade=a.trade,
                education=a.education,
                realname=realname_of(a),
                from_org=a.from_org,
                letter_no=a.letter_no,
                notes=a.notes,
            ),
            id_masked=not unmask,
            member_id=a.member_id,
            card_no=card,
            decided_on=a.decided_on,
            decision_note=a.decision_note,
        )
    if unmask:
        record_view(db, actor, MemberApplication.__tablename__, application_id, detail.data.name)
    return detail


def pending_summary(s: Session, actor: Actor) -> tuple[int, date | None]:
    """How many applications wait in the actor's branch unions, and since when the oldest."""
    count, oldest = s.execute(
        select(func.count(), func.min(MemberApplication.applied_on)).where(
            MemberApplication.status == ApplicationStatus.PENDING,
            actor.branch_clause(MemberApplication.branch_id),
        )
    ).one()
    return int(count), oldest


def application_source(db: Database, actor: Actor, flt: ApplicationFilter) -> QuerySource:
    actor.require(MembersPerm.READ)
    units = OrgUnit.__table__
    branch, group = units.alias("branch"), units.alias("grp")
    criteria = [actor.branch_clause(_a.branch_id)]
    if flt.status:
        criteria.append(_a.status == flt.status)
    if flt.branch_id is not None:
        criteria.append(_a.branch_id == flt.branch_id)
    clause = search_clause_on(flt.text, _a.name, _a.name_pinyin, _a.name_initials, _a.employee_no)
    if clause is not None:
        criteria.append(clause)
    query: Select = (
        select(
            _a.id,
            _a.id.label("row_id"),  # the formatter opens the identity number bound to its row
            type_coerce(_a.applied_on, String),
            _a.name,
            type_coerce(_a.id_number, String),
            branch.c.name,
            group.c.name,
            type_coerce(_a.hire_date, String),
            _a.source,
            _a.status,
            Member.__table__.c.card_no,
            type_coerce(_a.decided_on, String),
        )
        .select_from(MemberApplication.__table__)
        .join(branch, branch.c.id == _a.branch_id)
        .outerjoin(group, group.c.id == _a.group_id)
        .outerjoin(Member.__table__, Member.__table__.c.id == _a.member_id)
        .where(*criteria)
    )
    today = date.today()
    statuses = {s.value: s.label for s in ApplicationStatus}
    sources = {"typed": translate("Members", "录入"), "import": translate("Members", "导入")}
    show_id_tail = actor.can(MembersPerm.UNMASK)  # as in the register: others see no character of it

    def fmt(row: Any) -> tuple[Any, ...]:
        row_id, applied, name, number, branch_name, group_name, hired, source, status, card, decided = row
        applied_on = date.fromisoformat(str(applied)[:10])
        until = date.fromisoformat(str(decided)[:10]) if decided else today
        return (
            applied_on.isoformat(),
            waited_text((until - applied_on).days),
            name,
            mask_id_number(vault.open_text(number, APPLICATION_ID_CONTEXT, row_id))
            if show_id_tail
            else HIDDEN_ID,
            branch_name,
            group_name or "",
            str(hired)[:10] if hired else "",
            sources.get(source, source),
            statuses.get(status, status),
            card or "",
        )

    return QuerySource(
        db,
        query,
        application_columns(),
        {
            "applied_on": _a.applied_on,
            "waited": _a.applied_on,
            "name": _a.name_pinyin,
            "branch": branch.c.sort_order,
            "group": group.c.sort_order,
            "hire_date": _a.hire_date,
            "source": _a.source,
            "status": _a.status,
            "card_no": Member.__table__.c.card_no,
        },
        default_order=(_a.applied_on, _a.id),
        formatter=fmt,
    )


# Deciding ----------------------------------------------------------------------------------------
def approve(db: Database, actor: Actor, request: Approval) -> Approved:
    """The committee approved these applications on ``meeting_date``: each gets the next card
    number, in the order they applied, and joins the register that day."""
    actor.require(MembersPerm.WRITE)
    problems: list[FieldProblem] = []
    meeting = request.meeting_date
    if meeting is None:
        problems.append(FieldProblem(field_label("meeting_date"), translate("Members", "不能为空")))
    elif meeting > date.today():
        problems.append(FieldProblem(field_label("meeting_date"), translate("Members", "不能晚于今天")))
    reference = _text(request.meeting_ref, 64, "meeting_ref", problems)
    if not request.application_ids:
        raise UserError(translate("Members", "请先选择要审批的申请。"))
    if problems:
        raise ValidationError(problems)
    assert meeting is not None
    with db.transaction(actor) as s:
        applications = [_load(s, actor, i) for i in dict.fromkeys(request.application_ids)]
        applications.sort(key=lambda a: (a.applied_on, a.id))
        for a in applications:
            if a.status != ApplicationStatus.PENDING:
                raise UserError(
                    translate("Members", "{name} 的申请已处理（{status}），请刷新后重选。").format(
                        name=a.name, status=ApplicationStatus(a.status).label
                    )
                )
            if a.applied_on > meeting:
                problems.append(
                    FieldProblem(
                        field_label("meeting_date"),
                        translate("Members", "早于 {name} 的申请日期 {on}").format(
                            name=a.name, on=a.applied_on.isoformat()
                        ),
                    )
                )
            problem = register_problem(s, a.id_number)
            if problem:
                problems.append(FieldProblem(field_label("id_number"), f"{a.name}：{problem}"))
        if problems:
            raise ValidationError(problems)
        batch = ApprovalBatch(meeting_date=meeting, meeting_ref=reference, recorded_by_id=actor.user_id)
        s.add(batch)
        s.flush()
        issued: list[str] = []
        member_ids: list[int] = []
        for a in applications:
            card = cards.issue(s, meeting)
            member = _admit(s, actor, a, meeting, card)
            a.status, a.batch_id, a.member_id, a.decided_on = (
                ApplicationStatus.APPROVED,
                batch.id,
                member.id,
                meeting,
            )
            issued.append(card)
            member_ids.append(member.id)
        batch.approved, batch.first_card_no, batch.last_card_no = len(issued), issued[0], issued[-1]
        return Approved(
            batch_id=batch.id,
            count=len(issued),
            first_card_no=issued[0],
            last_card_no=issued[-1],
            member_ids=tuple(member_ids),
        )


def _admit(s: Session, actor: Actor, a: MemberApplication, on: date, card: str) -> Member:
    """The applicant into the register: a new record, or a former member's record revived."""
    realname = {key: getattr(a, key) for key in REALNAME_FIELDS}
    kind = EventKind.TRANSFER_IN if a.from_org else EventKind.JOIN
    member = s.execute(select(Member).where(Member.id_hash == id_hashes(a.id_number)[0])).scalar_one_or_none()
    branch = s.get(OrgUnit, a.branch_id)
    base = branch.base if branch is not None else None
    if member is None:
        member = Member(
            name=a.name,
            name_pinyin=a.name_pinyin,
            name_initials=a.name_initials,
            gender=a.gender,
            id_number=a.id_number,
            birth_date=a.birth_date,
            employee_no=a.employee_no,
            phone=a.phone,
            branch_id=a.branch_id,
            group_id=a.group_id,
            base=base,
            trade=a.trade,
            education=a.education,
            hire_date=a.hire_date,
            join_date=on,
            status=MemberStatus.ACTIVE,
            card_no=card,
            **realname,
        )
        s.add(member)
        s.flush()
        before = None
    else:  # a former member: one record per person for life
        before = member.status
        kind = EventKind.TRANSFER_IN if a.from_org else EventKind.REJOIN
        member.status, member.status_date, member.status_reason, member.status_cause = (
            MemberStatus.ACTIVE,
            on,
            None,
            None,
        )
        member.branch_id, member.group_id, member.base, member.card_no = a.branch_id, a.group_id, base, card
        for key, value in realname.items():
            if value is not None:
                setattr(member, key, value)
    s.add(
        MemberEvent(
            member_id=member.id,
            kind=kind,
            event_date=on,
            from_status=before,
            to_status=MemberStatus.ACTIVE,
            to_branch_id=a.branch_id,
            to_group_id=a.group_id,
            other_org=a.from_org,
            letter_no=a.letter_no,
            reason=translate("Members", "入会申请经委员会批准"),
            recorded_by_id=actor.user_id,
        )
    )
    return member


def reject(db: Database, actor: Actor, request: Rejection) -> None:
    actor.require(MembersPerm.WRITE)
    problems: list[FieldProblem] = []
    if request.on is None:
        problems.append(FieldProblem(field_label("meeting_date"), translate("Members", "不能为空")))
    reason = _text(request.reason, 255, "notes", problems)
    if not reason:
        problems.append(
            FieldProblem(translate("Members", "原因"), translate("Members", "请写明未批准的原因"))
        )
    if problems:
        raise ValidationError(problems)
    with db.transaction(actor) as s:
        application = _load(s, actor, request.application_id)
        check_version(s, application, request.version)
        if application.status != ApplicationStatus.PENDING:
            raise UserError(translate("Members", "该申请已处理，不能再修改。"))
        application.status = ApplicationStatus.REJECTED
        application.decided_on, application.decision_note = request.on, reason
