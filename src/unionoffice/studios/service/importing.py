"""Import of existing achievement and honour spreadsheets through the shared importer.

People are named as 姓名（工号）, optionally followed by a share: ``张三（E100012）60%；李四（E100013）40%``.
Names alone are not unique among 12,000 members, so the employee number identifies the person
and the name must match it. Preview first (no writes); apply writes all chosen rows in one
transaction or nothing.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import func, select

from unionoffice.core.audit.recorder import record
from unionoffice.core.auth.actor import Actor
from unionoffice.core.org.labels import UnitKind
from unionoffice.core.org.models import OrgUnit
from unionoffice.db.database import Database
from unionoffice.foundation.errors import FieldProblem, ValidationError
from unionoffice.foundation.i18n import translate
from unionoffice.foundation.importer import (
    CellError,
    Column,
    ImportMode,
    ImportPreview,
    enum_parser,
    parse_date,
    parse_int,
    parse_rows,
    read_table,
    rows_to_apply,
    text_parser,
)
from unionoffice.foundation.importer.engine import RowValidator
from unionoffice.foundation.importer.table import Table
from unionoffice.foundation.progress import NO_PROGRESS, Progress
from unionoffice.members.api import Member
from unionoffice.studios.labels import FiveSmall, Kind, Level, Recipient
from unionoffice.studios.models import Achievement, Studio
from unionoffice.studios.perms import StudiosPerm
from unionoffice.studios.service.achievements import AchievementInput, create_achievement_in
from unionoffice.studios.service.checks import PersonShare, benefit_fen, normalize_reg_no, shares_problem
from unionoffice.studios.service.honours import HonourInput, create_honour_in
from unionoffice.studios.service.studios import person_text

_PERSON = re.compile(
    r"^(?P<name>[^()（）\d%]+?)\s*[(（]\s*(?P<no>[A-Za-z0-9-]+)\s*[)）]\s*(?:(?P<share>\d{1,3})\s*[%％]?)?$"
)
_PEOPLE_SPLIT = re.compile(r"[;；,，、\n]+")


def parse_people_cell(value: object) -> tuple[tuple[str, str, int | None], ...]:
    """``张三（E100012）60%；李四（E100013）40%`` → ((name, employee no, share or None), …)."""
    text = text_parser(1000)(value)
    people = []
    for part in filter(None, (p.strip() for p in _PEOPLE_SPLIT.split(text))):
        match = _PERSON.match(part)
        if not match:
            raise CellError(
                translate(
                    "Studios", "“{part}”应写成 姓名（工号），多人用“；”分隔，如 张三（E100012）60%"
                ).format(part=part)
            )
        share = match.group("share")
        people.append((match.group("name").strip(), match.group("no").upper(), int(share) if share else None))
    if not people:
        raise CellError(translate("Studios", "至少要有一名完成人"))
    return tuple(people)  # immutable: the importer hands one parsed cell to every row that repeats it


def _kind_choices() -> dict[str, tuple[Kind, FiveSmall | None]]:
    choices: dict[str, tuple[Kind, FiveSmall | None]] = {
        k.label: (k, None) for k in Kind if k is not Kind.FIVE_SMALL
    }
    choices.update(
        {
            "发明": (Kind.INVENTION, None),
            "实用新型": (Kind.UTILITY, None),
            "外观设计": (Kind.DESIGN, None),
            "软著": (Kind.SOFTWARE, None),
            "论文": (Kind.PAPER, None),
        }
    )
    choices.update({f.label: (Kind.FIVE_SMALL, f) for f in FiveSmall})
    return choices


def _reg_no_cell(value: object) -> str:
    """Spell a number one way before the engine's duplicate check: 201710601862.3 = ZL201710601862.3."""
    text = text_parser(64)(value)
    try:
        return normalize_reg_no(Kind.INVENTION, text) or ""
    except CellError:  # not a well-formed invention number: the row check judges it by its kind
        pass
    try:
        return normalize_reg_no(Kind.UTILITY, text) or ""
    except CellError:
        pass
    try:
        return normalize_reg_no(Kind.DESIGN, text) or ""
    except CellError:
        return text.upper().replace(" ", "")


def _benefit(value: object) -> int:
    return benefit_fen(value)


ACHIEVEMENT_COLUMNS = (
    Column("title", "成果名称", ("项目名称", "名称", "成果"), parser=text_parser(200)),
    Column(
        "kind",
        "类别",
        ("成果类别", "成果类型", "类型"),
        parser=enum_parser(_kind_choices()),
        hint="发明专利、实用新型专利、外观设计专利、软件著作权、技术论文，或五小类别：小发明、小创造、小革新、小设计、小建议",
    ),
    Column(
        "people",
        "完成人",
        ("完成人员", "主要完成人"),
        parser=parse_people_cell,
        hint="姓名（工号），多人用“；”分隔，可注明份额，如 张三（E100012）60%；李四（E100013）40%",
    ),
    Column("declared_on", "申报日期", ("申报时间",), parser=parse_date),
    Column("studio", "工作室", ("所属工作室",), required=False, parser=text_parser(100)),
    Column(
        "reg_no",
        "专利号/登记号",
        ("专利号", "登记号", "编号"),
        required=False,
        unique=True,
        text=True,
        parser=_reg_no_cell,
        hint="专利号如 ZL202310123456.7；软件著作权如 2023SR0123456；五小成果可留空",
    ),
    Column("filed_on", "申请日期", required=False, parser=parse_date),
    Column("granted_on", "授权日期", ("授权/登记日期",), required=False, parser=parse_date),
    Column("adopted_on", "采纳日期", ("应用日期",), required=False, parser=parse_date),
    Column(
        "benefit",
        "经济效益（元）",
        ("经济效益", "效益"),
        required=False,
        parser=_benefit,
        hint="以元为单位，最多两位小数；不要写“万”",
    ),
    Column("benefit_year", "效益年度", required=False, parser=parse_int),
    Column(
        "benefit_basis", "测算方式", ("效益测算方式", "测算依据"), required=False, parser=text_parser(200)
    ),
    Column("summary", "成果简介", ("简介", "内容摘要"), required=False, parser=text_parser(2000)),
)

HONOUR_COLUMNS = (
    Column("title", "荣誉名称", ("荣誉称号", "称号"), parser=text_parser(100)),
    Column(
        "level",
        "级别",
        ("荣誉级别",),
        parser=enum_parser(
            {lv.label: lv for lv in Level}
            | {
                "国家": Level.NATIONAL,
                "全国": Level.NATIONAL,
                "省": Level.PROVINCIAL,
                "市": Level.MUNICIPAL,
                "县": Level.COUNTY,
                "公司": Level.COMPANY,
            }
        ),
    ),
    Column("body", "授予单位", ("颁发单位", "授予机关"), parser=text_parser(100)),
    Column("year", "年度", ("获奖年度", "年份"), parser=parse_int),
    Column(
        "person",
        "获奖人",
        ("获奖个人",),
        required=False,
        parser=parse_people_cell,
        hint="个人荣誉填 姓名（工号）；集体或工作室荣誉留空",
    ),
    Column("studio", "工作室", required=False, parser=text_parser(100)),
    Column("team", "获奖集体", ("集体名称", "班组"), required=False, parser=text_parser(100)),
    Column("branch", "分工会", required=False, parser=text_parser(100), hint="集体荣誉必填"),
    Column("certificate_no", "证书编号", required=False, text=True, parser=text_parser(64)),
    Column("awarded_on", "授予日期", required=False, parser=parse_date),
)


@dataclass
class ImportResult:
    preview: ImportPreview
    kind: str  # "achievements" | "honours"
    resolved: dict[int, Any]  # spreadsheet row → the service input built from it


class _Lookup:
    """Members by employee number, studios and branches by name: loaded once per import."""

    def __init__(self, db: Database, actor: Actor) -> None:
        with db.read(actor) as s:
            self.members = {
                no.upper(): (mid, name, bid)
                for mid, no, name, bid in s.execute(
                    select(Member.id, Member.employee_no, Member.name, Member.branch_id).where(
                        Member.employee_no.is_not(None)
                    )
                )
                if no is not None
            }
            self.studios = {
                name: (sid, bid)
                for sid, name, bid in s.execute(select(Studio.id, Studio.name, Studio.branch_id))
            }
            self.branches = {
                name: uid
                for uid, name in s.execute(
                    select(OrgUnit.id, OrgUnit.name).where(OrgUnit.kind == UnitKind.BRANCH)
                )
            }
            self.reg_nos = set(s.scalars(select(Achievement.reg_no).where(Achievement.reg_no.is_not(None))))
        self.actor = actor

    def person(self, name: str, number: str) -> tuple[int, int]:
        found = self.members.get(number)
        if found is None:
            raise CellError(translate("Studios", "工号 {no} 不是会员").format(no=number), "people")
        if found[1] != name:
            raise CellError(
                translate("Studios", "工号 {no} 的会员是“{real}”，不是“{name}”").format(
                    no=number, real=found[1], name=name
                ),
                "people",
            )
        return found[0], found[2]


def _people(lookup: _Lookup, cell: Sequence[tuple[str, str, int | None]], column: str) -> list[PersonShare]:
    ids = []
    for name, number, _share in cell:
        try:
            ids.append(lookup.person(name, number)[0])
        except CellError as error:
            raise CellError(error.message, column) from None
    shares = [share for *_, share in cell]
    problem = shares_problem(shares)
    if problem:
        raise CellError(problem, column)
    return [PersonShare(mid, share) for mid, share in zip(ids, shares, strict=True)]


def preview_achievements(
    db: Database, actor: Actor, path: str | Path | Table, progress: Progress = NO_PROGRESS
) -> ImportResult:
    actor.require(StudiosPerm.WRITE)
    table = path if isinstance(path, Table) else read_table(path)
    lookup = _Lookup(db, actor)
    resolved: dict[int, AchievementInput] = {}  # id(values) → input

    def validate(values: dict[str, Any]) -> list[CellError]:
        errors: list[CellError] = []
        kind, sub = values["kind"]
        try:
            people = _people(lookup, values["people"], "people")
        except CellError as error:
            return [error]
        studio_id = None
        if values["studio"]:
            studio = lookup.studios.get(values["studio"])
            if studio is None:
                errors.append(
                    CellError(
                        translate("Studios", "没有名为“{name}”的工作室").format(name=values["studio"]),
                        "studio",
                    )
                )
            else:
                studio_id = studio[0]
        branch_id = (
            lookup.studios[values["studio"]][1] if studio_id else lookup.members[values["people"][0][1]][2]
        )
        if not actor.can_see_branch(branch_id):
            errors.append(CellError(translate("Studios", "不属于您负责的分工会"), "people"))
        try:
            reg_no = normalize_reg_no(kind, values["reg_no"])
            if reg_no and reg_no in lookup.reg_nos:
                errors.append(
                    CellError(translate("Studios", "{no} 已登记在系统中").format(no=reg_no), "reg_no")
                )
        except CellError as error:
            errors.append(CellError(error.message, "reg_no"))
        fen = values["benefit"] or 0
        if fen and not values["benefit_year"]:
            errors.append(CellError(translate("Studios", "填写了经济效益，请注明效益年度"), "benefit_year"))
        if fen and not values["benefit_basis"]:
            errors.append(CellError(translate("Studios", "填写了经济效益，请注明测算方式"), "benefit_basis"))
        if not errors:
            resolved[id(values)] = AchievementInput(
                title=values["title"],
                kind=kind,
                five_small_kind=sub,
                people=people,
                declared_on=values["declared_on"],
                studio_id=studio_id,
                branch_id=branch_id,
                summary=values["summary"] or "",
                filed_on=values["filed_on"],
                granted_on=values["granted_on"],
                adopted_on=values["adopted_on"],
                reg_no=values["reg_no"] or "",
                benefit=fen,
                benefit_year=values["benefit_year"],
                benefit_basis=values["benefit_basis"] or "",
            )
        return errors

    preview, rows = _parse(table, ACHIEVEMENT_COLUMNS, validate, resolved, progress)
    return ImportResult(preview, "achievements", rows)


def preview_honours(
    db: Database, actor: Actor, path: str | Path | Table, progress: Progress = NO_PROGRESS
) -> ImportResult:
    actor.require(StudiosPerm.WRITE)
    table = path if isinstance(path, Table) else read_table(path)
    lookup = _Lookup(db, actor)
    resolved: dict[int, HonourInput] = {}  # id(values) → input

    def validate(values: dict[str, Any]) -> list[CellError]:
        given = [k for k in ("person", "studio", "team") if values[k]]
        if len(given) != 1:
            return [CellError(translate("Studios", "获奖人、工作室、获奖集体三者须填且只填一项"), "person")]
        member_id = studio_id = branch_id = None
        recipient = {"person": Recipient.MEMBER, "studio": Recipient.STUDIO, "team": Recipient.TEAM}[given[0]]
        try:
            if recipient is Recipient.MEMBER:
                if len(values["person"]) != 1:
                    return [CellError(translate("Studios", "个人荣誉只能填一人"), "person")]
                name, number, _ = values["person"][0]
                member_id, branch_id = lookup.person(name, number)
            elif recipient is Recipient.STUDIO:
                studio = lookup.studios.get(values["studio"])
                if studio is None:
                    return [
                        CellError(
                            translate("Studios", "没有名为“{name}”的工作室").format(name=values["studio"]),
                            "studio",
                        )
                    ]
                studio_id, branch_id = studio
            else:
                branch_id = lookup.branches.get(values["branch"] or "")
                if branch_id is None:
                    return [CellError(translate("Studios", "集体荣誉须填写正确的分工会名称"), "branch")]
        except CellError as error:
            return [CellError(error.message, "person")]
        if not actor.can_see_branch(branch_id):
            return [CellError(translate("Studios", "不属于您负责的分工会"), "person")]
        if not 1950 <= values["year"] <= 2100:
            return [CellError(translate("Studios", "年度应在 1950—2100 之间"), "year")]
        resolved[id(values)] = HonourInput(
            title=values["title"],
            level=values["level"],
            body=values["body"],
            year=values["year"],
            recipient=recipient,
            member_id=member_id,
            studio_id=studio_id,
            team_name=values["team"] or "",
            branch_id=branch_id,
            certificate_no=values["certificate_no"] or "",
            awarded_on=values["awarded_on"],
        )
        return []

    preview, rows = _parse(table, HONOUR_COLUMNS, validate, resolved, progress)
    return ImportResult(preview, "honours", rows)


def _parse(
    table: Table,
    columns: Sequence[Column],
    validate: RowValidator,
    by_values: dict[int, Any],
    progress: Progress,
) -> tuple[ImportPreview, dict[int, Any]]:
    """Run the shared engine. The validator files each row's service input under ``id(values)``:
    the engine keeps that same dict in ``ParsedRow``, which gives the spreadsheet row number."""
    preview = parse_rows(
        table,
        columns,
        validate,
        progress=lambda done, total: progress.step(done, total),
        cancelled=lambda: progress.cancelled,
    )
    rejected = preview.rejected_row_numbers
    resolved = {
        row.row_number: by_values[id(row.values)]
        for row in preview.rows
        if id(row.values) in by_values and row.row_number not in rejected
    }
    return preview, resolved


def apply_import(
    db: Database, actor: Actor, result: ImportResult, mode: ImportMode = ImportMode.ALL_OR_NOTHING
) -> int:
    """Write the previewed rows in one transaction; any failure leaves the database untouched."""
    actor.require(StudiosPerm.WRITE)
    rows = rows_to_apply(result.preview, mode)
    create = create_achievement_in if result.kind == "achievements" else create_honour_in
    with db.transaction(actor) as s:
        s.info["audit_off"] = True  # one summary entry below instead of one per row
        for row in rows:
            try:
                create(s, actor, result.resolved[row.row_number])
            except ValidationError as error:
                raise ValidationError(
                    [FieldProblem(p.field, p.message, row.row_number) for p in error.problems]
                ) from None
        s.flush()
        s.info["audit_off"] = False
        label = (
            translate("Studios", "成果") if result.kind == "achievements" else translate("Studios", "荣誉")
        )
        record(
            s,
            "import",
            result.kind,
            None,
            translate("Studios", "导入{label} {n} 条").format(label=label, n=len(rows)),
        )
    return len(rows)


def resolve_people_text(db: Database, actor: Actor, text: str, field: str = "") -> list[PersonShare]:
    """What a form's 完成人 box holds (same syntax as the spreadsheet column) → checked people;
    problems are filed under ``field`` (完成人 unless given)."""
    actor.require(StudiosPerm.READ)
    field = field or translate("Studios", "完成人")
    try:
        cell = parse_people_cell(text)
    except CellError as error:
        raise ValidationError(FieldProblem(field, error.message)) from None
    with db.read(actor) as s:
        numbers = [number for _, number, _ in cell]
        found = {
            no.upper(): (mid, name, bid)
            for mid, no, name, bid in s.execute(
                select(Member.id, Member.employee_no, Member.name, Member.branch_id).where(
                    func.upper(Member.employee_no).in_(numbers)
                )
            )
            if no is not None
        }
    lookup = _Lookup.__new__(_Lookup)
    lookup.members, lookup.actor = found, actor
    try:
        return _people(lookup, cell, "people")
    except CellError as error:
        raise ValidationError(FieldProblem(field, error.message)) from None


def people_text(people: Sequence[PersonShare]) -> str:
    """People as a form shows them, in the syntax ``resolve_people_text`` reads back."""
    return "；".join(
        f"{p.name}（{p.employee_no}）" + ("" if p.share_pct is None else f"{p.share_pct}%") for p in people
    )


def member_text(db: Database, actor: Actor, member_id: int) -> str:
    """One member as a form writes them: 姓名（工号）."""
    with db.read(actor) as s:
        row = s.execute(select(Member.name, Member.employee_no).where(Member.id == member_id)).first()
    return person_text(row.name, row.employee_no) if row is not None else ""


def resolve_members(db: Database, actor: Actor, texts: Sequence[str], field: str) -> list[int]:
    """Rows of a form's member list, each one person written 姓名（工号）, → member ids; every bad
    row is named (第 n 行) under ``field``, and a person listed twice is refused."""
    actor.require(StudiosPerm.READ)
    cells: list[tuple[int, str, str]] = []
    problems: list[FieldProblem] = []
    for n, text in enumerate(texts, start=1):
        try:
            people = parse_people_cell(text)
        except CellError as error:
            problems.append(
                FieldProblem(field, translate("Studios", "第 {n} 行：").format(n=n) + error.message)
            )
            continue
        if len(people) != 1:
            problems.append(FieldProblem(field, translate("Studios", "第 {n} 行：每行只填一人").format(n=n)))
            continue
        name, number, _ = people[0]
        cells.append((n, name, number))
    with db.read(actor) as s:
        found = {
            no.upper(): (mid, name)
            for mid, no, name in s.execute(
                select(Member.id, Member.employee_no, Member.name).where(
                    func.upper(Member.employee_no).in_([number for _, _, number in cells])
                )
            )
            if no is not None
        }
    ids: list[int] = []
    for n, name, number in cells:
        member = found.get(number)
        if member is None:
            message = translate("Studios", "工号 {no} 不是会员").format(no=number)
        elif member[1] != name:
            message = translate("Studios", "工号 {no} 的会员是“{real}”，不是“{name}”").format(
                no=number, real=member[1], name=name
            )
        elif member[0] in ids:
            message = translate("Studios", "{name} 重复列出").format(name=name)
        else:
            ids.append(member[0])
            continue
        problems.append(FieldProblem(field, translate("Studios", "第 {n} 行：").format(n=n) + message))
    if problems:
        raise ValidationError(problems)
    return ids
