"""新建竞赛 / 编辑方案: the whole scheme in one dialog. Checks and rights live in the services; the
dialog lists their problems under the pages and keeps what was typed. Once marks exist the events
and items are shown read-only with the reason, and the scheme can be copied as a new contest."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
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
    QVBoxLayout,
    QWidget,
)

from unionoffice.contests.service import definition, editing
from unionoffice.contests.service.definition import ContestDef
from unionoffice.contests.views.scheme_events import EventsPage
from unionoffice.contests.views.scheme_rules import RulesPage
from unionoffice.core.org.labels import BASES
from unionoffice.foundation.errors import FieldProblem, UserError, ValidationError
from unionoffice.foundation.i18n import translate
from unionoffice.ui.context import AppContext
from unionoffice.ui.icons import icon
from unionoffice.ui.messages import guarded, info, show_error

DEFAULT_AWARDS = (("一等奖", Decimal(1)), ("二等奖", Decimal(2)), ("三等奖", Decimal(3)))
INVALID = "border: 1px solid #c62828; background: #fff5f5;"


def blank_definition() -> ContestDef:
    year = date.today().year
    return ContestDef(name="", year=year, trade="", events=(), tie_break=(), award_levels=DEFAULT_AWARDS)


class SchemeEditor(QDialog):
    """``contest_id`` None: a new contest. After saving or copying, ``contest_id`` is the contest to show."""

    def __init__(self, ctx: AppContext, contest_id: int | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.contest_id = contest_id
        self.version = 0
        layout = QVBoxLayout(self)
        self.banner = QFrame()
        self.banner.setObjectName("refusal_banner")
        self.banner.setStyleSheet(
            "#refusal_banner { background: #fff4e5; border: 1px solid #f0b15a; border-radius: 4px; }"
        )
        banner_layout = QHBoxLayout(self.banner)
        warn = QLabel()
        warn.setPixmap(icon("triangle-alert").pixmap(20, 20))
        banner_layout.addWidget(warn)
        self.banner_text = QLabel()
        self.banner_text.setWordWrap(True)
        banner_layout.addWidget(self.banner_text, 1)
        self.copy_button = QPushButton(icon("copy"), self.tr("复制为新竞赛…"))
        self.copy_button.clicked.connect(self.copy_as_new)
        banner_layout.addWidget(self.copy_button)
        layout.addWidget(self.banner)

        self.pages = QTabWidget()
        self.basics = self._basics_page()
        self.pages.addTab(self.basics, icon("file-text"), self.tr("基本信息"))
        self.events = EventsPage()
        self.pages.addTab(self.events, icon("list-checks"), self.tr("科目与评分细则"))
        self.rules = RulesPage(self.events.targets)
        self.pages.addTab(self.rules, icon("trophy"), self.tr("名次与奖项"))
        self.pages.currentChanged.connect(lambda _n: self.rules.refresh())
        layout.addWidget(self.pages, 1)

        self.problems = QLabel()
        self.problems.setObjectName("problems")
        self.problems.setWordWrap(True)
        self.problems.setStyleSheet(
            "color: #c62828; background: #fff5f5; border: 1px solid #f3b7b7; padding: 6px;"
        )
        self.problems.hide()
        layout.addWidget(self.problems)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("保存"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("关闭"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.resize(1100, 720)
        if contest_id is None:
            self._show(blank_definition())
            self.banner.hide()
            self.setWindowTitle(self.tr("新建竞赛"))
        else:
            self._load(contest_id)

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
        for key, label in (
            ("deploy_date", self.tr("部署")),
            ("bank_date", self.tr("题库下发")),
            ("practice_date", self.tr("练兵")),
            ("contest_date", self.tr("比武")),
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
        self.field_widgets = {
            translate("ContestDefinition", "竞赛名称"): self.name,
            translate("ContestDefinition", "年度"): self.year,
            translate("ContestDefinition", "工种"): self.trade,
            translate("ContestDefinition", "保留小数位数"): self.round_places,
        }
        return page

    # Loading --------------------------------------------------------------------------------
    def _load(self, contest_id: int) -> None:
        state = editing.load_for_edit(self.ctx.db, self.ctx.actor, contest_id)
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
        self.rules.load(d.tie_break, d.award_mode, d.award_levels)

    def _apply_state(self, state: editing.SchemeForEdit) -> None:
        self.banner_text.setText(state.refusal())
        self.banner.setVisible(bool(state.refusal()))
        self.events.set_editable(state.events_editable)
        self.basics.setEnabled(not state.locked)
        self.rules.set_editable(not state.locked)
        self.save_button.setEnabled(not state.locked)

    # Reading back ---------------------------------------------------------------------------
    def collect(self, problems: list[FieldProblem]) -> ContestDef:
        mode, levels = self.rules.collect_awards(problems)
        dates = {
            key: (edit.date().toPython() if check.isChecked() else None)
            for key, (check, edit) in self.dates.items()
        }
        return ContestDef(
            name=self.name.text().strip(),
            year=self.year.value(),
            trade=self.trade.text().strip(),
            events=self.events.collect(problems),
            base=self.base.currentData(),
            venue=self.venue.text().strip(),
            no_own_branch=self.no_own_branch.isChecked(),
            round_places=self.round_places.value(),
            tie_break=self.rules.tie_break(),
            award_mode=mode,
            award_levels=levels,
            judge_flag_pct=Decimal(f"{self.judge_flag.value():.1f}"),
            **dates,  # type: ignore[arg-type]
        )

    def show_problems(self, problems: list[FieldProblem]) -> None:
        for widget in self.field_widgets.values():
            widget.setStyleSheet("")
        for p in problems:
            if p.field in self.field_widgets:
                self.field_widgets[p.field].setStyleSheet(INVALID)
        text = "\n".join(f"• {p}" for p in problems)
        self.problems.setText(self.tr("请修改以下问题后再保存：") + "\n" + text if problems else "")
        self.problems.setVisible(bool(problems))

    # Actions --------------------------------------------------------------------------------
    @guarded
    def save(self) -> None:
        problems: list[FieldProblem] = []
        d = self.collect(problems)
        if problems:  # a number that is not a number: the service would only see a zero
            self.show_problems(problems)
            return
        try:
            if self.contest_id is None:
                self.contest_id = definition.create_contest(self.ctx.db, self.ctx.actor, d)
            else:
                definition.update_definition(self.ctx.db, self.ctx.actor, self.contest_id, d, self.version)
        except ValidationError as error:
            self.show_problems(error.problems)
            return
        except UserError as error:
            show_error(self, error)
            self._recheck()
            return
        self.show_problems([])
        self.accept()

    def _recheck(self) -> None:
        """After a refusal: if marks arrived meanwhile, show why and lock the events as saved."""
        if self.contest_id is None:
            return
        state = editing.load_for_edit(self.ctx.db, self.ctx.actor, self.contest_id)
        if not state.events_editable:
            self.events.load(state.definition.events)
            self.rules.refresh()
            self._apply_state(state)

    @guarded
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
        new_id = editing.copy_contest(self.ctx.db, self.ctx.actor, self.contest_id, year)
        self.show_problems([])
        self._load(new_id)
        info(
            self,
            self.tr("已复制为新竞赛“{name}”，现在编辑的是新竞赛；请填写日期等信息后保存。").format(
                name=self.name.text()
            ),
        )
