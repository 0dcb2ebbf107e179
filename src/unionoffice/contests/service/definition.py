"""A contest's scheme as plain data: events, items, maxima, weights, aggregation, rounding,
tie-breaks and award cut-offs. Written to and read from a readable JSON file, so next year's
contest starts from this year's scheme."""

from __future__ import annotations

import json
import uuid
from dataclasses import replace
from datetime import date
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from sqlalchemy import select

from unionoffice.contests.contract import (
    ContestDef,
    EntryRules,
    EventDef,
    ExamLine,
    ExamPlan,
    ItemDef,
    number_text,
    theory_item,
)
from unionoffice.contests.labels import (
    AggregationRule,
    AwardMode,
    EventKind,
    ItemKind,
    QuestionKind,
    SkillLevel,
)
from unionoffice.contests.models import Contest, ContestEvent, JudgeAssignment, Mark, ScoringItem
from unionoffice.contests.service.common import load_contest, require_admin, require_unlocked
from unionoffice.core.auth.actor import Actor
from unionoffice.core.concurrency import check_version
from unionoffice.db.base import utcnow
from unionoffice.db.database import Database
from unionoffice.foundation.errors import FieldProblem, UserError, ValidationError
from unionoffice.foundation.i18n import translate

FORMAT = "unionoffice.contest-definition"
FORMAT_VERSION = 1
MAX_FILE_BYTES = 2 * 1024 * 1024
EVENT_KINDS = tuple(EventKind)
ITEM_KINDS = tuple(ItemKind)
AGGREGATIONS = tuple(AggregationRule)
AWARD_MODES = tuple(AwardMode)


def _decimal_places(value: Decimal) -> int:
    """Digits after the point that matter: 2.50 has one. The parser admits finite numbers only."""
    exponent = value.normalize().as_tuple().exponent
    return max(0, -exponent) if isinstance(exponent, int) else 0


def validate(d: ContestDef) -> None:
    """Every problem at once, named by field, so a clerk fixes the file in one go."""
    p: list[FieldProblem] = []
    if not d.name.strip():
        p.append(
            FieldProblem(
                translate("ContestDefinition", "竞赛名称"), translate("ContestDefinition", "不能为空")
            )
        )
    if not 2000 <= d.year <= 2100:
        p.append(
            FieldProblem(
                translate("ContestDefinition", "年度"), translate("ContestDefinition", "应在 2000～2100 之间")
            )
        )
    if not d.trade.strip():
        p.append(
            FieldProblem(translate("ContestDefinition", "工种"), translate("ContestDefinition", "不能为空"))
        )
    if not 0 <= d.round_places <= 4:
        p.append(
            FieldProblem(
                translate("ContestDefinition", "保留小数位数"),
                translate("ContestDefinition", "应在 0～4 之间"),
            )
        )
    if not d.events:
        p.append(
            FieldProblem(
                translate("ContestDefinition", "科目"), translate("ContestDefinition", "至少需要一个科目")
            )
        )
    codes = [e.code for e in d.events]
    if len(set(codes)) != len(codes):
        p.append(
            FieldProblem(
                translate("ContestDefinition", "科目"), translate("ContestDefinition", "科目编号不能重复")
            )
        )
    total = sum((e.weight_pct for e in d.events), Decimal(0))
    if d.events and total != 100:
        p.append(
            FieldProblem(
                translate("ContestDefinition", "科目权重"),
                translate("ContestDefinition", "各科目权重之和应为 100%，现为 {total}%").format(total=total),
            )
        )
    for e in d.events:
        where = translate("ContestDefinition", "科目“{name}”").format(name=e.name or e.code)
        if not e.code.strip() or not e.name.strip():
            p.append(FieldProblem(where, translate("ContestDefinition", "编号和名称不能为空")))
        if e.kind not in EVENT_KINDS:
            p.append(
                FieldProblem(
                    where, translate("ContestDefinition", "类型应为 theory（理论）或 practical（实操）")
                )
            )
        if not 0 < e.weight_pct <= 100 or e.weight_pct != e.weight_pct.quantize(Decimal("0.01")):
            p.append(
                FieldProblem(where, translate("ContestDefinition", "权重应在 0～100% 之间，最多两位小数"))
            )
        if e.aggregation not in AGGREGATIONS:
            p.append(
                FieldProblem(
                    where,
                    translate(
                        "ContestDefinition", "汇总规则应为 mean（平均）或 trimmed（去掉最高最低后平均）"
                    ),
                )
            )
        if e.drop_n < 0 or e.drop_min_judges < 2 * e.drop_n + 1:
            p.append(
                FieldProblem(
                    where,
                    translate(
                        "ContestDefinition", "去掉最高最低分时，评委人数下限至少应为去掉人数的两倍加一"
                    ),
                )
            )
        if not e.items:
            p.append(FieldProblem(where, translate("ContestDefinition", "至少需要一个评分细则")))
        item_codes = [i.code for i in e.items]
        if len(set(item_codes)) != len(item_codes):
            p.append(FieldProblem(where, translate("ContestDefinition", "细则编号不能重复")))
        for i in e.items:
            at = translate("ContestDefinition", "细则“{name}”").format(name=i.name or i.code)
            if not i.code.strip() or not i.name.strip():
                p.append(FieldProblem(at, translate("ContestDefinition", "编号和名称不能为空")))
            if i.kind not in ITEM_KINDS:
                p.append(
                    FieldProblem(
                        at,
                        translate("ContestDefinition", "类型应为 measured（客观测量）或 judged（评委评分）"),
                    )
                )
            if not 0 < i.max_marks <= 1000 or i.max_marks != i.max_marks.quantize(Decimal("0.01")):
                p.append(
                    FieldProblem(at, translate("ContestDefinition", "满分应在 0～1000 之间，最多两位小数"))
                )
            if not 0 < i.weight <= 100 or i.weight != i.weight.quantize(Decimal("0.01")):
                p.append(FieldProblem(at, translate("ContestDefinition", "权重应大于 0，最多两位小数")))
    known_items = {f"{e.code}/{i.code}" for e in d.events for i in e.items}
    for rule in d.tie_break:
        kind, _, target = rule.partition(":")
        if not ((kind == "event" and target in codes) or (kind == "item" and target in known_items)):
            p.append(
                FieldProblem(
                    translate("ContestDefinition", "并列名次规则"),
                    translate("ContestDefinition", "“{rule}”指向不存在的科目或细则").format(rule=rule),
                )
            )
    if d.award_mode not in AWARD_MODES:
        p.append(
            FieldProblem(
                translate("ContestDefinition", "奖项"),
                translate("ContestDefinition", "名额方式应为 count（人数）或 percent（比例）"),
            )
        )
    for label, amount in d.award_levels:
        if not label.strip() or amount < 0:
            p.append(
                FieldProblem(
                    translate("ContestDefinition", "奖项"),
                    translate("ContestDefinition", "奖项名称不能为空，名额不能为负数"),
                )
            )
        elif d.award_mode == "count" and amount != amount.to_integral_value():
            p.append(
                FieldProblem(
                    translate("ContestDefinition", "奖项“{label}”").format(label=label),
                    translate("ContestDefinition", "按人数设奖时名额应为整数"),
                )
            )
        elif _decimal_places(amount) > 2:
            p.append(
                FieldProblem(
                    translate("ContestDefinition", "奖项“{label}”").format(label=label),
                    translate("ContestDefinition", "名额最多两位小数"),
                )
            )
    if d.award_mode == "percent" and sum((a for _, a in d.award_levels), Decimal(0)) > 100:
        p.append(
            FieldProblem(
                translate("ContestDefinition", "奖项"),
                translate("ContestDefinition", "各奖项比例之和不能超过 100%"),
            )
        )
    p += _outcome_problems(d) + _entry_problems(d.entry) + _exam_problems(d)
    if p:
        raise ValidationError(p)


def _outcome_problems(d: ContestDef) -> list[FieldProblem]:
    p = []
    if d.pass_line is not None and (
        not 0 <= d.pass_line <= 100 or d.pass_line != d.pass_line.quantize(Decimal("0.01"))
    ):
        p.append(
            FieldProblem(
                translate("ContestDefinition", "合格线"),
                translate("ContestDefinition", "应在 0～100 之间，最多两位小数"),
            )
        )
    labels = {label for label, _ in d.award_levels}
    for field_name, chosen in (
        (translate("ContestDefinition", "晋升技能等级"), d.promote_awards),
        (translate("ContestDefinition", "推荐评选荣誉"), d.recommend_awards),
    ):
        unknown = [label for label in chosen if label not in labels]
        if unknown:
            p.append(
                FieldProblem(
                    field_name,
                    translate("ContestDefinition", "“{labels}”不是本竞赛的奖项").format(
                        labels="、".join(unknown)
                    ),
                )
            )
    return p


def _entry_problems(rules: EntryRules) -> list[FieldProblem]:
    p = []
    where = translate("ContestDefinition", "报名条件")
    levels = {level.value for level in SkillLevel}
    for level in (rules.min_level, rules.max_level):
        if level is not None and level not in levels:
            p.append(
                FieldProblem(where, translate("ContestDefinition", "技能等级应为 1～5（初级工～高级技师）"))
            )
    if rules.min_level is not None and rules.max_level is not None and rules.min_level > rules.max_level:
        p.append(FieldProblem(where, translate("ContestDefinition", "最低技能等级不能高于最高技能等级")))
    for age in (rules.min_age, rules.max_age):
        if age is not None and not 16 <= age <= 70:
            p.append(FieldProblem(where, translate("ContestDefinition", "年龄限制应在 16～70 岁之间")))
    if rules.min_age is not None and rules.max_age is not None and rules.min_age > rules.max_age:
        p.append(FieldProblem(where, translate("ContestDefinition", "最小年龄不能大于最大年龄")))
    if rules.branch_quota is not None and not 1 <= rules.branch_quota <= 10_000:
        p.append(FieldProblem(where, translate("ContestDefinition", "每个分工会的名额应为正整数")))
    return p


def _exam_problems(d: ContestDef) -> list[FieldProblem]:
    if d.exam is None:
        return []
    p = []
    where = translate("ContestDefinition", "理论考试组卷")
    if not d.exam.lines:
        p.append(FieldProblem(where, translate("ContestDefinition", "至少需要一行组卷要求")))
    if not 10 <= d.exam.minutes <= 600:
        p.append(FieldProblem(where, translate("ContestDefinition", "考试时长应在 10～600 分钟之间")))
    seen: set[tuple[str, str]] = set()
    for n, line in enumerate(d.exam.lines, start=1):
        at = translate("ContestDefinition", "组卷第 {n} 行").format(n=n)
        if line.kind not in tuple(QuestionKind):
            p.append(FieldProblem(at, translate("ContestDefinition", "题型应为单选题、多选题或判断题")))
        if not 1 <= line.count <= 1000:
            p.append(FieldProblem(at, translate("ContestDefinition", "题量应为 1～1000 道")))
        if not 0 < line.points <= 100 or line.points != line.points.quantize(Decimal("0.01")):
            p.append(FieldProblem(at, translate("ContestDefinition", "每题分值应大于 0，最多两位小数")))
        key = (line.kind, line.area.strip())
        if any(other.kind == line.kind and other.points != line.points for other in d.exam.lines[: n - 1]):
            p.append(FieldProblem(at, translate("ContestDefinition", "同一题型的每题分值应相同")))
        if key in seen:
            p.append(FieldProblem(at, translate("ContestDefinition", "与前面一行的题型和知识领域重复")))
        seen.add(key)
    target = theory_item(d.events)
    if target is None:
        p.append(
            FieldProblem(
                where,
                translate(
                    "ContestDefinition",
                    "组卷需要一个理论科目，且该科目只有一个“客观测量”细则（理论试卷得分计入此细则）",
                ),
            )
        )
    elif d.exam.lines and d.exam.total != target[1].max_marks:
        p.append(
            FieldProblem(
                where,
                translate("ContestDefinition", "试卷总分 {total} 与细则“{item}”的满分 {max} 不符").format(
                    total=number_text(d.exam.total), item=target[1].name, max=number_text(target[1].max_marks)
                ),
            )
        )
    return p


# Contest rows <-> definition ------------------------------------------------------------------
def _centi(value: Decimal) -> int:
    return int(value * 100)


def write_scheme(s: Any, contest: Contest, d: ContestDef) -> None:
    """Copy ``d`` onto ``contest`` and bring its events and items in line (no marks may exist yet).

    Events and items are matched by code and updated in place, so judge assignments and the item
    ids inside packages already handed out survive a corrected name, maximum or weight."""
    _write_header(s, contest, d)
    contest.updated_at = utcnow()  # an item-only edit must still bump the contest's version
    s.flush()
    events = {
        e.code: e
        for e in s.execute(select(ContestEvent).where(ContestEvent.contest_id == contest.id)).scalars()
    }
    wanted = {e.code for e in d.events}
    gone = [e for code, e in events.items() if code not in wanted]
    if gone:
        judged = (
            s.execute(
                select(ContestEvent.name)
                .join(JudgeAssignment, JudgeAssignment.event_id == ContestEvent.id)
                .where(ContestEvent.id.in_([e.id for e in gone]))
                .distinct()
            )
            .scalars()
            .all()
        )
        if judged:
            raise UserError(
                translate(
                    "ContestDefinition",
                    "科目“{names}”已指派评委，不能删除或更改编号；请先在“评委”页取消指派。",
                ).format(names="、".join(judged))
            )
        for event in gone:
            s.delete(event)
        s.flush()
    for order, e in enumerate(d.events):
        event = events.get(e.code)
        if event is None:
            event = ContestEvent(contest_id=contest.id, code=e.code)
            s.add(event)
        event.name, event.kind, event.weight_bp, event.sort_order = (
            e.name,
            e.kind,
            _centi(e.weight_pct),
            order,
        )
        event.aggregation, event.drop_n, event.drop_min_judges = e.aggregation, e.drop_n, e.drop_min_judges
        s.flush()
        items = {
            i.code: i
            for i in s.execute(select(ScoringItem).where(ScoringItem.event_id == event.id)).scalars()
        }
        keep = {i.code for i in e.items}
        for code, item in items.items():
            if code not in keep:
                s.delete(item)
        s.flush()
        for i_order, i in enumerate(e.items):
            item = items.get(i.code)
            if item is None:
                item = ScoringItem(event_id=event.id, code=i.code)
                s.add(item)
            item.name, item.kind, item.sort_order = i.name, i.kind, i_order
            item.max_centi, item.weight_centi = _centi(i.max_marks), _centi(i.weight)
    s.flush()


def read_scheme(s: Any, contest: Contest) -> ContestDef:
    rows = s.execute(
        select(ContestEvent).where(ContestEvent.contest_id == contest.id).order_by(ContestEvent.sort_order)
    ).scalars()
    event_rows = list(rows)
    items: dict[int, list[ItemDef]] = {e.id: [] for e in event_rows}
    for i in s.execute(
        select(ScoringItem).where(ScoringItem.event_id.in_(list(items))).order_by(ScoringItem.sort_order)
    ).scalars():
        items[i.event_id].append(
            ItemDef(i.code, i.name, i.kind, Decimal(i.max_centi) / 100, Decimal(i.weight_centi) / 100)
        )
    events = [
        EventDef(
            e.code,
            e.name,
            e.kind,
            Decimal(e.weight_bp) / 100,
            tuple(items[e.id]),
            e.aggregation,
            e.drop_n,
            e.drop_min_judges,
        )
        for e in event_rows
    ]
    awards = json.loads(contest.awards or "{}")
    return ContestDef(
        contest.name,
        contest.year,
        contest.trade,
        tuple(events),
        contest.base,
        contest.venue,
        contest.deploy_date,
        contest.bank_date,
        contest.practice_date,
        contest.contest_date,
        contest.no_own_branch,
        contest.round_places,
        tuple(json.loads(contest.tie_break or "[]")),
        awards.get("mode", "count"),
        tuple((label, Decimal(amount)) for label, amount in awards.get("levels", [])),
        Decimal(contest.judge_flag_pct) / 100,
        None if contest.pass_line_centi is None else Decimal(contest.pass_line_centi) / 100,
        tuple(awards.get("promote", [])),
        tuple(awards.get("recommend", [])),
        EntryRules(
            contest.min_level, contest.max_level, contest.min_age, contest.max_age, contest.branch_quota
        ),
        exam_of(contest.exam_plan),
    )


def create_contest(db: Database, actor: Actor, d: ContestDef) -> int:
    require_admin(actor)
    validate(d)
    with db.transaction(actor) as s:
        contest = Contest(uid=uuid.uuid4().hex, name=d.name, year=d.year, trade=d.trade)
        s.add(contest)
        s.flush()
        write_scheme(s, contest, d)
        return contest.id


def get_definition(db: Database, actor: Actor, contest_id: int) -> ContestDef:
    with db.read(actor) as s:
        return read_scheme(s, load_contest(s, actor, contest_id))


def update_definition(
    db: Database, actor: Actor, contest_id: int, d: ContestDef, expected_version: int
) -> None:
    """Change the scheme; refused once any mark exists (marks refer to the items)."""
    require_admin(actor)
    validate(d)
    with db.transaction(actor) as s:
        contest = load_contest(s, actor, contest_id)
        check_version(s, contest, expected_version)
        require_unlocked(contest)
        old = read_scheme(s, contest)
        if old.events != d.events:
            has_marks = s.execute(
                select(Mark.id)
                .join(ScoringItem, ScoringItem.id == Mark.item_id)
                .join(ContestEvent, ContestEvent.id == ScoringItem.event_id)
                .where(ContestEvent.contest_id == contest_id)
                .limit(1)
            ).first()
            if has_marks:
                raise UserError(
                    translate(
                        "ContestDefinition",
                        "已有评分，不能再修改科目和评分细则；只能修改名称、日期、场地等信息。",
                    )
                )
            write_scheme(s, contest, d)
        else:
            keep = replace(d, events=old.events)
            _write_header(s, contest, keep)


def _write_header(s: Any, contest: Contest, d: ContestDef) -> None:
    contest.name, contest.year, contest.trade, contest.base, contest.venue = (
        d.name,
        d.year,
        d.trade,
        d.base,
        d.venue,
    )
    contest.deploy_date, contest.bank_date = d.deploy_date, d.bank_date
    contest.practice_date, contest.contest_date = d.practice_date, d.contest_date
    contest.no_own_branch, contest.round_places = d.no_own_branch, d.round_places
    contest.tie_break = json.dumps(list(d.tie_break), ensure_ascii=False)
    contest.awards = json.dumps(
        {
            "mode": d.award_mode,
            "levels": [[label, str(amount)] for label, amount in d.award_levels],
            "promote": list(d.promote_awards),
            "recommend": list(d.recommend_awards),
        },
        ensure_ascii=False,
    )
    contest.judge_flag_pct = _centi(d.judge_flag_pct)
    contest.pass_line_centi = None if d.pass_line is None else _centi(d.pass_line)
    contest.min_level, contest.max_level = d.entry.min_level, d.entry.max_level
    contest.min_age, contest.max_age = d.entry.min_age, d.entry.max_age
    contest.branch_quota = d.entry.branch_quota
    contest.exam_plan = "" if d.exam is None else json.dumps(_exam_dict(d.exam), ensure_ascii=False)


def _exam_dict(plan: ExamPlan) -> dict[str, Any]:
    return {
        "minutes": plan.minutes,
        "lines": [
            {"kind": line.kind, "area": line.area, "count": line.count, "points": str(line.points)}
            for line in plan.lines
        ],
    }


def exam_of(raw: str) -> ExamPlan | None:
    """The stored blueprint (written by this module, so trusted) as a plan."""
    if not raw:
        return None
    data = json.loads(raw)
    return ExamPlan(
        tuple(
            ExamLine(line["kind"], line["area"], int(line["count"]), Decimal(line["points"]))
            for line in data["lines"]
        ),
        int(data["minutes"]),
    )


# The file -------------------------------------------------------------------------------------
def to_dict(d: ContestDef) -> dict[str, Any]:
    def day(value: date | None) -> str | None:
        return value.isoformat() if value else None

    return {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "说明": "技能竞赛方案。权重、满分为十进制数；汇总规则 mean=平均，trimmed=去掉最高最低后平均。",
        "name": d.name,
        "year": d.year,
        "base": d.base,
        "trade": d.trade,
        "venue": d.venue,
        "dates": {
            "deploy": day(d.deploy_date),
            "question_bank": day(d.bank_date),
            "practice": day(d.practice_date),
            "contest": day(d.contest_date),
        },
        "no_own_branch": d.no_own_branch,
        "rounding": {"places": d.round_places, "mode": "ROUND_HALF_UP"},
        "tie_break": list(d.tie_break),
        "awards": {
            "mode": d.award_mode,
            "levels": [{"label": label, "amount": str(a)} for label, a in d.award_levels],
            "pass_line": None if d.pass_line is None else str(d.pass_line),
            "promote": list(d.promote_awards),
            "recommend": list(d.recommend_awards),
        },
        "entry": {
            "min_level": d.entry.min_level,
            "max_level": d.entry.max_level,
            "min_age": d.entry.min_age,
            "max_age": d.entry.max_age,
            "branch_quota": d.entry.branch_quota,
        },
        "exam": None if d.exam is None else _exam_dict(d.exam),
        "judge_flag_pct": str(d.judge_flag_pct),
        "events": [
            {
                "code": e.code,
                "name": e.name,
                "kind": e.kind,
                "weight_pct": str(e.weight_pct),
                "aggregation": {"rule": e.aggregation, "drop": e.drop_n, "min_judges": e.drop_min_judges},
                "items": [
                    {
                        "code": i.code,
                        "name": i.name,
                        "kind": i.kind,
                        "max": str(i.max_marks),
                        "weight": str(i.weight),
                    }
                    for i in e.items
                ],
            }
            for e in d.events
        ],
    }


class _Reader:
    """Pulls typed fields out of the parsed JSON, collecting a problem per bad field."""

    def __init__(self) -> None:
        self.problems: list[FieldProblem] = []

    def get(self, obj: Any, key: str, kind: type, where: str, default: Any = ...) -> Any:
        if not isinstance(obj, dict) or key not in obj or obj[key] is None:
            if default is not ...:
                return default
            self.problems.append(FieldProblem(f"{where}{key}", translate("ContestDefinition", "缺少此项")))
            return kind()
        value = obj[key]
        if kind is Decimal:
            try:
                if isinstance(value, bool) or not isinstance(value, (int, str)):
                    raise InvalidOperation
                result = Decimal(str(value))
                if not result.is_finite():
                    raise InvalidOperation
                return result
            except InvalidOperation:
                self.problems.append(
                    FieldProblem(f"{where}{key}", translate("ContestDefinition", "应为数字"))
                )
                return Decimal(0)
        if kind is date:
            try:
                return date.fromisoformat(value) if isinstance(value, str) else None
            except ValueError:
                self.problems.append(
                    FieldProblem(f"{where}{key}", translate("ContestDefinition", "日期应写成 2026-05-01"))
                )
                return None
        if kind is int and isinstance(value, bool) or not isinstance(value, kind):
            self.problems.append(FieldProblem(f"{where}{key}", translate("ContestDefinition", "类型不正确")))
            return kind()
        return value


def from_dict(data: Any) -> ContestDef:
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise UserError(translate("ContestDefinition", "这不是竞赛方案文件。"))
    if data.get("format_version") != FORMAT_VERSION:
        raise UserError(translate("ContestDefinition", "竞赛方案文件的版本不受支持，请升级程序。"))
    r = _Reader()
    dates = r.get(data, "dates", dict, "", {})
    rounding = r.get(data, "rounding", dict, "", {})
    awards = r.get(data, "awards", dict, "", {})
    events = []
    for n, e in enumerate(r.get(data, "events", list, ""), start=1):
        where = translate("ContestDefinition", "第 {n} 个科目的 ").format(n=n)
        agg = r.get(e, "aggregation", dict, where, {})
        items = []
        for m, i in enumerate(r.get(e, "items", list, where), start=1):
            at = translate("ContestDefinition", "第 {n} 个科目第 {m} 个细则的 ").format(n=n, m=m)
            items.append(
                ItemDef(
                    r.get(i, "code", str, at),
                    r.get(i, "name", str, at),
                    r.get(i, "kind", str, at),
                    r.get(i, "max", Decimal, at),
                    r.get(i, "weight", Decimal, at, Decimal(1)),
                )
            )
        events.append(
            EventDef(
                r.get(e, "code", str, where),
                r.get(e, "name", str, where),
                r.get(e, "kind", str, where),
                r.get(e, "weight_pct", Decimal, where),
                tuple(items),
                r.get(agg, "rule", str, where, "trimmed"),
                r.get(agg, "drop", int, where, 1),
                r.get(agg, "min_judges", int, where, 5),
            )
        )
    levels = tuple(
        (
            r.get(level, "label", str, translate("ContestDefinition", "奖项 ")),
            r.get(level, "amount", Decimal, translate("ContestDefinition", "奖项 ")),
        )
        for level in r.get(awards, "levels", list, "", [])
    )
    entry_raw = r.get(data, "entry", dict, "", {})
    at = translate("ContestDefinition", "报名条件 ")
    entry = EntryRules(
        **{
            key: r.get(entry_raw, key, int, at, None)
            for key in ("min_level", "max_level", "min_age", "max_age", "branch_quota")
        }
    )
    exam_raw = r.get(data, "exam", dict, "", None)
    exam = None
    if exam_raw is not None:
        at = translate("ContestDefinition", "理论考试组卷 ")
        exam = ExamPlan(
            tuple(
                ExamLine(
                    r.get(line, "kind", str, at),
                    r.get(line, "area", str, at, ""),
                    r.get(line, "count", int, at),
                    r.get(line, "points", Decimal, at),
                )
                for line in r.get(exam_raw, "lines", list, at)
            ),
            r.get(exam_raw, "minutes", int, at, 90),
        )
    d = ContestDef(
        name=r.get(data, "name", str, ""),
        year=r.get(data, "year", int, ""),
        trade=r.get(data, "trade", str, ""),
        events=tuple(events),
        base=r.get(data, "base", str, "", None),
        venue=r.get(data, "venue", str, "", ""),
        deploy_date=r.get(dates, "deploy", date, "", None),
        bank_date=r.get(dates, "question_bank", date, "", None),
        practice_date=r.get(dates, "practice", date, "", None),
        contest_date=r.get(dates, "contest", date, "", None),
        no_own_branch=r.get(data, "no_own_branch", bool, "", True),
        round_places=r.get(rounding, "places", int, "", 2),
        tie_break=tuple(r.get(data, "tie_break", list, "", [])),
        award_mode=r.get(awards, "mode", str, "", "count"),
        award_levels=levels,
        judge_flag_pct=r.get(data, "judge_flag_pct", Decimal, "", Decimal(5)),
        pass_line=r.get(awards, "pass_line", Decimal, "", None),
        promote_awards=tuple(r.get(awards, "promote", list, "", [])),
        recommend_awards=tuple(r.get(awards, "recommend", list, "", [])),
        entry=entry,
        exam=exam,
    )
    if any(not isinstance(label, str) for label in (*d.promote_awards, *d.recommend_awards)):
        r.problems.append(FieldProblem("awards", translate("ContestDefinition", "类型不正确")))
    if any(not isinstance(rule, str) for rule in d.tie_break):
        r.problems.append(FieldProblem("tie_break", translate("ContestDefinition", "类型不正确")))
    if r.problems:
        raise ValidationError(r.problems)
    validate(d)
    return d


def export_definition(db: Database, actor: Actor, contest_id: int, path: str | Path) -> None:
    target = Path(path)
    partial = target.with_name(target.name + ".part")
    partial.write_bytes(definition_bytes(get_definition(db, actor, contest_id)))
    partial.replace(target)


def read_definition_file(path: str | Path) -> ContestDef:
    target = Path(path)
    try:
        if target.stat().st_size > MAX_FILE_BYTES:
            raise UserError(translate("ContestDefinition", "文件过大，不是竞赛方案文件。"))
        data = target.read_bytes()
    except OSError:
        raise _unreadable(target.name) from None
    return read_definition_bytes(data, target.name)


def read_definition_bytes(data: bytes, name: str) -> ContestDef:
    if len(data) > MAX_FILE_BYTES:
        raise UserError(translate("ContestDefinition", "文件过大，不是竞赛方案文件。"))
    try:
        parsed = json.loads(data.decode("utf-8-sig"))
    except (UnicodeDecodeError, json.JSONDecodeError, RecursionError):
        raise _unreadable(name) from None
    return from_dict(parsed)


def _unreadable(name: str) -> UserError:
    return UserError(
        translate("ContestDefinition", "无法读取竞赛方案文件“{name}”：文件损坏或格式不正确。").format(
            name=name
        )
    )


def definition_bytes(d: ContestDef) -> bytes:
    return (json.dumps(to_dict(d), ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def import_definition(db: Database, actor: Actor, path: str | Path, year: int | None = None) -> int:
    """A new contest from a definition file (optionally moved to ``year``); returns its id."""
    return create_from_definition(db, actor, read_definition_file(path), year)


def create_from_definition(db: Database, actor: Actor, d: ContestDef, year: int | None = None) -> int:
    if year is not None and year != d.year:
        d = d.for_year(year)
    return create_contest(db, actor, d)
