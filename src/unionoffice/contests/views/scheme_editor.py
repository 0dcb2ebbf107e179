"""新建竞赛 / 编辑方案: the whole scheme in one form. Checks and rights live in the services; the
form lists their problems under the pages and keeps what was typed. Once marks exist the events
and items are shown read-only with the reason, and the scheme can be copied as a new contest."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QWidget,
)

from unionoffice.contests import contract as contests
from unionoffice.contests.contract import (
    ContestCopy,
    ContestDef,
    SchemeForEdit,
    SchemeSave,
    scheme_warnings,
    theory_item,
)
from unionoffice.contests.views.scheme_entry import EntryExamPage
from unionoffice.contests.views.scheme_events import EventsPage
from unionoffice.contests.views.scheme_rules import RulesPage
from unionoffice.core.org.labels import BASES
from unionoffice.foundation.contract import ById, Operation, Saved
from unionoffice.foundation.errors import FieldProblem, ValidationError
from unionoffice.foundation.i18n import translate
from unionoffice.ui.context import AppContext
from unionoffice.ui.icons import icon
from unionoffice.ui.messages import info, show_error
from unionoffice.ui.style import ERROR, ERROR_FILL, WARNING, WARNING_TEXT
from unionoffice.ui.widgets.fields import picked_date
from unionoffice.ui.widgets.form_dialog import FormDialog

DEFAULT_AWARDS = (("一等奖", Decimal(1)), ("二等奖", Decimal(2)), ("三等奖", Decimal(3)))
INVALID = f"border: 1px solid {ERROR}; background: {ERROR_FILL};"
DATES = ("deploy_date", "bank_date", "practice_date", "contest_date")


def blank_definition() -> ContestDef:
    year = date.today().year
    return ContestDef(name="", year=year, trade="", events=(), tie_break=(), award_levels=DEFAULT_AWARDS)


class SchemeEditor(FormDialog):
    """``contest_id`` None: a new contest. After saving or copying, ``contest_id`` is the contest to
    show. ``state``: an opening already fetched (a copy just made); otherwise it is fetched here."""

    def __init__(
        self,
        ctx: AppContext,
        contest_id: int | None = None,
        parent: QWidget | None = None,
        state: SchemeForEdit | None = None,
    ) -> None:
        super().__init__(ctx, self.tr("新建竞赛"), parent)
        self.contest_id = contest_id
        self.version = 0
        self.layout_.addWidget(self._notice())
        self.pages = QTabWidget()
        self.basics = self._basics_page()
        self.pages.addTab(self.basics, icon("file-text"), self.tr("基本信息"))
        self.events = EventsPage()
        self.pages.addTab(self.events, icon("list-checks"), self.tr("科目与评分细则"))
        self.rules = RulesPage(self.events.targets)
        self.pages.addTab(self.rules, icon("trophy"), self.tr("名次与奖项"))
        self.entry = EntryExamPage(self._theory_max)
        self.pages.addTab(self.entry, icon("clipboard-check"), self.tr("报名与考试"))
        self.pages.currentChanged.connect(lambda _n: self._page_changed())
        self.layout_.addWidget(self.pages, 1)
        self.problems = QLabel()
        self.problems.setObjectName("problems")
        self.problems.setWordWrap(True)
        self.problems.setStyleSheet(
            f"color: {ERROR}; background: {ERROR_FILL}; border: 1px solid #f3b7b7; padding: 6px;"
        )
        self.problems.hide()
        self.layout_.addWidget(self.problems)
        self.warnings = QLabel()
        self.warnings.setObjectName("scheme_warnings")
        self.warnings.setWordWrap(True)
        self.warnings.setStyleSheet(WARNING_TEXT)
        self.layout_.addWidget(self.warnings)
        self.events.events.edited.connect(self._update_warnings)
        self.finish_layout()
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("关闭"))
        self.resize(1100, 720)
        if state is not None:
            self._apply(state)
        elif contest_id is None:
            self._show(blank_definition())
            self.notice.hide()
        else:
            self.setWindowTitle(self.tr("编辑方案"))
            self.pages.setEnabled(False)
            self.save_button.setEnabled(False)
            self.notice.hide()
            ctx.calls.fetch(self, contests.OPEN_SCHEME, ById(contest_id), self._apply)

    def _notice(self) -> QFrame:
        self.notice = QFrame()
        self.notice.setObjectName("refusal_notice")
        self.notice.setStyleSheet(
            f"#refusal_notice {{ background: #fff4e5; border: 1px solid #f0b15a; border-radius: 4px; }}"
            f" QLabel {{ color: {WARNING}; }}"
        )
        layout = QHBoxLayout(self.notice)
        warn = QLabel()
        warn.setPixmap(icon("triangle-alert").pixmap(20, 20))
        layout.addWidget(warn)
        self.notice_text = QLabel()
        self.notice_text.setObjectName("notice_text")
        self.notice_text.setWordWrap(True)
        layout.addWidget(self.notice_text, 1)
        self.copy_button = QPushButton(icon("copy"), self.tr("复制为新竞赛…"))
        self.copy_button.clicked.connect(lambda _checked=False: self.copy_as_new())
        layout.addWidget(self.copy_button)
        return self.notice

    def _basics_page(self) -> QWidget:
        page = QWidget()
        outer = QHBoxLayout(page)
        holder = QWidget()
        holder.setMaximumWidth(640)  # a form stretched over 1,200 px reads badly
        outer.addWidget(holder, 1)
        outer.addStretch(0)
        form = QFormLayout(holder)
        self.name = QLineEdit()
        self.name.setObjectName("name")
        self.name.setPlaceholderText(self.tr("如：2026年电工技能比武"))
        self.year = QSpinBox()
        self.year.setRange(2000, 2100)
        self.base = QComboBox()
        self.base.addItem(self.tr("（不限基地）"), None)
        for base in BASES:
            self.base.addItem(base, base)
        self.trade = QLineEdit()
        self.trade.setObjectName("trade")
        self.trade.setPlaceholderText(self.tr("如：电工"))
        self.venue = QLineEdit()
        form.addRow(self.tr("竞赛名称"), self.name)
        form.addRow(self.tr("年度"), self.year)
        form.addRow(self.tr("基地"), self.base)
        form.addRow(self.tr("工种"), self.trade)
        form.addRow(self.tr("比武场地"), self.venue)
        self.dates: dict[str, tuple[QCheckBox, QDateEdit]] = {}
        for key, label in zip(
            DATES, (self.tr("部署"), self.tr("题库下发"), self.tr("练兵"), self.tr("比武")), strict=True
        ):
            check = QCheckBox(label)
            edit = QDateEdit(QDate.currentDate())
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.setEnabled(False)
            check.toggled.connect(edit.setEnabled)
            self.dates[key] = (check, edit)
            form.addRow(check, edit)
        self.no_own_branch = QCheckBox(self.tr("评委回避本分工会的选手（评分包中不出现这些选手）"))
        form.addRow(self.tr("回避规则"), self.no_own_branch)
        self.round_places = QSpinBox()
        self.round_places.setRange(0, 4)
        self.round_places.setSuffix(self.tr(" 位小数（四舍五入）"))
        form.addRow(self.tr("成绩保留"), self.round_places)
        self.judge_flag = QDoubleSpinBox()
        self.judge_flag.setRange(0.5, 50)
        self.judge_flag.setDecimals(1)
        self.judge_flag.setSuffix(" %")
        self.judge_flag.setToolTip(self.tr("评委平均偏离其他评委超过满分的此比例时，在成绩页提示"))
        form.addRow(self.tr("评委偏差提示"), self.judge_flag)
        self.field_widgets: dict[str, QWidget] = {
            translate("ContestDefinition", "竞赛名称"): self.name,
            translate("ContestDefinition", "年度"): self.year,
            translate("ContestDefinition", "工种"): self.trade,
            translate("ContestDefinition", "保留小数位数"): self.round_places,
        }
        return page

    # Loading --------------------------------------------------------------------------------
    def _apply(self, state: SchemeForEdit) -> None:
        self.contest_id, self.version = state.contest_id, state.version
        self.setWindowTitle(self.tr("编辑方案：{name}").format(name=state.definition.name))
        self._show(state.definition)
        self._apply_state(state)

    def _show(self, d: ContestDef) -> None:
        self.name.setText(d.name)
        self.year.setValue(d.year)
        self.base.setCurrentIndex(max(0, self.base.findData(d.base)))
        self.trade.setText(d.trade)
        self.venue.setText(d.venue)
        for key, (check, edit) in self.dates.items():
            day = getattr(d, key)
            check.setChecked(day is not None)
            if day is not None:
                edit.setDate(QDate(day.year, day.month, day.day))
        self.no_own_branch.setChecked(d.no_own_branch)
        self.round_places.setValue(d.round_places)
        self.judge_flag.setValue(float(d.judge_flag_pct))
        self.events.load(d.events)
        self.rules.load(d)
        self.entry.load(d.entry, d.exam)
        self._update_warnings()

    def _apply_state(self, state: SchemeForEdit) -> None:
        self.pages.setEnabled(True)
        self.notice_text.setText(state.refusal())
        self.notice.setVisible(bool(state.refusal()))
        self.events.set_editable(state.events_editable)
        self.basics.setEnabled(not state.locked)
        self.rules.set_editable(not state.locked)
        self.entry.set_editable(not state.locked)
        self.save_button.setEnabled(not state.locked)

    # Reading back ---------------------------------------------------------------------------
    def definition(self, problems: list[FieldProblem]) -> ContestDef:
        awards = self.rules.collect_awards(problems)
        entry, exam = self.entry.collect(problems)
        dates: dict[str, date | None] = {
            key: (picked_date(edit) if check.isChecked() else None)
            for key, (check, edit) in self.dates.items()
        }
        return ContestDef(
            name=self.name.text().strip(),
            year=self.year.value(),
            trade=self.trade.text().strip(),
            events=self.events.collect(problems),
            base=self.base.currentData(),
            venue=self.venue.text().strip(),
            deploy_date=dates["deploy_date"],
            bank_date=dates["bank_date"],
            practice_date=dates["practice_date"],
            contest_date=dates["contest_date"],
            no_own_branch=self.no_own_branch.isChecked(),
            round_places=self.round_places.value(),
            tie_break=self.rules.tie_break(),
            award_mode=awards.mode,
            award_levels=awards.levels,
            judge_flag_pct=Decimal(f"{self.judge_flag.value():.1f}"),
            pass_line=awards.pass_line,
            promote_awards=awards.promote,
            recommend_awards=awards.recommend,
            entry=entry,
            exam=exam,
        )

    def _theory_max(self) -> Decimal | None:
        target = theory_item(self.events.collect([]))
        return target[1].max_marks if target is not None else None

    def _page_changed(self) -> None:
        self.rules.refresh()
        self.entry.refresh()
        self._update_warnings()

    def _update_warnings(self) -> None:
        """Allowed but unusual (theory above 30 %, no pass line): said while the admin types."""
        shown = scheme_warnings(self.definition([]))
        self.warnings.setText("\n".join(f"⚠ {w}" for w in shown))
        self.warnings.setVisible(bool(shown))

    def collect(self) -> tuple[Operation[Any, Any], Any, list[FieldProblem]]:
        # A number that is not a number is found here: the service would only see a zero.
        problems: list[FieldProblem] = []
        d = self.definition(problems)
        return contests.SAVE_SCHEME, SchemeSave(d, self.contest_id, self.version), problems

    def show_problems(self, error: ValidationError) -> None:
        for widget in self.field_widgets.values():
            widget.setStyleSheet("")
        for p in error.problems:
            if p.field in self.field_widgets:
                self.field_widgets[p.field].setStyleSheet(INVALID)
        text = "\n".join(f"• {p}" for p in error.problems)
        self.problems.setText(self.tr("请修改以下问题后再保存：") + "\n" + text if error.problems else "")
        self.problems.setVisible(bool(error.problems))

    # Answers --------------------------------------------------------------------------------
    def saved(self, result: Saved) -> None:
        self.contest_id = result.id
        super().saved(result)

    def refused(self, error: BaseException) -> bool:
        """Shown; then, if marks arrived meanwhile, the reason and the events as saved."""
        show_error(self, error)
        if self.contest_id is not None:
            self.ctx.calls.fetch(self, contests.OPEN_SCHEME, ById(self.contest_id), self._recheck)
        return True

    def _recheck(self, state: SchemeForEdit) -> None:
        if not state.events_editable:
            self.events.load(state.definition.events)
            self.rules.refresh()
            self._apply_state(state)

    def copy_as_new(self) -> None:
        if self.contest_id is None:
            return
        year, ok = QInputDialog.getInt(
            self,
            self.tr("复制为新竞赛"),
            self.tr("新竞赛的年度（方案沿用，日期清空）："),
            self.year.value() + 1,
            2000,
            2100,
        )
        if not ok:
            return

        def copied(state: SchemeForEdit) -> None:
            self.show_problems(ValidationError([]))
            self._apply(state)
            info(
                self,
                self.tr("已复制为新竞赛“{name}”，现在编辑的是新竞赛；请填写日期等信息后保存。").format(
                    name=state.definition.name
                ),
            )

        self.ctx.calls.fetch(self, contests.COPY_CONTEST, ContestCopy(self.contest_id, year), copied)
