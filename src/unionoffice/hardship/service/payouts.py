"""Help paid to households: 送温暖 at the Spring Festival (one a year per household, also in a
batch at the amounts the committee set per category), 金秋助学 for a child at school, and
emergency help; the yearly totals per household and per programme."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import distinct, func, select
from sqlalchemy.orm import Session, aliased

from unionoffice.core.auth.actor import Actor
from unionoffice.core.concurrency import check_version
from unionoffice.core.listing import QuerySource
from unionoffice.core.org.models import OrgUnit
from unionoffice.db.database import Database
from unionoffice.foundation.contract import Page
from unionoffice.foundation.errors import FieldProblem, NotFound, ValidationError
from unionoffice.foundation.i18n import translate
from unionoffice.foundation.money import format_fen
from unionoffice.hardship.contract import (
    BatchDone,
    BatchInput,
    Household,
    HouseholdTotal,
    PayoutFilter,
    PayoutForm,
    PayoutInput,
    ProgrammeTotal,
    Student,
    YearTotals,
    field_label,
    payout_columns,
)
from unionoffice.hardship.labels import ELIGIBLE, OPEN_STAGES, Category, Programme, Stage
from unionoffice.hardship.models import HardshipFile, HouseholdPerson, Payout
from unionoffice.hardship.perms import HardshipPerm
from unionoffice.hardship.service.common import load_file, money_problem, today
from unionoffice.hardship.service.register import text_clause
from unionoffice.members.api import Member


# Checks ------------------------------------------------------------------------------------------
def input_problems(data: PayoutInput) -> list[FieldProblem]:
    problems = []
    if data.file_id is None:
        problems.append(FieldProblem(field_label("household"), translate("Hardship", "请选择困难家庭")))
    if not 2000 <= data.year <= 2100:
        problems.append(FieldProblem(field_label("year"), translate("Hardship", "年度不正确")))
    if data.paid_on is None:
        problems.append(FieldProblem(field_label("paid_on"), translate("Hardship", "必须填写")))
    elif data.paid_on > today():
        problems.append(FieldProblem(field_label("paid_on"), translate("Hardship", "不能晚于今天")))
    elif abs(data.paid_on.year - data.year) > 1:
        problems.append(
            FieldProblem(
                field_label("paid_on"),
                translate("Hardship", "发放日期 {on} 与年度 {year} 相差太远，请核对").format(
                    on=data.paid_on.isoformat(), year=data.year
                ),
            )
        )
    problem = money_problem(field_label("amount"), data.amount_fen, positive=True)
    if problem:
        problems.append(problem)
    if data.programme == Programme.SCHOOLING and data.person_id is None:
        problems.append(
            FieldProblem(
                field_label("student"),
                translate("Hardship", "金秋助学须选择受助学生（家庭成员中标为在读学生的）"),
            )
        )
    if len(data.note) > 500:
        problems.append(
            FieldProblem(field_label("note"), translate("Hardship", "不能超过 {n} 个字").format(n=500))
        )
    return problems


def _check_household(
    s: Session, f: HardshipFile, data: PayoutInput, payout_id: int | None, new_to_household: bool
) -> None:
    """``new_to_household``: a new payout, or one moved to this household or programme, must find
    the file at a stage that allows it; a correction of an earlier payout need not."""
    programme = data.programme
    if not new_to_household:
        pass
    elif programme == Programme.EMERGENCY:
        if f.stage not in OPEN_STAGES:
            raise ValidationError(
                FieldProblem(
                    field_label("household"),
                    translate("Hardship", "档案 {no} 已销档，不能再发放").format(no=f.file_no),
                )
            )
    elif f.stage != Stage.APPROVED:
        raise ValidationError(
            FieldProblem(
                field_label("household"),
                translate(
                    "Hardship", "{programme}只发给已审批建档的困难家庭；档案 {no} 当前为“{stage}”"
                ).format(programme=programme.label, no=f.file_no, stage=Stage(f.stage).label),
            )
        )
    if programme == Programme.SCHOOLING:
        student = s.get(HouseholdPerson, data.person_id) if data.person_id is not None else None
        if student is None or student.file_id != f.id or not student.student:
            raise ValidationError(
                FieldProblem(
                    field_label("student"), translate("Hardship", "受助学生须是该家庭中标为在读学生的成员")
                )
            )
    if programme == Programme.SPRING:
        earlier = s.execute(
            select(Payout).where(
                Payout.file_id == f.id,
                Payout.programme == Programme.SPRING,
                Payout.year == data.year,
                Payout.id != (payout_id or 0),
            )
        ).scalar_one_or_none()
        if earlier is not None:
            raise ValidationError(
                FieldProblem(
                    field_label("year"),
                    translate(
                        "Hardship", "档案 {no} 已登记 {year} 年送温暖（{on}，{amount} 元），每户每年一次"
                    ).format(
                        no=f.file_no,
                        year=data.year,
                        on=earlier.paid_on.isoformat(),
                        amount=format_fen(earlier.amount_fen),
                    ),
                )
            )


# Writing -----------------------------------------------------------------------------------------
def save_payout(db: Database, actor: Actor, data: PayoutInput, payout_id: int | None, version: int) -> int:
    actor.require(HardshipPerm.WRITE)
    problems = input_problems(data)
    if problems:
        raise ValidationError(problems)
    assert data.file_id is not None and data.paid_on is not None and data.amount_fen is not None
    with db.transaction(actor) as s:
        f = load_file(s, actor, data.file_id)
        payout: Payout | None = None
        if payout_id is not None:
            payout = _load(s, actor, payout_id)
            check_version(s, payout, version)
        moved = payout is None or payout.file_id != f.id or payout.programme != data.programme
        _check_household(s, f, data, payout_id, moved)
        if payout is None:
            payout = Payout()
            s.add(payout)
        payout.file_id = f.id
        payout.branch_id = f.branch_id
        payout.programme = data.programme
        payout.year = data.year
        payout.paid_on = data.paid_on
        payout.amount_fen = data.amount_fen
        payout.person_id = data.person_id if data.programme == Programme.SCHOOLING else None
        payout.note = data.note.strip()
        s.flush()
        return payout.id


def _load(s: Session, actor: Actor, payout_id: int) -> Payout:
    found = s.get(Payout, payout_id)
    if found is None or not actor.can_see_branch(found.branch_id):
        raise NotFound(translate("Hardship", "找不到该发放记录。"))
    return found


def delete_payout(db: Database, actor: Actor, payout_id: int, version: int) -> None:
    actor.require(HardshipPerm.WRITE)
    with db.transaction(actor) as s:
        payout = _load(s, actor, payout_id)
        check_version(s, payout, version)
        s.delete(payout)


def batch_spring(db: Database, actor: Actor, request: BatchInput) -> BatchDone:
    """送温暖 for every approved household in scope that has none in ``year``."""
    actor.require(HardshipPerm.WRITE)
    amounts = {a.category: a.amount_fen for a in request.amounts}
    problems = []
    for category in ELIGIBLE:
        problem = money_problem(category.label, amounts.get(category), positive=True)
        if problem:
            problems.append(problem)
    template = PayoutInput(
        file_id=0,
        programme=Programme.SPRING,
        year=request.year,
        paid_on=request.paid_on,
        amount_fen=1,
        note=request.note,
    )
    problems += input_problems(template)
    if problems:
        raise ValidationError(problems)
    if request.branch_id is not None:
        actor.require_branch(request.branch_id)
    assert request.paid_on is not None
    with db.transaction(actor) as s:
        files = select(HardshipFile).where(
            HardshipFile.stage == Stage.APPROVED, actor.branch_clause(HardshipFile.branch_id)
        )
        if request.branch_id is not None:
            files = files.where(HardshipFile.branch_id == request.branch_id)
        had = set(
            s.execute(
                select(Payout.file_id).where(
                    Payout.programme == Programme.SPRING, Payout.year == request.year
                )
            ).scalars()
        )
        made = total = already = 0
        for f in s.execute(files.order_by(HardshipFile.id)).scalars():
            if f.id in had:
                already += 1
                continue
            amount = amounts[Category(f.category)] if f.category in amounts else None
            if amount is None:
                continue
            s.add(
                Payout(
                    file_id=f.id,
                    branch_id=f.branch_id,
                    programme=Programme.SPRING,
                    year=request.year,
                    paid_on=request.paid_on,
                    amount_fen=amount,
                    note=request.note.strip(),
                )
            )
            made += 1
            total += amount
        return BatchDone(made, total, already)


# Reading -----------------------------------------------------------------------------------------
def _household_label(file_no: str, name: str, category: str) -> str:
    return f"{file_no} {name}（{Category(category).label}）"


def open_form(db: Database, actor: Actor, payout_id: int | None, file_id: int | None) -> PayoutForm:
    """The payout (or a blank one, for ``file_id`` when given) and the households it can go to."""
    actor.require(HardshipPerm.READ)
    with db.read(actor) as s:
        data: PayoutInput | None = None
        version = 0
        if payout_id is not None:
            p = _load(s, actor, payout_id)
            data = PayoutInput(
                file_id=p.file_id,
                programme=Programme(p.programme),
                year=p.year,
                paid_on=p.paid_on,
                amount_fen=p.amount_fen,
                person_id=p.person_id,
                note=p.note,
            )
            version = p.version
        elif file_id is not None:
            load_file(s, actor, file_id)
        wanted = (HardshipFile.stage.in_(OPEN_STAGES)) | (
            HardshipFile.id == (data.file_id if data else file_id or 0)
        )
        rows = s.execute(
            select(
                HardshipFile.id, HardshipFile.file_no, Member.name, HardshipFile.category, HardshipFile.stage
            )
            .join(Member, Member.id == HardshipFile.member_id)
            .where(wanted, actor.branch_clause(HardshipFile.branch_id))
            .order_by(HardshipFile.file_no)
        )
        households = [
            (fid, _household_label(no, name, cat), stage == Stage.APPROVED)
            for fid, no, name, cat, stage in rows
        ]
        students: dict[int, list[Student]] = {}
        if actor.can(HardshipPerm.DETAILS):
            ids = [h[0] for h in households]
            for person in s.execute(
                select(HouseholdPerson)
                .where(HouseholdPerson.file_id.in_(ids), HouseholdPerson.student.is_(True))
                .order_by(HouseholdPerson.position)
            ).scalars():
                students.setdefault(person.file_id, []).append(Student(person.id, person.person_name))
    return PayoutForm(
        data,
        version,
        [
            Household(fid, label, approved, tuple(students.get(fid, ())))
            for fid, label, approved in households
        ],
    )


def payout_source(db: Database, actor: Actor, flt: PayoutFilter) -> QuerySource:
    actor.require(HardshipPerm.READ)
    branch = aliased(OrgUnit)
    criteria = [actor.branch_clause(Payout.branch_id)]
    if flt.year is not None:
        criteria.append(Payout.year == flt.year)
    if flt.programme:
        criteria.append(Payout.programme == flt.programme)
    if flt.branch_id is not None:
        criteria.append(Payout.branch_id == flt.branch_id)
    clause = text_clause(flt.text)
    if clause is not None:
        criteria.append(clause)
    query = (
        select(
            Payout.id,
            Payout.paid_on,
            Payout.programme,
            Payout.year,
            HardshipFile.file_no,
            Member.name,
            branch.name,
            HardshipFile.category,
            Payout.amount_fen,
            Payout.person_id,
        )
        .join(HardshipFile, HardshipFile.id == Payout.file_id)
        .join(Member, Member.id == HardshipFile.member_id)
        .join(branch, branch.id == Payout.branch_id)
        .where(*criteria)
    )
    sort = {
        "paid_on": Payout.paid_on,
        "programme": Payout.programme,
        "year": Payout.year,
        "file_no": HardshipFile.file_no,
        "name": Member.name_pinyin,
        "branch": branch.sort_order,
        "category": HardshipFile.category,
        "amount": Payout.amount_fen,
    }

    def fmt(row: Sequence[Any]) -> tuple[Any, ...]:
        paid, programme, year, file_no, name, branch_name, category, amount, person = row
        return (
            str(paid),
            Programme(programme).label,
            year,
            file_no,
            name,
            branch_name,
            Category(category).label,
            format_fen(amount),
            person,  # the student's id; ``page`` puts the (encrypted) name in its place
        )

    return QuerySource(
        db,
        query,
        payout_columns(),
        sort,
        default_order=(Payout.paid_on.desc(), Payout.id.desc()),
        formatter=fmt,
    )


def payout_page(db: Database, actor: Actor, source: QuerySource, window: Any) -> Page:
    """A page of payouts with the students' names, opened through the ORM (they are encrypted)."""
    found = source.page(window)
    person_ids = sorted({values[-1] for _id, values in found.rows if isinstance(values[-1], int)})
    names: dict[int, str] = {}
    if person_ids and actor.can(HardshipPerm.DETAILS):
        with db.read(actor) as s:
            names = {
                p.id: p.person_name
                for p in s.execute(
                    select(HouseholdPerson).where(HouseholdPerson.id.in_(person_ids))
                ).scalars()
            }
    rows = [
        (row_id, (*values[:-1], names.get(values[-1], "") if isinstance(values[-1], int) else ""))
        for row_id, values in found.rows
    ]
    return Page(rows, found.offset, found.total)


def payout_years(db: Database, actor: Actor) -> list[int]:
    with db.read(actor) as s:
        years = set(
            s.execute(select(Payout.year).distinct().where(actor.branch_clause(Payout.branch_id))).scalars()
        )
    years.add(today().year)
    return sorted(years, reverse=True)


def year_totals(db: Database, actor: Actor, year: int, branch_id: int | None = None) -> YearTotals:
    """Per household and per programme, the help paid in ``year``."""
    actor.require(HardshipPerm.READ)
    if branch_id is not None:
        actor.require_branch(branch_id)
    branch = aliased(OrgUnit)
    scope = [Payout.year == year, actor.branch_clause(Payout.branch_id)]
    if branch_id is not None:
        scope.append(Payout.branch_id == branch_id)
    order = list(Programme)
    with db.read(actor) as s:
        rows = s.execute(
            select(
                HardshipFile.id,
                HardshipFile.file_no,
                Member.name,
                branch.name,
                HardshipFile.category,
                Payout.programme,
                func.sum(Payout.amount_fen),
            )
            .join(HardshipFile, HardshipFile.id == Payout.file_id)
            .join(Member, Member.id == HardshipFile.member_id)
            .join(branch, branch.id == Payout.branch_id)
            .where(*scope)
            .group_by(
                HardshipFile.id,
                HardshipFile.file_no,
                Member.name,
                branch.name,
                branch.sort_order,
                HardshipFile.category,
                Payout.programme,
            )
            .order_by(branch.sort_order, HardshipFile.file_no)
        )
        per_file: dict[int, dict[str, Any]] = {}
        for file_id, file_no, name, branch_name, category, programme, fen in rows:
            entry = per_file.setdefault(
                file_id,
                {
                    "no": file_no,
                    "name": name,
                    "branch": branch_name,
                    "category": category,
                    "fen": [0] * len(order),
                },
            )
            entry["fen"][order.index(Programme(programme))] += int(fen)
        programmes = {
            Programme(p): (int(h), int(n), int(fen))
            for p, h, n, fen in s.execute(
                select(
                    Payout.programme,
                    func.count(distinct(Payout.file_id)),
                    func.count(),
                    func.sum(Payout.amount_fen),
                )
                .where(*scope)
                .group_by(Payout.programme)
            )
        }
    households = [
        HouseholdTotal(
            file_id,
            e["no"],
            e["name"],
            e["branch"],
            e["category"],
            tuple(e["fen"]),
            sum(e["fen"]),
        )
        for file_id, e in per_file.items()
    ]
    return YearTotals(
        year,
        households,
        [ProgrammeTotal(p, *programmes.get(p, (0, 0, 0))) for p in order],
    )
