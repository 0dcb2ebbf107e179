"""Quarterly evaluation rounds: open, collect declared five-small results, grade, close.

Grades can only be given inside an open round; closing publishes the graded results (they then
appear in the compilation and flow to certificates) and freezes the round.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from sqlalchemy import CursorResult, func, select, update
from sqlalchemy.orm import Session

from unionoffice.core.audit.recorder import record
from unionoffice.core.auth.actor import Actor
from unionoffice.core.concurrency import check_version
from unionoffice.core.judging.marks import format_centi
from unionoffice.core.listing import QuerySource
from unionoffice.core.scope import get_in_scope
from unionoffice.db.database import Database
from unionoffice.foundation.errors import FieldProblem, NotFound, UserError, ValidationError
from unionoffice.foundation.i18n import translate
from unionoffice.foundation.money import format_fen
from unionoffice.studios.contract import RoundInfo, round_entry_columns
from unionoffice.studios.labels import FiveSmall, Grade, Kind, RoundStatus, Status, label_of
from unionoffice.studios.models import Achievement, EvaluationRound, PanelBand, Studio
from unionoffice.studios.perms import StudiosPerm
from unionoffice.studios.service.achievements import people_names
from unionoffice.studios.service.panel_rules import quarter_end
from unionoffice.studios.service.payouts import round_rule, write_payouts


def round_info(s: Session, r: EvaluationRound) -> RoundInfo:
    entries, graded = s.execute(
        select(func.count(), func.count(Achievement.grade)).where(Achievement.round_id == r.id)
    ).one()
    return RoundInfo(
        r.id,
        r.year,
        r.quarter,
        RoundStatus(r.status),
        r.opened_on,
        r.closed_on,
        r.panel or "",
        entries,
        graded,
        r.version,
    )


def list_rounds(db: Database, actor: Actor) -> list[RoundInfo]:
    actor.require(StudiosPerm.READ)
    with db.read(actor) as s:
        rounds = s.scalars(
            select(EvaluationRound).order_by(EvaluationRound.year.desc(), EvaluationRound.quarter.desc())
        )
        return [round_info(s, r) for r in rounds]


def get_round(db: Database, actor: Actor, round_id: int) -> RoundInfo:
    actor.require(StudiosPerm.READ)
    with db.read(actor) as s:
        r = s.get(EvaluationRound, round_id)
        if r is None:
            raise NotFound(translate("Studios", "找不到该评审轮次。"))
        return round_info(s, r)


def open_round(
    db: Database, actor: Actor, year: int, quarter: int, panel: str = "", opened_on: date | None = None
) -> int:
    actor.require(StudiosPerm.EVALUATE)
    if quarter not in (1, 2, 3, 4):
        raise ValidationError(FieldProblem(translate("Studios", "季度"), translate("Studios", "应为 1—4")))
    if not 2000 <= year <= 2100:
        raise ValidationError(FieldProblem(translate("Studios", "年度"), translate("Studios", "年度不正确")))
    with db.transaction(actor) as s:
        current = s.scalars(select(EvaluationRound).where(EvaluationRound.status == RoundStatus.OPEN)).first()
        if current is not None:
            raise UserError(
                translate(
                    "Studios", "{year} 年第 {quarter} 季度评审尚未结束，请先结束它再开启新的评审。"
                ).format(year=current.year, quarter=current.quarter)
            )
        exists = s.execute(
            select(EvaluationRound.id).where(EvaluationRound.year == year, EvaluationRound.quarter == quarter)
        ).scalar()
        if exists is not None:
            raise UserError(
                translate("Studios", "{year} 年第 {quarter} 季度的评审已经开过了。").format(
                    year=year, quarter=quarter
                )
            )
        r = EvaluationRound(
            year=year,
            quarter=quarter,
            status=RoundStatus.OPEN,
            opened_on=opened_on or date.today(),
            panel=panel.strip() or None,
        )
        s.add(r)
        s.flush()
        return r.id


def require_open(s: Session, round_id: int) -> EvaluationRound:
    r = s.get(EvaluationRound, round_id)
    if r is None:
        raise NotFound(translate("Studios", "找不到该评审轮次。"))
    if r.status != RoundStatus.OPEN:
        raise UserError(
            translate("Studios", "{year} 年第 {quarter} 季度评审已经结束，不能再修改。").format(
                year=r.year, quarter=r.quarter
            )
        )
    return r


def collect(db: Database, actor: Actor, round_id: int) -> int:
    """Put every declared five-small result declared by the end of the quarter into the round."""
    actor.require(StudiosPerm.EVALUATE)
    with db.transaction(actor) as s:
        r = require_open(s, round_id)
        where = (
            Achievement.kind == Kind.FIVE_SMALL,
            Achievement.status == Status.DECLARED,
            Achievement.round_id.is_(None),
            Achievement.declared_on <= quarter_end(r.year, r.quarter),
        )
        ids = list(s.scalars(select(Achievement.id).where(*where)))
        if ids:
            s.execute(
                update(Achievement)
                .where(Achievement.id.in_(ids))
                .values(round_id=r.id, status=Status.EVALUATED, version=Achievement.version + 1)
            )
            record(
                s,
                "update",
                "achievements",
                r.id,
                translate("Studios", "收集 {n} 项五小成果进入 {year} 年第 {quarter} 季度评审").format(
                    n=len(ids), year=r.year, quarter=r.quarter
                ),
                {"achievement_ids": [ids[0], ids[-1]]},
            )
        return len(ids)


def withdraw(db: Database, actor: Actor, achievement_id: int) -> None:
    """Take a result out of the open round (declared too early, duplicate...); it goes back to declared."""
    actor.require(StudiosPerm.EVALUATE)
    with db.transaction(actor) as s:
        a = _achievement_in_open_round(s, actor, achievement_id)
        a.round_id, a.grade, a.grade_comment, a.status = None, None, None, Status.DECLARED


def _achievement_in_open_round(s: Session, actor: Actor, achievement_id: int) -> Achievement:
    a = get_in_scope(s, actor, Achievement, achievement_id, lambda: translate("Studios", "找不到该成果。"))
    if a.round_id is None:
        raise UserError(
            translate(
                "Studios", "成果“{title}”不在任何进行中的评审里，不能评级；请先开启评审并收集成果。"
            ).format(title=a.title)
        )
    r = s.get_one(EvaluationRound, a.round_id)
    if r.status != RoundStatus.OPEN:
        raise UserError(
            translate(
                "Studios", "成果“{title}”所在的 {year} 年第 {quarter} 季度评审已经结束，不能再评级。"
            ).format(title=a.title, year=r.year, quarter=r.quarter)
        )
    return a


def record_grade(
    db: Database,
    actor: Actor,
    achievement_id: int,
    grade: Grade,
    comment: str = "",
    expected_version: int | None = None,
) -> None:
    actor.require(StudiosPerm.EVALUATE)
    with db.transaction(actor) as s:
        a = _achievement_in_open_round(s, actor, achievement_id)
        if expected_version is not None:
            check_version(s, a, expected_version)
        a.grade = grade
        a.grade_comment = comment.strip() or None
        a.status = Status.GRADED


def close_round(
    db: Database, actor: Actor, round_id: int, expected_version: int, closed_on: date | None = None
) -> int:
    """Publish the round's grades; refuses while any collected result has no decision.

    Returns the number of graded results published.
    """
    actor.require(StudiosPerm.EVALUATE)
    with db.transaction(actor) as s:
        r = require_open(s, round_id)
        check_version(s, r, expected_version)
        pending = list(
            s.scalars(
                select(Achievement.title)
                .where(Achievement.round_id == r.id, Achievement.grade.is_(None))
                .limit(6)
            )
        )
        if pending:
            total = s.execute(
                select(func.count()).where(Achievement.round_id == r.id, Achievement.grade.is_(None))
            ).scalar_one()
            shown = "、".join(f"“{t}”" for t in pending[:5])
            raise UserError(
                translate(
                    "Studios",
                    "还有 {n} 项成果没有评定等级（{titles}{more}），不能结束评审。不予评级的请选“不评级”。",
                ).format(n=total, titles=shown, more="等" if total > 5 else "")
            )
        published = s.execute(
            update(Achievement)
            .where(Achievement.round_id == r.id, Achievement.grade != Grade.NONE)
            .values(status=Status.PUBLISHED, version=Achievement.version + 1)
        )
        assert isinstance(published, CursorResult)  # an UPDATE's result counts its rows
        graded = published.rowcount
        s.execute(
            update(Achievement)
            .where(Achievement.round_id == r.id, Achievement.grade == Grade.NONE)
            .values(status=Status.EVALUATED, version=Achievement.version + 1)
        )
        r.status = RoundStatus.CLOSED
        r.closed_on = closed_on or date.today()
        write_payouts(s, actor, r)  # refused shares stop the closing here, nothing written
        record(
            s,
            "update",
            "achievements",
            r.id,
            translate("Studios", "{year} 年第 {quarter} 季度评审结束，发布 {n} 项评级成果").format(
                year=r.year, quarter=r.quarter, n=graded
            ),
        )
        return graded


def round_entry_source(db: Database, actor: Actor, round_id: int) -> QuerySource:
    """The results of a round with the panel's score, the grade and the reward its band pays."""
    actor.require(StudiosPerm.READ)
    with db.read(actor) as s:
        r = s.get(EvaluationRound, round_id)
        rule = round_rule(s, r) if r is not None else None
    reward = (
        select(PanelBand.reward_fen)
        .where(PanelBand.rule_id == (rule.id if rule else -1), PanelBand.grade == Achievement.grade)
        .correlate(Achievement)
        .scalar_subquery()
    )
    query = (
        select(
            Achievement.id,
            Achievement.reg_no,
            Achievement.title,
            Achievement.five_small_kind,
            people_names(),
            Studio.name,
            Achievement.panel_score_centi,
            Achievement.grade,
            reward,
            Achievement.status,
        )
        .outerjoin(Studio, Studio.id == Achievement.studio_id)
        .where(Achievement.round_id == round_id, actor.branch_clause(Achievement.branch_id))
    )
    sort = {
        "reg_no": Achievement.reg_no,
        "title": Achievement.title,
        "kind": Achievement.five_small_kind,
        "studio": Studio.name,
        "score": Achievement.panel_score_centi,
        "grade": Achievement.grade,
        "reward": reward,
        "status": Achievement.status,
    }

    def fmt(row: Sequence[Any]) -> tuple[Any, ...]:
        reg_no, title, sub, people, studio, score, grade, fen, status = row
        return (
            reg_no or "",
            title,
            label_of(FiveSmall, sub),
            people or "",
            studio or "",
            "" if score is None else format_centi(score),
            label_of(Grade, grade),
            "" if fen is None or grade == Grade.NONE else format_fen(fen),
            Status(status).label,
        )

    return QuerySource(
        db,
        query,
        round_entry_columns(),
        sort,
        default_order=(Achievement.reg_no, Achievement.id),
        formatter=fmt,
    )
