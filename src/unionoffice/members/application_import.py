"""Applications from HR's new-hire sheet (新入职人员名单), on the shared importer and the one preview.

Each new hire becomes a pending application (随入职随申请: applied on the hire date unless the
sheet says otherwise). People already in the register or dead are problems of their row; someone
whose application is already pending is left as it is (HR often sends the same list again).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import select

from unionoffice.core.audit.recorder import record
from unionoffice.core.auth.actor import Actor
from unionoffice.db.database import Database
from unionoffice.foundation.bulk import collector_paused
from unionoffice.foundation.errors import FieldProblem
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
from unionoffice.foundation.importer.preview import ImportOutcome
from unionoffice.foundation.progress import NO_PROGRESS, Progress
from unionoffice.members.applications import register_problem
from unionoffice.members.contract import field_label as label
from unionoffice.members.importing import realname_columns
from unionoffice.members.labels import ApplicationStatus
from unionoffice.members.models import MemberApplication, id_hashes
from unionoffice.members.org_names import OrgNames
from unionoffice.members.perms import MembersPerm
from unionoffice.members.pinyin import name_pinyin
from unionoffice.members.service import REALNAME_FIELDS

CHUNK = 900


def import_columns() -> list[Column]:
    return [
        Column("name", label("name"), ("名字", "员工姓名", "职工姓名", "新员工姓名"), parser=parse_name),
        Column(
            "id_number",
            label("id_number"),
            ("身份证号码", "身份证", "公民身份号码", "证件号码", "身份证件号码"),
            parser=parse_id_number,
            unique=True,
            text=True,
        ),
        Column("gender", label("gender"), ("性 别",), required=False, parser=parse_gender),
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
            "hire_date",
            label("hire_date"),
            ("入职时间", "报到日期", "到岗日期", "入厂日期", "入职日"),
            parser=parse_date,
        ),
        Column(
            "applied_on",
            label("applied_on"),
            ("入会申请日期", "申请时间", "申请入会日期"),
            required=False,
            parser=parse_date,
            hint=translate("Members", "可不填，默认为入职日期（随入职随申请）"),
        ),
        Column("trade", label("trade"), ("工种", "岗位", "工种岗位"), required=False, parser=text_parser(64)),
        Column(
            "education", label("education"), ("文化程度", "最高学历"), required=False, parser=text_parser(32)
        ),
        *realname_columns(),
        Column(
            "from_org",
            label("other_org"),
            ("原单位工会", "原工会", "转出单位工会", "原工作单位工会"),
            required=False,
            parser=text_parser(128),
            hint=translate("Members", "原是其他单位工会会员、凭介绍信转入时填写"),
        ),
        Column(
            "letter_no",
            label("letter_no"),
            ("介绍信号", "会员关系介绍信编号", "转会介绍信编号"),
            required=False,
            parser=text_parser(64),
            text=True,
        ),
        Column("notes", label("notes"), ("说明",), required=False, parser=text_parser(2000)),
    ]


def write_application_template(path: str | Path) -> None:
    example = generate_id_number("410702", date(2003, 5, 1), 123, "F")
    write_template(
        path,
        import_columns(),
        [
            [
                "李晓",
                example,
                "女",
                "E200101",
                "13912345678",
                "心兴分工会",
                "合成车间小组",
                "2026-12-01",
                "",
                "化工总控工",
                "大专",
                "汉族",
                "共青团员",
                "农村",
                "河南新乡",
                "",
                "",
                "劳动合同制",
                "",
                "",
                "",
            ],
        ],
    )


@dataclass
class ApplicationPlan:
    """What the preview shows; plain data, kept between the check and the confirmation."""

    source: str
    preview: ImportPreview
    new_rows: list[ParsedRow] = field(default_factory=list)
    places: dict[int, tuple[int, int | None]] = field(default_factory=dict)  # row → branch, group
    already_pending: int = 0
    names: dict[int, str] = field(default_factory=dict)
    actor_id: int | None = None


def _row_checks(org: OrgNames, actor: Actor) -> Callable[[dict[str, Any]], list[CellError]]:
    today = date.today()

    def check(values: dict[str, Any]) -> list[CellError]:
        _, errors = org.resolve(actor, values.get("branch"), values.get("group"))
        number: IdNumber = values["id_number"]
        if values.get("gender") and values["gender"] != number.gender:
            errors.append(CellError(translate("Members", "与身份证号不符"), "gender"))
        for key in ("hire_date", "applied_on"):
            value = values.get(key)
            if value is not None and value > today:
                errors.append(CellError(translate("Members", "不能晚于今天"), key))
            elif value is not None and value < number.birth_date:
                errors.append(CellError(translate("Members", "早于出生日期"), key))
        if values.get("letter_no") and not values.get("from_org"):
            errors.append(CellError(translate("Members", "有介绍信时须填写原单位工会"), "from_org"))
        return errors

    return check


@collector_paused()
def plan_import(
    db: Database, actor: Actor, path: str | Path, progress: Progress = NO_PROGRESS
) -> ApplicationPlan:
    """Read and check the sheet against the register and the pending applications; writes nothing."""
    actor.require(MembersPerm.WRITE)
    progress.step(0, 0, translate("Members", "正在读取文件…"))
    org = OrgNames(db, actor)
    preview = parse_rows(
        read_table(path),
        import_columns(),
        _row_checks(org, actor),
        progress=lambda done, total: progress.step(
            done, total, translate("Members", "正在检查第 {n} 行…").format(n=done)
        ),
        cancelled=lambda: progress.cancelled,
    )
    plan = ApplicationPlan(Path(path).name, preview, names=dict(org.names), actor_id=actor.user_id)
    rows = preview.valid_rows
    hashes = {row.row_number: id_hashes(row.values["id_number"].number)[0] for row in rows}
    extra: list[FieldProblem] = []
    with db.read(actor) as s:
        pending: set[str] = set()
        values = list(hashes.values())
        for start in range(0, len(values), CHUNK):
            pending.update(
                h
                for h in s.execute(
                    select(MemberApplication.id_hash).where(
                        MemberApplication.id_hash.in_(values[start : start + CHUNK]),
                        MemberApplication.status == ApplicationStatus.PENDING,
                    )
                ).scalars()
                if h is not None
            )
        for row in rows:
            if hashes[row.row_number] in pending:
                plan.already_pending += 1
                continue
            problem = register_problem(s, row.values["id_number"].number)
            if problem:
                extra.append(FieldProblem(label("id_number"), problem, row.row_number))
                continue
            place, _ = org.resolve(actor, row.values.get("branch"), row.values.get("group"))
            assert place is not None
            plan.places[row.row_number] = place
            plan.new_rows.append(row)
    if extra:
        preview.problems.extend(extra)
        preview.problems.sort(key=lambda p: p.row or 0)
        rejected = preview.rejected_row_numbers
        plan.new_rows = [r for r in plan.new_rows if r.row_number not in rejected]
    return plan


def apply_import(
    db: Database, actor: Actor, plan: ApplicationPlan, mode: ImportMode, progress: Progress = NO_PROGRESS
) -> ImportOutcome:
    """Write the new applications in one transaction."""
    actor.require(MembersPerm.WRITE)
    rows_to_apply(plan.preview, mode)
    with db.transaction(actor) as s:
        for done, row in enumerate(plan.new_rows):
            if done % 500 == 0:
                progress.step(done, len(plan.new_rows), translate("Members", "正在写入入会申请…"))
            v = row.values
            number: IdNumber = v["id_number"]
            branch_id, group_id = plan.places[row.row_number]
            full, initials = name_pinyin(v["name"])
            s.add(
                MemberApplication(
                    name=v["name"],
                    name_pinyin=full,
                    name_initials=initials,
                    gender=number.gender,
                    id_number=number.number,
                    birth_date=number.birth_date,
                    employee_no=v["employee_no"].upper() if v.get("employee_no") else None,
                    phone=v.get("phone"),
                    branch_id=branch_id,
                    group_id=group_id,
                    trade=v.get("trade"),
                    education=v.get("education"),
                    hire_date=v.get("hire_date"),
                    applied_on=v.get("applied_on") or v.get("hire_date") or date.today(),
                    source="import",
                    from_org=v.get("from_org"),
                    letter_no=v.get("letter_no"),
                    notes=v.get("notes"),
                    status=ApplicationStatus.PENDING,
                    **{key: v.get(key) for key in REALNAME_FIELDS},
                )
            )
        record(
            s,
            "import",
            MemberApplication.__tablename__,
            None,
            translate("Members", "从 {file} 导入入会申请 {n} 份").format(
                file=plan.source, n=len(plan.new_rows)
            ),
        )
    return ImportOutcome(len(plan.new_rows), 0, len(plan.preview.rejected_row_numbers))
