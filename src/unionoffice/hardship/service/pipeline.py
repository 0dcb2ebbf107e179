"""The steps of a file: home visit → public notice → approval → yearly review → closed, followed
up for six months (the rule in force says how long each lasts).

The notice runs a number of working days counted with the year's holiday arrangement
(core/calendar); approval is refused until it has ended.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from unionoffice.core.auth.actor import Actor
from unionoffice.core.calendar.service import arrangement
from unionoffice.core.concurrency import check_version
from unionoffice.db.database import Database
from unionoffice.foundation.errors import FieldProblem, UserError, ValidationError
from unionoffice.foundation.i18n import translate
from unionoffice.foundation.money import format_fen
from unionoffice.hardship.contract import StepInput, field_label
from unionoffice.hardship.labels import ELIGIBLE, STEP_FROM, Category, ItemKind, Stage, StepKind
from unionoffice.hardship.models import FileStep, HardshipFile, HouseholdItem
from unionoffice.hardship.perms import HardshipPerm
from unionoffice.hardship.rules import add_months, assess, notice_end, notice_over
from unionoffice.hardship.service.common import load_file, today
from unionoffice.hardship.service.standards import require_line, rule_in_force


def _refuse(message: str) -> ValidationError:
    return ValidationError(FieldProblem(field_label("on"), message))


def _require_stage(f: HardshipFile, kind: StepKind) -> None:
    allowed = STEP_FROM.get(kind)
    if allowed is None:
        raise UserError(translate("Hardship", "“{step}”不是可以办理的步骤。").format(step=kind.label))
    if f.stage not in allowed:
        raise UserError(
            translate(
                "Hardship", "档案 {no} 当前为“{stage}”，不能办理“{step}”（应在{allowed}时办理）。"
            ).format(
                no=f.file_no,
                stage=Stage(f.stage).label,
                step=kind.label,
                allowed="、".join(f"“{st.label}”" for st in allowed),
            )
        )


def _not_before(on: date, earlier: date | None, what: str) -> None:
    if earlier is not None and on < earlier:
        raise _refuse(
            translate("Hardship", "日期 {on} 早于{what}（{earlier}）").format(
                on=on.isoformat(), what=what, earlier=earlier.isoformat()
            )
        )


def _reassess(s: Session, f: HardshipFile, on: date) -> Category:
    """The stored figures against the 低保 in force on ``on`` (the yearly review)."""
    if f.household_size is None:
        raise UserError(
            translate("Hardship", "档案 {no} 还没有填写家庭人口和收支，无法复核。").format(no=f.file_no)
        )
    income = expense = 0
    for item in s.execute(select(HouseholdItem).where(HouseholdItem.file_id == f.id)).scalars():
        amount = int(item.yearly_fen)
        if item.kind == ItemKind.INCOME:
            income += amount
        else:
            expense += amount
    line = require_line(s, f.base, on)
    found = assess(
        income, expense, f.household_size, line.monthly_fen, rule_in_force(s, on).relative_pct, f.sudden
    )
    f.assessed_on = on
    f.line_fen = found.line_fen
    f.per_head_fen = str(found.per_head_fen)
    return found.category


def step(db: Database, actor: Actor, request: StepInput) -> int:
    """Record one step; returns the file's new version."""
    actor.require(HardshipPerm.WRITE)
    kind = request.kind
    if kind == StepKind.APPROVE:
        actor.require(HardshipPerm.APPROVE)
    on = request.on or today()
    if on > today():
        raise _refuse(translate("Hardship", "不能登记今天以后的日期"))
    note = request.note.strip()
    if len(note) > 1000:
        raise ValidationError(
            FieldProblem(field_label("note"), translate("Hardship", "不能超过 {n} 个字").format(n=1000))
        )
    with db.transaction(actor) as s:
        f = load_file(s, actor, request.file_id)
        check_version(s, f, request.version)
        _require_stage(f, kind)
        rule = rule_in_force(s, on)
        category: str | None = None
        if kind == StepKind.VISIT:
            _not_before(on, f.opened_on, translate("Hardship", "建档日期"))
            f.visited_on = on
            f.stage = Stage.VISITED
        elif kind == StepKind.NOTICE:
            _not_before(on, f.visited_on, translate("Hardship", "走访日期"))
            _require_eligible(f, rule.relative_pct)
            f.notice_from = on
            f.notice_until = notice_end(arrangement(s, on.year, on.year), on, rule.notice_working_days)
            f.stage = Stage.NOTICE
            note = note or translate("Hardship", "公示至 {until}（{n} 个工作日）").format(
                until=f.notice_until.isoformat(), n=rule.notice_working_days
            )
        elif kind == StepKind.APPROVE:
            assert f.notice_until is not None and f.notice_from is not None
            if not notice_over(f.notice_until, on):
                raise _refuse(
                    translate(
                        "Hardship",
                        "公示期未满：{from_} 起公示 {n} 个工作日，至 {until} 结束（节假日不计），"
                        "{until} 之后才能审批，{on} 不能审批。",
                    ).format(
                        from_=f.notice_from.isoformat(),
                        n=rule.notice_working_days,
                        until=f.notice_until.isoformat(),
                        on=on.isoformat(),
                    )
                )
            f.approved_on = on
            f.review_due = add_months(on, rule.review_months)
            f.stage = Stage.APPROVED
            category = f.category
        elif kind == StepKind.REVIEW:
            _not_before(on, f.approved_on, translate("Hardship", "审批日期"))
            category = _reassess(s, f, on)
            if category not in ELIGIBLE:
                raise UserError(
                    translate(
                        "Hardship",
                        "按 {on} 的低保标准（{line} 元/人·月），"
                        "档案 {no} 的家庭人均月收入 {per_head} 元已不符合困难条件。"
                        "请办理销档（已脱困），销档后跟踪回访 {months} 个月。",
                    ).format(
                        on=on.isoformat(),
                        line=format_fen(f.line_fen),
                        no=f.file_no,
                        per_head=format_fen(int(f.per_head_fen or 0)),
                        months=rule.follow_up_months,
                    )
                )
            f.category = category
            f.review_due = add_months(on, rule.review_months)
        elif kind == StepKind.CLOSE:
            _not_before(on, f.opened_on, translate("Hardship", "建档日期"))
            if request.close_reason is None:
                raise ValidationError(
                    FieldProblem(field_label("close_reason"), translate("Hardship", "请选择销档原因"))
                )
            was_approved = f.stage == Stage.APPROVED
            f.closed_on = on
            f.close_reason = request.close_reason
            f.follow_up_until = add_months(on, rule.follow_up_months) if was_approved else None
            f.stage = Stage.CLOSED
        elif kind == StepKind.FOLLOW_UP:
            if f.follow_up_until is None or on > f.follow_up_until:
                ended = f.follow_up_until.isoformat() if f.follow_up_until else ""
                raise _refuse(
                    translate("Hardship", "档案 {no} 的跟踪期已于 {until} 结束").format(
                        no=f.file_no, until=ended
                    )
                    if ended
                    else translate("Hardship", "档案 {no} 未经审批即销档，没有跟踪期").format(no=f.file_no)
                )
            _not_before(on, f.closed_on, translate("Hardship", "销档日期"))
            if not note:
                raise ValidationError(
                    FieldProblem(field_label("note"), translate("Hardship", "请填写回访情况"))
                )
        s.add(
            FileStep(
                file_id=f.id,
                kind=kind,
                step_on=on,
                category=category,
                note=note,
                recorded_by_id=actor.user_id,
            )
        )
        s.flush()
        return f.version


def _require_eligible(f: HardshipFile, relative_pct: int) -> None:
    if f.household_size is None:
        raise UserError(
            translate(
                "Hardship", "档案 {no} 还没有填写家庭人口和收支，不能公示：公示的是核定的困难类别。"
            ).format(no=f.file_no)
        )
    if f.category not in ELIGIBLE:
        raise UserError(
            translate(
                "Hardship",
                "档案 {no} 的家庭人均月收入 {per_head} 元，不低于相对困难认定线（低保标准 {line} 元的 {pct}%），"
                "也未认定意外致困，不符合困难条件，不能公示。经核实不符合的，请销档。",
            ).format(
                no=f.file_no,
                per_head=format_fen(int(f.per_head_fen or 0)),
                line=format_fen(f.line_fen),
                pct=relative_pct,
            )
        )
