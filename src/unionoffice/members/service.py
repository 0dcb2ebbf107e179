"""Member records: read one, add one, edit one, with field-level checks in plain Chinese.

Status changes, transfers and re-joins live in ``lifecycle.py``; lists in ``search.py``.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from unionoffice.core.audit.recorder import record_view
from unionoffice.core.auth.actor import Actor
from unionoffice.core.concurrency import check_version
from unionoffice.core.org.labels import UnitKind
from unionoffice.core.org.models import OrgUnit
from unionoffice.core.scope import get_in_scope
from unionoffice.db.base import utcnow
from unionoffice.db.database import Database
from unionoffice.foundation.errors import FieldProblem, ValidationError
from unionoffice.foundation.i18n import translate
from unionoffice.foundation.identity import HIDDEN_ID, IdNumber, validate_id_number
from unionoffice.foundation.importer.errors import CellError
from unionoffice.foundation.importer.normalize import normalize_text, remove_spaces
from unionoffice.foundation.importer.parsers import parse_phone
from unionoffice.members import cards
from unionoffice.members.codes import CodeKind, code_list
from unionoffice.members.contract import (
    ExistingMember,
    FamilyInfo,
    MemberDetail,
    MemberInput,
    RealNameInfo,
)
from unionoffice.members.contract import field_label as label
from unionoffice.members.labels import EventKind, MemberStatus, Relation, StatusCause
from unionoffice.members.models import (
    FamilyMember,
    Member,
    MemberEvent,
    id_hashes,
)
from unionoffice.members.perms import MembersPerm
from unionoffice.members.pinyin import name_pinyin


def load_member(s: Session, actor: Actor, member_id: int) -> Member:
    return get_in_scope(s, actor, Member, member_id, lambda: translate("Members", "找不到该会员。"))


def get_member(db: Database, actor: Actor, member_id: int) -> MemberDetail:
    actor.require(MembersPerm.READ)
    unmask = actor.can(MembersPerm.UNMASK)
    with db.read(actor) as s:
        m = load_member(s, actor, member_id)
        names = dict(
            s.execute(
                select(OrgUnit.id, OrgUnit.name).where(OrgUnit.id.in_([m.branch_id, m.group_id or 0]))
            ).all()
        )
        family = s.execute(
            select(FamilyMember).where(FamilyMember.member_id == m.id).order_by(FamilyMember.id)
        ).scalars()
        relatives = tuple(
            FamilyInfo(
                f.relation,
                f.name,
                (f.id_number if unmask else HIDDEN_ID) if f.id_number else None,
                f.birth_date,
                f.notes,
            )
            for f in family
        )
        detail = MemberDetail(
            id=m.id,
            name=m.name,
            gender=m.gender,
            id_number=m.id_number if unmask else HIDDEN_ID,
            id_masked=not unmask,
            birth_date=m.birth_date,
            employee_no=m.employee_no,
            phone=m.phone,
            branch_id=m.branch_id,
            branch_name=names.get(m.branch_id, ""),
            group_id=m.group_id,
            group_name=names.get(m.group_id or 0),
            base=m.base,
            trade=m.trade,
            education=m.education,
            hire_date=m.hire_date,
            join_date=m.join_date,
            status=MemberStatus(m.status),
            status_date=m.status_date,
            status_reason=m.status_reason,
            status_cause=StatusCause(m.status_cause) if m.status_cause else None,
            card_no=m.card_no,
            realname=realname_of(m),
            notes=m.notes,
            version=m.version,
            family=relatives,
        )
    if unmask:  # the full identity number left the database: that is on record (no name in the log)
        record_view(db, actor, Member.__tablename__, member_id, translate("Members", "查看完整身份证号"))
    return detail


REALNAME_FIELDS = (
    "ethnicity",
    "political_status",
    "hukou_type",
    "native_place",
    "post",
    "title",
    "employment_form",
)
CODED = {
    "ethnicity": CodeKind.ETHNICITY,
    "political_status": CodeKind.POLITICAL_STATUS,
    "hukou_type": CodeKind.HUKOU_TYPE,
    "employment_form": CodeKind.EMPLOYMENT_FORM,
}


def realname_of(row: Any) -> RealNameInfo:
    """The real-name fields of a member or application row."""
    return RealNameInfo(**{key: getattr(row, key) for key in REALNAME_FIELDS})


def check_realname(info: RealNameInfo, problems: list[FieldProblem]) -> dict[str, str | None]:
    """Column values of the real-name fields; a code the standard list lacks is a problem."""
    values: dict[str, str | None] = {}
    for key in REALNAME_FIELDS:
        raw = getattr(info, key)
        kind = CODED.get(key)
        if kind is None:
            values[key] = _text(raw, 64, key, problems)
            continue
        if raw is None or not str(raw).strip():
            values[key] = None
            continue
        codes = code_list(kind)
        code = codes.parse(raw)
        if code is None:
            problems.append(FieldProblem(label(key), codes.problem(raw)))
        values[key] = code
    return values


def _text(value: str | None, limit: int, key: str, problems: list[FieldProblem]) -> str | None:
    if value is None:
        return None
    text = normalize_text(value)
    if len(text) > limit:
        problems.append(FieldProblem(label(key), translate("Members", "不能超过 {n} 个字符").format(n=limit)))
    return text or None


@dataclass
class _Checked:
    name: str
    identity: IdNumber | None  # None when the stored number is kept unchanged
    branch_id: int
    group_id: int | None
    base: str | None
    values: dict[str, Any]


def check_input(
    s: Session, actor: Actor, data: MemberInput, keep_id: bool = False, member_id: int | None = None
) -> _Checked:
    """Every problem at once, each naming its field; raises ``ValidationError``."""
    problems: list[FieldProblem] = []
    name = remove_spaces(data.name or "")
    if not name:
        problems.append(FieldProblem(label("name"), translate("Members", "不能为空")))
    elif len(name) > 32 or any(ch.isdigit() for ch in name):
        problems.append(FieldProblem(label("name"), translate("Members", "应为 1—32 个字，不含数字")))
    identity: IdNumber | None = None
    gender = born = None
    if data.id_number is None and keep_id:
        pass
    else:
        try:
            identity = validate_id_number(data.id_number or "")
            gender, born = identity.gender, identity.birth_date
        except ValidationError as error:
            problems.append(FieldProblem(label("id_number"), error.problems[0].message))
    if data.gender and gender and data.gender != gender:
        problems.append(
            FieldProblem(
                label("gender"), translate("Members", "与身份证号第 17 位不符（奇数为男，偶数为女）")
            )
        )
    phone = None
    if data.phone and data.phone.strip():
        try:
            phone = parse_phone(data.phone)
        except CellError as error:
            problems.append(FieldProblem(label("phone"), error.message))
    employee_no = _text(data.employee_no, 32, "employee_no", problems)
    branch = s.get(OrgUnit, data.branch_id) if data.branch_id is not None else None
    if branch is None or branch.kind != UnitKind.BRANCH or not branch.active:
        problems.append(FieldProblem(label("branch"), translate("Members", "请选择分工会")))
    elif not actor.can_see_branch(branch.id):
        problems.append(FieldProblem(label("branch"), translate("Members", "无权在该分工会登记会员")))
    group_id = data.group_id
    if group_id is not None and branch is not None:
        group = s.get(OrgUnit, group_id)
        if group is None or group.parent_id != branch.id or not group.active:
            problems.append(FieldProblem(label("group"), translate("Members", "不属于所选分工会")))
    if data.join_date is None:
        problems.append(FieldProblem(label("join_date"), translate("Members", "不能为空")))
    today = date.today()
    for key, value in (("hire_date", data.hire_date), ("join_date", data.join_date)):
        if value is not None and value > today:
            problems.append(FieldProblem(label(key), translate("Members", "不能晚于今天")))
        if value is not None and born is not None and value < born:
            problems.append(FieldProblem(label(key), translate("Members", "不能早于出生日期")))
    values: dict[str, Any] = {
        "employee_no": employee_no.upper() if employee_no else None,
        "phone": phone,
        "trade": _text(data.trade, 64, "trade", problems),
        "education": _text(data.education, 32, "education", problems),
        "hire_date": data.hire_date,
        "join_date": data.join_date,
        "notes": _text(data.notes, 2000, "notes", problems),
    }
    if data.realname is not None:
        values.update(check_realname(data.realname, problems))
    card_no = remove_spaces(data.card_no or "").upper() or None
    if card_no is not None:
        current = s.get(Member, member_id) if member_id is not None else None
        stored = current.card_no if current is not None else None
        problem = None if card_no == stored else cards.typed_problem(s, card_no, member_id)
        if problem:
            problems.append(FieldProblem(label("card_no"), problem))
        values["card_no"] = card_no
    family = _check_family(data.family, problems)
    if problems:
        raise ValidationError(problems)
    base = normalize_text(data.base) if data.base else None
    assert branch is not None
    values["family"] = family
    return _Checked(name, identity, branch.id, group_id, base or branch.base, values)


def _check_family(
    family: tuple[FamilyInfo, ...] | None, problems: list[FieldProblem]
) -> list[FamilyInfo] | None:
    if family is None:
        return None
    out = []
    for n, relative in enumerate(family, start=1):
        where = translate("Members", "第 {n} 位：").format(n=n)
        name = remove_spaces(relative.name or "")
        if not name:
            problems.append(FieldProblem(label("family"), where + translate("Members", "姓名不能为空")))
            continue
        if relative.relation not in set(Relation):
            problems.append(FieldProblem(label("family"), where + translate("Members", "请选择关系")))
            continue
        number, born = None, relative.birth_date
        if relative.id_number and relative.id_number.strip():
            try:
                parsed = validate_id_number(relative.id_number)
                number, born = parsed.number, parsed.birth_date
            except ValidationError as error:
                problems.append(FieldProblem(label("family"), where + error.problems[0].message))
                continue
        out.append(
            FamilyInfo(relative.relation, name, number, born, normalize_text(relative.notes or "") or None)
        )
    return out


def _refuse_duplicate(s: Session, actor: Actor, number: str, exclude: int | None = None) -> None:
    existing = s.execute(select(Member).where(Member.id_hash == id_hashes(number)[0])).scalar_one_or_none()
    if existing is None or existing.id == exclude:
        return
    active = MemberStatus(existing.status).in_register
    visible = actor.can_see_branch(existing.branch_id)
    status = MemberStatus(existing.status).label
    if active and not visible:
        message = translate("Members", "该身份证号已是其他分工会的会员，请联系该分工会办理调动。")
    elif active:
        message = translate("Members", "该身份证号已登记为会员（{status}）：{name}。").format(
            name=existing.name, status=status
        )
    elif existing.status == MemberStatus.DECEASED:
        message = translate("Members", "该身份证号属于已登记去世的会员，不能再次登记。")
    elif visible:
        message = translate("Members", "{name} 曾是会员（{status}），可以恢复其会籍而不必新建记录。").format(
            name=existing.name, status=status
        )
    else:
        message = translate(
            "Members", "此人曾在其他分工会登记（{status}），可以恢复其会籍并加入本分工会。"
        ).format(status=status)
    raise ExistingMember(
        message, existing.id, existing.version, active or existing.status == MemberStatus.DECEASED
    )


def _save_family(s: Session, member_id: int, family: list[FamilyInfo] | None) -> None:
    if family is None:
        return
    for old in s.execute(select(FamilyMember).where(FamilyMember.member_id == member_id)).scalars():
        s.delete(old)
    for relative in family:
        s.add(
            FamilyMember(
                member_id=member_id,
                relation=relative.relation,
                name=relative.name,
                id_number=relative.id_number,
                birth_date=relative.birth_date,
                notes=relative.notes,
            )
        )


def create_member(db: Database, actor: Actor, data: MemberInput) -> int:
    """Join: a new member, with a 入会 line in the history."""
    actor.require(MembersPerm.WRITE)
    with db.transaction(actor) as s:
        checked = check_input(s, actor, data)
        identity = checked.identity
        assert identity is not None  # check_input refuses a new member without a number
        _refuse_duplicate(s, actor, identity.number)
        full, initials = name_pinyin(checked.name)
        values = dict(checked.values)
        family = values.pop("family")
        member = Member(
            name=checked.name,
            name_pinyin=full,
            name_initials=initials,
            gender=identity.gender,
            id_number=identity.number,
            birth_date=identity.birth_date,
            branch_id=checked.branch_id,
            group_id=checked.group_id,
            base=checked.base,
            status=MemberStatus.ACTIVE,
            **values,
        )
        s.add(member)
        s.flush()
        s.add(
            MemberEvent(
                member_id=member.id,
                kind=EventKind.JOIN,
                event_date=member.join_date,
                to_branch_id=member.branch_id,
                to_group_id=member.group_id,
                to_status=MemberStatus.ACTIVE,
                recorded_by_id=actor.user_id,
            )
        )
        _save_family(s, member.id, family)
        return member.id


def update_member(
    db: Database, actor: Actor, member_id: int, expected_version: int, data: MemberInput
) -> None:
    """Edit the record. A change of branch or group here is recorded as a transfer in the history."""
    actor.require(MembersPerm.WRITE)
    with db.transaction(actor) as s:
        member = load_member(s, actor, member_id)
        check_version(s, member, expected_version)
        keep_id = data.id_number is None or not actor.can(MembersPerm.UNMASK)
        checked = check_input(
            s, actor, data if not keep_id else _without_id(data), keep_id=keep_id, member_id=member.id
        )
        identity = checked.identity
        if identity is not None and identity.number != member.id_number:
            _refuse_duplicate(s, actor, identity.number, exclude=member.id)
            member.id_number = identity.number
            member.gender, member.birth_date = identity.gender, identity.birth_date
        if checked.name != member.name:
            member.name = checked.name
            member.name_pinyin, member.name_initials = name_pinyin(checked.name)
        if (checked.branch_id, checked.group_id) != (member.branch_id, member.group_id):
            s.add(
                MemberEvent(
                    member_id=member.id,
                    kind=EventKind.TRANSFER,
                    event_date=date.today(),
                    from_branch_id=member.branch_id,
                    from_group_id=member.group_id,
                    to_branch_id=checked.branch_id,
                    to_group_id=checked.group_id,
                    reason=translate("Members", "在会员信息中修改"),
                    recorded_by_id=actor.user_id,
                )
            )
            member.branch_id, member.group_id = checked.branch_id, checked.group_id
        member.base = checked.base
        values = dict(checked.values)
        if values["join_date"] != member.join_date:
            move_join_date(s, member, values["join_date"])
        _save_family(s, member.id, values.pop("family"))
        for key, value in values.items():
            setattr(member, key, value)
        # Family edits alone would not touch the member row; stamp it so the version moves and
        # another open form of this member notices.
        if data.family is not None and not s.is_modified(member):
            member.updated_at = utcnow()


def move_join_date(s: Session, member: Member, joined: date) -> None:
    """A corrected join date moves the 入会 line of the history with it (the monthly returns count
    from the history); it cannot pass the member's next recorded change."""
    events = (
        s.execute(
            select(MemberEvent)
            .where(MemberEvent.member_id == member.id)
            .order_by(MemberEvent.event_date, MemberEvent.id)
        )
        .scalars()
        .all()
    )
    join = next((e for e in events if e.kind in (EventKind.JOIN, EventKind.TRANSFER_IN)), None)
    later = [e.event_date for e in events if e is not join]
    if later and joined > min(later):
        raise ValidationError(
            FieldProblem(
                label("join_date"),
                translate("Members", "不能晚于此后的变动日期 {on}").format(on=min(later).isoformat()),
            )
        )
    if join is not None:
        join.event_date = joined


def _without_id(data: MemberInput) -> MemberInput:
    return replace(data, id_number=None)


@dataclass(frozen=True)
class BranchChoice:
    id: int
    name: str
    base: str | None
    groups: tuple[tuple[int, str], ...]


def org_choices(db: Database, actor: Actor, all_branches: bool = False) -> list[BranchChoice]:
    """Branches and their groups for pickers. ``all_branches``: every branch union, as the target
    of a transfer (unit names are not confidential; members of other branches stay hidden)."""
    actor.require(MembersPerm.READ)
    with db.read(actor) as s:
        units = s.execute(
            select(OrgUnit.id, OrgUnit.kind, OrgUnit.name, OrgUnit.parent_id, OrgUnit.base)
            .where(OrgUnit.active.is_(True), OrgUnit.kind.in_([UnitKind.BRANCH, UnitKind.GROUP]))
            .order_by(OrgUnit.sort_order, OrgUnit.id)
        ).all()
    groups: dict[int, list[tuple[int, str]]] = {}
    for u in units:
        if u.kind == UnitKind.GROUP and u.parent_id is not None:
            groups.setdefault(u.parent_id, []).append((u.id, u.name))
    return [
        BranchChoice(u.id, u.name, u.base, tuple(groups.get(u.id, ())))
        for u in units
        if u.kind == UnitKind.BRANCH and (all_branches or actor.can_see_branch(u.id))
    ]


def join_years(db: Database, actor: Actor) -> list[int]:
    """Years that have members joining, newest first, for the register's filter."""
    actor.require(MembersPerm.READ)
    with db.read(actor) as s:
        low, high = s.execute(
            select(func.min(Member.join_date), func.max(Member.join_date)).where(
                actor.branch_clause(Member.branch_id)
            )
        ).one()
    if low is None or high is None:
        return []
    return list(range(high.year, low.year - 1, -1))


def validate_member(db: Database, actor: Actor, data: MemberInput, member_id: int | None = None) -> None:
    """The form's checks without saving: lets the form show every problem at once, including
    those it found itself (an unreadable date) alongside the service's."""
    actor.require(MembersPerm.READ)
    with db.read(actor) as s:
        if member_id is not None:
            load_member(s, actor, member_id)
        keep = data.id_number is None or not actor.can(MembersPerm.UNMASK)
        check_input(s, actor, _without_id(data) if keep else data, keep_id=keep, member_id=member_id)
