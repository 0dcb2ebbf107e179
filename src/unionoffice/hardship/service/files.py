"""A household's file: what the form shows, the checks, the category, saving.

One file per household: a member (or a relative on the register living with them) is in at most
one file that is not closed. The category is computed here from the figures, never typed.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from unionoffice.core.audit.recorder import record_view
from unionoffice.core.auth.actor import Actor
from unionoffice.core.concurrency import check_version
from unionoffice.core.org.models import OrgUnit
from unionoffice.core.org.operations import reference_if_changed
from unionoffice.core.sequences import next_number
from unionoffice.db.database import Database
from unionoffice.foundation.contract import ListWindow
from unionoffice.foundation.errors import FieldProblem, NotFound, UserError, ValidationError
from unionoffice.foundation.i18n import translate
from unionoffice.hardship.contract import (
    FileDetail,
    FileForm,
    FileInput,
    FileSave,
    ItemInfo,
    LineRef,
    MemberChoice,
    PayoutLine,
    PersonInfo,
    StepLine,
    field_label,
)
from unionoffice.hardship.labels import Category, ItemKind, Kin, Origin, Programme, Stage, StepKind
from unionoffice.hardship.models import FileStep, HardshipFile, HouseholdItem, HouseholdPerson, Payout
from unionoffice.hardship.perms import HardshipPerm
from unionoffice.hardship.rules import Assessment, assess
from unionoffice.hardship.service.common import load_file, may_have_file, money_problem, today, user_names
from unionoffice.hardship.service.standards import all_lines, require_line, rule_in_force
from unionoffice.members.api import (
    FamilyMember,
    Member,
    MemberFilter,
    MemberStatus,
    member_source,
    relatives_on_register,
)

MAX_HOUSEHOLD = 20
LOOKUP_ROWS = 20


def file_number(s: Session, year: int) -> str:
    return f"KN{year}-{next_number(s, f'hardship.file.{year}'):04d}"


# Reading -----------------------------------------------------------------------------------------
def base_of(s: Session, member: Member) -> str:
    """The member's production base, or their branch union's (the 低保 that applies)."""
    if member.base:
        return member.base
    return s.execute(select(OrgUnit.base).where(OrgUnit.id == member.branch_id)).scalar_one_or_none() or ""


def open_file_of(s: Session, member_ids: set[int], except_file: int | None = None) -> dict[int, HardshipFile]:
    """The open (not closed) file each of ``member_ids`` is in, as the member it is under or as
    someone in the household."""
    if not member_ids:
        return {}
    wanted = sorted(member_ids)
    found: dict[int, HardshipFile] = {}
    open_files = select(HardshipFile).where(HardshipFile.stage != Stage.CLOSED)
    if except_file is not None:
        open_files = open_files.where(HardshipFile.id != except_file)
    for f in s.execute(open_files.where(HardshipFile.member_id.in_(wanted))).scalars():
        found[f.member_id] = f
    in_households = open_files.add_columns(HouseholdPerson.member_id).join(
        HouseholdPerson, HouseholdPerson.file_id == HardshipFile.id
    )
    for f, person in s.execute(in_households.where(HouseholdPerson.member_id.in_(wanted))):
        if person is not None:
            found.setdefault(person, f)
    return found


def member_choice(s: Session, member: Member) -> MemberChoice:
    branch = s.get(OrgUnit, member.branch_id)
    on_register = {link.family_id: link.relative_id for link in relatives_on_register(s, {member.id})}
    family = tuple(
        PersonInfo(relation=f.relation, name=f.name, member_id=on_register.get(f.id), family_id=f.id)
        for f in s.execute(
            select(FamilyMember).where(FamilyMember.member_id == member.id).order_by(FamilyMember.id)
        ).scalars()
    )
    existing = open_file_of(s, {member.id}).get(member.id)
    return MemberChoice(
        member.id,
        member.name,
        member.employee_no or "",
        member.branch_id,
        branch.name if branch else "",
        base_of(s, member),
        (PersonInfo(relation=Kin.SELF, name=member.name, member_id=member.id), *family),
        existing.file_no if existing else "",
    )


def find_members(db: Database, actor: Actor, text: str) -> list[MemberChoice]:
    """The register's search (name, pinyin, employee number …) for the file form's member field."""
    actor.require(HardshipPerm.WRITE)
    if not text.strip():
        return []
    source = member_source(db, actor, MemberFilter(text=text)).sorted_by("name")
    ids = [row_id for row_id, _ in source.page(ListWindow(0, LOOKUP_ROWS, count=False)).rows]
    with db.read(actor) as s:
        members = {m.id: m for m in s.execute(select(Member).where(Member.id.in_(ids))).scalars()}
        return [
            member_choice(s, members[i]) for i in ids if i in members and may_have_file(members[i].status)
        ]


def _people(s: Session, file_id: int) -> list[HouseholdPerson]:
    return list(
        s.execute(
            select(HouseholdPerson)
            .where(HouseholdPerson.file_id == file_id)
            .order_by(HouseholdPerson.position)
        ).scalars()
    )


def _items(s: Session, file_id: int) -> list[HouseholdItem]:
    return list(
        s.execute(
            select(HouseholdItem).where(HouseholdItem.file_id == file_id).order_by(HouseholdItem.position)
        ).scalars()
    )


def totals(items: list[ItemInfo]) -> tuple[int, int]:
    income = sum(i.yearly_fen for i in items if i.kind == ItemKind.INCOME)
    return income, sum(i.yearly_fen for i in items if i.kind == ItemKind.EXPENSE)


def detail(s: Session, actor: Actor, f: HardshipFile) -> FileDetail:
    member = s.get(Member, f.member_id)
    branch = s.get(OrgUnit, f.branch_id)
    shown = actor.can(HardshipPerm.DETAILS)
    base = FileDetail(
        id=f.id,
        file_no=f.file_no,
        member_id=f.member_id,
        member_name=member.name if member else "",
        employee_no=(member.employee_no or "") if member else "",
        branch_id=f.branch_id,
        branch_name=branch.name if branch else "",
        base=f.base,
        origin=Origin(f.origin),
        stage=f.stage,
        category=f.category,
        opened_on=f.opened_on,
        assessed_on=f.assessed_on,
        household_size=f.household_size,
        line_fen=f.line_fen,
        sudden=f.sudden,
        visited_on=f.visited_on,
        notice_from=f.notice_from,
        notice_until=f.notice_until,
        approved_on=f.approved_on,
        review_due=f.review_due,
        closed_on=f.closed_on,
        close_reason=f.close_reason,
        follow_up_until=f.follow_up_until,
        version=f.version,
        details_shown=shown,
    )
    step_rows = list(
        s.execute(
            select(FileStep).where(FileStep.file_id == f.id).order_by(FileStep.step_on, FileStep.id)
        ).scalars()
    )
    names = user_names(s, {r.recorded_by_id for r in step_rows})
    steps = tuple(
        StepLine(
            StepKind(r.kind),
            r.step_on,
            r.note if shown else "",
            names.get(r.recorded_by_id or 0, ""),
            r.category,
        )
        for r in step_rows
    )
    if not shown:
        return replace(base, steps=steps)
    people = _people(s, f.id)
    person_names = {p.id: p.person_name for p in people}
    items = tuple(ItemInfo(ItemKind(i.kind), i.item, int(i.yearly_fen), i.evidence) for i in _items(s, f.id))
    income, expense = totals(list(items))
    payouts = tuple(
        PayoutLine(
            p.id,
            Programme(p.programme),
            p.year,
            p.paid_on,
            p.amount_fen,
            person_names.get(p.person_id or 0, ""),
            p.note,
        )
        for p in s.execute(
            select(Payout).where(Payout.file_id == f.id).order_by(Payout.paid_on, Payout.id)
        ).scalars()
    )
    return replace(
        base,
        cause=f.cause,
        per_head_fen=int(f.per_head_fen) if f.per_head_fen not in (None, "") else None,
        income_fen=income,
        expense_fen=expense,
        people=tuple(
            PersonInfo(p.relation, p.person_name, p.member_id, p.family_id, p.situation, p.student, p.id)
            for p in people
        ),
        items=items,
        steps=steps,
        payouts=payouts,
    )


def open_form(
    db: Database, actor: Actor, file_id: int | None, member_id: int | None, org_stamp: str | None
) -> FileForm:
    """Everything the file form shows, in one read: the file (or the member a new one is for),
    the 低保 figures for the preview, the org reference when the screen's copy is old."""
    actor.require(HardshipPerm.READ)
    with db.read(actor) as s:
        org = reference_if_changed(s, actor, org_stamp)
        found: FileDetail | None = None
        member: MemberChoice | None = None
        if file_id is not None:
            f = load_file(s, actor, file_id)
            found = detail(s, actor, f)
            shown_member = s.get(Member, f.member_id)
            member = member_choice(s, shown_member) if shown_member is not None else None
        elif member_id is not None:
            actor.require(HardshipPerm.WRITE)
            candidate = s.get(Member, member_id)
            if candidate is None or not actor.can_see_branch(candidate.branch_id):
                raise NotFound(translate("Hardship", "找不到该会员。"))
            member = member_choice(s, candidate)
        lines = tuple(LineRef(r.base, r.effective_from, r.monthly_fen) for r in all_lines(s))
        relative_pct = rule_in_force(s, today()).relative_pct
    if found is not None and found.details_shown:
        record_view(db, actor, HardshipFile.__tablename__, found.id, found.file_no)
    return FileForm(found, member, lines, relative_pct, actor.can(HardshipPerm.DETAILS), org)


# Checking ----------------------------------------------------------------------------------------
def _text_problem(label: str, text: str, limit: int, required: bool = False) -> FieldProblem | None:
    if required and not text.strip():
        return FieldProblem(label, translate("Hardship", "必须填写"))
    if len(text) > limit:
        return FieldProblem(label, translate("Hardship", "不能超过 {n} 个字").format(n=limit))
    return None


def input_problems(data: FileInput) -> list[FieldProblem]:
    """What can be checked without the database."""
    problems: list[FieldProblem] = []
    if data.member_id is None:
        problems.append(FieldProblem(field_label("member"), translate("Hardship", "请选择建档的会员")))
    size = data.household_size
    income = [i for i in data.items if i.kind == ItemKind.INCOME]
    if size is None and income:
        problems.append(
            FieldProblem(
                field_label("household_size"),
                translate("Hardship", "填写了家庭收入，必须同时填写家庭人口数：困难类别按家庭人均收入认定"),
            )
        )
    elif size is not None and not 1 <= size <= MAX_HOUSEHOLD:
        problems.append(
            FieldProblem(
                field_label("household_size"),
                translate("Hardship", "应在 1 到 {n} 人之间").format(n=MAX_HOUSEHOLD),
            )
        )
    elif size is not None and len(data.people) > size:
        problems.append(
            FieldProblem(
                field_label("household_size"),
                translate("Hardship", "家庭成员表列了 {n} 人，多于家庭人口数 {size}").format(
                    n=len(data.people), size=size
                ),
            )
        )
    for n, person in enumerate(data.people, start=1):
        where = translate("Hardship", "家庭成员第 {n} 行").format(n=n)
        problem = _text_problem(where, person.name, 64, required=True)
        if problem is None and person.relation not in set(Kin):
            problem = FieldProblem(where, translate("Hardship", "关系“{r}”不正确").format(r=person.relation))
        if problem is None:
            problem = _text_problem(where, person.situation, 200)
        if problem:
            problems.append(problem)
    for n, entry in enumerate(data.items, start=1):
        where = translate("Hardship", "{kind}第 {n} 行").format(kind=ItemKind(entry.kind).label, n=n)
        problem = _text_problem(where, entry.item, 64, required=True) or money_problem(
            where, entry.yearly_fen
        )
        if problem is None:
            problem = _text_problem(where, entry.evidence, 200)
        if problem:
            problems.append(problem)
    for key, text, limit in (("cause", data.cause, 1000), ("note", data.note, 1000)):
        problem = _text_problem(field_label(key), text, limit)
        if problem:
            problems.append(problem)
    for key, day in (("assessed_on", data.assessed_on), ("opened_on", data.opened_on)):
        if day is not None and day > today():
            problems.append(FieldProblem(field_label(key), translate("Hardship", "不能晚于今天")))
    if data.opened_on is not None and data.assessed_on is not None and data.assessed_on < data.opened_on:
        problems.append(
            FieldProblem(field_label("assessed_on"), translate("Hardship", "不能早于申请/推荐日期"))
        )
    return problems


def assessment_of(s: Session, base: str, on: date, data: FileInput) -> Assessment | None:
    """The household's category from its figures, or None while the household size is not known.
    A base without a 低保 figure in force is refused by name (no default is ever used)."""
    if data.household_size is None:
        return None
    if not base:
        raise ValidationError(
            FieldProblem(
                field_label("base"),
                translate("Hardship", "该会员和所在分工会都没有登记基地，无法确定适用的低保标准"),
            )
        )
    line = require_line(s, base, on)
    income, expense = totals(list(data.items))
    return assess(
        income, expense, data.household_size, line.monthly_fen, rule_in_force(s, on).relative_pct, data.sudden
    )


def _household_problems(
    s: Session, member: Member, data: FileInput, file_id: int | None
) -> list[FieldProblem]:
    problems: list[FieldProblem] = []
    linked = {p.member_id for p in data.people if p.member_id is not None}
    people = {m.id: m for m in s.execute(select(Member).where(Member.id.in_(sorted(linked)))).scalars()}
    for n, person in enumerate(data.people, start=1):
        if person.member_id is not None and person.member_id not in people:
            problems.append(
                FieldProblem(
                    translate("Hardship", "家庭成员第 {n} 行").format(n=n),
                    translate("Hardship", "关联的会员不存在"),
                )
            )
    clash = open_file_of(s, linked | {member.id}, file_id)
    for member_id, other in sorted(clash.items()):
        who = people.get(member_id, member).name if member_id != member.id else member.name
        problems.append(
            FieldProblem(
                field_label("member") if member_id == member.id else field_label("people"),
                translate("Hardship", "{name} 的家庭已有困难档案 {no}（{stage}），一户只建一份档案").format(
                    name=who, no=other.file_no, stage=Stage(other.stage).label
                ),
            )
        )
    return problems


# Saving ------------------------------------------------------------------------------------------
def save_file(db: Database, actor: Actor, request: FileSave) -> int:
    """A new file (``file_id`` None) or changes to one at ``version``; returns the file's id."""
    actor.require(HardshipPerm.WRITE)
    actor.require(HardshipPerm.DETAILS)
    data = request.data
    problems = input_problems(data)
    if problems:
        raise ValidationError(problems)
    assert data.member_id is not None
    with db.transaction(actor) as s:
        f: HardshipFile | None = None
        if request.file_id is not None:
            f = load_file(s, actor, request.file_id)
            check_version(s, f, request.version)
            if f.stage == Stage.CLOSED:
                raise UserError(translate("Hardship", "档案 {no} 已销档，不能再修改。").format(no=f.file_no))
            if f.stage == Stage.NOTICE:
                raise UserError(
                    translate(
                        "Hardship", "档案 {no} 正在公示（至 {until}），公示的内容不能修改；公示结束后再修改。"
                    ).format(no=f.file_no, until=f.notice_until)
                )
            if f.member_id != data.member_id:
                raise ValidationError(
                    FieldProblem(field_label("member"), translate("Hardship", "已建档案不能改挂到其他会员"))
                )
        member = s.get(Member, data.member_id)
        if member is None or not actor.can_see_branch(member.branch_id if f is None else f.branch_id):
            raise NotFound(translate("Hardship", "找不到该会员。"))
        if f is None and not may_have_file(member.status):
            raise ValidationError(
                FieldProblem(
                    field_label("member"),
                    translate("Hardship", "{name} 的会籍状态为“{status}”，不能建立困难档案").format(
                        name=member.name, status=MemberStatus(member.status).label
                    ),
                )
            )
        problems = _household_problems(s, member, data, f.id if f else None)
        if problems:
            raise ValidationError(problems)
        opened = f.opened_on if f is not None else data.opened_on or today()
        on = data.assessed_on or (today() if f is not None else opened)
        if on < opened:
            raise ValidationError(
                FieldProblem(field_label("assessed_on"), translate("Hardship", "不能早于申请/推荐日期"))
            )
        base = f.base if f is not None else base_of(s, member)
        found = assessment_of(s, base, on, data)
        if f is None:
            f = HardshipFile(
                file_no=file_number(s, opened.year),
                member_id=member.id,
                branch_id=member.branch_id,
                base=base,
                origin=data.origin,
                stage=Stage.PROPOSED,
                opened_on=opened,
                assessed_on=on,
            )
            s.add(f)
            s.flush()
            s.add(
                FileStep(
                    file_id=f.id,
                    kind=StepKind.OPENED,
                    step_on=opened,
                    note=data.note.strip(),
                    recorded_by_id=actor.user_id,
                )
            )
        f.assessed_on = on
        f.household_size = data.household_size
        f.sudden = data.sudden
        f.cause = data.cause.strip()
        f.line_fen = found.line_fen if found else None
        f.per_head_fen = str(found.per_head_fen) if found else None
        f.category = found.category if found else Category.NONE
        _replace_people(s, f, data.people)
        _replace_items(s, f, data.items)
        s.flush()
        return f.id


def _replace_people(s: Session, f: HardshipFile, people: tuple[PersonInfo, ...]) -> None:
    """People keep their ids (a 金秋助学 payout names its student); removed ones go unless paid."""
    existing = {p.id: p for p in _people(s, f.id)}
    kept = {p.id for p in people if p.id is not None}
    unknown = kept - set(existing)
    if unknown:
        raise ValidationError(
            FieldProblem(field_label("people"), translate("Hardship", "家庭成员已被他人修改，请重新打开档案"))
        )
    removed = set(existing) - kept
    if removed:
        paid = {
            person
            for person in s.execute(
                select(Payout.person_id).where(Payout.person_id.in_(sorted(removed)))
            ).scalars()
            if person is not None
        }
        if paid:
            names = "、".join(existing[i].person_name for i in sorted(paid))
            raise ValidationError(
                FieldProblem(
                    field_label("people"),
                    translate("Hardship", "{names} 已有助学发放记录，不能从家庭成员中删除").format(
                        names=names
                    ),
                )
            )
        for person_id in removed:
            s.delete(existing[person_id])
    for position, info in enumerate(people, start=1):
        row = existing[info.id] if info.id is not None else HouseholdPerson(file_id=f.id)
        row.position = position
        row.member_id = info.member_id
        row.family_id = info.family_id
        row.relation = info.relation
        row.person_name = info.name.strip()
        row.situation = info.situation.strip()
        row.student = info.student
        if info.id is None:
            s.add(row)


def _replace_items(s: Session, f: HardshipFile, items: tuple[ItemInfo, ...]) -> None:
    for old in _items(s, f.id):
        s.delete(old)
    s.flush()
    s.add_all(
        HouseholdItem(
            file_id=f.id,
            position=position,
            kind=item.kind,
            item=item.item.strip(),
            yearly_fen=str(item.yearly_fen),
            evidence=item.evidence.strip(),
        )
        for position, item in enumerate(items, start=1)
    )
