"""Dues from the monthly payroll sheet (工资表): one line per member and month.

``plan_payroll`` reads the sheet through the shared importer, finds each employee number in the
register, computes the dues by the rule in force for the month, compares with the month's lines
already recorded (a month imported again is a replacement: the preview lists every difference)
and writes nothing. ``apply_payroll`` writes the plan in one transaction.

- 在会 members on the sheet: dues withheld from the wage (代扣), so paid; when the sheet has a
  代扣会费 column, a 0 there means nothing was withheld (unpaid) and any other amount must equal
  the dues computed by the rule.
- 保留会籍 members: exempt (0); a withheld amount for them is refused.
- 在会 members of the clerk's branch unions who are not on the sheet: unpaid that month (they
  may pay at the office later). Members whose row was refused get no line.
- A replacement keeps dues a member paid in cash at the office.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import delete, func, insert, select
from sqlalchemy.orm import Session

from unionoffice.core.audit.recorder import record
from unionoffice.core.auth.actor import Actor
from unionoffice.core.org.labels import UnitKind
from unionoffice.core.org.models import OrgUnit
from unionoffice.db.database import Database
from unionoffice.dues.contract import field_label
from unionoffice.dues.labels import DuesStatus, PaidVia
from unionoffice.dues.models import DuesLine, PayrollImport
from unionoffice.dues.perms import DuesPerm
from unionoffice.dues.rulebook import dues_rate_on
from unionoffice.dues.rules import DuesRate, first_of_month, month_label
from unionoffice.foundation.errors import FieldProblem, UserError, ValidationError
from unionoffice.foundation.i18n import translate
from unionoffice.foundation.importer import (
    Column,
    ImportMode,
    ImportPreview,
    find_header,
    money_parser,
    parse_name,
    parse_rows,
    read_table,
    rows_to_apply,
    text_parser,
    write_template,
)
from unionoffice.foundation.importer.preview import FieldChange, ImportOutcome
from unionoffice.foundation.money import Money, format_fen
from unionoffice.foundation.progress import NO_PROGRESS, Progress
from unionoffice.members.api import Member, MemberStatus

DELETE_CHUNK = 500


def import_columns() -> list[Column]:
    return [
        Column(
            "employee_no",
            field_label("employee_no"),
            ("员工编号", "职工编号", "人员编号", "员工号", "工号/编号"),
            parser=text_parser(32),
            unique=True,
            text=True,
            hint=translate("Dues", "与会员名册中的工号一致"),
        ),
        Column("name", field_label("name"), ("员工姓名", "职工姓名"), required=False, parser=parse_name),
        Column(
            "wage",
            field_label("wage"),
            ("基本工资", "月基本工资", "会费基数", "缴费基数", "会费计缴基数"),
            parser=money_parser(),
            hint=translate("Dues", "当月基本工资（元），不含奖金、津贴"),
        ),
        Column(
            "deducted",
            field_label("deducted"),
            ("已扣会费", "会费扣款", "扣会费", "代扣工会会费", "工会会费"),
            required=False,
            parser=money_parser(),
            hint=translate("Dues", "选填：工资中实际代扣的会费；0 表示本月未扣。不填此列则视为已按标准代扣"),
        ),
    ]


def write_payroll_template(path: str | Path) -> None:
    write_template(path, import_columns(), [["E100001", "张伟", "5236.00", "26.15"]])


@dataclass(frozen=True)
class PlannedLine:
    member_id: int
    name: str
    branch_id: int
    group_id: int | None
    employee_no: str | None
    wage_fen: int | None
    dues_fen: int | None
    status: DuesStatus
    row_number: int | None  # None: an active member not on the sheet
    paid_via: PaidVia | None = None
    paid_on: date | None = None
    paid_fen: int | None = None


@dataclass(frozen=True)
class ExistingLine:
    id: int
    wage_fen: int | None
    dues_fen: int | None
    status: str
    paid_via: str | None
    paid_on: date | None
    paid_fen: int | None


@dataclass(frozen=True)
class LineChange:
    row_number: int
    shown: str  # 张伟（E100001）
    changes: tuple[FieldChange, ...]


@dataclass
class PayrollPlan:
    source: str
    month: date
    rate: DuesRate
    preview: ImportPreview
    new: list[PlannedLine] = field(default_factory=list)  # members without a line this month
    replacing: list[tuple[PlannedLine, ExistingLine]] = field(default_factory=list)  # lines that change
    changes: list[LineChange] = field(default_factory=list)
    unchanged: int = 0
    absent: int = 0  # active members not on the sheet (among ``new`` and ``replacing``)
    existing: int = 0  # lines of the month already recorded in scope
    last_import: str = ""  # what the earlier import was, in words
    stamp: tuple[int, int] = (0, 0)  # (count, highest id) of the month's lines in scope
    names: dict[int, str] = field(default_factory=dict)  # unit id → name
    actor_id: int | None = None

    @property
    def problems(self) -> list[FieldProblem]:
        return self.preview.problems


@dataclass(frozen=True)
class _Person:
    id: int
    name: str
    status: str
    status_date: date | None
    join_date: date
    branch_id: int
    group_id: int | None
    employee_no: str | None


def _month_end(month: date) -> date:
    following = date(month.year + month.month // 12, month.month % 12 + 1, 1)
    return date.fromordinal(following.toordinal() - 1)


def _stamp(s: Session, actor: Actor, month: date) -> tuple[int, int]:
    count, highest = s.execute(
        select(func.count(), func.coalesce(func.max(DuesLine.id), 0)).where(
            DuesLine.month == month, actor.branch_clause(DuesLine.branch_id)
        )
    ).one()
    return int(count), int(highest)


def _people(s: Session) -> tuple[dict[str, list[_Person]], list[_Person]]:
    """Members by normalised employee number, and everyone in the register."""
    by_number: dict[str, list[_Person]] = {}
    in_register: list[_Person] = []
    for row in s.execute(
        select(
            Member.id,
            Member.name,
            Member.status,
            Member.status_date,
            Member.join_date,
            Member.branch_id,
            Member.group_id,
            Member.employee_no,
        )
    ):
        person = _Person(*row)
        if person.employee_no:
            by_number.setdefault(person.employee_no.strip().upper(), []).append(person)
        if person.status in (MemberStatus.ACTIVE, MemberStatus.RETAINED):
            in_register.append(person)
    return by_number, in_register


def check_month(month: date | None) -> date:
    if month is None:
        raise ValidationError(FieldProblem(field_label("month"), translate("Dues", "请选择月份")))
    month = first_of_month(month)
    if month > first_of_month(date.today()):
        raise ValidationError(
            FieldProblem(
                field_label("month"),
                translate("Dues", "{month}还没有到，不能导入").format(month=month_label(month)),
            )
        )
    return month


def plan_payroll(
    db: Database, actor: Actor, path: str | Path, month: date | None, progress: Progress = NO_PROGRESS
) -> PayrollPlan:
    """Read and check the payroll sheet for ``month`` against the register; writes nothing."""
    actor.require(DuesPerm.WRITE)
    month = check_month(month)
    progress.step(0, 0, translate("Dues", "正在读取工资表…"))
    table = read_table(path)
    columns = import_columns()
    deducted_given = "deducted" in find_header(table, columns).positions
    preview = parse_rows(table, columns, cancelled=lambda: progress.cancelled)
    progress.step(0, 0, translate("Dues", "正在核对会员名册…"))
    with db.read(actor) as s:
        rate = dues_rate_on(s, month)
        by_number, in_register = _people(s)
        names: dict[int, str] = {i: n for i, n in s.execute(select(OrgUnit.id, OrgUnit.name))}
        existing = {
            row.member_id: ExistingLine(
                row.id, row.wage_fen, row.dues_fen, row.status, row.paid_via, row.paid_on, row.paid_fen
            )
            for row in s.execute(
                select(
                    DuesLine.id,
                    DuesLine.member_id,
                    DuesLine.wage_fen,
                    DuesLine.dues_fen,
                    DuesLine.status,
                    DuesLine.paid_via,
                    DuesLine.paid_on,
                    DuesLine.paid_fen,
                ).where(DuesLine.month == month, actor.branch_clause(DuesLine.branch_id))
            )
        }
        stamp = _stamp(s, actor, month)
        last = s.execute(
            select(PayrollImport.source, PayrollImport.imported_at)
            .where(PayrollImport.month == month)
            .order_by(PayrollImport.id.desc())
            .limit(1)
        ).first()
    plan = PayrollPlan(
        Path(path).name, month, rate, preview, names=names, actor_id=actor.user_id, stamp=stamp
    )
    plan.existing = len(existing)
    if last is not None:
        plan.last_import = translate("Dues", "{file}，{when} 导入").format(
            file=last.source, when=str(last.imported_at)[:16]
        )
    month_end = _month_end(month)
    on_sheet: set[int] = set()
    planned: list[PlannedLine] = []
    for row in preview.rows:
        number = row.values.get("employee_no")
        if not number:
            continue
        found = by_number.get(number.strip().upper(), [])
        current = [p for p in found if p.status in (MemberStatus.ACTIVE, MemberStatus.RETAINED)]
        for person in current[:1]:
            on_sheet.add(person.id)  # a refused row still keeps its member out of "not on the sheet"
        if row.row_number in preview.rejected_row_numbers:
            continue
        problem = _row_problem(actor, number, found, current, row.values, month, month_end)
        if problem is not None:
            preview.problems.append(FieldProblem(problem[0], problem[1], row.row_number))
            continue
        person = current[0]
        line, refusal = _line(person, rate, row.values, row.row_number, deducted_given)
        if refusal is not None:
            preview.problems.append(FieldProblem(field_label("deducted"), refusal, row.row_number))
            continue
        planned.append(line)
    for person in in_register:
        if (
            person.status == MemberStatus.ACTIVE
            and person.id not in on_sheet
            and person.join_date <= month_end
            and actor.can_see_branch(person.branch_id)
        ):
            planned.append(
                PlannedLine(
                    person.id,
                    person.name,
                    person.branch_id,
                    person.group_id,
                    person.employee_no,
                    None,
                    None,
                    DuesStatus.UNPAID,
                    None,
                )
            )
            plan.absent += 1
    preview.problems.sort(key=lambda p: p.row or 0)
    for line in planned:
        before = existing.get(line.member_id)
        if before is None:
            plan.new.append(line)
            continue
        line = _keep_cash(line, before)
        changes = _differences(before, line)
        if not changes:
            plan.unchanged += 1
            continue
        plan.replacing.append((line, before))
        shown = f"{line.name}（{line.employee_no}）" if line.employee_no else line.name
        plan.changes.append(LineChange(line.row_number or 0, shown, changes))
    return plan


def _row_problem(
    actor: Actor,
    number: str,
    found: list[_Person],
    current: list[_Person],
    values: dict[str, Any],
    month: date,
    month_end: date,
) -> tuple[str, str] | None:
    label = field_label("employee_no") if not current or len(current) > 1 else ""  # built only when needed
    if not found:
        return label, translate("Dues", "工号 {no} 不在会员名册中").format(no=number)
    if not current:
        gone = max(found, key=lambda p: p.status_date or date.min)
        status = MemberStatus(gone.status).label
        when = gone.status_date.isoformat() if gone.status_date else ""
        return label, translate("Dues", "{name}（{no}）已{status}（{on}），不应再扣缴会费").format(
            name=gone.name, no=number, status=status, on=when
        )
    if len(current) > 1:
        return label, translate("Dues", "名册中有 {n} 名会员使用工号 {no}，请先在会员管理中更正").format(
            n=len(current), no=number
        )
    person = current[0]
    if not actor.can_see_branch(person.branch_id):
        return field_label("employee_no"), translate("Dues", "工号 {no} 不是您所管分工会的会员").format(
            no=number
        )
    typed = values.get("name")
    if typed and typed != person.name:
        return field_label("name"), translate("Dues", "与名册不符：工号 {no} 在名册中是 {name}").format(
            no=number, name=person.name
        )
    if person.join_date > month_end:
        return field_label("employee_no"), translate("Dues", "{name} 于 {on} 入会，{month}尚不是会员").format(
            name=person.name, on=person.join_date.isoformat(), month=month_label(month)
        )
    return None


def _line(
    person: _Person, rate: DuesRate, values: dict[str, Any], row_number: int, deducted_given: bool
) -> tuple[PlannedLine, str | None]:
    wage: int = values["wage"]
    deducted: int | None = values.get("deducted")
    common = (person.id, person.name, person.branch_id, person.group_id, person.employee_no, wage)
    if person.status == MemberStatus.RETAINED:
        line = PlannedLine(*common, 0, DuesStatus.EXEMPT, row_number)
        if deducted:
            return line, translate("Dues", "{name} 为保留会籍会员，免交会费，不应代扣 {amount} 元").format(
                name=person.name, amount=Money(deducted)
            )
        return line, None
    dues = rate.dues(wage)
    if deducted_given and not deducted and dues:
        return PlannedLine(*common, dues, DuesStatus.UNPAID, row_number), None
    if deducted_given and deducted is not None and deducted != dues:
        return PlannedLine(*common, dues, DuesStatus.UNPAID, row_number), translate(
            "Dues", "代扣 {deducted} 元与按标准计算的 {dues} 元不符（工资基数 {wage} 元，计费基数 {base} 元）"
        ).format(deducted=Money(deducted), dues=Money(dues), wage=Money(wage), base=Money(rate.base(wage)))
    return (
        PlannedLine(*common, dues, DuesStatus.PAID, row_number, PaidVia.PAYROLL, None, dues),
        None,
    )


def _keep_cash(line: PlannedLine, before: ExistingLine) -> PlannedLine:
    """Dues paid in cash at the office stay paid when the month's payroll is imported again."""
    if before.paid_via == PaidVia.CASH and line.status == DuesStatus.UNPAID:
        return PlannedLine(
            line.member_id,
            line.name,
            line.branch_id,
            line.group_id,
            line.employee_no,
            line.wage_fen,
            line.dues_fen,
            DuesStatus.PAID,
            line.row_number,
            PaidVia.CASH,
            before.paid_on,
            before.paid_fen,
        )
    return line


def _status_text(status: str, paid_via: str | None) -> str:
    text = DuesStatus(status).label
    return f"{text}（{PaidVia(paid_via).label}）" if paid_via else text


def _differences(before: ExistingLine, line: PlannedLine) -> tuple[FieldChange, ...]:
    changes = []
    if before.wage_fen != line.wage_fen:
        changes.append(
            FieldChange(field_label("wage"), format_fen(before.wage_fen), format_fen(line.wage_fen))
        )
    if before.dues_fen != line.dues_fen:
        changes.append(
            FieldChange(field_label("dues"), format_fen(before.dues_fen), format_fen(line.dues_fen))
        )
    if before.status != line.status or (before.paid_via or None) != (line.paid_via or None):
        changes.append(
            FieldChange(
                field_label("status"),
                _status_text(before.status, before.paid_via),
                _status_text(line.status, line.paid_via),
            )
        )
    return tuple(changes)


def apply_payroll(
    db: Database, actor: Actor, plan: PayrollPlan, mode: ImportMode, progress: Progress = NO_PROGRESS
) -> ImportOutcome:
    """Write the plan in one transaction; refused when the month's lines changed since the preview."""
    actor.require(DuesPerm.WRITE)
    rows_to_apply(plan.preview, mode)  # refuses when nothing may be written
    rejected = plan.preview.rejected_row_numbers
    new = [line for line in plan.new if line.row_number not in rejected]
    replacing = [(line, old) for line, old in plan.replacing if line.row_number not in rejected]
    if not new and not replacing:
        raise UserError(translate("Dues", "与已导入的记录相比没有变化，无需导入。"))
    progress.step(0, 0, translate("Dues", "正在写入会费记录…"))
    with db.transaction(actor) as s:
        if _stamp(s, actor, plan.month) != plan.stamp:
            raise UserError(
                translate(
                    "Dues", "预览之后{month}的会费记录已有变化（可能有人同时导入），请重新导入。"
                ).format(month=month_label(plan.month))
            )
        scope = _scope_text(s, actor)
        lines = new + [line for line, _ in replacing]
        done = PayrollImport(
            month=plan.month,
            source=plan.source[:255],
            scope=scope,
            rows=len(plan.preview.rows),
            lines=len(lines),
            due_fen=sum(line.dues_fen or 0 for line in lines if line.status != DuesStatus.EXEMPT),
            replaced=len(replacing),
            imported_by_id=actor.user_id,
        )
        s.add(done)
        s.flush()
        old_ids = [old.id for _, old in replacing]
        for start in range(0, len(old_ids), DELETE_CHUNK):
            s.execute(delete(DuesLine).where(DuesLine.id.in_(old_ids[start : start + DELETE_CHUNK])))
        if lines:
            # Core insert on the table: the ORM's bulk path costs about a third more for 12,000 lines.
            s.execute(insert(DuesLine.__table__), [_values(line, plan, done.id) for line in lines])
        record(
            s,
            "import",
            DuesLine.__tablename__,
            done.id,
            translate("Dues", "从 {file} 导入{month}会费：新增 {new} 条，替换 {replaced} 条").format(
                file=plan.source, month=month_label(plan.month), new=len(new), replaced=len(replacing)
            ),
        )
    return ImportOutcome(len(new), len(replacing), len(rejected))


def _values(line: PlannedLine, plan: PayrollPlan, import_id: int) -> dict[str, Any]:
    return {
        "month": plan.month,
        "member_id": line.member_id,
        "branch_id": line.branch_id,
        "group_id": line.group_id,
        "employee_no": line.employee_no,
        "wage_fen": line.wage_fen,
        "dues_fen": line.dues_fen,
        "status": line.status.value,
        "paid_via": line.paid_via.value if line.paid_via else None,
        "paid_on": line.paid_on,  # withheld with the month's pay: no day of its own
        "paid_fen": line.paid_fen,
        "rule_id": plan.rate.id,
        "import_id": import_id,
        "row_number": line.row_number,
    }


def _scope_text(s: Session, actor: Actor) -> str:
    if not actor.is_branch_scoped:
        return translate("Dues", "全会")
    names = s.execute(
        select(OrgUnit.name).where(OrgUnit.kind == UnitKind.BRANCH, actor.branch_clause(OrgUnit.id))
    ).scalars()
    return "、".join(names)[:255]
