"""The figures hardship work runs on, as rows with effective dates: each base's 低保 and the rules
(notice length, review and follow-up periods, the 相对困难 ratio, the large medical bill).

A file keeps the 低保 it was assessed with (``HardshipFile.line_fen``); a new figure applies to
assessments from its date on (a new file, a save, the yearly review), never to files behind them.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from unionoffice.core.auth.actor import Actor
from unionoffice.core.concurrency import check_version
from unionoffice.core.org.labels import BASES
from unionoffice.db.database import Database
from unionoffice.foundation.errors import FieldProblem, NotFound, UserError, ValidationError
from unionoffice.foundation.i18n import translate
from unionoffice.foundation.money import format_fen
from unionoffice.hardship.contract import LineInfo, LineSave, RuleInfo, Standards, field_label
from unionoffice.hardship.models import HardshipRule, PovertyLine
from unionoffice.hardship.perms import HardshipPerm
from unionoffice.hardship.service.common import money_problem

# A 低保 above this is a typing slip (an extra zero): no city's standard comes near it.
MAX_LINE_FEN = 1_000_000


def line_in_force(s: Session, base: str, on: date) -> PovertyLine | None:
    return s.execute(
        select(PovertyLine)
        .where(PovertyLine.base == base, PovertyLine.effective_from <= on)
        .order_by(PovertyLine.effective_from.desc())
        .limit(1)
    ).scalar_one_or_none()


def require_line(s: Session, base: str, on: date) -> PovertyLine:
    """The 低保 of ``base`` on ``on``; refused by name when none is entered (never a default)."""
    line = line_in_force(s, base, on)
    if line is None:
        raise ValidationError(
            FieldProblem(
                field_label("base"),
                translate(
                    "Hardship",
                    "{base}基地没有 {on} 适用的低保标准，无法认定困难类别。请先在“低保标准与规则”中录入该基地的标准。",
                ).format(base=base, on=on.isoformat()),
            )
        )
    return line


def rule_in_force(s: Session, on: date) -> HardshipRule:
    rule = s.execute(
        select(HardshipRule)
        .where(HardshipRule.effective_from <= on)
        .order_by(HardshipRule.effective_from.desc())
        .limit(1)
    ).scalar_one_or_none()
    if rule is None:
        raise UserError(
            translate(
                "Hardship", "{on} 没有适用的帮扶规则（公示天数、跟踪期等），请先在“低保标准与规则”中录入。"
            ).format(on=on.isoformat())
        )
    return rule


def all_lines(s: Session) -> list[PovertyLine]:
    return list(
        s.execute(select(PovertyLine).order_by(PovertyLine.base, PovertyLine.effective_from)).scalars()
    )


def standards(db: Database, actor: Actor) -> Standards:
    actor.require(HardshipPerm.READ)
    with db.read(actor) as s:
        lines = [
            LineInfo(r.id, r.base, r.effective_from, r.monthly_fen, r.source, r.version) for r in all_lines(s)
        ]
        rules = [
            rule_info(r)
            for r in s.execute(select(HardshipRule).order_by(HardshipRule.effective_from)).scalars()
        ]
    return Standards(lines, rules, list(BASES))


def rule_info(r: HardshipRule) -> RuleInfo:
    return RuleInfo(
        effective_from=r.effective_from,
        notice_working_days=r.notice_working_days,
        review_months=r.review_months,
        follow_up_months=r.follow_up_months,
        relative_pct=r.relative_pct,
        large_claim_fen=r.large_claim_fen,
        source=r.source,
        id=r.id,
        version=r.version,
    )


def save_line(db: Database, actor: Actor, data: LineSave) -> int:
    actor.require(HardshipPerm.SETTINGS)
    problems = []
    if data.base not in BASES:
        problems.append(
            FieldProblem(
                field_label("base"),
                translate("Hardship", "“{base}”不是本会的基地（{bases}）").format(
                    base=data.base, bases="、".join(BASES)
                ),
            )
        )
    if data.effective_from is None:
        problems.append(FieldProblem(field_label("effective_from"), translate("Hardship", "必须填写")))
    problem = money_problem(field_label("monthly"), data.monthly_fen, positive=True)
    if problem is None and data.monthly_fen is not None and data.monthly_fen > MAX_LINE_FEN:
        problem = FieldProblem(
            field_label("monthly"),
            translate("Hardship", "低保标准超出合理范围（每人每月不超过 1 万元），请核对"),
        )
    if problem:
        problems.append(problem)
    if problems:
        raise ValidationError(problems)
    assert data.effective_from is not None and data.monthly_fen is not None
    with db.transaction(actor) as s:
        clash = s.execute(
            select(PovertyLine.id).where(
                PovertyLine.base == data.base, PovertyLine.effective_from == data.effective_from
            )
        ).scalar_one_or_none()
        if clash is not None and clash != data.line_id:
            raise ValidationError(
                FieldProblem(
                    field_label("effective_from"),
                    translate("Hardship", "{base}基地在 {on} 已有一条低保标准，请修改那一条").format(
                        base=data.base, on=data.effective_from.isoformat()
                    ),
                )
            )
        if data.line_id is None:
            line = PovertyLine(base=data.base)
            s.add(line)
        else:
            found = s.get(PovertyLine, data.line_id)
            if found is None:
                raise NotFound(translate("Hardship", "找不到该低保标准。"))
            line = found
            check_version(
                s,
                line,
                data.version,
                {"effective_from": data.effective_from, "monthly_fen": format_fen(data.monthly_fen)},
            )
            line.base = data.base
        line.effective_from = data.effective_from
        line.monthly_fen = data.monthly_fen
        line.source = data.source.strip()[:200]
        s.flush()
        return line.id


def save_rule(db: Database, actor: Actor, data: RuleInfo) -> int:
    actor.require(HardshipPerm.SETTINGS)
    problems = []
    if data.effective_from is None:
        problems.append(FieldProblem(field_label("effective_from"), translate("Hardship", "必须填写")))
    for key, value, low, high in (
        ("notice_working_days", data.notice_working_days, 5, 30),
        ("review_months", data.review_months, 1, 36),
        ("follow_up_months", data.follow_up_months, 0, 36),
        ("relative_pct", data.relative_pct, 101, 500),
    ):
        if value is None:
            problems.append(FieldProblem(field_label(key), translate("Hardship", "必须填写")))
        elif not low <= value <= high:
            problems.append(
                FieldProblem(
                    field_label(key),
                    translate("Hardship", "应在 {low} 到 {high} 之间").format(low=low, high=high),
                )
            )
    problem = money_problem(field_label("large_claim"), data.large_claim_fen, positive=True)
    if problem:
        problems.append(problem)
    if problems:
        raise ValidationError(problems)
    assert data.effective_from is not None
    with db.transaction(actor) as s:
        clash = s.execute(
            select(HardshipRule.id).where(HardshipRule.effective_from == data.effective_from)
        ).scalar_one_or_none()
        if clash is not None and clash != data.id:
            raise ValidationError(
                FieldProblem(
                    field_label("effective_from"),
                    translate("Hardship", "{on} 起已有一套规则，请修改那一套").format(
                        on=data.effective_from.isoformat()
                    ),
                )
            )
        if data.id is None:
            rule = HardshipRule()
            s.add(rule)
        else:
            found = s.get(HardshipRule, data.id)
            if found is None:
                raise NotFound(translate("Hardship", "找不到该帮扶规则。"))
            rule = found
            check_version(s, rule, data.version)
        rule.effective_from = data.effective_from
        rule.notice_working_days = int(data.notice_working_days or 0)
        rule.review_months = int(data.review_months or 0)
        rule.follow_up_months = int(data.follow_up_months or 0)
        rule.relative_pct = int(data.relative_pct or 0)
        rule.large_claim_fen = int(data.large_claim_fen or 0)
        rule.source = data.source.strip()[:200]
        s.flush()
        return rule.id
