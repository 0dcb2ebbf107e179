"""Member import from clerks' spreadsheets, on the shared importer (``core.importer``).

``plan_import`` reads and checks everything and compares it with the register, writing
nothing; the clerk sees every problem and every change. ``apply_import`` then writes the
plan in one transaction: all valid rows, or nothing when the clerk chose all-or-nothing.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import DateTime, Integer, func, insert, literal, select
from sqlalchemy.exc import IntegrityError

from unionoffice.core.audit.recorder import record
from unionoffice.core.auth.actor import Actor
from unionoffice.core.crypto import vault
from unionoffice.core.crypto.fields import sealed_rows
from unionoffice.db.base import utcnow
from unionoffice.db.database import Database
from unionoffice.foundation.bulk import collector_paused
from unionoffice.foundation.errors import FieldProblem, UserError
from unionoffice.foundation.i18n import translate
from unionoffice.foundation.identity import IdNumber, generate_id_number
from unionoffice.foundation.importer import (
    CellError,
    Column,
    ImportMode,
    ImportPreview,
    ParsedRow,
    parse_date,
    parse_gender,
    parse_id_number,
    parse_name,
    parse_phone,
    parse_rows,
    read_table,
    rows_to_apply,
    text_parser,
    write_template,
)
from unionoffice.foundation.importer.normalize import remove_spaces
from unionoffice.foundation.importer.preview import FieldChange, ImportOutcome
from unionoffice.foundation.progress import NO_PROGRESS, Progress
from unionoffice.members import cards
from unionoffice.members.codes import CodeKind, code_list
from unionoffice.members.labels import EventKind, MemberStatus
from unionoffice.members.models import ID_NUMBER_CONTEXT, Member, MemberEvent, id_hashes
from unionoffice.members.org_names import OrgNames
from unionoffice.members.perms import MembersPerm
from unionoffice.members.pinyin import name_pinyin
from unionoffice.members.service import CODED, REALNAME_FIELDS, label

CHUNK = 900  # bound parameters per IN (...): SQLite's limit is 999 on old builds
INSERT_BATCH = 5000
# Columns compared with the register, in the order the diff shows them.
COMPARED = (
    "name",
    "employee_no",
    "phone",
    "branch",
    "group",
    "base",
    "trade",
    "education",
    "hire_date",
    "join_date",
    "notes",
    *REALNAME_FIELDS,
    "card_no",
)


def import_columns() -> list[Column]:
    return [
        Column("name", label("name"), ("名字", "职工姓名", "会员姓名", "员工姓名"), parser=parse_name),
        Column(
            "id_number",
            label("id_number"),
            ("身份证号码", "身份证", "公民身份号码", "证件号码", "身份证件号码"),
            parser=parse_id_number,
            unique=True,
            text=True,
            hint=translate("Members", "18 位，末位可为 X；15 位老号码会自动升级"),
        ),
        Column(
            "gender",
            label("gender"),
            ("性 别",),
            required=False,
            parser=parse_gender,
            hint=translate("Members", "可不填，按身份证号自动判断；填写时须与身份证号一致"),
        ),
        Column(
            "employee_no",
            label("employee_no"),
            ("员工编号", "职工编号", "员工号", "工作证号"),
            required=False,
            parser=text_parser(32),
            unique=True,
            text=True,
        ),
        Column(
            "phone",
            label("phone"),
            ("手机", "手机号码", "联系电话", "电话", "联系方式"),
            required=False,
            parser=parse_phone,
            text=True,
        ),
        Column(
            "branch",
            label("branch"),
            ("分会", "所属分工会", "基层工会", "所属工会"),
            required=False,
            hint=translate("Members", "如“心兴分工会”；只管理一个分工会的干事可不填"),
        ),
        Column("group", label("group"), ("小组", "班组", "所属小组", "工会小组名称"), required=False),
        Column(
            "base",
            label("base"),
            ("生产基地", "所在基地"),
            required=False,
            parser=text_parser(16),
            hint=translate("Members", "可不填，默认为分工会所在基地"),
        ),
        Column(
            "trade",
            label("trade"),
            ("工种", "岗位", "工种岗位"),
            required=False,
            parser=text_parser(64),
        ),
        Column(
            "education", label("education"), ("文化程度", "最高学历"), required=False, parser=text_parser(32)
        ),
        Column(
            "hire_date",
            label("hire_date"),
            ("入职时间", "参加工作时间", "入厂日期", "入职日期时间"),
            required=False,
            parser=parse_date,
        ),
        Column(
            "join_date",
            label("join_date"),
            ("入会时间", "加入工会时间"),
            required=False,
            parser=parse_date,
            hint=translate("Members", "可不填，默认为入职日期"),
        ),
        *realname_columns(),
        Column(
            "card_no",
            label("card_no"),
            ("会员证号码", "会员卡号", "工会会员证号", "会员证编号"),
            required=False,
            parser=parse_card_no,
            unique=True,
            text=True,
            hint=translate("Members", "只填本系统启用前已发的会员证；新会员的证号由入会审批依次发放"),
        ),
        Column("notes", label("notes"), ("说明",), required=False, parser=text_parser(2000)),
    ]


def code_parser(kind: CodeKind) -> Callable[[object], str]:
    """A cell → the code of the standard list (名称, 简称 or 代码); anything else is refused."""
    codes = code_list(kind)
    read = text_parser(64)

    def parse(value: object) -> str:
        text = read(value)
        code = codes.parse(text)
        if code is None:
            raise CellError(codes.problem(text))
        return code

    return parse


def parse_card_no(value: object) -> str:
    return remove_spaces(text_parser(32)(value)).upper()


def realname_columns() -> list[Column]:
    """The real-name system's columns, with the header spellings HR and clerks use."""

    def listed(kind: CodeKind) -> str:
        codes = code_list(kind)
        shown = "、".join(name for _, name in codes.entries[:6])
        return translate("Members", "按{standard}填写名称或代码，如 {names}……").format(
            standard=codes.standard, names=shown
        )

    return [
        Column(
            "ethnicity",
            label("ethnicity"),
            ("民族名称", "民族类别"),
            required=False,
            parser=code_parser(CodeKind.ETHNICITY),
            hint=listed(CodeKind.ETHNICITY),
        ),
        Column(
            "political_status",
            label("political_status"),
            ("政治身份", "政治面目", "党派", "党派面貌"),
            required=False,
            parser=code_parser(CodeKind.POLITICAL_STATUS),
            hint=listed(CodeKind.POLITICAL_STATUS),
        ),
        Column(
            "hukou_type",
            label("hukou_type"),
            ("户口性质", "户口类型", "户籍性质", "户别", "户口类别"),
            required=False,
            parser=code_parser(CodeKind.HUKOU_TYPE),
            hint=listed(CodeKind.HUKOU_TYPE),
        ),
        Column(
            "native_place",
            label("native_place"),
            ("祖籍", "户籍所在地", "户籍地"),
            required=False,
            parser=text_parser(64),
        ),
        Column(
            "post", label("post"), ("行政职务", "现任职务", "职位"), required=False, parser=text_parser(64)
        ),
        Column(
            "title",
            label("title"),
            ("专业技术职称", "技术职称", "专业技术职务", "职称等级"),
            required=False,
            parser=text_parser(64),
        ),
        Column(
            "employment_form",
            label("employment_form"),
            ("用工性质", "用工类型", "用工方式", "人员类别", "员工类别", "用工类别"),
            required=False,
            parser=code_parser(CodeKind.EMPLOYMENT_FORM),
            hint=listed(CodeKind.EMPLOYMENT_FORM),
        ),
    ]


def write_member_template(path: str | Path) -> None:
    example = generate_id_number("410702", date(1990, 5, 1), 123, "M")
    write_template(
        path,
        import_columns(),
        [
            [
                "张坤",
                example,
                "男",
                "E100001",
                "13912345678",
                "心兴分工会",
                "合成车间小组",
                "新乡",
                "仪表工",
                "本科",
                "2012-07-01",
                "2012-07-15",
                "汉族",
                "中共党员",
                "城镇",
                "河南新乡",
                "班组长",
                "技师",
                "劳动合同制",
                "",
                "",
            ],
        ],
    )


@dataclass(frozen=True)
class MemberUpdate:
    row_number: int
    member_id: int
    version: int
    name: str
    changes: tuple[FieldChange, ...]
    values: dict[str, Any]  # column → new value, only for changed fields


@dataclass
class ImportPlan:
    """Everything the preview shows; plain data, safe to hand from the worker to the window."""

    source: str
    preview: ImportPreview
    new_rows: list[ParsedRow] = field(default_factory=list)
    updates: list[MemberUpdate] = field(default_factory=list)
    unchanged: int = 0
    resolved: dict[int, tuple[int, int | None, str | None]] = field(
        default_factory=dict
    )  # row → branch, group, base
    id_hashes: dict[str, tuple[str, str]] = field(default_factory=dict)  # number → keyed hashes, made once
    unit_names: dict[int, str] = field(default_factory=dict)
    actor_id: int | None = None
    stamp: Any = None

    def place_of(self, row_number: int) -> tuple[str, str]:
        branch_id, group_id, _ = self.resolved[row_number]
        return self.unit_names.get(branch_id, ""), self.unit_names.get(group_id, "") if group_id else ""

    @property
    def problems(self) -> list[FieldProblem]:
        return self.preview.problems

    @property
    def rejected(self) -> int:
        return len(self.preview.rejected_row_numbers)


def _resolve(
    org: OrgNames, actor: Actor, values: dict[str, Any]
) -> tuple[tuple[int, int | None] | None, list[CellError]]:
    return org.resolve(actor, values.get("branch"), values.get("group"))


def _row_checks(org: OrgNames, actor: Actor) -> Callable[[dict[str, Any]], list[CellError]]:
    today = date.today()

    def check(values: dict[str, Any]) -> list[CellError]:
        _, errors = _resolve(org, actor, values)
        number: IdNumber = values["id_number"]
        if values.get("gender") and values["gender"] != number.gender:
            errors.append(
                CellError(
                    translate("Members", "与身份证号不符（身份证号显示为{gender}）").format(
                        gender=translate("Members", "男")
                        if number.gender == "M"
                        else translate("Members", "女")
                    ),
                    "gender",
                )
            )
        for key in ("hire_date", "join_date"):
            value = values.get(key)
            if value is not None and value > today:
                errors.append(CellError(translate("Members", "不能晚于今天"), key))
            elif value is not None and value < number.birth_date:
                errors.append(CellError(translate("Members", "早于出生日期"), key))
        if values.get("join_date") is None and values.get("hire_date") is None:
            errors.append(CellError(translate("Members", "入会日期和入职日期至少填一项"), "join_date"))
        return errors

    return check


def _chunks(items: list[Any], size: int = CHUNK) -> Iterator[list[Any]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def _shown(key: str, value: Any, org: OrgNames) -> str:
    if value is None:
        return ""
    if key in ("branch", "group"):
        return org.names.get(value, "")
    if key in CODED:
        return code_list(CODED[key]).name(value)
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


@collector_paused()
def plan_import(db: Database, actor: Actor, path: str | Path, progress: Progress = NO_PROGRESS) -> ImportPlan:
    """Read, check and compare with the register. Writes nothing."""
    actor.require(MembersPerm.WRITE)
    progress.step(0, 0, translate("Members", "正在读取文件…"))
    table = read_table(path)
    org = OrgNames(db, actor)
    preview = parse_rows(
        table,
        import_columns(),
        _row_checks(org, actor),
        progress=lambda done, total: progress.step(
            done, total, translate("Members", "正在检查第 {n} 行…").format(n=done)
        ),
        cancelled=lambda: progress.cancelled,
    )
    plan = ImportPlan(Path(path).name, preview, unit_names=org.names, actor_id=actor.user_id)
    candidates = preview.valid_rows
    plan.id_hashes = {
        number: id_hashes(number) for number in (row.values["id_number"].number for row in candidates)
    }
    existing: dict[str, Any] = {}
    progress.step(0, 0, translate("Members", "正在与会员名册比对…"))
    with db.read(actor) as s:
        for chunk in _chunks(list(plan.id_hashes.values())):
            for m in s.execute(
                select(
                    Member.id,
                    Member.version,
                    Member.status,
                    Member.id_number,
                    Member.name,
                    Member.employee_no,
                    Member.phone,
                    Member.branch_id,
                    Member.group_id,
                    Member.base,
                    Member.trade,
                    Member.education,
                    Member.hire_date,
                    Member.join_date,
                    Member.notes,
                    Member.ethnicity,
                    Member.political_status,
                    Member.hukou_type,
                    Member.native_place,
                    Member.post,
                    Member.title,
                    Member.employment_form,
                    Member.card_no,
                ).where(Member.id_hash.in_([h for h, _ in chunk]))
            ):
                existing[vault.open_text(m.id_number, ID_NUMBER_CONTEXT, m.id)] = m
    extra: list[FieldProblem] = []
    id_label = label("id_number")
    for row in candidates:
        values = row.values
        place, _ = _resolve(org, actor, values)
        assert place is not None
        branch_id, group_id = place
        base = values.get("base") or org.bases.get(branch_id)
        plan.resolved[row.row_number] = (branch_id, group_id, base)
        current = existing.get(values["id_number"].number)
        if current is None:
            plan.new_rows.append(row)
            continue
        if not actor.can_see_branch(current.branch_id):
            extra.append(
                FieldProblem(
                    id_label,
                    translate("Members", "已在其他分工会登记，请联系该分工会办理调动"),
                    row.row_number,
                )
            )
            continue
        if current.status == MemberStatus.DECEASED:
            extra.append(FieldProblem(id_label, translate("Members", "属于已登记去世的会员"), row.row_number))
            continue
        incoming = dict(values, branch=branch_id, group=group_id, base=base)
        if values.get("employee_no"):
            incoming["employee_no"] = values["employee_no"].upper()
        changes, new_values = [], {}
        for key in COMPARED:
            after = incoming.get(key)
            before = getattr(current, {"branch": "branch_id", "group": "group_id"}.get(key, key))
            # A blank optional cell means "not given", never "erase what the register has".
            if after is None or after == before or (key == "group" and values.get("group") is None):
                continue
            changes.append(FieldChange(label(key), _shown(key, before, org), _shown(key, after, org)))
            new_values[key] = after
        if changes:
            plan.updates.append(
                MemberUpdate(
                    row.row_number, current.id, current.version, current.name, tuple(changes), new_values
                )
            )
        else:
            plan.unchanged += 1
    extra += _card_problems(db, actor, candidates, existing)
    if extra:
        preview.problems.extend(extra)
        preview.problems.sort(key=lambda p: p.row or 0)
        rejected = preview.rejected_row_numbers
        plan.new_rows = [r for r in plan.new_rows if r.row_number not in rejected]
        plan.updates = [u for u in plan.updates if u.row_number not in rejected]
    return plan


def _card_problems(
    db: Database, actor: Actor, rows: list[ParsedRow], existing: dict[str, Any]
) -> list[FieldProblem]:
    """Card numbers typed in the sheet: in a known pattern, not beyond the issued range, not
    someone else's. A member's own stored number passes unchanged."""
    typed = {}
    for row in rows:
        number = row.values.get("card_no")
        current = existing.get(row.values["id_number"].number)
        if number and (current is None or current.card_no != number):
            typed[row.row_number] = (number, current.id if current is not None else None)
    if not typed:
        return []
    problems = []
    with db.read(actor) as s:
        checker = cards.TypedCards(s)
        holders = checker.holders(sorted({number for number, _ in typed.values()}))
        for row_number, (number, member_id) in typed.items():
            problem = checker.sequence_problem(number)
            holder = holders.get(number)
            if problem is None and holder is not None and holder[0] != member_id:
                problem = cards.held_by(holder[1])
            if problem:
                problems.append(FieldProblem(label("card_no"), problem, row_number))
    return problems


@collector_paused()
def apply_import(
    db: Database, actor: Actor, plan: ImportPlan, mode: ImportMode, progress: Progress = NO_PROGRESS
) -> ImportOutcome:
    """Write the plan in one transaction. All-or-nothing refuses a plan with any problem."""
    actor.require(MembersPerm.WRITE)
    rows_to_apply(plan.preview, mode)  # raises when the mode forbids this plan or nothing is left
    total = len(plan.new_rows) + len(plan.updates)
    done = 0
    now = plan.stamp = utcnow()
    with db.transaction(actor) as s:
        _check_unchanged_since_preview(s, plan)
        # Writers hold the database's write lock (see Database.transaction), so every member
        # numbered above ``before`` that carries this import's stamp is one of this import's.
        before = s.execute(select(func.coalesce(func.max(Member.id), 0))).scalar_one()
        for batch in _chunks(plan.new_rows, INSERT_BATCH):
            progress.step(done, total, translate("Members", "正在写入新会员…"))
            try:
                rows = sealed_rows(s, Member.__table__, [_member_row(row, plan) for row in batch])
                s.execute(insert(Member.__table__), rows)
            except IntegrityError:  # the unique identity-number hash: someone added one since the preview
                raise _stale() from None
            done += len(batch)
        if plan.new_rows:  # the 入会 history rows in one statement, not one lookup per member
            s.execute(
                insert(MemberEvent.__table__).from_select(
                    [
                        "member_id",
                        "kind",
                        "event_date",
                        "to_branch_id",
                        "to_group_id",
                        "to_status",
                        "reason",
                        "recorded_at",
                        "recorded_by_id",
                    ],
                    select(
                        Member.id,
                        literal(EventKind.JOIN.value),
                        Member.join_date,
                        Member.branch_id,
                        Member.group_id,
                        literal(MemberStatus.ACTIVE.value),
                        literal(translate("Members", "Excel 导入")),
                        literal(now, DateTime),
                        literal(actor.user_id, Integer),
                    )
                    .where(Member.id > before, Member.created_at == literal(now, DateTime))
                    .order_by(Member.id),
                )
            )
        _apply_updates(s, actor, plan, progress, done, total)
        if plan.new_rows:
            record(
                s,
                "import",
                Member.__tablename__,
                None,
                translate("Members", "从 {file} 导入新会员 {n} 名").format(
                    file=plan.source, n=len(plan.new_rows)
                ),
            )
    progress.step(total, total)
    return ImportOutcome(len(plan.new_rows), len(plan.updates), plan.rejected)


def _join_date(row: ParsedRow) -> date:
    return row.values.get("join_date") or row.values["hire_date"]


def _member_row(row: ParsedRow, plan: ImportPlan) -> dict[str, Any]:
    v = row.values
    number: IdNumber = v["id_number"]
    branch_id, group_id, base = plan.resolved[row.row_number]
    full, initials = name_pinyin(v["name"])
    return {
        "name": v["name"],
        "name_pinyin": full,
        "name_initials": initials,
        "gender": number.gender,
        "id_number": number.number,  # sealed for its row, with its keyed hashes, by sealed_rows
        "birth_date": number.birth_date,
        "employee_no": v["employee_no"].upper() if v.get("employee_no") else None,
        "phone": v.get("phone"),
        "branch_id": branch_id,
        "group_id": group_id,
        "base": base,
        "trade": v.get("trade"),
        "education": v.get("education"),
        "hire_date": v.get("hire_date"),
        "join_date": _join_date(row),
        "status": MemberStatus.ACTIVE,
        "notes": v.get("notes"),
        "card_no": v.get("card_no"),
        **{key: v.get(key) for key in REALNAME_FIELDS},
        "version": 1,
        "updated_by_id": plan.actor_id,
        "created_at": plan.stamp,
        "updated_at": plan.stamp,
    }


def _stale() -> UserError:
    return UserError(
        translate("Members", "预览之后会员名册已有变动（他人修改或新增了其中的会员），请重新预览后再导入。")
    )


def _check_unchanged_since_preview(s: Any, plan: ImportPlan) -> None:
    """Members the plan updates must be as the preview saw them. (A new member someone added
    meanwhile is caught by the unique identity-number hash when the insert runs.)"""
    versions = {u.member_id: u.version for u in plan.updates}
    for chunk in _chunks(list(versions)):
        for member_id, version in s.execute(select(Member.id, Member.version).where(Member.id.in_(chunk))):
            if versions[member_id] != version:
                raise _stale()


def _apply_updates(s: Any, actor: Actor, plan: ImportPlan, progress: Progress, done: int, total: int) -> None:
    """Through the ORM, so each member's changes land in the audit log field by field."""
    by_id = {u.member_id: u for u in plan.updates}
    for chunk in _chunks(list(by_id)):
        progress.step(done, total, translate("Members", "正在更新已有会员…"))
        for member in s.execute(select(Member).where(Member.id.in_(chunk))).scalars():
            update = by_id[member.id]
            values = dict(update.values)
            branch_id = values.pop("branch", member.branch_id)
            group_id = values.pop("group", member.group_id if branch_id == member.branch_id else None)
            if (branch_id, group_id) != (member.branch_id, member.group_id):
                s.add(
                    MemberEvent(
                        member_id=member.id,
                        kind=EventKind.TRANSFER,
                        event_date=date.today(),
                        from_branch_id=member.branch_id,
                        from_group_id=member.group_id,
                        to_branch_id=branch_id,
                        to_group_id=group_id,
                        reason=translate("Members", "Excel 导入"),
                        recorded_by_id=actor.user_id,
                    )
                )
                member.branch_id, member.group_id = branch_id, group_id
            if "name" in values:
                member.name_pinyin, member.name_initials = name_pinyin(values["name"])
            if "employee_no" in values:
                values["employee_no"] = values["employee_no"].upper()
            for key, value in values.items():
                setattr(member, key, value)
        done += len(chunk)
        s.flush()
