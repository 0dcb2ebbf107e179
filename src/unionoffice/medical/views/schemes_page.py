"""Scheme years and their benefit rules; administrators edit them (a rule with paid claims is
frozen: saving it makes a new revision)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from unionoffice.foundation.contract import Operation
from unionoffice.foundation.errors import FieldProblem, ValidationError
from unionoffice.foundation.money import format_fen
from unionoffice.medical import contract as medical
from unionoffice.medical.contract import (
    BandInput,
    RuleInfo,
    RuleSave,
    RulesOpen,
    RulesScreen,
    SchemeInfo,
    SchemeInput,
    SchemeSave,
)
from unionoffice.medical.labels import BenefitType, Fund
from unionoffice.medical.perms import MedicalPerm
from unionoffice.medical.views.common import SchemeBound, SchemeHost
from unionoffice.ui.context import AppContext
from unionoffice.ui.icons import icon
from unionoffice.ui.style import WARNING_TEXT
from unionoffice.ui.widgets.fields import (
    DateField,
    MoneyField,
    error_label,
    parse_money,
    select_data,
    yuan_text,
)
from unionoffice.ui.widgets.form_dialog import FormDialog
from unionoffice.ui.widgets.tables import fill_table, read_only_table


def percent(ratio: Decimal) -> str:
    return f"{(ratio * 100).normalize():f}"


def bands_text(info: RuleInfo) -> str:
    parts, lower = [], 0
    for band in info.rule.bands:
        upper = "∞" if band.upper_fen is None else format_fen(band.upper_fen)
        parts.append(f"{format_fen(lower)}–{upper}：{percent(band.ratio)}%")
        lower = band.upper_fen or lower
    return "；".join(parts)


class RuleDialog(FormDialog):
    """One benefit type's rule; the bands are typed in a small table, read by the services."""

    def __init__(
        self,
        ctx: AppContext,
        scheme: SchemeInfo,
        benefit: BenefitType,
        current: RuleInfo | None,
        parent: QWidget | None = None,
    ) -> None:
        title = self.tr("{year} 年度“{type}”补助规则").format(year=scheme.year, type=benefit.label)
        super().__init__(ctx, title, parent)
        self.scheme, self.benefit, self.current = scheme, benefit, current
        self.resize(580, 540)
        if current is not None and current.frozen:
            warn = QLabel(
                self.tr(
                    "第 {rev} 版规则已有支付的申请，已冻结。保存后将生成第 {next} 版，只用于此后核算的申请。"
                ).format(rev=current.revision, next=current.revision + 1)
            )
            warn.setWordWrap(True)
            warn.setStyleSheet(WARNING_TEXT)
            self.layout_.addWidget(warn)
        form = QFormLayout()
        self.layout_.addLayout(form)
        self.deductible = MoneyField()
        self.per_claim, self.annual, self.lump = MoneyField(), MoneyField(), MoneyField()
        for field, hint in (
            (self.per_claim, self.tr("不设请留空")),
            (self.annual, self.tr("不设请留空")),
            (self.lump, self.tr("仅重大疾病")),
        ):
            field.setPlaceholderText(hint)
        self.note = QLineEdit()
        self.row(form, self.tr("起付线"), self.tr("起付线（元）"), self.deductible)
        self.row(form, self.tr("单次封顶"), self.tr("单次封顶（元）"), self.per_claim)
        self.row(form, self.tr("年度封顶"), self.tr("年度封顶（元）"), self.annual)
        self.row(form, self.tr("一次性补助"), self.tr("一次性补助（元）"), self.lump)
        self.row(form, self.tr("说明"), self.tr("说明"), self.note)
        self.layout_.addWidget(QLabel(self.tr("补助分段（按政策范围内个人自付金额，最后一段上限可留空）")))
        self.bands = QTableWidget(0, 2)
        self.bands.setObjectName("bands")
        self.bands.setHorizontalHeaderLabels([self.tr("本段上限（元）"), self.tr("补助比例（%）")])
        self.bands.horizontalHeader().setStretchLastSection(True)
        self.bands.verticalHeader().setDefaultSectionSize(24)
        self.layout_.addWidget(self.bands, 1)
        self.bands_error = error_label("error_bands")
        self.field_errors[self.tr("补助分段")] = self.bands_error
        self.layout_.addWidget(self.bands_error)
        row = QHBoxLayout()
        add = QPushButton(icon("plus"), self.tr("增加一段"))
        add.clicked.connect(lambda: self._add_band("", ""))
        remove = QPushButton(icon("minus"), self.tr("删除所选段"))
        remove.clicked.connect(lambda: self.bands.removeRow(self.bands.currentRow()))
        row.addWidget(add)
        row.addWidget(remove)
        row.addStretch(1)
        self.layout_.addLayout(row)
        self.finish_layout()
        if current is not None:
            r = current.rule
            self.deductible.set_fen(r.deductible_fen)
            self.per_claim.set_fen(r.per_claim_cap_fen)
            self.annual.set_fen(r.annual_cap_fen)
            self.lump.set_fen(r.lump_sum_fen)
            self.note.setText(current.note)
            for band in r.bands:
                self._add_band(yuan_text(band.upper_fen), percent(band.ratio))

    def _add_band(self, upper: str, ratio: str) -> None:
        row = self.bands.rowCount()
        self.bands.insertRow(row)
        self.bands.setItem(row, 0, QTableWidgetItem(upper))
        self.bands.setItem(row, 1, QTableWidgetItem(ratio))

    def collect(self) -> tuple[Operation[RuleSave, RuleInfo], RuleSave, list[FieldProblem]]:
        problems: list[FieldProblem] = []
        label = self.tr("补助分段")
        bands = []
        for row in range(self.bands.rowCount()):
            cells = [self.bands.item(row, c) for c in (0, 1)]
            upper_text, ratio_text = (cell.text() if cell is not None else "" for cell in cells)
            if not upper_text.strip() and not ratio_text.strip():
                continue
            try:
                upper = parse_money(label, upper_text, required=False)
            except ValidationError as error:
                problems += [FieldProblem(p.field, p.message, row + 1) for p in error.problems]
                upper = None
            bands.append(BandInput(upper, ratio_text))
        amounts: dict[str, int | None] = {}
        for key, name, field in (
            ("deductible", self.tr("起付线"), self.deductible),
            ("per_claim", self.tr("单次封顶"), self.per_claim),
            ("annual", self.tr("年度封顶"), self.annual),
            ("lump", self.tr("一次性补助"), self.lump),
        ):
            try:
                amounts[key] = field.fen(name, required=False)
            except ValidationError as error:
                problems += error.problems
                amounts[key] = None
        request = RuleSave(
            scheme_year_id=self.scheme.id,
            benefit_type=self.benefit.value,
            deductible_fen=amounts["deductible"] or 0,
            bands=bands,
            per_claim_cap_fen=amounts["per_claim"],
            annual_cap_fen=amounts["annual"],
            lump_sum_fen=amounts["lump"],
            note=self.note.text(),
            version=self.current.version if self.current else None,
        )
        return medical.SAVE_RULE, request, problems

    def show_problems(self, error: ValidationError) -> None:
        """A band's problem names its row: the table has no room under each cell."""
        named = [
            FieldProblem(p.field, self.tr("第 {n} 段：{m}").format(n=p.row, m=p.message)) if p.row else p
            for p in error.problems
        ]
        super().show_problems(ValidationError(named))


class SchemeDialog(FormDialog):
    """A new scheme year, or the settings of one."""

    def __init__(self, ctx: AppContext, scheme: SchemeInfo | None, parent: QWidget | None = None) -> None:
        super().__init__(ctx, self.tr("新建方案年度") if scheme is None else self.tr("修改方案"), parent)
        self.scheme = scheme
        self.setMinimumWidth(460)
        form = QFormLayout()
        self.layout_.addLayout(form)
        next_year = date.today().year + 1
        self.fund = QComboBox()
        for fund in Fund:
            self.fund.addItem(fund.label, fund.value)
        self.year = QSpinBox()
        self.year.setRange(2000, 2100)
        self.year.setValue(next_year)
        self.name = QLineEdit()
        self.fee = MoneyField()
        self.start = DateField(date(next_year, 1, 1))
        self.end = DateField(date(next_year, 12, 31))
        self.waiting = QSpinBox()
        self.waiting.setRange(0, 365)
        self.waiting.setSuffix(self.tr(" 天"))
        self.threshold = MoneyField()
        self.row(form, self.tr("基金"), self.tr("基金"), self.fund)
        self.row(form, self.tr("年度"), self.tr("年度"), self.year)
        self.row(form, self.tr("方案名称"), self.tr("方案名称"), self.name)
        self.row(form, self.tr("每人会费"), self.tr("每人会费（元）"), self.fee)
        self.row(form, self.tr("保障期"), self.tr("保障期起"), self.start)
        self.row(form, self.tr("保障期止"), self.tr("保障期止"), self.end)
        self.row(form, self.tr("等待期"), self.tr("新参保等待期"), self.waiting)
        self.row(form, self.tr("困难预警线"), self.tr("困难预警线（元）"), self.threshold)
        if scheme is not None:
            select_data(self.fund, scheme.fund)
            self.fund.setEnabled(False)
            self.year.setValue(scheme.year)
            self.year.setEnabled(False)
            self.name.setText(scheme.name)
            self.fee.set_fen(scheme.fee_fen)
            self.start.set_date(scheme.coverage_start)
            self.end.set_date(scheme.coverage_end)
            self.waiting.setValue(scheme.waiting_days)
            self.threshold.set_fen(scheme.hardship_threshold_fen)
        self.finish_layout()

    def collect(self) -> tuple[Operation[SchemeSave, SchemeInfo], SchemeSave, list[FieldProblem]]:
        problems: list[FieldProblem] = []
        fee = threshold = None
        try:
            fee = self.fee.fen(self.tr("每人会费"))
        except ValidationError as error:
            problems += error.problems
        try:
            threshold = self.threshold.fen(self.tr("困难预警线"), required=False)
        except ValidationError as error:
            problems += error.problems
        start, start_problem = self.start.checked()
        end, end_problem = self.end.checked()
        for message in (start_problem, end_problem):
            if message:
                problems.append(FieldProblem(self.tr("保障期"), message))
        data = SchemeInput(
            self.fund.currentData(),
            self.year.value(),
            self.name.text(),
            fee,
            start,
            end,
            self.waiting.value(),
            threshold or 0,
        )
        s = self.scheme
        return medical.SAVE_SCHEME, SchemeSave(data, s.id if s else None, s.version if s else 0), problems


class SchemesPage(SchemeBound):
    """GUI thread. The scheme's settings and the current rule of each benefit type, in one call."""

    def __init__(self, ctx: AppContext, host: SchemeHost, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.host = ctx, host
        self.rules: dict[str, RuleInfo] = {}
        self._opened = False
        layout = QVBoxLayout(self)
        self.toolbar = QToolBar()
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        admin = ctx.session.can(MedicalPerm.ADMIN)
        for text, icon_name, slot, name in (
            (self.tr("编辑所选规则"), "pencil", self.edit_rule, "edit_rule"),
            (self.tr("修改方案"), "sliders-horizontal", self.edit_scheme, "edit_scheme"),
            (self.tr("新建方案年度"), "plus", self.new_scheme, "new_scheme"),
        ):
            action = self.toolbar.addAction(icon(icon_name), text)
            action.setObjectName(name)
            action.triggered.connect(slot)
            action.setVisible(admin)
        layout.addWidget(self.toolbar)
        self.header = QLabel()
        self.header.setObjectName("scheme_header")
        self.header.setWordWrap(True)
        layout.addWidget(self.header)
        self.table = read_only_table(self, "rules")
        self.table.doubleClicked.connect(self.edit_rule)
        layout.addWidget(self.table, 1)

    def showEvent(self, event: QShowEvent) -> None:
        if not self._opened:
            self._opened = True
            self.reopen()
        super().showEvent(event)

    def reopen(self) -> None:
        self._stale = False
        self.header.setText(self.tr("正在加载…"))
        self.ctx.calls.fetch(
            self, medical.OPEN_RULES, RulesOpen(self.host.pick()), self._opened_screen, channel="open"
        )

    def _opened_screen(self, screen: RulesScreen) -> None:
        self.host.take(screen.choice)
        s = screen.choice.scheme
        self.rules = {r.benefit_type: r for r in screen.rules}
        if s is None:
            self.header.setText(self.tr("尚未建立方案年度。"))
            fill_table(self.table, [], [])
            return
        self.header.setText(
            self.tr(
                "{name}：每人会费 {fee} 元；保障期 {a} 至 {b}；新参保等待期 {w} 天；困难预警线 {h} 元。"
            ).format(
                name=s.name,
                fee=format_fen(s.fee_fen),
                a=s.coverage_start.isoformat(),
                b=s.coverage_end.isoformat(),
                w=s.waiting_days,
                h=format_fen(s.hardship_threshold_fen),
            )
        )
        rows: list[tuple[Any, ...]] = []
        for kind in BenefitType:
            info = self.rules.get(kind.value)
            if info is None:
                rows.append((kind.label, "", self.tr("未设置"), "", "", "", "", ""))
                continue
            r = info.rule
            rows.append(
                (
                    kind.label,
                    self.tr("第 {n} 版").format(n=info.revision),
                    format_fen(r.deductible_fen),
                    bands_text(info),
                    format_fen(r.per_claim_cap_fen),
                    format_fen(r.annual_cap_fen),
                    format_fen(r.lump_sum_fen),
                    self.tr("已冻结（有已支付申请）") if info.frozen else self.tr("可修改"),
                )
            )
        fill_table(
            self.table,
            [
                self.tr("补助类别"),
                self.tr("版本"),
                self.tr("起付线"),
                self.tr("补助分段"),
                self.tr("单次封顶"),
                self.tr("年度封顶"),
                self.tr("一次性补助"),
                self.tr("状态"),
            ],
            rows,
            right={2, 4, 5, 6},
        )

    # Actions --------------------------------------------------------------------------------
    def edit_rule(self) -> None:
        scheme = self.host.scheme
        if scheme is None or not self.ctx.session.can(MedicalPerm.ADMIN):
            return
        kind = list(BenefitType)[max(self.table.currentRow(), 0)]
        if RuleDialog(self.ctx, scheme, kind, self.rules.get(kind.value), self).exec():
            self.reopen()

    def edit_scheme(self) -> None:
        scheme = self.host.scheme
        if scheme is None:
            return
        dialog = SchemeDialog(self.ctx, scheme, self)
        if dialog.exec() and isinstance(dialog.result_value, SchemeInfo):
            self.host.scheme_saved(dialog.result_value)

    def new_scheme(self) -> None:
        dialog = SchemeDialog(self.ctx, None, self)
        if dialog.exec() and isinstance(dialog.result_value, SchemeInfo):
            self.host.scheme_saved(dialog.result_value)
