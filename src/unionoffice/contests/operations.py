"""The contest operations of the service contract: each screen's call answered in one go.

Opening the tab reads the contest list, its filter choices and the first contest's visible page
in one session (``detail_in``); every service function called here checks the rights itself.
"""

from __future__ import annotations

import random
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar
from urllib.parse import quote, unquote

from sqlalchemy.orm import Session

from unionoffice.contests import exam_package
from unionoffice.contests.contract import (
    ADD_CONTESTANTS,
    APPLY_BANK,
    APPLY_ENTRIES,
    ASSIGN_JUDGE,
    BANK_TEMPLATE,
    COPY_CONTEST,
    DETAIL,
    ENTRY_TEMPLATE,
    EXPORT_BANK,
    EXPORT_DEFINITION,
    EXPORT_EXAM_PACKAGES,
    EXPORT_OUTCOMES,
    EXPORT_PACKAGES,
    EXPORT_PAPERS,
    EXPORT_RESULTS,
    EXPORT_SHEETS,
    GENERATE_PAPER,
    IMPORT_ANSWERS,
    IMPORT_DEFINITION,
    IMPORT_MARKS,
    IMPORT_PACKAGES,
    IMPORT_PAPER_ANSWERS,
    LIST,
    LIST_CONTESTANTS,
    LOCK,
    OPEN_SCHEME,
    OPEN_TAB,
    PLAN_BANK,
    PLAN_ENTRIES,
    PRACTICE_TEST,
    REMOVE_CONTESTANT,
    SAVE_SCHEME,
    UNASSIGN_JUDGE,
    UNLOCK,
    WITHDRAW,
    Added,
    AnswerUpload,
    BankExport,
    BankUpload,
    ContestantFilter,
    ContestCopy,
    ContestDetail,
    ContestFilter,
    DefinitionUpload,
    DetailRequest,
    EntryUpload,
    Files,
    JudgeAssign,
    LockChange,
    MarksOutcome,
    NewContestants,
    PaperInfo,
    PaperRequest,
    PracticeRequest,
    Report,
    ResultsExport,
    RoomPlan,
    SchemeForEdit,
    SchemeSave,
    TabOpen,
    TabScreen,
    Uploads,
    Withdrawal,
)
from unionoffice.contests.labels import ContestPage
from unionoffice.contests.service import (
    bank,
    definition,
    editing,
    entrants,
    entries,
    exam,
    exam_print,
    export,
    packages,
    results,
    sheets,
)
from unionoffice.contests.service.common import load_contest, page_in, require_admin, require_read
from unionoffice.core import staging
from unionoffice.core.auth.actor import Actor
from unionoffice.core.org.operations import reference_if_changed
from unionoffice.core.services import CallContext, implements
from unionoffice.db.database import Database
from unionoffice.foundation.contract import ById, Empty, FileData, ListQuery, ListWindow, Page, Saved
from unionoffice.foundation.errors import UserError
from unionoffice.foundation.i18n import translate
from unionoffice.foundation.importer import ImportMode
from unionoffice.foundation.importer.preview import ImportApply, ImportOutcome, ImportPreviewData

FIRST_PAGE = ListWindow()
T = TypeVar("T")


# Screens ----------------------------------------------------------------------------------------
def detail_in(
    s: Session,
    db: Database,
    actor: Actor,
    contest_id: int,
    page: ContestPage,
    text: str = "",
    window: ListWindow = FIRST_PAGE,
) -> ContestDetail:
    """A contest's head and one of its pages, read on the caller's session (the contest row once)."""
    contest = load_contest(s, actor, contest_id)
    head = entrants.contest_head(s, contest)
    if page is ContestPage.RESULTS:
        return ContestDetail(head, page, results=results.results_in(s, contest))
    if page is ContestPage.CONTESTANTS:
        source = entrants.contestants_of(db, actor, contest.id, text).sorted_by(
            window.sort, window.descending
        )
        return ContestDetail(head, page, contestants=page_in(s, source, window))
    if page is ContestPage.JUDGES:
        return ContestDetail(head, page, judges=entrants.judges_view_in(s, actor, contest))
    if page is ContestPage.BANK:
        return ContestDetail(head, page, bank=bank.bank_view_in(s, contest.trade))
    if page is ContestPage.EXAM:
        return ContestDetail(head, page, exam=exam.exam_view_in(s, actor, contest))
    return ContestDetail(head, page, scheme=definition.read_scheme(s, contest))


@implements(OPEN_TAB)
def _open_tab(ctx: CallContext, request: TabOpen) -> TabScreen:
    actor, window = ctx.actor, request.window
    source = entrants.contest_source(ctx.db, actor, request.filter).sorted_by(window.sort, window.descending)
    with ctx.db.read(actor) as s:
        org = reference_if_changed(s, actor, request.org_stamp)
        contests = page_in(s, source, window)
        years, trades = entrants.contest_choices(s, actor)
        listed = [row_id for row_id, _values in contests.rows]
        target = request.current if request.current in listed else (listed[0] if listed else None)
        detail = detail_in(s, ctx.db, actor, target, request.page) if target is not None else None
    return TabScreen(contests, years, trades, detail, org)


@implements(LIST)
def _list(ctx: CallContext, query: ListQuery[ContestFilter]) -> Page:
    window = query.window
    return (
        entrants.contest_source(ctx.db, ctx.actor, query.filter)
        .sorted_by(window.sort, window.descending)
        .page(window)
    )


@implements(DETAIL)
def _detail(ctx: CallContext, request: DetailRequest) -> ContestDetail:
    with ctx.db.read(ctx.actor) as s:
        return detail_in(s, ctx.db, ctx.actor, request.contest_id, request.page, request.text, request.window)


@implements(LIST_CONTESTANTS)
def _contestants(ctx: CallContext, query: ListQuery[ContestantFilter]) -> Page:
    window = query.window
    with ctx.db.read(ctx.actor) as s:
        contest = load_contest(s, ctx.actor, query.filter.contest_id)
        source = entrants.contestants_of(ctx.db, ctx.actor, contest.id, query.filter.text)
        return page_in(s, source.sorted_by(window.sort, window.descending), window)


# Contestants and judges -------------------------------------------------------------------------
@implements(ADD_CONTESTANTS)
def _add(ctx: CallContext, request: NewContestants) -> Added:
    return Added(entrants.register_members(ctx.db, ctx.actor, request.contest_id, request.member_ids))


@implements(REMOVE_CONTESTANT)
def _remove(ctx: CallContext, request: ById) -> Empty:
    entrants.remove_contestant(ctx.db, ctx.actor, request.id)
    return Empty()


@implements(ASSIGN_JUDGE)
def _assign(ctx: CallContext, request: JudgeAssign) -> Saved:
    return Saved(entrants.assign_judge(ctx.db, ctx.actor, request.event_id, request.user_id))


@implements(UNASSIGN_JUDGE)
def _unassign(ctx: CallContext, request: ById) -> Empty:
    entrants.unassign_judge(ctx.db, ctx.actor, request.id)
    return Empty()


# The scheme -------------------------------------------------------------------------------------
@implements(OPEN_SCHEME)
def _open_scheme(ctx: CallContext, request: ById) -> SchemeForEdit:
    return editing.load_for_edit(ctx.db, ctx.actor, request.id)


@implements(SAVE_SCHEME)
def _save_scheme(ctx: CallContext, request: SchemeSave) -> Saved:
    if request.contest_id is None:
        return Saved(definition.create_contest(ctx.db, ctx.actor, request.definition))
    definition.update_definition(ctx.db, ctx.actor, request.contest_id, request.definition, request.version)
    return Saved(request.contest_id)


@implements(COPY_CONTEST)
def _copy(ctx: CallContext, request: ContestCopy) -> SchemeForEdit:
    new_id = editing.copy_contest(ctx.db, ctx.actor, request.contest_id, request.year, request.name)
    return editing.load_for_edit(ctx.db, ctx.actor, new_id)


@implements(IMPORT_DEFINITION)
def _import_definition(ctx: CallContext, request: DefinitionUpload) -> Saved:
    d = definition.read_definition_bytes(request.file.content, request.file.name)
    return Saved(definition.create_from_definition(ctx.db, ctx.actor, d, request.year))


@implements(EXPORT_DEFINITION)
def _export_definition(ctx: CallContext, request: ById) -> FileData:
    d = definition.get_definition(ctx.db, ctx.actor, request.id)
    return FileData(f"{d.name}.json", definition.definition_bytes(d))


# Two-step imports ---------------------------------------------------------------------------------
# A staged file carries what it belongs to in its name ("contest-12/报名表.xlsx"): a confirmation that
# reaches another server process checks the file again and must know the contest (or trade).
def _stage(ctx: CallContext, context: str, file: FileData) -> str:
    return staging.stage(ctx.db, ctx.actor, FileData(f"{context}/{Path(file.name).name}", file.content))


def _staged(ctx: CallContext, key: str) -> tuple[str, FileData]:
    file = staging.staged(ctx.db, ctx.actor, key)
    context, _, name = file.name.partition("/")
    return context, FileData(name, file.content)


def _in_temp(file: FileData, use: Callable[[Path], T]) -> T:
    """``use(path)`` on the upload written to a temporary file (the importer reads paths)."""
    with tempfile.TemporaryDirectory(prefix="unionoffice-import-") as folder:
        path = Path(folder) / Path(file.name).name
        path.write_bytes(file.content)
        return use(path)


# Entries ----------------------------------------------------------------------------------------
def _entry_plan(ctx: CallContext, key: str, contest_id: int, file: FileData) -> entries.EntryPlan:
    plan = _in_temp(
        file, lambda path: entries.plan_entries(ctx.db, ctx.actor, contest_id, path, ctx.progress)
    )
    staging.remember(key, plan)
    return plan


@implements(PLAN_ENTRIES)
def _plan_entries(ctx: CallContext, request: EntryUpload) -> ImportPreviewData:
    entries.require_entrant(ctx.actor)
    key = _stage(ctx, f"contest-{request.contest_id}", request.file)
    return entries.preview_data(_entry_plan(ctx, key, request.contest_id, request.file), key)


@implements(APPLY_ENTRIES)
def _apply_entries(ctx: CallContext, request: ImportApply) -> ImportOutcome:
    plan = staging.recall(request.upload)
    if not isinstance(plan, entries.EntryPlan) or plan.actor_id != ctx.actor.user_id:
        context, file = _staged(ctx, request.upload)
        plan = _entry_plan(ctx, request.upload, int(context.removeprefix("contest-")), file)
    outcome = entries.apply_entries(ctx.db, ctx.actor, plan, ImportMode(request.mode), ctx.progress)
    staging.unstage(ctx.db, ctx.actor, request.upload)
    return outcome


@implements(ENTRY_TEMPLATE)
def _entry_template(ctx: CallContext, request: ById) -> FileData:
    entries.require_entrant(ctx.actor)
    with tempfile.TemporaryDirectory(prefix="unionoffice-export-") as folder:
        path = Path(folder) / translate("ContestEntries", "报名表模板.xlsx")
        entries.write_entry_template(path)
        return FileData(path.name, path.read_bytes())


@implements(WITHDRAW)
def _withdraw(ctx: CallContext, request: Withdrawal) -> Empty:
    entries.withdraw(ctx.db, ctx.actor, request.contestant_id, request.reason)
    return Empty()


# Packages, sheets, marks ------------------------------------------------------------------------
def _folder_files(folder: Path) -> list[FileData]:
    return [FileData(path.name, path.read_bytes()) for path in sorted(folder.iterdir()) if path.is_file()]


@implements(EXPORT_PACKAGES)
def _export_packages(ctx: CallContext, request: ById) -> Files:
    with tempfile.TemporaryDirectory(prefix="unionoffice-packages-") as work:
        folder, keys = Path(work) / "packages", Path(work) / "keys"
        made = packages.export_packages(ctx.db, ctx.actor, request.id, folder, ctx.progress, keys)
        lines = [
            translate("Contests", "{judge}　{event}　{n} 名选手　{file}").format(
                judge=e.judge_name, event=e.event_name, n=e.contestants, file=e.path.name
            )
            for e in made
        ]
        return Files(_folder_files(folder), lines, _folder_files(keys))


@implements(EXPORT_SHEETS)
def _export_sheets(ctx: CallContext, request: ById) -> Files:
    judges = entrants.list_judges(ctx.db, ctx.actor, request.id)
    with tempfile.TemporaryDirectory(prefix="unionoffice-sheets-") as folder:
        for n, j in enumerate(judges):
            ctx.progress.step(n, len(judges))
            target = Path(folder) / f"{packages.safe_name(f'{j.event_name}_{j.name}')}_评分表.xlsx"
            sheets.export_marking_sheet(ctx.db, ctx.actor, j.assignment_id, target)
        ctx.progress.step(len(judges), len(judges))
        return Files(_folder_files(Path(folder)), [j.name for j in judges])


@implements(IMPORT_PACKAGES)
def _import_packages(ctx: CallContext, request: Uploads) -> Report:
    lines, failed = [], 0
    for n, file in enumerate(request.files):
        ctx.progress.step(n, len(request.files))
        try:
            lines.append(packages.import_package_bytes(ctx.db, ctx.actor, file.content).describe())
        except UserError as error:
            failed += 1
            lines.append(
                translate("Contests", "{name}：未导入。{reason}").format(name=file.name, reason=error)
            )
    ctx.progress.step(len(request.files), len(request.files))
    return Report(lines, failed)


@implements(IMPORT_MARKS)
def _import_marks(ctx: CallContext, request: FileData) -> MarksOutcome:
    return _in_temp(request, lambda path: sheets.import_marking_sheet(ctx.db, ctx.actor, path, ctx.progress))


# Results ----------------------------------------------------------------------------------------
@implements(LOCK)
def _lock(ctx: CallContext, request: LockChange) -> Empty:
    results.lock_results(ctx.db, ctx.actor, request.contest_id, request.version)
    return Empty()


@implements(UNLOCK)
def _unlock(ctx: CallContext, request: LockChange) -> Empty:
    results.unlock_results(ctx.db, ctx.actor, request.contest_id, request.reason, request.version)
    return Empty()


WRITERS = {"xlsx": export.write_results_xlsx, "pdf": export.write_results_pdf, "csv": export.write_csv}


@implements(EXPORT_OUTCOMES)
def _export_outcomes(ctx: CallContext, request: ById) -> FileData:
    r = results.compute_results(ctx.db, ctx.actor, request.id)
    with tempfile.TemporaryDirectory(prefix="unionoffice-export-") as folder:
        path = Path(folder) / f"{packages.safe_name(r.name)}晋级与推荐名单.xlsx"
        export.write_outcomes_xlsx(r, path)
        return FileData(path.name, path.read_bytes())


@implements(EXPORT_RESULTS)
def _export_results(ctx: CallContext, request: ResultsExport) -> FileData:
    require_read(ctx.actor)
    writer = WRITERS.get(request.format)
    if writer is None:
        raise UserError(translate("Contests", "不支持的格式：{format}").format(format=request.format))
    r = results.compute_results(ctx.db, ctx.actor, request.contest_id)
    with tempfile.TemporaryDirectory(prefix="unionoffice-export-") as folder:
        path = Path(folder) / f"{packages.safe_name(r.name)}成绩.{request.format}"
        writer(r, path)
        return FileData(path.name, path.read_bytes())


# The question bank ------------------------------------------------------------------------------
def _bank_plan(ctx: CallContext, key: str, trade: str, file: FileData) -> bank.BankPlan:
    plan = _in_temp(file, lambda path: bank.plan_bank(ctx.db, ctx.actor, trade, path, ctx.progress))
    staging.remember(key, plan)
    return plan


@implements(PLAN_BANK)
def _plan_bank(ctx: CallContext, request: BankUpload) -> ImportPreviewData:
    require_admin(ctx.actor)
    key = _stage(ctx, "trade-" + quote(request.trade.strip(), safe=""), request.file)
    return bank.bank_preview(_bank_plan(ctx, key, request.trade, request.file), key)


@implements(APPLY_BANK)
def _apply_bank(ctx: CallContext, request: ImportApply) -> ImportOutcome:
    plan = staging.recall(request.upload)
    if not isinstance(plan, bank.BankPlan) or plan.actor_id != ctx.actor.user_id:
        context, file = _staged(ctx, request.upload)
        plan = _bank_plan(ctx, request.upload, unquote(context.removeprefix("trade-")), file)
    outcome = bank.apply_bank(ctx.db, ctx.actor, plan, ImportMode(request.mode))
    staging.unstage(ctx.db, ctx.actor, request.upload)
    return outcome


@implements(BANK_TEMPLATE)
def _bank_template(ctx: CallContext, _request: Empty) -> FileData:
    require_admin(ctx.actor)
    return _made(translate("ContestBank", "题库导入模板.xlsx"), bank.write_bank_template)


def _made(name: str, write: Callable[[Path], object]) -> FileData:
    """``write(path)`` into a temporary folder; the file's name and bytes."""
    with tempfile.TemporaryDirectory(prefix="unionoffice-export-") as folder:
        path = Path(folder) / name
        write(path)
        return FileData(path.name, path.read_bytes())


@implements(EXPORT_BANK)
def _export_bank(ctx: CallContext, request: BankExport) -> FileData:
    with ctx.db.read(ctx.actor) as s:
        found = bank.load_bank(s, ctx.actor, request.bank_id)
        questions = bank.questions_in(s, found.id)
    stem = translate("ContestBank", "{trade}题库第{n}版").format(trade=found.trade, n=found.version)
    if request.format == "xlsx":
        return _made(f"{stem}.xlsx", lambda path: bank.write_bank_xlsx(found, questions, path))
    return _made(f"{stem}练习册.pdf", lambda path: bank.write_bank_pdf(found, questions, path))


@implements(PRACTICE_TEST)
def _practice_test(ctx: CallContext, request: PracticeRequest) -> FileData:
    with ctx.db.read(ctx.actor) as s:
        found = bank.load_bank(s, ctx.actor, request.bank_id)
        questions = bank.questions_in(s, found.id)
        contest = load_contest(s, ctx.actor, request.contest_id) if request.contest_id else None
        plan = definition.exam_of(contest.exam_plan) if contest is not None else None
    plan = plan or bank.practice_plan(questions)
    rng = random.Random()
    drawn = bank.in_paper_order(bank.draw(questions, plan, rng), rng)
    name = translate("ContestBank", "{trade}模拟测试.pdf").format(trade=found.trade)
    return _made(name, lambda path: bank.write_practice_pdf(found.trade, drawn, plan, path))


# The theory exam --------------------------------------------------------------------------------
@implements(GENERATE_PAPER)
def _generate_paper(ctx: CallContext, request: PaperRequest) -> PaperInfo:
    return exam.generate_paper(ctx.db, ctx.actor, request.contest_id, request.bank_id)


@implements(EXPORT_PAPERS)
def _export_papers(ctx: CallContext, request: ById) -> Files:
    with tempfile.TemporaryDirectory(prefix="unionoffice-papers-") as folder:
        made = exam_print.export_papers(ctx.db, ctx.actor, request.id, Path(folder))
        return Files([FileData(p.name, p.read_bytes()) for p in made], [p.name for p in made])


@implements(EXPORT_EXAM_PACKAGES)
def _export_exam_packages(ctx: CallContext, request: RoomPlan) -> Files:
    made = exam.exam_packages(ctx.db, ctx.actor, request.contest_id, request.room_size, ctx.progress)
    with ctx.db.read(ctx.actor) as s:
        name = load_contest(s, ctx.actor, request.contest_id).name
    names = [f"{packages.safe_name(name)}_{p.name.replace(' ', '')}{exam_package.SUFFIX}" for p in made]
    slip = exam.key_slip(name, made, names)
    files = [FileData(n, p.data) for n, p in zip(names, made, strict=True)]
    files.append(FileData(translate("ContestExam", "考场密钥单.txt"), slip.encode("utf-8")))
    lines = [f"{p.name}　{p.seats} 人　{n}" for p, n in zip(made, names, strict=True)]
    return Files(files, lines)


@implements(IMPORT_ANSWERS)
def _import_answers(ctx: CallContext, request: AnswerUpload) -> Report:
    lines, failed = [], 0
    for n, file in enumerate(request.files):
        ctx.progress.step(n, len(request.files))
        try:
            lines.append(
                exam.import_answers_bytes(
                    ctx.db, ctx.actor, request.contest_id, file.content, request.room_id
                )
            )
        except UserError as error:
            failed += 1
            lines.append(
                translate("Contests", "{name}：未导入。{reason}").format(name=file.name, reason=error)
            )
    ctx.progress.step(len(request.files), len(request.files))
    return Report(lines, failed)


@implements(IMPORT_PAPER_ANSWERS)
def _import_paper_answers(ctx: CallContext, request: FileData) -> Report:
    return Report([_in_temp(request, lambda path: exam_print.import_paper_answers(ctx.db, ctx.actor, path))])
