"""The studios operations of the service contract: each screen's call answered in one go.

Thin adapters over the services in ``service/``. Forms send people as typed (姓名（工号）份额);
their problems come back together with the rest of the form's, never one batch at a time.
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from datetime import date
from pathlib import Path

from unionoffice.core import staging
from unionoffice.core.org.operations import reference_if_changed
from unionoffice.core.services import CallContext, implements
from unionoffice.foundation.contract import ById, Empty, FileData, ListQuery, Page, Saved
from unionoffice.foundation.errors import FieldProblem, ValidationError
from unionoffice.foundation.i18n import translate
from unionoffice.foundation.importer import ImportMode, write_template
from unionoffice.foundation.importer.preview import SHOWN_ROWS, ImportApply, ImportOutcome, ImportPreviewData
from unionoffice.foundation.xlsx import Sheet, write_xlsx
from unionoffice.studios import contract as c
from unionoffice.studios.contract import (
    AchievementFilter,
    AchievementForm,
    AchievementFormOpen,
    AchievementInfo,
    AchievementInput,
    AchievementSave,
    AttachmentUpload,
    Choice,
    CompilationRequest,
    Compiled,
    Count,
    GradeSave,
    Headline,
    HonourFilter,
    HonourForm,
    HonourFormOpen,
    HonourInput,
    HonourSave,
    HonoursOpen,
    HonoursScreen,
    PersonHonours,
    RecognitionAdd,
    RoundClose,
    RoundNew,
    RoundsOpen,
    RoundsScreen,
    StatsScreen,
    StudioFilter,
    StudioForm,
    StudioFormOpen,
    StudioInput,
    StudioPage,
    StudioSave,
    StudiosOpen,
    StudiosScreen,
)
from unionoffice.studios.labels import Kind, Recipient
from unionoffice.studios.perms import StudiosPerm
from unionoffice.studios.service import (
    achievements,
    compilation,
    honours,
    importing,
    rounds,
    stats,
    studio_edit,
    studios,
)

# Studios ---------------------------------------------------------------------------------------


def _studio_page(ctx: CallContext, query: ListQuery[StudioFilter]) -> Page:
    source = studios.studio_source(ctx.db, ctx.actor, query.filter)
    return source.sorted_by(query.window.sort, query.window.descending).page(query.window)


@implements(c.OPEN_STUDIOS)
def _open_studios(ctx: CallContext, request: StudiosOpen) -> StudiosScreen:
    ctx.actor.require(StudiosPerm.READ)
    with ctx.db.read(ctx.actor) as s:
        org = reference_if_changed(s, ctx.actor, request.org_stamp)
    return StudiosScreen(_studio_page(ctx, ListQuery(request.filter, request.window)), org)


@implements(c.LIST_STUDIOS)
def _list_studios(ctx: CallContext, query: ListQuery[StudioFilter]) -> Page:
    return _studio_page(ctx, query)


@implements(c.STUDIO_PAGE)
def _studio(ctx: CallContext, request: ById) -> StudioPage:
    return studios.studio_page(ctx.db, ctx.actor, request.id)


@implements(c.OPEN_STUDIO_FORM)
def _open_studio_form(ctx: CallContext, request: StudioFormOpen) -> StudioForm:
    ctx.actor.require(StudiosPerm.READ)
    detail = studios.studio_detail(ctx.db, ctx.actor, request.studio_id) if request.studio_id else None
    with ctx.db.read(ctx.actor) as s:
        org = reference_if_changed(s, ctx.actor, request.org_stamp)
    return StudioForm(detail, org)


def _one_person(ctx: CallContext, text: str, label: str, problems: list[FieldProblem]) -> int:
    """The member written in ``text`` (姓名（工号）), or 0 with the problem added to ``problems``."""
    try:
        people = importing.resolve_people_text(ctx.db, ctx.actor, text, label)
    except ValidationError as error:
        problems.extend(error.problems)
        return 0
    if len(people) != 1:
        problems.append(FieldProblem(label, translate("Studios", "只能填一人")))
        return 0
    return people[0].member_id


@implements(c.SAVE_STUDIO)
def _save_studio(ctx: CallContext, request: StudioSave) -> Saved:
    """The whole studio form in one call: every problem at once, or everything written."""
    ctx.actor.require(StudiosPerm.WRITE)
    leader_label, members_label = translate("Studios", "领衔人"), translate("Studios", "成员")
    problems: list[FieldProblem] = []
    leader_id = _one_person(ctx, request.leader, leader_label, problems)
    if request.branch_id is None:
        problems.append(FieldProblem(translate("Studios", "分工会"), translate("Studios", "请选择分工会")))
    rows = [m for m in request.members if m.person.strip()]
    try:
        member_ids = importing.resolve_members(ctx.db, ctx.actor, [m.person for m in rows], members_label)
    except ValidationError as error:
        problems += error.problems
        member_ids = []
    people = [(mid, m.role.strip()) for mid, m in zip(member_ids, rows, strict=False)]
    data = StudioInput(
        name=request.name,
        leader_id=leader_id,
        branch_id=request.branch_id or 0,
        field=request.field,
        status=request.status,
        founded_on=request.founded_on,
        notes=request.notes,
    )
    if problems or request.check_only:
        if request.branch_id is not None:
            named = {p.field for p in problems}
            problems += [
                p
                for p in studio_edit.studio_problems(
                    ctx.db, ctx.actor, data, request.studio_id, request.recognitions
                )
                if p.field not in named
            ]
        if problems:
            raise ValidationError(problems)
        return Saved(request.studio_id or 0)
    saved = studio_edit.save_studio(
        ctx.db, ctx.actor, request.studio_id, data, request.recognitions, people, request.version
    )
    return Saved(saved)


@implements(c.ADD_RECOGNITION)
def _add_recognition(ctx: CallContext, request: RecognitionAdd) -> Saved:
    studio_edit.add_recognition(ctx.db, ctx.actor, request.studio_id, request.recognition, request.version)
    return Saved(request.studio_id)


# Achievements ----------------------------------------------------------------------------------


def _achievement_page(ctx: CallContext, query: ListQuery[AchievementFilter]) -> Page:
    source = achievements.achievement_source(ctx.db, ctx.actor, query.filter)
    return source.sorted_by(query.window.sort, query.window.descending).page(query.window)


@implements(c.LIST_ACHIEVEMENTS)
def _list_achievements(ctx: CallContext, query: ListQuery[AchievementFilter]) -> Page:
    return _achievement_page(ctx, query)


def _studio_choices(ctx: CallContext) -> list[Choice]:
    return [Choice(sid, name) for sid, name in studios.studio_choices(ctx.db, ctx.actor)]


@implements(c.OPEN_ACHIEVEMENT_FORM)
def _open_achievement_form(ctx: CallContext, request: AchievementFormOpen) -> AchievementForm:
    found = (
        achievements.get_achievement(ctx.db, ctx.actor, request.achievement_id)
        if request.achievement_id
        else None
    )
    return AchievementForm(found, _studio_choices(ctx), importing.people_text(found.people) if found else "")


@implements(c.GET_ACHIEVEMENT)
def _get_achievement(ctx: CallContext, request: ById) -> AchievementInfo:
    return achievements.get_achievement(ctx.db, ctx.actor, request.id)


@implements(c.SAVE_ACHIEVEMENT)
def _save_achievement(ctx: CallContext, request: AchievementSave) -> Saved:
    ctx.actor.require(StudiosPerm.WRITE)
    people_label = translate("Studios", "完成人")
    problems: list[FieldProblem] = []
    try:
        people = importing.resolve_people_text(ctx.db, ctx.actor, request.people, people_label)
    except ValidationError as error:
        problems += error.problems
        people = []
    if request.declared_on is None:
        problems.append(FieldProblem(translate("Studios", "申报日期"), translate("Studios", "必须填写")))
    data = AchievementInput(
        title=request.title,
        kind=request.kind,
        five_small_kind=request.five_small_kind,
        people=people,
        declared_on=request.declared_on or date.today(),
        studio_id=request.studio_id,
        summary=request.summary,
        filed_on=request.filed_on,
        granted_on=request.granted_on,
        adopted_on=request.adopted_on,
        reg_no=request.reg_no,
        benefit=request.benefit,
        benefit_year=request.benefit_year,
        benefit_basis=request.benefit_basis,
    )
    if problems or request.check_only:
        # The rest of the form is checked too, so the clerk sees every problem at once.
        try:
            achievements.validate_achievement(ctx.db, ctx.actor, data, request.achievement_id)
        except ValidationError as error:
            problems += [p for p in error.problems if p.field != people_label]
        if problems:
            raise ValidationError(problems)
        return Saved(request.achievement_id or 0)
    if request.achievement_id is None:
        return Saved(achievements.create_achievement(ctx.db, ctx.actor, data))
    achievements.update_achievement(ctx.db, ctx.actor, request.achievement_id, data, request.version)
    return Saved(request.achievement_id)


@implements(c.DELETE_ACHIEVEMENT)
def _delete_achievement(ctx: CallContext, request: ById) -> Empty:
    found = achievements.get_achievement(ctx.db, ctx.actor, request.id)
    achievements.delete_achievement(ctx.db, ctx.actor, request.id, found.version)
    return Empty()


@implements(c.ADD_ATTACHMENT)
def _add_attachment(ctx: CallContext, request: AttachmentUpload) -> Saved:
    name = Path(request.file.name).name
    return Saved(
        achievements.add_attachment(ctx.db, ctx.actor, request.achievement_id, name, request.file.content)
    )


# Imports ---------------------------------------------------------------------------------------


def _checked(ctx: CallContext, kind: str, key: str, file: FileData) -> importing.ImportResult:
    """Check the staged file (kept in memory for the confirmation)."""
    with tempfile.TemporaryDirectory(prefix="unionoffice-import-") as folder:
        path = Path(folder) / Path(file.name).name
        path.write_bytes(file.content)
        check = importing.preview_achievements if kind == "achievements" else importing.preview_honours
        result = check(ctx.db, ctx.actor, path, ctx.progress)
    staging.remember(key, (ctx.actor.user_id, result))
    return result


def _plan(
    ctx: CallContext, kind: str, file: FileData, headers: list[str], shown: Callable[[object], list[str]]
) -> ImportPreviewData:
    ctx.actor.require(StudiosPerm.WRITE)
    key = staging.stage(ctx.db, ctx.actor, file)
    result = _checked(ctx, kind, key, file)
    preview = result.preview
    rows = sorted(result.resolved.items())[:SHOWN_ROWS]
    return ImportPreviewData(
        upload=key,
        source=file.name,
        total_rows=len(preview.rows),
        problems=list(preview.problems),
        rejected_rows=len(preview.rejected_row_numbers),
        new_count=len(result.resolved),
        new_headers=[translate("Studios", "行号"), *headers],
        new_rows=[[str(number), *shown(value)] for number, value in rows],
        notes=list(preview.notes),
        ignored_columns=list(preview.ignored_columns),
    )


def _apply(ctx: CallContext, kind: str, request: ImportApply) -> ImportOutcome:
    kept = staging.recall(request.upload)
    if isinstance(kept, tuple) and kept[0] == ctx.actor.user_id and kept[1].kind == kind:
        result: importing.ImportResult = kept[1]
    else:  # another server process checked it, or this one restarted: check the staged file again
        result = _checked(ctx, kind, request.upload, staging.staged(ctx.db, ctx.actor, request.upload))
    mode = ImportMode(request.mode)
    written = importing.apply_import(ctx.db, ctx.actor, result, mode)
    staging.unstage(ctx.db, ctx.actor, request.upload)
    skipped = len(result.preview.rejected_row_numbers) if mode is ImportMode.VALID_ROWS_ONLY else 0
    return ImportOutcome(inserted=written, rejected=skipped)


def _achievement_row(value: object) -> list[str]:
    assert isinstance(value, AchievementInput)
    kind = value.five_small_kind.label if value.five_small_kind else value.kind.label
    return [value.title, kind, value.reg_no, value.declared_on.isoformat()]


def _honour_row(value: object) -> list[str]:
    assert isinstance(value, HonourInput)
    return [value.title, value.level.label, str(value.year), value.recipient.label]


@implements(c.PLAN_ACHIEVEMENT_IMPORT)
def _plan_achievements(ctx: CallContext, file: FileData) -> ImportPreviewData:
    headers = [
        translate("Studios", "成果名称"),
        translate("Studios", "类别"),
        translate("Studios", "专利号/登记号"),
        translate("Studios", "申报日期"),
    ]
    return _plan(ctx, "achievements", file, headers, _achievement_row)


@implements(c.APPLY_ACHIEVEMENT_IMPORT)
def _apply_achievements(ctx: CallContext, request: ImportApply) -> ImportOutcome:
    return _apply(ctx, "achievements", request)


@implements(c.PLAN_HONOUR_IMPORT)
def _plan_honours(ctx: CallContext, file: FileData) -> ImportPreviewData:
    headers = [
        translate("Studios", "荣誉名称"),
        translate("Studios", "级别"),
        translate("Studios", "年度"),
        translate("Studios", "类型"),
    ]
    return _plan(ctx, "honours", file, headers, _honour_row)


@implements(c.APPLY_HONOUR_IMPORT)
def _apply_honours(ctx: CallContext, request: ImportApply) -> ImportOutcome:
    return _apply(ctx, "honours", request)


def _written(write: Callable[[Path], object], name: str) -> FileData:
    """Run ``write(path)`` into a temporary file and return its name and bytes."""
    with tempfile.TemporaryDirectory(prefix="unionoffice-export-") as folder:
        path = Path(folder) / name
        write(path)
        return FileData(path.name, path.read_bytes())


@implements(c.ACHIEVEMENT_TEMPLATE)
def _achievement_template(ctx: CallContext, _request: Empty) -> FileData:
    ctx.actor.require(StudiosPerm.READ)
    return _written(lambda path: write_template(path, importing.ACHIEVEMENT_COLUMNS), "成果导入模板.xlsx")


@implements(c.HONOUR_TEMPLATE)
def _honour_template(ctx: CallContext, _request: Empty) -> FileData:
    ctx.actor.require(StudiosPerm.READ)
    return _written(lambda path: write_template(path, importing.HONOUR_COLUMNS), "荣誉导入模板.xlsx")


# Evaluation rounds ------------------------------------------------------------------------------


def _entries_page(ctx: CallContext, query: ListQuery[AchievementFilter]) -> Page:
    source = rounds.round_entry_source(ctx.db, ctx.actor, query.filter.round_id or 0)
    return source.sorted_by(query.window.sort, query.window.descending).page(query.window)


@implements(c.OPEN_ROUNDS)
def _open_rounds(ctx: CallContext, request: RoundsOpen) -> RoundsScreen:
    every = rounds.list_rounds(ctx.db, ctx.actor)
    current = next((r for r in every if r.id == request.round_id), every[0] if every else None)
    if current is None:
        return RoundsScreen(every, None, Page([], 0, 0))
    page = _entries_page(ctx, ListQuery(AchievementFilter(round_id=current.id), request.window))
    return RoundsScreen(every, current, page)


@implements(c.LIST_ROUND_ENTRIES)
def _list_round_entries(ctx: CallContext, query: ListQuery[AchievementFilter]) -> Page:
    return _entries_page(ctx, query)


@implements(c.NEW_ROUND)
def _new_round(ctx: CallContext, request: RoundNew) -> Saved:
    return Saved(rounds.open_round(ctx.db, ctx.actor, request.year, request.quarter, request.panel))


@implements(c.COLLECT)
def _collect(ctx: CallContext, request: ById) -> Count:
    return Count(rounds.collect(ctx.db, ctx.actor, request.id))


@implements(c.WITHDRAW)
def _withdraw(ctx: CallContext, request: ById) -> Empty:
    rounds.withdraw(ctx.db, ctx.actor, request.id)
    return Empty()


@implements(c.SAVE_GRADE)
def _save_grade(ctx: CallContext, request: GradeSave) -> Saved:
    rounds.record_grade(
        ctx.db, ctx.actor, request.achievement_id, request.grade, request.comment, request.version
    )
    return Saved(request.achievement_id)


@implements(c.CLOSE_ROUND)
def _close_round(ctx: CallContext, request: RoundClose) -> Count:
    return Count(rounds.close_round(ctx.db, ctx.actor, request.round_id, request.version))


# Honours ---------------------------------------------------------------------------------------


def _honour_page(ctx: CallContext, query: ListQuery[HonourFilter]) -> Page:
    source = honours.honour_source(ctx.db, ctx.actor, query.filter)
    return source.sorted_by(query.window.sort, query.window.descending).page(query.window)


@implements(c.OPEN_HONOURS)
def _open_honours(ctx: CallContext, request: HonoursOpen) -> HonoursScreen:
    page = _honour_page(ctx, ListQuery(request.filter, request.window))
    return HonoursScreen(page, honours.honour_years(ctx.db, ctx.actor))


@implements(c.LIST_HONOURS)
def _list_honours(ctx: CallContext, query: ListQuery[HonourFilter]) -> Page:
    return _honour_page(ctx, query)


@implements(c.PERSON_HONOURS)
def _person_honours(ctx: CallContext, request: ById) -> PersonHonours:
    honour = honours.get_honour(ctx.db, ctx.actor, request.id)
    if honour.member_id is None:
        return PersonHonours("")
    return PersonHonours(honour.recipient_name, honours.person_honours(ctx.db, ctx.actor, honour.member_id))


@implements(c.OPEN_HONOUR_FORM)
def _open_honour_form(ctx: CallContext, request: HonourFormOpen) -> HonourForm:
    honour = honours.get_honour(ctx.db, ctx.actor, request.honour_id) if request.honour_id else None
    member = importing.member_text(ctx.db, ctx.actor, honour.member_id) if honour and honour.member_id else ""
    with ctx.db.read(ctx.actor) as s:
        org = reference_if_changed(s, ctx.actor, request.org_stamp)
    return HonourForm(honour, _studio_choices(ctx), member, org)


@implements(c.DELETE_HONOUR)
def _delete_honour(ctx: CallContext, request: ById) -> Empty:
    found = honours.get_honour(ctx.db, ctx.actor, request.id)
    honours.delete_honour(ctx.db, ctx.actor, request.id, found.version)
    return Empty()


@implements(c.SAVE_HONOUR)
def _save_honour(ctx: CallContext, request: HonourSave) -> Saved:
    ctx.actor.require(StudiosPerm.WRITE)
    problems: list[FieldProblem] = []
    member_id = None
    if request.recipient is Recipient.MEMBER:
        member_id = _one_person(ctx, request.member, translate("Studios", "获奖人"), problems) or None
    data = HonourInput(
        title=request.title,
        level=request.level,
        body=request.body,
        year=request.year,
        recipient=request.recipient,
        member_id=member_id,
        studio_id=request.studio_id if request.recipient is Recipient.STUDIO else None,
        team_name=request.team_name if request.recipient is Recipient.TEAM else "",
        branch_id=request.branch_id if request.recipient is Recipient.TEAM else None,
        certificate_no=request.certificate_no,
        awarded_on=request.awarded_on,
    )
    if problems or request.check_only:
        named = {p.field for p in problems}
        problems += [p for p in honours.honour_problems(ctx.db, ctx.actor, data) if p.field not in named]
        if problems:
            raise ValidationError(problems)
        return Saved(request.honour_id or 0)
    if request.honour_id is None:
        return Saved(honours.create_honour(ctx.db, ctx.actor, data))
    honours.update_honour(ctx.db, ctx.actor, request.honour_id, data, request.version)
    return Saved(request.honour_id)


# Statistics and the compilation -----------------------------------------------------------------


@implements(c.STATISTICS)
def _statistics(ctx: CallContext, _request: Empty) -> StatsScreen:
    st = stats.statistics(ctx.db, ctx.actor)
    headline = Headline(
        studios=st.studios_total,
        inventions=st.patent_total(Kind.INVENTION),
        utility_models=st.patent_total(Kind.UTILITY),
        benefit_fen=st.benefit_total_fen,
        five_small=st.five_small_total,
        class_one_plus=st.class_one_plus,
    )
    return StatsScreen(headline, stats.stat_tables(st))


@implements(c.EXPORT_STATISTICS)
def _export_statistics(ctx: CallContext, _request: Empty) -> FileData:
    tables = stats.stat_tables(stats.statistics(ctx.db, ctx.actor))
    sheets = [Sheet(t.title, t.headers, t.rows) for t in tables]
    return _written(lambda path: write_xlsx(path, sheets), "创新成果统计.xlsx")


@implements(c.COMPILATION)
def _compilation(ctx: CallContext, request: CompilationRequest) -> Compiled:
    with ctx.db.read(ctx.actor) as s:
        org = reference_if_changed(s, ctx.actor, None)
    union = org.company if org is not None else ""
    entries: list[int] = []
    name = translate("Studios", "{year}年度职工创新成果汇编").format(year=request.year)

    def write(path: Path) -> None:
        if request.format == "xlsx":
            entries.append(compilation.write_compilation_xlsx(ctx.db, ctx.actor, request.year, path))
        else:
            entries.append(
                compilation.write_compilation_pdf(
                    ctx.db, ctx.actor, request.year, path, ctx.progress, union_name=union
                )
            )

    file = _written(write, f"{name}.{'xlsx' if request.format == 'xlsx' else 'pdf'}")
    return Compiled(file, entries[0])
