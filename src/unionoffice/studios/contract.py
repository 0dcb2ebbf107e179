"""What the studio screens may ask of the studios services, and what they get back.

Plain data only. The records (``StudioInfo``, ``AchievementInfo``, ``HonourInfo``, ``RoundInfo`` …)
are built by the services in ``service/`` and cross the contract as they are; ``operations.py``
answers the operations below. Money is integer fen, shares whole percents.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

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
from unionoffice.studios.labels import (
    FiveSmall,
    Grade,
    Kind,
    Level,
    Recipient,
    RoundStatus,
    Status,
    StudioStatus,
)

# Records -----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class PersonShare:
    """A contributor and their share in whole percent; None when no share was stated for anyone
    (a reward is then split equally)."""

    member_id: int
    share_pct: int | None
    name: str = ""
    employee_no: str = ""


@dataclass(frozen=True)
class StudioInput:
    name: str
    leader_id: int
    branch_id: int
    field: str = ""
    status: StudioStatus = StudioStatus.ACTIVE
    founded_on: date | None = None
    notes: str = ""


@dataclass(frozen=True)
class RecognitionInput:
    """One recognition (命名) of a studio; ``id`` names a stored one the studio form edits."""

    level: Level
    recognised_on: date
    body: str
    document_no: str = ""
    id: int | None = None


@dataclass(frozen=True, kw_only=True)
class StudioInfo:
    id: int
    name: str
    leader_id: int
    leader_name: str
    branch_id: int
    branch_name: str
    field: str
    level: str
    level_label: str
    status: str
    status_label: str
    founded_on: date | None
    notes: str
    version: int


@dataclass(frozen=True)
class RecognitionInfo:
    level_label: str
    recognised_on: date
    body: str
    document_no: str


@dataclass(frozen=True)
class StudioPerson:
    member_id: int
    name: str
    role: str
    joined_on: date | None
    achievements: int


@dataclass(frozen=True)
class StudioAchievementRow:
    id: int
    title: str
    kind_label: str
    reg_no: str
    date: date | None
    status_label: str
    grade_label: str
    benefit: str


@dataclass(frozen=True)
class StudioPage:
    studio: StudioInfo
    recognitions: list[RecognitionInfo]
    people: list[StudioPerson]
    achievements: list[StudioAchievementRow]
    patent_count: int
    invention_count: int
    benefit_fen: int


@dataclass(frozen=True)
class AchievementInput:
    title: str
    kind: Kind
    people: list[PersonShare]
    declared_on: date
    five_small_kind: FiveSmall | None = None
    studio_id: int | None = None
    branch_id: int | None = None  # taken from the studio, else from the first person, when None
    summary: str = ""
    filed_on: date | None = None
    granted_on: date | None = None
    adopted_on: date | None = None
    reg_no: str = ""
    benefit: str | int = ""  # yuan as typed; or fen as int when already parsed by the importer
    benefit_year: int | None = None
    benefit_basis: str = ""


@dataclass(frozen=True, kw_only=True)
class AchievementInfo:
    id: int
    title: str
    kind: Kind
    five_small_kind: FiveSmall | None
    studio_id: int | None
    studio_name: str
    branch_id: int
    summary: str
    declared_on: date
    filed_on: date | None
    granted_on: date | None
    adopted_on: date | None
    reg_no: str
    benefit_fen: int
    benefit_year: int | None
    benefit_basis: str
    status: Status
    round_id: int | None
    grade: Grade | None
    grade_comment: str
    people: list[PersonShare] = field(default_factory=list)
    version: int = 1


@dataclass(frozen=True)
class AttachmentInfo:
    id: int
    file_name: str
    size: int


@dataclass(frozen=True)
class HonourInput:
    title: str
    level: Level
    body: str
    year: int
    recipient: Recipient
    member_id: int | None = None
    studio_id: int | None = None
    team_name: str = ""
    branch_id: int | None = None  # needed for a team; taken from the member or studio otherwise
    certificate_no: str = ""
    awarded_on: date | None = None


@dataclass(frozen=True, kw_only=True)
class HonourInfo:
    id: int
    title: str
    level: Level
    body: str
    year: int
    recipient: Recipient
    recipient_name: str
    member_id: int | None
    studio_id: int | None
    branch_id: int
    certificate_no: str
    awarded_on: date | None
    version: int


@dataclass(frozen=True)
class RoundInfo:
    id: int
    year: int
    quarter: int
    status: RoundStatus
    opened_on: date
    closed_on: date | None
    panel: str
    entries: int
    graded: int  # entries with any decision, "not graded" included
    version: int

    @property
    def title(self) -> str:
        return translate("Studios", "{year} 年第 {quarter} 季度").format(year=self.year, quarter=self.quarter)


@dataclass(frozen=True)
class StatTable:
    title: str
    headers: list[str]
    rows: list[list[str | int]]  # the last row may be a 合计 row


# Filters and list columns -------------------------------------------------------------------------


@dataclass(frozen=True)
class StudioFilter:
    text: str = ""
    level: str | None = None
    branch_id: int | None = None


@dataclass(frozen=True)
class AchievementFilter:
    text: str = ""
    kind: str | None = None
    status: str | None = None
    studio_id: int | None = None
    year: int | None = None
    round_id: int | None = None
    # Drill-downs from the dashboard: one branch union, a quarter's round and grade, patents
    # granted in a year, benefit booked to a year.
    branch_id: int | None = None
    round_year: int | None = None
    quarter: int | None = None
    grade: str | None = None
    granted_year: int | None = None
    benefit_year: int | None = None


@dataclass(frozen=True)
class HonourFilter:
    text: str = ""
    year: int | None = None
    level: str | None = None


def studio_columns() -> tuple[ColumnDef, ...]:
    return (
        ColumnDef("name", translate("Studios", "工作室名称"), width=24),
        ColumnDef("leader", translate("Studios", "领衔人"), width=8),
        ColumnDef("level", translate("Studios", "级别")),
        ColumnDef("branch", translate("Studios", "分工会"), width=14),
        ColumnDef("field", translate("Studios", "领域"), width=14),
        ColumnDef("status", translate("Studios", "状态")),
        ColumnDef("count", translate("Studios", "成果数"), align="right"),
        ColumnDef("benefit", translate("Studios", "经济效益（元）"), align="right", width=16),
    )


def achievement_columns() -> tuple[ColumnDef, ...]:
    return (
        ColumnDef("title", translate("Studios", "成果名称"), width=30),
        ColumnDef("kind", translate("Studios", "类别")),
        ColumnDef("studio", translate("Studios", "工作室"), width=16),
        ColumnDef("people", translate("Studios", "完成人"), sortable=False, width=16),
        ColumnDef("reg_no", translate("Studios", "专利号/登记号"), width=18),
        ColumnDef("declared_on", translate("Studios", "申报日期"), width=12),
        ColumnDef("status", translate("Studios", "状态")),
        ColumnDef("grade", translate("Studios", "等级")),
        ColumnDef("benefit", translate("Studios", "经济效益（元）"), align="right", width=16),
    )


def round_entry_columns() -> tuple[ColumnDef, ...]:
    return (
        ColumnDef("reg_no", translate("Studios", "成果编号"), width=13),
        ColumnDef("title", translate("Studios", "成果名称"), width=28),
        ColumnDef("kind", translate("Studios", "类别"), width=7),
        ColumnDef("people", translate("Studios", "完成人"), sortable=False, width=18),
        ColumnDef("studio", translate("Studios", "工作室"), width=16),
        ColumnDef("score", translate("Studios", "评分"), align="right", width=7),
        ColumnDef("grade", translate("Studios", "等级"), align="center", width=7),
        ColumnDef("reward", translate("Studios", "奖金（元）"), align="right", width=11),
        ColumnDef("status", translate("Studios", "状态"), width=7),
    )


def honour_columns() -> tuple[ColumnDef, ...]:
    return (
        ColumnDef("year", translate("Studios", "年度"), width=6),
        ColumnDef("title", translate("Studios", "荣誉名称"), width=20),
        ColumnDef("level", translate("Studios", "级别")),
        ColumnDef("kind", translate("Studios", "类型")),
        ColumnDef("recipient", translate("Studios", "获奖人/集体"), width=18),
        ColumnDef("branch", translate("Studios", "分工会"), width=14),
        ColumnDef("body", translate("Studios", "授予单位"), width=18),
        ColumnDef("certificate_no", translate("Studios", "证书编号"), width=14),
    )


# Screens ------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class StudiosOpen:
    """Opening the studio register: its first page, and the org reference if ``org_stamp`` is old."""

    filter: StudioFilter
    window: ListWindow
    org_stamp: str | None = None


@dataclass(frozen=True)
class StudiosScreen:
    page: Page
    org: OrgReference | None = None


@dataclass(frozen=True)
class Choice:
    """An id and its name, for pickers."""

    id: int
    name: str


@dataclass(frozen=True)
class StudioFormOpen:
    studio_id: int | None = None
    org_stamp: str | None = None


@dataclass(frozen=True)
class StudioForm:
    studio: StudioDetail | None
    org: OrgReference | None = None


@dataclass(frozen=True)
class StudioMemberEntry:
    """A row of the studio form's member list: the person as 姓名（工号） and their role."""

    person: str
    role: str = ""


@dataclass(frozen=True, kw_only=True)
class StudioDetail:
    """A studio as its form edits it."""

    studio: StudioInfo
    leader: str  # 姓名（工号）
    recognitions: list[RecognitionInput]
    members: list[StudioMemberEntry]  # the leader first


@dataclass(frozen=True, kw_only=True)
class StudioSave:
    """A new studio (``studio_id`` None) or the whole of one at ``version``: what it is, who leads
    it, its level history (at least one recognition; the level is the highest) and its members
    (the leader always stays one). People are written 姓名（工号）, as in the import."""

    studio_id: int | None = None
    version: int = 0
    name: str
    leader: str
    branch_id: int | None
    field: str = ""
    status: StudioStatus = StudioStatus.ACTIVE
    founded_on: date | None = None
    notes: str = ""
    recognitions: list[RecognitionInput]
    members: list[StudioMemberEntry]
    check_only: bool = False  # report every problem, write nothing


@dataclass(frozen=True)
class RecognitionAdd:
    studio_id: int
    version: int
    recognition: RecognitionInput


@dataclass(frozen=True)
class AchievementFormOpen:
    achievement_id: int | None = None


@dataclass(frozen=True)
class AchievementForm:
    achievement: AchievementInfo | None
    studios: list[Choice]
    people: str = ""  # the people as the form writes them: 张三（E100012）60%；李四（E100013）40%


@dataclass(frozen=True, kw_only=True)
class AchievementSave:
    """What the achievement form sends: people and benefit as typed (the services read them with
    the same rules as the spreadsheet import)."""

    achievement_id: int | None = None
    version: int = 0
    title: str
    kind: Kind
    five_small_kind: FiveSmall | None = None
    studio_id: int | None = None
    people: str
    declared_on: date | None
    filed_on: date | None = None
    granted_on: date | None = None
    adopted_on: date | None = None
    reg_no: str = ""
    benefit: str = ""
    benefit_year: int | None = None
    benefit_basis: str = ""
    summary: str = ""
    check_only: bool = False  # report every problem, write nothing


@dataclass(frozen=True)
class AttachmentUpload:
    achievement_id: int
    file: FileData


@dataclass(frozen=True)
class RoundsOpen:
    """Opening the evaluation screen: every round, and the entries of ``round_id`` (the newest
    round when None)."""

    round_id: int | None
    window: ListWindow


@dataclass(frozen=True)
class RoundsScreen:
    rounds: list[RoundInfo]
    current: RoundInfo | None
    page: Page


@dataclass(frozen=True)
class RoundNew:
    year: int
    quarter: int
    panel: str = ""


@dataclass(frozen=True)
class RoundClose:
    round_id: int
    version: int


@dataclass(frozen=True)
class Count:
    count: int


@dataclass(frozen=True)
class GradeSave:
    achievement_id: int
    version: int
    grade: Grade
    comment: str = ""


@dataclass(frozen=True)
class HonoursOpen:
    filter: HonourFilter
    window: ListWindow


@dataclass(frozen=True)
class HonoursScreen:
    page: Page
    years: list[int]


@dataclass(frozen=True)
class PersonHonours:
    """A person's honours (their own and their studios'); ``name`` empty when the chosen honour
    went to a studio or a team."""

    name: str
    honours: list[HonourInfo] = field(default_factory=list)


@dataclass(frozen=True)
class HonourFormOpen:
    honour_id: int | None = None
    org_stamp: str | None = None


@dataclass(frozen=True)
class HonourForm:
    honour: HonourInfo | None
    studios: list[Choice]
    member_text: str = ""  # the recipient as the form writes it, 姓名（工号）
    org: OrgReference | None = None


@dataclass(frozen=True, kw_only=True)
class HonourSave:
    honour_id: int | None = None
    version: int = 0
    title: str
    level: Level
    body: str
    year: int
    recipient: Recipient
    member: str = ""  # 姓名（工号）
    studio_id: int | None = None
    team_name: str = ""
    branch_id: int | None = None
    certificate_no: str = ""
    awarded_on: date | None = None
    check_only: bool = False  # report every problem, write nothing


@dataclass(frozen=True)
class Headline:
    studios: int
    inventions: int
    utility_models: int
    benefit_fen: int
    five_small: int
    class_one_plus: int


@dataclass(frozen=True)
class StatsScreen:
    headline: Headline
    tables: list[StatTable]


@dataclass(frozen=True)
class CompilationRequest:
    year: int
    format: str = "pdf"  # "pdf" | "xlsx"


@dataclass(frozen=True)
class Compiled:
    file: FileData
    entries: int


# Five-small scoring panels ----------------------------------------------------------------------


@dataclass(frozen=True)
class CriterionRow:
    """A criterion of the score sheet as the rules form types it; the maximum in points."""

    code: str
    name: str
    maximum: str


@dataclass(frozen=True)
class BandRow:
    """A grade's lowest total (points) and its reward (yuan), as typed."""

    grade: Grade
    minimum: str
    reward: str


@dataclass(frozen=True, kw_only=True)
class RuleSave:
    """A new version of the five-small score sheet, in force from ``effective_from``."""

    effective_from: date | None
    name: str
    drop_n: int = 1
    min_judges: int = 5
    criteria: list[CriterionRow]
    bands: list[BandRow]
    notes: str = ""
    check_only: bool = False  # report every problem, write nothing


@dataclass(frozen=True)
class Criterion:
    id: int
    code: str
    name: str
    max_centi: int


@dataclass(frozen=True)
class Band:
    grade: Grade
    min_centi: int
    reward_fen: int


@dataclass(frozen=True, kw_only=True)
class RuleInfo:
    id: int
    effective_from: date
    name: str
    drop_n: int
    min_judges: int
    criteria: list[Criterion]
    bands: list[Band]  # best grade first
    notes: str = ""

    @property
    def total_max_centi(self) -> int:
        return sum(c.max_centi for c in self.criteria)

    def band_of(self, grade: Grade) -> Band | None:
        return next((b for b in self.bands if b.grade is grade), None)


@dataclass(frozen=True)
class RulesScreen:
    rules: list[RuleInfo]  # newest first
    suggestion: RuleSave  # what a new version starts from: the newest one, or a common example


@dataclass(frozen=True)
class PanelJudgeInfo:
    user_id: int
    name: str
    submitted_seq: int  # 0 until their first signed package is imported
    key_slip: str  # the key as printed on the slip (shown to those who run the panel)


@dataclass(frozen=True)
class PanelScreen:
    round: RoundInfo
    rule: RuleInfo | None  # the round's score sheet (frozen when the panel was formed), else the one in force
    judges: list[PanelJudgeInfo]
    candidates: list[Choice]  # users who may sit on the panel
    entries: int
    complete: int  # entries every judge who handed in has marked in full


@dataclass(frozen=True)
class PanelSet:
    round_id: int
    judge_ids: list[int]


@dataclass(frozen=True)
class PackageFiles:
    files: list[FileData]  # one .uojudge per judge
    keys: list[FileData] = field(default_factory=list)  # the key slip, saved to key_folder(folder)


@dataclass(frozen=True)
class PackageUpload:
    files: list[FileData]


@dataclass(frozen=True)
class PackageResult:
    file: str
    message: str
    ok: bool


@dataclass(frozen=True)
class PackagesImported:
    results: list[PackageResult]


@dataclass(frozen=True)
class SheetMark:
    judge: str
    value_centi: int
    kept: bool  # False: dropped as one of the highest or lowest


@dataclass(frozen=True)
class SheetLine:
    criterion: Criterion
    marks: list[SheetMark]
    mean_centi: int | None  # the (trimmed) mean, hundredths of a point, rounded half-up


@dataclass(frozen=True)
class PayoutLine:
    achievement_id: int
    reg_no: str
    title: str
    grade: Grade
    reward_fen: int
    member_id: int
    name: str
    employee_no: str
    share_pct: int | None  # None: shares not stated, split equally
    amount_fen: int


@dataclass(frozen=True, kw_only=True)
class ScoreSheet:
    """One result's score sheet: every judge's mark per criterion, the trimmed means, the total,
    the grade its band gives, the reward and its split."""

    achievement_id: int
    reg_no: str
    title: str
    rule: RuleInfo | None
    judges: list[str]
    lines: list[SheetLine]
    total_centi: int | None  # None until every judge who handed in has marked every criterion
    banded_grade: Grade | None  # the grade the total falls in
    grade: Grade | None  # the grade recorded for the result
    payouts: list[PayoutLine]


@dataclass(frozen=True)
class ScoresApplied:
    graded: int
    incomplete: int


@dataclass(frozen=True)
class PayoutList:
    round: RoundInfo
    lines: list[PayoutLine]
    total_fen: int
    final: bool  # written when the round closed; otherwise what closing now would pay
    rule_text: str  # the stated split rule, printed under the list


OPEN_STUDIOS = Operation("studios.open_studios", StudiosOpen, StudiosScreen)
LIST_STUDIOS = Operation("studios.list_studios", ListQuery[StudioFilter], Page)
STUDIO_PAGE = Operation("studios.studio_page", ById, StudioPage)
OPEN_STUDIO_FORM = Operation("studios.open_studio_form", StudioFormOpen, StudioForm)
SAVE_STUDIO = Operation("studios.save_studio", StudioSave, Saved, write=True)
ADD_RECOGNITION = Operation("studios.add_recognition", RecognitionAdd, Saved, write=True)

LIST_ACHIEVEMENTS = Operation("studios.list_achievements", ListQuery[AchievementFilter], Page)
OPEN_ACHIEVEMENT_FORM = Operation("studios.open_achievement_form", AchievementFormOpen, AchievementForm)
GET_ACHIEVEMENT = Operation("studios.get_achievement", ById, AchievementInfo)
SAVE_ACHIEVEMENT = Operation("studios.save_achievement", AchievementSave, Saved, write=True)
DELETE_ACHIEVEMENT = Operation("studios.delete_achievement", ById, Empty, write=True)
ADD_ATTACHMENT = Operation("studios.add_attachment", AttachmentUpload, Saved, write=True, job=True)
PLAN_ACHIEVEMENT_IMPORT = Operation(
    "studios.plan_achievement_import", FileData, ImportPreviewData, write=True, job=True
)
APPLY_ACHIEVEMENT_IMPORT = Operation(
    "studios.apply_achievement_import", ImportApply, ImportOutcome, write=True, job=True
)
ACHIEVEMENT_TEMPLATE = Operation("studios.achievement_template", Empty, FileData)

OPEN_ROUNDS = Operation("studios.open_rounds", RoundsOpen, RoundsScreen)
LIST_ROUND_ENTRIES = Operation("studios.list_round_entries", ListQuery[AchievementFilter], Page)
NEW_ROUND = Operation("studios.new_round", RoundNew, Saved, write=True)
COLLECT = Operation("studios.collect", ById, Count, write=True)
WITHDRAW = Operation("studios.withdraw", ById, Empty, write=True)
SAVE_GRADE = Operation("studios.save_grade", GradeSave, Saved, write=True)
CLOSE_ROUND = Operation("studios.close_round", RoundClose, Count, write=True)

OPEN_HONOURS = Operation("studios.open_honours", HonoursOpen, HonoursScreen)
LIST_HONOURS = Operation("studios.list_honours", ListQuery[HonourFilter], Page)
PERSON_HONOURS = Operation("studios.person_honours", ById, PersonHonours)
OPEN_HONOUR_FORM = Operation("studios.open_honour_form", HonourFormOpen, HonourForm)
SAVE_HONOUR = Operation("studios.save_honour", HonourSave, Saved, write=True)
DELETE_HONOUR = Operation("studios.delete_honour", ById, Empty, write=True)
PLAN_HONOUR_IMPORT = Operation(
    "studios.plan_honour_import", FileData, ImportPreviewData, write=True, job=True
)
APPLY_HONOUR_IMPORT = Operation(
    "studios.apply_honour_import", ImportApply, ImportOutcome, write=True, job=True
)
HONOUR_TEMPLATE = Operation("studios.honour_template", Empty, FileData)

STATISTICS = Operation("studios.statistics", Empty, StatsScreen)
EXPORT_STATISTICS = Operation("studios.export_statistics", Empty, FileData, job=True)
COMPILATION = Operation("studios.compilation", CompilationRequest, Compiled, job=True)

OPEN_RULES = Operation("studios.open_rules", Empty, RulesScreen)
SAVE_RULE = Operation("studios.save_rule", RuleSave, Saved, write=True)
OPEN_PANEL = Operation("studios.open_panel", ById, PanelScreen)
SET_PANEL = Operation("studios.set_panel", PanelSet, Saved, write=True)
EXPORT_PACKAGES = Operation("studios.export_packages", ById, PackageFiles, job=True)
IMPORT_PACKAGES = Operation("studios.import_packages", PackageUpload, PackagesImported, write=True, job=True)
SCORE_SHEET = Operation("studios.score_sheet", ById, ScoreSheet)
GRADE_FROM_SCORES = Operation("studios.grade_from_scores", ById, ScoresApplied, write=True)
PAYOUTS = Operation("studios.payouts", ById, PayoutList)
EXPORT_PAYOUTS = Operation("studios.export_payouts", ById, FileData, job=True)
