"""What the contest screens may ask of the contest services, and what they get back.

Plain data only. The services (``service/``) build these records and ``operations.py`` answers
the operations below. Marks and maxima in the scheme are exact decimals; raw marks are integer
hundredths. Opening the tab is one call (``OPEN_TAB``: the contest list, its filter choices and
the first contest's visible page); choosing a contest or a page is one call (``DETAIL``).
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date
from decimal import Decimal

from unionoffice.contests.labels import ContestPage
from unionoffice.core.org.contract import OrgReference
from unionoffice.foundation.contract import (
    ById,
    ColumnDef,
    Empty,
    FileData,
    ListQuery,
    ListWindow,
    Operation,
    Page,
    Saved,
)
from unionoffice.foundation.i18n import translate
from unionoffice.foundation.importer.preview import ImportApply, ImportOutcome, ImportPreviewData


def number_text(value: Decimal) -> str:
    """A decimal as people write it: 30, 25.5 (no exponent, no trailing zeros)."""
    return f"{value.normalize():f}"


# The scheme -------------------------------------------------------------------------------------
@dataclass(frozen=True)
class ItemDef:
    code: str
    name: str
    kind: str  # labels.ItemKind
    max_marks: Decimal
    weight: Decimal = Decimal(1)


@dataclass(frozen=True)
class EventDef:
    code: str
    name: str
    kind: str  # labels.EventKind
    weight_pct: Decimal
    items: tuple[ItemDef, ...]
    aggregation: str = "trimmed"  # labels.AggregationRule
    drop_n: int = 1
    drop_min_judges: int = 5


@dataclass(frozen=True)
class EntryRules:
    """Who may enter: skill levels (labels.SkillLevel values), age on the contest day (or on the
    day of entry when the contest has no date), and entries per branch union. None: no limit."""

    min_level: int | None = None
    max_level: int | None = None
    min_age: int | None = None
    max_age: int | None = None
    branch_quota: int | None = None


@dataclass(frozen=True)
class ExamLine:
    """One line of the theory paper's blueprint: ``count`` questions of ``kind`` from knowledge
    area ``area`` ("" = any area), ``points`` each."""

    kind: str  # labels.QuestionKind
    area: str
    count: int
    points: Decimal


@dataclass(frozen=True)
class ExamPlan:
    lines: tuple[ExamLine, ...]
    minutes: int = 90

    @property
    def total(self) -> Decimal:
        return sum((line.points * line.count for line in self.lines), Decimal(0))

    @property
    def questions(self) -> int:
        return sum(line.count for line in self.lines)


NO_RULES = EntryRules()


@dataclass(frozen=True)
class ContestDef:
    name: str
    year: int
    trade: str
    events: tuple[EventDef, ...]
    base: str | None = None
    venue: str = ""
    deploy_date: date | None = None
    bank_date: date | None = None
    practice_date: date | None = None
    contest_date: date | None = None
    no_own_branch: bool = True
    round_places: int = 2
    tie_break: tuple[str, ...] = ("event:practical",)  # "event:CODE" | "item:EVENT/ITEM"
    award_mode: str = "count"  # labels.AwardMode
    award_levels: tuple[tuple[str, Decimal], ...] = field(default_factory=tuple)
    judge_flag_pct: Decimal = Decimal(5)
    pass_line: Decimal | None = None  # nobody below it gets an award, whatever the rank
    promote_awards: tuple[str, ...] = ()  # award levels whose winners go up a skill level
    recommend_awards: tuple[str, ...] = ()  # award levels whose winners are recommended for honours
    entry: EntryRules = NO_RULES
    exam: ExamPlan | None = None

    def for_year(self, year: int, name: str | None = None) -> ContestDef:
        """Next year's contest: same scheme, dates cleared."""
        return replace(
            self,
            year=year,
            name=name or self.name.replace(str(self.year), str(year)),
            deploy_date=None,
            bank_date=None,
            practice_date=None,
            contest_date=None,
        )


def theory_item(events: tuple[EventDef, ...]) -> tuple[EventDef, ItemDef] | None:
    """The item the theory paper's marks land in: the only measured item of the only theory event."""
    theory = [e for e in events if e.kind == "theory"]
    if len(theory) != 1:
        return None
    measured = [i for i in theory[0].items if i.kind == "measured"]
    return (theory[0], measured[0]) if len(measured) == 1 else None


THEORY_WEIGHT_USUAL = Decimal(30)


def scheme_warnings(d: ContestDef) -> list[str]:
    """What is allowed but unusual; shown while the scheme is edited and when a file is imported."""
    warnings = []
    theory = sum((e.weight_pct for e in d.events if e.kind == "theory"), Decimal(0))
    if theory > THEORY_WEIGHT_USUAL:
        warnings.append(
            translate("ContestDefinition", "理论考试权重 {w}% 超过通常的 {usual}%，请确认。").format(
                w=number_text(theory), usual=number_text(THEORY_WEIGHT_USUAL)
            )
        )
    if d.award_levels and d.pass_line is None:
        warnings.append(translate("ContestDefinition", "没有设合格线：排名靠前即可获奖，不论成绩高低。"))
    return warnings


@dataclass(frozen=True)
class SchemeForEdit:
    """The scheme editor's opening: the definition, the version to save against, and whether the
    events and items may still change (and why not)."""

    contest_id: int
    version: int
    definition: ContestDef
    marks: int
    locked: bool

    @property
    def events_editable(self) -> bool:
        return not self.locked and not self.marks

    def refusal(self) -> str:
        """Why the events and items cannot change, in words for the admin; empty when they can."""
        if self.locked:
            return translate(
                "ContestEditing", "成绩已锁定，竞赛方案不能再修改。如需沿用此方案，请“复制为新竞赛”。"
            )
        if self.marks:
            return translate(
                "ContestEditing",
                "已录入 {n} 条评分，科目和评分细则不能再修改（评分依附于细则）；名称、日期、场地、名次与奖项仍可修改。"
                "如需调整科目或细则，请“复制为新竞赛”。",
            ).format(n=self.marks)
        return ""


# The contest list --------------------------------------------------------------------------------
@dataclass(frozen=True)
class ContestFilter:
    year: int | None = None
    trade: str | None = None
    base: str | None = None


def contest_columns() -> tuple[ColumnDef, ...]:
    return (
        ColumnDef("year", translate("Contests", "年度"), align="center", width=6),
        ColumnDef("name", translate("Contests", "竞赛"), width=30),
        ColumnDef("trade", translate("Contests", "工种"), width=12),
        ColumnDef("base", translate("Contests", "基地"), align="center", width=7),
        ColumnDef("contestants", translate("Contests", "选手"), align="right", width=7),
        ColumnDef("state", translate("Contests", "状态"), sortable=False, align="center", width=8),
    )


@dataclass(frozen=True)
class ContestSummary:
    id: int
    name: str
    year: int
    trade: str
    base: str | None
    locked: bool
    contestants: int
    version: int


@dataclass(frozen=True, kw_only=True)
class ContestHead:
    """What the tab shows above a contest's pages."""

    id: int
    name: str
    year: int
    trade: str
    base: str | None
    venue: str
    deploy_date: date | None
    bank_date: date | None
    practice_date: date | None
    contest_date: date | None
    locked: bool
    version: int
    contestants: int


# Contestants --------------------------------------------------------------------------------------
@dataclass(frozen=True)
class ContestantFilter:
    contest_id: int
    text: str = ""


def contestant_columns() -> tuple[ColumnDef, ...]:
    return (
        ColumnDef("bib", translate("Contests", "参赛号"), align="center", width=7),
        ColumnDef("name", translate("Contests", "姓名"), width=10),
        ColumnDef("branch", translate("Contests", "分工会"), width=16),
        ColumnDef("employee_no", translate("Contests", "工号"), sortable=False, width=10),
        ColumnDef("trade", translate("Contests", "工种"), sortable=False, width=12),
        ColumnDef("level", translate("Contests", "技能等级"), align="center", width=10),
        ColumnDef("status", translate("Contests", "状态"), align="center", width=8),
        ColumnDef("note", translate("Contests", "退赛理由"), sortable=False, width=20),
    )


@dataclass(frozen=True)
class NewContestants:
    contest_id: int
    member_ids: list[int]


@dataclass(frozen=True)
class Added:
    count: int


@dataclass(frozen=True)
class EntryUpload:
    """A branch's entry list (employee number, name, trade, skill level, base) for one contest."""

    contest_id: int
    file: FileData


@dataclass(frozen=True)
class Withdrawal:
    contestant_id: int
    reason: str


# Judges -------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class JudgeInfo:
    assignment_id: int
    event_id: int
    event_name: str
    user_id: int
    name: str
    branch_names: str
    records_measured: bool
    last_seq: int


@dataclass(frozen=True)
class JudgeUser:
    id: int
    name: str
    branches: str = ""  # branch unions the judge belongs to (the conflict-of-interest rule)


@dataclass(frozen=True)
class EventChoice:
    id: int
    name: str


@dataclass(frozen=True)
class JudgesView:
    judges: list[JudgeInfo]
    # For contest admins only (empty otherwise): the line-up editor's choices and its warnings.
    events: list[EventChoice] = field(default_factory=list)
    users: list[JudgeUser] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class JudgeAssign:
    event_id: int
    user_id: int


# Results ------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class EventColumn:
    id: int
    code: str
    name: str
    kind: str
    weight_pct: Decimal


@dataclass(frozen=True)
class ResultRow:
    contestant_id: int
    member_id: int
    bib: str
    name: str
    branch: str
    event_scores: tuple[Decimal | None, ...]  # in the order of ``ContestResults.events``
    final: Decimal | None
    rank: int | None
    award: str
    tie_note: str
    reason: str = ""  # why unranked, or ranked without an award (absent, incomplete, below the pass line)
    withdrawn: bool = False


@dataclass(frozen=True, kw_only=True)
class OutcomeRow:
    """A prize winner and what the award brings: a skill level up, a recommendation for honours."""

    contestant_id: int
    member_id: int
    bib: str
    name: str
    branch: str
    award: str
    rank: int
    final: Decimal
    level_before: int | None  # labels.SkillLevel value, as entered
    level_after: int | None  # the level proposed; None when not promoted
    promote: bool
    recommend: bool


@dataclass(frozen=True)
class JudgeStat:
    judge_id: int
    name: str
    marks: int
    mean_pct: Decimal
    mean_abs_pct: Decimal
    flagged: bool


@dataclass(frozen=True, kw_only=True)
class ContestResults:
    contest_id: int
    name: str
    year: int
    trade: str
    base: str | None
    venue: str
    locked: bool
    locked_at: str
    locked_by: str
    marks_match_lock: bool | None  # None while unlocked
    events: tuple[EventColumn, ...]
    rows: tuple[ResultRow, ...]
    judges: tuple[JudgeStat, ...]
    rules: tuple[str, ...]  # the stated rules, printed under the results
    mark_count: int
    participants: int = (
        0  # contestants who took part (not withdrawn, at least one mark): award shares are of these
    )
    pass_line: Decimal | None = None
    outcomes: tuple[OutcomeRow, ...] = ()


def result_table(r: ContestResults) -> tuple[list[str], list[list[str]]]:
    """The ranking as the screen shows it and the exports write it: a header and rows of text."""
    header = [
        translate("ContestResults", "名次"),
        translate("ContestResults", "参赛号"),
        translate("ContestResults", "姓名"),
        translate("ContestResults", "分工会"),
    ]
    header += [f"{e.name}（{number_text(e.weight_pct)}%）" for e in r.events]
    header += [
        translate("ContestResults", "总成绩"),
        translate("ContestResults", "奖项"),
        translate("ContestResults", "备注"),
    ]
    rows = []
    for row in r.rows:
        note = "；".join(n for n in (row.tie_note, row.reason) if n)
        rows.append(
            [
                str(row.rank or ""),
                row.bib,
                row.name,
                row.branch,
                *("" if v is None else str(v) for v in row.event_scores),
                "" if row.final is None else str(row.final),
                row.award,
                note,
            ]
        )
    return header, rows


@dataclass(frozen=True)
class PrizeWinner:
    member_id: int
    name: str
    branch_name: str
    award_level: str
    rank: int
    final_score: Decimal
    contest_title: str
    contest_year: int
    trade: str
    outcome: str = ""  # 晋升为技师；推荐评选荣誉 (the outcome list), for certificates and honours


@dataclass(frozen=True)
class MarksOutcome:
    contest_id: int
    event_name: str
    judge_name: str
    added: int
    changed: int
    removed: int
    unchanged: int

    @property
    def touched(self) -> bool:
        return bool(self.added or self.changed or self.removed)

    def describe(self) -> str:
        if not self.touched:
            return translate(
                "ContestMarks", "{judge}（{event}）的评分与已导入的完全相同，未作任何更改。"
            ).format(judge=self.judge_name, event=self.event_name)
        return translate(
            "ContestMarks",
            "{judge}（{event}）：新增 {added} 个评分，修改 {changed} 个，删除 {removed} 个，未变 {same} 个。",
        ).format(
            judge=self.judge_name,
            event=self.event_name,
            added=self.added,
            changed=self.changed,
            removed=self.removed,
            same=self.unchanged,
        )


@dataclass(frozen=True)
class LockChange:
    contest_id: int
    version: int
    reason: str = ""  # unlocking needs one


@dataclass(frozen=True)
class ResultsExport:
    contest_id: int
    format: str  # "xlsx" | "pdf" | "csv"


# The question bank ---------------------------------------------------------------------------------
@dataclass(frozen=True)
class BankInfo:
    id: int
    trade: str
    version: int
    source: str
    questions: int
    created_at: str
    created_by: str


@dataclass(frozen=True)
class AreaCount:
    area: str
    kind: str  # labels.QuestionKind
    count: int


@dataclass(frozen=True)
class BankView:
    """The banks of the contest's trade (newest version first) and what the newest one holds."""

    trade: str
    versions: list[BankInfo]
    counts: list[AreaCount] = field(default_factory=list)


@dataclass(frozen=True)
class BankUpload:
    trade: str
    file: FileData


@dataclass(frozen=True)
class BankExport:
    bank_id: int
    format: str  # "pdf" (the practice booklet) | "xlsx" (the bank as a workbook)


@dataclass(frozen=True)
class PracticeRequest:
    """A practice test drawn from ``bank_id`` by the contest's blueprint (or a standard one)."""

    bank_id: int
    contest_id: int | None = None


# The theory exam -----------------------------------------------------------------------------------
@dataclass(frozen=True)
class PaperInfo:
    bank_id: int
    bank_version: int
    created_at: str
    created_by: str
    questions: int
    total: Decimal
    by_kind: list[tuple[str, int]]  # (labels.QuestionKind, count) in paper order


@dataclass(frozen=True)
class RoomInfo:
    id: int
    number: int
    seats: int
    version_a: int
    version_b: int
    answered: int  # contestants whose answers were marked
    files: int  # answers files imported (one per laptop)


@dataclass(frozen=True, kw_only=True)
class ExamView:
    plan: ExamPlan | None
    theory_item: str  # the item the marks land in, "" when the scheme has none
    theory_max: Decimal | None
    bank: BankInfo | None  # the newest bank of the trade (a new paper draws from it)
    paper: PaperInfo | None
    rooms: list[RoomInfo]
    marked: int
    problems: list[str]  # why a paper cannot be drawn yet


@dataclass(frozen=True)
class PaperRequest:
    contest_id: int
    bank_id: int | None = None  # None: the newest version of the contest's trade


@dataclass(frozen=True)
class RoomPlan:
    contest_id: int
    room_size: int = 30


@dataclass(frozen=True)
class AnswerUpload:
    """Answers files back from the rooms; ``room_id`` given: each must be that room's."""

    contest_id: int
    files: list[FileData]
    room_id: int | None = None


# Screens ------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class DetailRequest:
    """One page of one contest; ``window`` and ``text`` are the contestant list's."""

    contest_id: int
    page: ContestPage
    text: str = ""
    window: ListWindow = ListWindow()


@dataclass(frozen=True)
class ContestDetail:
    """The head of a contest and the page that was asked for (the others stay None)."""

    head: ContestHead
    page: ContestPage
    results: ContestResults | None = None
    contestants: Page | None = None
    judges: JudgesView | None = None
    scheme: ContestDef | None = None
    bank: BankView | None = None
    exam: ExamView | None = None


@dataclass(frozen=True)
class TabOpen:
    """Opening (or refreshing) the tab: the list under ``filter`` and, of ``current`` (when it is
    still listed, else the first contest), the page ``page``."""

    filter: ContestFilter
    window: ListWindow
    page: ContestPage = ContestPage.RESULTS
    current: int | None = None
    org_stamp: str | None = None


@dataclass(frozen=True)
class TabScreen:
    contests: Page
    years: list[int]
    trades: list[str]
    detail: ContestDetail | None = None
    org: OrgReference | None = None


# Files --------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Files:
    """Files produced for a folder (judge packages, marking sheets). ``keys`` (the judges' key
    slip) are written apart, to ``key_folder(folder)``: never among the packages, so the package
    folder can be copied to the judges' laptops without the keys."""

    files: list[FileData]
    lines: list[str] = field(default_factory=list)  # what was made, one line each
    keys: list[FileData] = field(default_factory=list)


@dataclass(frozen=True)
class Uploads:
    files: list[FileData]


@dataclass(frozen=True)
class Report:
    """What an import did, a line per file."""

    lines: list[str]
    failed: int = 0


@dataclass(frozen=True)
class SchemeSave:
    """A new contest (``contest_id`` None) or a changed scheme at ``version``."""

    definition: ContestDef
    contest_id: int | None = None
    version: int = 0


@dataclass(frozen=True)
class ContestCopy:
    contest_id: int
    year: int
    name: str | None = None


@dataclass(frozen=True)
class DefinitionUpload:
    file: FileData
    year: int | None = None  # None: the year written in the file


OPEN_TAB = Operation("contests.open_tab", TabOpen, TabScreen)
LIST = Operation("contests.list", ListQuery[ContestFilter], Page)
DETAIL = Operation("contests.detail", DetailRequest, ContestDetail)
LIST_CONTESTANTS = Operation("contests.contestants", ListQuery[ContestantFilter], Page)
ADD_CONTESTANTS = Operation("contests.add_contestants", NewContestants, Added, write=True)
REMOVE_CONTESTANT = Operation("contests.remove_contestant", ById, Empty, write=True)
ASSIGN_JUDGE = Operation("contests.assign_judge", JudgeAssign, Saved, write=True)
UNASSIGN_JUDGE = Operation("contests.unassign_judge", ById, Empty, write=True)
OPEN_SCHEME = Operation("contests.open_scheme", ById, SchemeForEdit)
SAVE_SCHEME = Operation("contests.save_scheme", SchemeSave, Saved, write=True)
COPY_CONTEST = Operation("contests.copy", ContestCopy, SchemeForEdit, write=True)
IMPORT_DEFINITION = Operation("contests.import_definition", DefinitionUpload, Saved, write=True)
EXPORT_DEFINITION = Operation("contests.export_definition", ById, FileData)
EXPORT_PACKAGES = Operation("contests.export_packages", ById, Files, job=True)
EXPORT_SHEETS = Operation("contests.export_sheets", ById, Files, job=True)
IMPORT_PACKAGES = Operation("contests.import_packages", Uploads, Report, write=True, job=True)
IMPORT_MARKS = Operation("contests.import_marks", FileData, MarksOutcome, write=True, job=True)
LOCK = Operation("contests.lock", LockChange, Empty, write=True)
UNLOCK = Operation("contests.unlock", LockChange, Empty, write=True)
EXPORT_RESULTS = Operation("contests.export_results", ResultsExport, FileData, job=True)
EXPORT_OUTCOMES = Operation("contests.export_outcomes", ById, FileData, job=True)
PLAN_ENTRIES = Operation("contests.plan_entries", EntryUpload, ImportPreviewData, write=True, job=True)
APPLY_ENTRIES = Operation("contests.apply_entries", ImportApply, ImportOutcome, write=True, job=True)
ENTRY_TEMPLATE = Operation("contests.entry_template", ById, FileData)
WITHDRAW = Operation("contests.withdraw", Withdrawal, Empty, write=True)
PLAN_BANK = Operation("contests.plan_bank", BankUpload, ImportPreviewData, write=True, job=True)
APPLY_BANK = Operation("contests.apply_bank", ImportApply, ImportOutcome, write=True, job=True)
BANK_TEMPLATE = Operation("contests.bank_template", Empty, FileData)
EXPORT_BANK = Operation("contests.export_bank", BankExport, FileData, job=True)
PRACTICE_TEST = Operation("contests.practice_test", PracticeRequest, FileData, job=True)
GENERATE_PAPER = Operation("contests.generate_paper", PaperRequest, PaperInfo, write=True)
EXPORT_PAPERS = Operation("contests.export_papers", ById, Files, job=True)
EXPORT_EXAM_PACKAGES = Operation("contests.export_exam_packages", RoomPlan, Files, write=True, job=True)
IMPORT_ANSWERS = Operation("contests.import_answers", AnswerUpload, Report, write=True, job=True)
IMPORT_PAPER_ANSWERS = Operation("contests.import_paper_answers", FileData, Report, write=True, job=True)
