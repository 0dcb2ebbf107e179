"""Branch entry lists: a spreadsheet (employee number, name, trade, skill level, base) read through
the shared importer, each row checked against the member register and the contest's rules, and
withdrawals with a reason.

Checks by row: the employee number belongs to a member in the union (not a non-member, not one who
left), the name matches the register, the member is in a branch union the clerk looks after, the
trade is the contest's (on the sheet and in the register), the skill level and the age on the
contest day are within the rules, the person is not entered already (in this contest, in another
contest of the same trade and year, or twice in the file), and the branch stays within its quota.
Every problem is named by row; with "all or nothing" one problem writes nothing.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from sqlalchemy import func, insert, select, update
from sqlalchemy.orm import Session

from unionoffice.contests.labels import EntryStatus, SkillLevel
from unionoffice.contests.models import Contest, Contestant, Mark
from unionoffice.contests.perms import ContestsPerm
from unionoffice.contests.service.common import load_contest, require_admin, require_unlocked
from unionoffice.core.audit.recorder import record
from unionoffice.core.auth.actor import Actor
from unionoffice.core.org.models import OrgUnit
from unionoffice.db.base import utcnow
from unionoffice.db.database import Database
from unionoffice.foundation.errors import FieldProblem, NotFound, UserError, ValidationError
from unionoffice.foundation.i18n import translate
from unionoffice.foundation.importer import (
    CellError,
    Column,
    ImportMode,
    ImportPreview,
    ParsedRow,
    parse_rows,
    read_table,
    text_parser,
    write_template,
)
from unionoffice.foundation.importer.normalize import remove_spaces
from unionoffice.foundation.importer.preview import SHOWN_ROWS, ImportOutcome, ImportPreviewData
from unionoffice.foundation.progress import NO_PROGRESS, Progress
from unionoffice.members.api import Member, MemberStatus


# The sheet --------------------------------------------------------------------------------------
def parse_level(value: object) -> SkillLevel:
    """高级工, 三级, 高级工（三级） or 三级/高级工 → SkillLevel.SENIOR; a bare number is refused
    (三级 is the third grade from the top, not level 3)."""
    text = remove_spaces(text_parser(30)(value)).replace("(", "（").replace(")", "）")
    words = [w for w in re.split(r"[（）/、]", text) if w]
    found = {level for level in SkillLevel for word in words if word in (level.label, level.grade)}
    if len(found) != 1:
        raise CellError(
            translate(
                "ContestEntries", "技能等级应为初级工、中级工、高级工、技师或高级技师（也可写五级～一级）"
            )
        )
    return found.pop()


def _name(value: object) -> str:
    """Compared with the register (which checked it), so only spaces are tidied: 张 三 → 张三."""
    return remove_spaces(text_parser(64)(value))


def entry_columns() -> list[Column]:
    return [
        Column(
            "employee_no",
            translate("ContestEntries", "工号"),
            aliases=("职工号", "员工号", "员工编号"),
            parser=text_parser(32),
            unique=True,
            text=True,
            hint=translate("ContestEntries", "会员名册中的工号"),
        ),
        Column("name", translate("ContestEntries", "姓名"), parser=_name),
        Column("trade", translate("ContestEntries", "工种"), aliases=("参赛工种", "报名工种")),
        Column(
            "level",
            translate("ContestEntries", "技能等级"),
            aliases=("职业技能等级", "等级"),
            required=False,
            parser=parse_level,
            hint=translate("ContestEntries", "初级工、中级工、高级工、技师、高级技师"),
        ),
        Column("base", translate("ContestEntries", "基地"), required=False),
    ]


def write_entry_template(path: Path) -> None:
    write_template(path, entry_columns(), translate("ContestEntries", "报名表"))


# Checking ---------------------------------------------------------------------------------------
@dataclass(frozen=True)
class NewEntry:
    row_number: int
    member_id: int
    name: str
    employee_no: str
    branch_id: int
    level: int | None
    revive: int | None = None  # the contestant id of this member's earlier withdrawn entry


@dataclass
class EntryPlan:
    """What an entry list would do: made by the check, applied by the confirmation."""

    contest_id: int
    actor_id: int | None
    source: str
    preview: ImportPreview
    problems: list[FieldProblem] = field(default_factory=list)
    entries: list[NewEntry] = field(default_factory=list)
    branch_names: dict[int, str] = field(default_factory=dict)

    @property
    def rejected(self) -> int:
        return len({p.row for p in self.problems if p.row is not None})


@dataclass(frozen=True)
class _Known:
    id: int
    name: str
    branch_id: int
    status: str
    trade: str | None
    birth_date: date


def age_on(born: date, day: date) -> int:
    return day.year - born.year - ((day.month, day.day) < (born.month, born.day))


def same_trade(register: str | None, contest: str) -> bool:
    """The register's 工种/岗位 names the contest's trade (仪表 in 仪表工); blank says nothing."""
    if not register:
        return True
    return contest in register or register in contest


def _members(s: Session, numbers: Iterable[str]) -> dict[str, list[_Known]]:
    wanted = sorted(set(numbers))
    found: dict[str, list[_Known]] = {}
    for start in range(0, len(wanted), 2000):  # well under every driver's parameter limit
        for row in s.execute(
            select(
                Member.employee_no,
                Member.id,
                Member.name,
                Member.branch_id,
                Member.status,
                Member.trade,
                Member.birth_date,
            ).where(Member.employee_no.in_(wanted[start : start + 2000]))
        ):
            found.setdefault(row[0] or "", []).append(_Known(*row[1:]))
    return found


def check_rows(
    s: Session, actor: Actor, contest: Contest, rows: list[ParsedRow], rejected: frozenset[int] = frozenset()
) -> EntryPlan:
    """Check parsed rows against the register, the rules and the entries already made (on ``s``).
    Rows in ``rejected`` (a cell the importer refused) are checked too but never entered."""
    plan = EntryPlan(contest.id, actor.user_id, "", ImportPreview([], []))
    labels = {c.key: c.label for c in entry_columns()}
    labels.update(age=translate("ContestEntries", "年龄"), branch=translate("ContestEntries", "分工会"))

    def problem(row: ParsedRow, key: str, message: str) -> None:
        plan.problems.append(FieldProblem(labels[key], message, row.row_number))

    known = _members(s, (r.values["employee_no"] for r in rows if r.values.get("employee_no")))
    entered = s.execute(
        select(
            Contestant.member_id,
            Contestant.contest_id,
            Contestant.bib,
            Contestant.status,
            Contestant.id,
            Contest.name,
        )
        .join(Contest, Contest.id == Contestant.contest_id)
        .where(
            Contest.year == contest.year,
            Contest.trade == contest.trade,
            (Contestant.status == EntryStatus.ENTERED) | (Contestant.contest_id == contest.id),
        )
    ).all()
    here = {m: (bib, status, cid) for m, c, bib, status, cid, _ in entered if c == contest.id}
    elsewhere = {m: name for m, c, _bib, status, _cid, name in entered if c != contest.id}
    quota = contest.branch_quota
    taken = Counter(
        b
        for (b,) in s.execute(
            select(Contestant.branch_id).where(
                Contestant.contest_id == contest.id, Contestant.status == EntryStatus.ENTERED
            )
        )
    )
    day = contest.contest_date or date.today()
    for row in rows:
        values = row.values
        number = values.get("employee_no")
        if not number:
            continue  # the importer named the blank cell already
        matches = known.get(number, [])
        if not matches:
            problem(
                row,
                "employee_no",
                translate("ContestEntries", "会员名册中没有工号 {no}：不是会员，不能报名").format(no=number),
            )
            continue
        if len(matches) > 1:
            problem(
                row,
                "employee_no",
                translate("ContestEntries", "工号 {no} 在会员名册中对应多人，请先核对名册").format(no=number),
            )
            continue
        m = matches[0]
        if m.status != MemberStatus.ACTIVE:
            status = MemberStatus(m.status).label
            problem(
                row,
                "employee_no",
                translate("ContestEntries", "{name} 的会籍状态为“{status}”，不是在会会员").format(
                    name=m.name, status=status
                ),
            )
            continue
        if not actor.can_see_branch(m.branch_id):
            problem(
                row,
                "branch",
                translate("ContestEntries", "{name} 不属于您负责的分工会").format(name=m.name),
            )
            continue
        if values.get("name") and values["name"] != m.name:
            problem(
                row,
                "name",
                translate("ContestEntries", "与名册不符：工号 {no} 在名册中是“{name}”").format(
                    no=number, name=m.name
                ),
            )
        trade = values.get("trade")
        if trade and remove_spaces(trade) != contest.trade:
            problem(
                row,
                "trade",
                translate("ContestEntries", "本竞赛的工种是“{trade}”，不能报“{given}”").format(
                    trade=contest.trade, given=trade
                ),
            )
        elif not same_trade(m.trade, contest.trade):
            problem(
                row,
                "trade",
                translate("ContestEntries", "名册中 {name} 的工种是“{given}”，不是“{trade}”").format(
                    name=m.name, given=m.trade, trade=contest.trade
                ),
            )
        level = values.get("level")
        if level is None and (contest.min_level or contest.max_level):
            problem(row, "level", translate("ContestEntries", "本竞赛限定技能等级，请填写"))
        elif level is not None and contest.min_level and level < contest.min_level:
            problem(
                row,
                "level",
                translate("ContestEntries", "{level}低于报名要求（最低{min}）").format(
                    level=level.label, min=SkillLevel(contest.min_level).label
                ),
            )
        elif level is not None and contest.max_level and level > contest.max_level:
            problem(
                row,
                "level",
                translate("ContestEntries", "{level}高于报名要求（最高{max}）").format(
                    level=level.label, max=SkillLevel(contest.max_level).label
                ),
            )
        age = age_on(m.birth_date, day)
        if (
            contest.min_age is not None
            and age < contest.min_age
            or contest.max_age is not None
            and age > contest.max_age
        ):
            problem(
                row,
                "age",
                translate("ContestEntries", "{name} 比赛当天 {age} 岁，不在 {low}～{high} 岁之间").format(
                    name=m.name, age=age, low=contest.min_age or "", high=contest.max_age or ""
                ),
            )
        base = values.get("base")
        if base and contest.base and remove_spaces(base) != contest.base:
            problem(
                row,
                "base",
                translate("ContestEntries", "本竞赛在{base}基地举行，不是“{given}”").format(
                    base=contest.base, given=base
                ),
            )
        previous = here.get(m.id)
        if previous is not None and previous[1] == EntryStatus.ENTERED:
            problem(
                row,
                "employee_no",
                translate("ContestEntries", "{name} 已报名本竞赛（参赛号 {bib}），不能重复报名").format(
                    name=m.name, bib=previous[0]
                ),
            )
        elif m.id in elsewhere:
            problem(
                row,
                "employee_no",
                translate(
                    "ContestEntries", "{name} 已报名同年度同工种的“{contest}”，每人每个工种只能报一项"
                ).format(name=m.name, contest=elsewhere[m.id]),
            )
        if row.row_number in rejected or any(p.row == row.row_number for p in plan.problems):
            continue
        if quota is not None and taken[m.branch_id] >= quota:
            problem(
                row,
                "branch",
                translate("ContestEntries", "超出分工会名额：每个分工会限报 {n} 人").format(n=quota),
            )
            continue
        taken[m.branch_id] += 1
        revive = previous[2] if previous is not None else None
        plan.entries.append(
            NewEntry(row.row_number, m.id, m.name, number, m.branch_id, level and level.value, revive)
        )
    if plan.entries:
        branches = {e.branch_id for e in plan.entries}
        plan.branch_names = dict(
            s.execute(select(OrgUnit.id, OrgUnit.name).where(OrgUnit.id.in_(branches))).all()
        )
    return plan


def require_entrant(actor: Actor) -> None:
    if not actor.can(ContestsPerm.ENTER):
        require_admin(actor)


def plan_entries(
    db: Database, actor: Actor, contest_id: int, path: Path, progress: Progress = NO_PROGRESS
) -> EntryPlan:
    require_entrant(actor)
    with db.read(actor) as s:
        require_unlocked(load_contest(s, actor, contest_id))
    preview = parse_rows(
        read_table(path),
        entry_columns(),
        progress=lambda done, total: progress.step(done, total),
        cancelled=lambda: progress.cancelled,
    )
    with db.read(actor) as s:
        rejected = frozenset(preview.rejected_row_numbers)
        plan = check_rows(s, actor, load_contest(s, actor, contest_id), preview.rows, rejected)
    plan.source, plan.preview = path.name, preview
    plan.problems = sorted(preview.problems + plan.problems, key=lambda p: p.row or 0)
    return plan


def preview_data(plan: EntryPlan, upload: str) -> ImportPreviewData:
    return ImportPreviewData(
        upload=upload,
        source=plan.source,
        total_rows=len(plan.preview.rows),
        problems=plan.problems,
        rejected_rows=plan.rejected,
        new_count=len(plan.entries),
        new_headers=[
            translate("ContestEntries", "行号"),
            translate("ContestEntries", "工号"),
            translate("ContestEntries", "姓名"),
            translate("ContestEntries", "分工会"),
            translate("ContestEntries", "技能等级"),
        ],
        new_rows=[
            [
                str(e.row_number),
                e.employee_no,
                e.name,
                plan.branch_names.get(e.branch_id, ""),
                SkillLevel(e.level).label if e.level else "",
            ]
            for e in plan.entries[:SHOWN_ROWS]
        ],
        notes=list(plan.preview.notes),
        ignored_columns=list(plan.preview.ignored_columns),
    )


def apply_entries(
    db: Database, actor: Actor, plan: EntryPlan, mode: ImportMode, progress: Progress = NO_PROGRESS
) -> ImportOutcome:
    """Write the entries, checked again inside the transaction (others may have entered people
    since the check). All or nothing: any problem writes nothing."""
    require_entrant(actor)
    with db.transaction(actor) as s:
        contest = load_contest(s, actor, plan.contest_id)
        require_unlocked(contest)
        again = check_rows(s, actor, contest, plan.preview.rows, frozenset(plan.preview.rejected_row_numbers))
        problems = sorted(plan.preview.problems + again.problems, key=lambda p: p.row or 0)
        if problems and mode is ImportMode.ALL_OR_NOTHING:
            raise ValidationError(problems)
        rejected = {p.row for p in problems}
        entries = [e for e in again.entries if e.row_number not in rejected]
        if not entries:
            raise (
                ValidationError(problems)
                if problems
                else UserError(translate("ContestEntries", "文件中没有可导入的报名"))
            )
        bib = _next_bib(s, contest.id)
        now = utcnow()
        fresh = []
        for n, e in enumerate(entries):
            if n % 500 == 0:
                progress.step(n, len(entries))
            if e.revive is not None:
                s.execute(
                    update(Contestant)
                    .where(Contestant.id == e.revive)
                    .values(
                        status=EntryStatus.ENTERED,
                        withdrawn_on=None,
                        withdraw_reason=None,
                        skill_level=e.level,
                        branch_id=e.branch_id,
                        source="import",
                        updated_at=now,
                        version=Contestant.version + 1,
                    )
                )
                continue
            fresh.append(
                {
                    "contest_id": contest.id,
                    "member_id": e.member_id,
                    "bib": f"{bib:03d}",
                    "name": e.name,
                    "branch_id": e.branch_id,
                    "skill_level": e.level,
                    "status": EntryStatus.ENTERED,
                    "source": "import",
                    "version": 1,
                    "created_at": now,
                    "updated_at": now,
                    "updated_by_id": actor.user_id,
                }
            )
            bib += 1
        if fresh:
            s.execute(insert(Contestant), fresh)
        record(
            s,
            "import",
            "contestants",
            contest.id,
            translate("ContestEntries", "{contest}：导入报名表“{file}”，新增 {n} 名选手").format(
                contest=contest.name, file=plan.source, n=len(entries)
            ),
            {"file": plan.source, "entries": len(entries), "rejected_rows": len(rejected)},
        )
        progress.step(len(entries), len(entries))
        return ImportOutcome(len(entries), 0, len(rejected))


def _next_bib(s: Session, contest_id: int) -> int:
    bibs = s.execute(select(Contestant.bib).where(Contestant.contest_id == contest_id)).scalars()
    return max((int(b) for b in bibs if b.isdigit()), default=0) + 1


# Withdrawing ------------------------------------------------------------------------------------
def withdraw(db: Database, actor: Actor, contestant_id: int, reason: str, today: date | None = None) -> None:
    """Before the contest, with a reason; the bib is not reused. A contestant with marks stays."""
    require_entrant(actor)
    if len(reason.strip()) < 2:
        raise ValidationError(
            FieldProblem(
                translate("ContestEntries", "退赛理由"), translate("ContestEntries", "请写明退赛理由")
            )
        )
    with db.transaction(actor) as s:
        c = s.get(Contestant, contestant_id)
        if c is None or not actor.can_see_branch(c.branch_id):
            raise NotFound(translate("Contests", "找不到该选手。"))
        contest = load_contest(s, actor, c.contest_id)
        require_unlocked(contest)
        if c.status == EntryStatus.WITHDRAWN:
            raise UserError(translate("ContestEntries", "{name} 已经退赛。").format(name=c.name))
        day = today or date.today()
        if contest.contest_date is not None and day > contest.contest_date:
            raise UserError(
                translate("ContestEntries", "比赛已于 {day} 举行，不能再退赛。").format(
                    day=contest.contest_date
                )
            )
        marked = s.execute(
            select(func.count()).select_from(Mark).where(Mark.contestant_id == c.id)
        ).scalar_one()
        if marked:
            raise UserError(
                translate("ContestEntries", "{name}（{bib} 号）已有评分，不能退赛。").format(
                    name=c.name, bib=c.bib
                )
            )
        c.status, c.withdrawn_on, c.withdraw_reason = EntryStatus.WITHDRAWN, day, reason.strip()
