"""The five-small score sheet as data: versions in force from a date, each with its criteria and
maxima, the trimmed-mean rule, and the grade bands with each grade's reward."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from datetime import date, timedelta
from decimal import InvalidOperation

from sqlalchemy import select
from sqlalchemy.orm import Session

from unionoffice.core.auth.actor import Actor
from unionoffice.core.judging.marks import MarkError, parse_mark
from unionoffice.db.database import Database
from unionoffice.foundation.errors import FieldProblem, ValidationError
from unionoffice.foundation.i18n import translate
from unionoffice.foundation.money import Money
from unionoffice.studios.contract import Band, BandRow, Criterion, CriterionRow, RuleInfo, RuleSave
from unionoffice.studios.labels import GRADED, Grade
from unionoffice.studios.models import PanelBand, PanelCriterion, PanelRule
from unionoffice.studios.perms import StudiosPerm

MAX_POINTS_CENTI = 1_000_00  # a criterion's maximum or a band's line: at most 1,000 points


def example_rule() -> RuleSave:
    """What a first version starts from: the criteria and bands unions commonly use (every value
    is the clerk's to change before saving)."""
    return RuleSave(
        effective_from=None,
        name=translate("Studios", "五小成果评分标准"),
        criteria=[
            CriterionRow("tech", translate("Studios", "技术水平"), "30"),
            CriterionRow("benefit", translate("Studios", "经济效益"), "30"),
            CriterionRow("scope", translate("Studios", "应用范围"), "20"),
            CriterionRow("practical", translate("Studios", "实用性"), "20"),
        ],
        bands=[
            BandRow(Grade.SPECIAL, "90", ""),
            BandRow(Grade.FIRST, "80", ""),
            BandRow(Grade.SECOND, "70", ""),
            BandRow(Grade.THIRD, "60", ""),
        ],
    )


def _info(rule: PanelRule, criteria: Sequence[PanelCriterion], bands: Sequence[PanelBand]) -> RuleInfo:
    order = {g: i for i, g in enumerate(GRADED)}
    return RuleInfo(
        id=rule.id,
        effective_from=rule.effective_from,
        name=rule.name,
        drop_n=rule.drop_n,
        min_judges=rule.min_judges,
        criteria=[
            Criterion(c.id, c.code, c.name, c.max_centi) for c in sorted(criteria, key=lambda c: c.sort_order)
        ],
        bands=sorted(
            (Band(Grade(b.grade), b.min_centi, b.reward_fen) for b in bands), key=lambda b: order[b.grade]
        ),
        notes=rule.notes or "",
    )


def rule_infos(s: Session, rule_ids: Sequence[int] | None = None) -> list[RuleInfo]:
    """The rules (all, or those of ``rule_ids``), newest first."""
    query = select(PanelRule).order_by(PanelRule.effective_from.desc())
    if rule_ids is not None:
        query = query.where(PanelRule.id.in_(list(rule_ids)))
    rules = list(s.scalars(query))
    ids = [r.id for r in rules]
    criteria: dict[int, list[PanelCriterion]] = defaultdict(list)
    for c in s.scalars(select(PanelCriterion).where(PanelCriterion.rule_id.in_(ids))):
        criteria[c.rule_id].append(c)
    bands: dict[int, list[PanelBand]] = defaultdict(list)
    for b in s.scalars(select(PanelBand).where(PanelBand.rule_id.in_(ids))):
        bands[b.rule_id].append(b)
    return [_info(r, criteria[r.id], bands[r.id]) for r in rules]


def quarter_end(year: int, quarter: int) -> date:
    if quarter == 4:
        return date(year, 12, 31)
    return date(year, quarter * 3 + 1, 1) - timedelta(days=1)


def rule_in_force(s: Session, on: date) -> PanelRule | None:
    return s.scalars(
        select(PanelRule).where(PanelRule.effective_from <= on).order_by(PanelRule.effective_from.desc())
    ).first()


def list_rules(db: Database, actor: Actor) -> list[RuleInfo]:
    actor.require(StudiosPerm.READ)
    with db.read(actor) as s:
        return rule_infos(s)


def _points(text: str, field: str, what: str, problems: list[FieldProblem]) -> int | None:
    try:
        return parse_mark(text, MAX_POINTS_CENTI)
    except MarkError as error:
        problems.append(FieldProblem(field, f"{what}：{error}"))
        return None


def _yuan(text: str, field: str, what: str, problems: list[FieldProblem]) -> int | None:
    if not text.strip():
        return 0
    try:
        fen = Money.from_yuan(text).fen
    except (ValidationError, InvalidOperation):
        problems.append(
            FieldProblem(field, translate("Studios", "{what}：“{text}”不是金额").format(what=what, text=text))
        )
        return None
    if fen < 0:
        problems.append(FieldProblem(field, translate("Studios", "{what}：奖金不能为负数").format(what=what)))
        return None
    return fen


def checked_rule(
    s: Session, data: RuleSave
) -> tuple[list[tuple[str, str, int]], list[tuple[Grade, int, int]], list[FieldProblem]]:
    """The criteria (code, name, maximum) and bands (grade, line, reward) of ``data``, and every
    problem, each named by its row."""
    problems: list[FieldProblem] = []
    if data.effective_from is None:
        problems.append(FieldProblem(translate("Studios", "施行日期"), translate("Studios", "必须填写")))
    elif s.scalars(select(PanelRule.id).where(PanelRule.effective_from == data.effective_from)).first():
        problems.append(
            FieldProblem(
                translate("Studios", "施行日期"),
                translate("Studios", "已有自 {date} 起施行的评分标准").format(
                    date=data.effective_from.isoformat()
                ),
            )
        )
    if not data.name.strip():
        problems.append(FieldProblem(translate("Studios", "名称"), translate("Studios", "不能为空")))
    if data.drop_n < 0 or data.min_judges < 2 * data.drop_n + 1:
        problems.append(
            FieldProblem(
                translate("Studios", "去掉最高最低分"),
                translate("Studios", "去掉最高、最低各 {n} 个分数，至少要有 {m} 位评委").format(
                    n=data.drop_n, m=2 * data.drop_n + 1
                ),
            )
        )
    field = translate("Studios", "评分项目")
    criteria: list[tuple[str, str, int]] = []
    if not data.criteria:
        problems.append(FieldProblem(field, translate("Studios", "至少要有一个评分项目")))
    for n, row in enumerate(data.criteria, start=1):
        what = translate("Studios", "第 {n} 项").format(n=n)
        code, name = row.code.strip() or str(n), row.name.strip()
        if not name:
            problems.append(
                FieldProblem(field, translate("Studios", "{what}：名称不能为空").format(what=what))
            )
        if any(code == c or name == m for c, m, _ in criteria):
            problems.append(
                FieldProblem(field, translate("Studios", "{what}：与前面的项目重复").format(what=what))
            )
        maximum = _points(row.maximum, field, what, problems)
        if maximum == 0:
            problems.append(
                FieldProblem(field, translate("Studios", "{what}：满分须大于 0").format(what=what))
            )
        if maximum and name:
            criteria.append((code, name, maximum))
    total = sum(m for *_, m in criteria)
    field = translate("Studios", "等级分数线")
    bands: list[tuple[Grade, int, int]] = []
    if not data.bands:
        problems.append(FieldProblem(field, translate("Studios", "至少要有一个等级")))
    for band_row in sorted(data.bands, key=lambda b: GRADED.index(b.grade) if b.grade in GRADED else 99):
        what = band_row.grade.label
        if band_row.grade not in GRADED or any(g is band_row.grade for g, *_ in bands):
            problems.append(
                FieldProblem(field, translate("Studios", "{what}：等级重复或不可评").format(what=what))
            )
            continue
        line = _points(band_row.minimum, field, what, problems)
        reward = _yuan(band_row.reward, field, what, problems)
        if line is None or reward is None:
            continue
        if total and line > total:
            problems.append(
                FieldProblem(
                    field,
                    translate("Studios", "{what}：分数线 {line} 高于满分合计 {total}").format(
                        what=what, line=line / 100, total=total / 100
                    ),
                )
            )
        if bands and line >= bands[-1][1]:
            problems.append(
                FieldProblem(
                    field,
                    translate("Studios", "{what}：分数线应低于{better}的分数线").format(
                        what=what, better=bands[-1][0].label
                    ),
                )
            )
        if bands and reward > bands[-1][2]:
            problems.append(
                FieldProblem(
                    field,
                    translate("Studios", "{what}：奖金不应高于{better}").format(
                        what=what, better=bands[-1][0].label
                    ),
                )
            )
        bands.append((band_row.grade, line, reward))
    return criteria, bands, problems


def save_rule(db: Database, actor: Actor, data: RuleSave) -> int:
    """A new version of the score sheet; versions are never changed once rounds may use them."""
    actor.require(StudiosPerm.EVALUATE)
    with db.transaction(actor) as s:
        criteria, bands, problems = checked_rule(s, data)
        if problems:
            raise ValidationError(problems)
        assert data.effective_from is not None  # checked above
        rule = PanelRule(
            effective_from=data.effective_from,
            name=data.name.strip(),
            drop_n=data.drop_n,
            min_judges=data.min_judges,
            notes=data.notes.strip() or None,
        )
        s.add(rule)
        s.flush()
        for order, (code, name, maximum) in enumerate(criteria):
            s.add(PanelCriterion(rule_id=rule.id, code=code, name=name, max_centi=maximum, sort_order=order))
        for grade, line, reward in bands:
            s.add(PanelBand(rule_id=rule.id, grade=grade, min_centi=line, reward_fen=reward))
        return rule.id


def rule_problems(db: Database, actor: Actor, data: RuleSave) -> list[FieldProblem]:
    actor.require(StudiosPerm.EVALUATE)
    with db.read(actor) as s:
        return checked_rule(s, data)[2]


def grade_of(total_centi: int, bands: Sequence[Band]) -> Grade:
    """The best grade whose line the total reaches; 不评级 below every line."""
    for band in bands:  # best first
        if total_centi >= band.min_centi:
            return band.grade
    return Grade.NONE
