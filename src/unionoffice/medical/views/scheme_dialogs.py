"""The dialogs of the schemes page: benefit rules, scheme years, enrolment rules, optional products."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from unionoffice.foundation.contract import Operation
from unionoffice.foundation.errors import FieldProblem, ValidationError
from unionoffice.foundation.money import format_fen
from unionoffice.medical import contract as medical
from unionoffice.medical.contract import (
    BandInput,
    EligibilityInfo,
    EligibilitySave,
    ProductInfo,
    ProductSave,
    RuleInfo,
    RuleSave,
    SchemeInfo,
    SchemeInput,
    SchemeSave,
)
from unionoffice.medical.labels import BenefitType, Fund
from unionoffice.ui.context import AppContext
from unionoffice.ui.icons import icon
from unionoffice.ui.style import MUTED_TEXT, WARNING_TEXT
from unionoffice.ui.widgets.fields import (
    DateField,
    MoneyField,
    error_label,
    parse_money,
    select_data,
    yuan_text,
)
from unionoffice.ui.widgets.form_dialog import FormDialog


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
    """A new scheme year, or the settings of one: the contribution, coverage, waiting periods, the
    enrolment window and the claim deadline."""

    def __init__(self, ctx: AppContext, scheme: SchemeInfo | None, parent: QWidget | None = None) -> None:
        super().__init__(ctx, self.tr("新建方案年度") if scheme is None else self.tr("修改方案"), parent)
        self.scheme = scheme
        self.setMinimumWidth(500)
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
        self.waiting, self.renewal = QSpinBox(), QSpinBox()
        for box in (self.waiting, self.renewal):
            box.setRange(0, 365)
            box.setSuffix(self.tr(" 天"))
        self.enrol_from, self.enrol_to = DateField(), DateField()
        self.deadline = DateField(date(next_year + 1, 3, 31))
        self.threshold = MoneyField()
        self.row(form, self.tr("基金"), self.tr("基金"), self.fund)
        self.row(form, self.tr("年度"), self.tr("年度"), self.year)
        self.row(form, self.tr("方案名称"), self.tr("方案名称"), self.name)
        self.row(form, self.tr("每人互助金"), self.tr("每人互助金（元）"), self.fee)
        self.row(form, self.tr("保障期"), self.tr("保障期起"), self.start)
        self.row(form, self.tr("保障期止"), self.tr("保障期止"), self.end)
        self.row(form, self.tr("等待期"), self.tr("首次参保等待期"), self.waiting)
        self.row(form, self.tr("续保等待期"), self.tr("中断后续保等待期"), self.renewal)
        window = QWidget()
        row = QHBoxLayout(window)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.enrol_from)
        row.addWidget(QLabel(self.tr("至")))
        row.addWidget(self.enrol_to)
        self.row(form, self.tr("参保登记期"), self.tr("参保登记期（可不填）"), window)
        self.row(form, self.tr("申请截止日期"), self.tr("申请截止日期"), self.deadline)
        self.row(form, self.tr("困难预警线"), self.tr("困难预警线（元）"), self.threshold)
        hint = QLabel(
            self.tr(
                "连续参保（上年度已参保缴费、在保障期开始前续保）不设等待期；首次参保从参保日与保障期开始日中较晚的一天起算，"
                "中断后续保从参保日起算。"
            )
        )
        hint.setWordWrap(True)
        hint.setStyleSheet(MUTED_TEXT)
        self.layout_.addWidget(hint)
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
            self.renewal.setValue(scheme.renewal_waiting_days)
            self.enrol_from.set_date(scheme.enrol_from)
            self.enrol_to.set_date(scheme.enrol_to)
            self.deadline.set_date(scheme.claim_deadline)
            self.threshold.set_fen(scheme.hardship_threshold_fen)
        self.finish_layout()

    def collect(self) -> tuple[Operation[SchemeSave, SchemeInfo], SchemeSave, list[FieldProblem]]:
        problems: list[FieldProblem] = []
        fee = threshold = None
        try:
            fee = self.fee.fen(self.tr("每人互助金"))
        except ValidationError as error:
            problems += error.problems
        try:
            threshold = self.threshold.fen(self.tr("困难预警线"), required=False)
        except ValidationError as error:
            problems += error.problems
        dates = {}
        for key, label, field in (
            ("start", self.tr("保障期"), self.start),
            ("end", self.tr("保障期"), self.end),
            ("from", self.tr("参保登记期"), self.enrol_from),
            ("to", self.tr("参保登记期"), self.enrol_to),
            ("deadline", self.tr("申请截止日期"), self.deadline),
        ):
            value, message = field.checked()
            dates[key] = value
            if message:
                problems.append(FieldProblem(label, message))
        data = SchemeInput(
            self.fund.currentData(),
            self.year.value(),
            self.name.text(),
            fee,
            dates["start"],
            dates["end"],
            self.waiting.value(),
            threshold or 0,
            renewal_waiting_days=self.renewal.value(),
            claim_deadline=dates["deadline"],
            enrol_from=dates["from"],
            enrol_to=dates["to"],
        )
        s = self.scheme
        return medical.SAVE_SCHEME, SchemeSave(data, s.id if s else None, s.version if s else 0), problems


class EligibilityDialog(FormDialog):
    """An enrolment rule of a fund, in force from its date until the next rule."""

    def __init__(
        self, ctx: AppContext, fund: Fund, current: EligibilityInfo | None, parent: QWidget | None = None
    ) -> None:
        title = self.tr("{fund}参保条件").format(fund=fund.label)
        super().__init__(ctx, title, parent)
        self.fund, self.current = fund, current
        self.setMinimumWidth(460)
        form = QFormLayout()
        self.layout_.addLayout(form)
        self.effective = DateField(date(date.today().year + 1, 1, 1))
        self.min_age, self.max_age = QLineEdit(), QLineEdit()
        self.min_age.setPlaceholderText(self.tr("不限请留空"))
        self.max_age.setPlaceholderText(self.tr("不限请留空"))
        self.in_work = QCheckBox(self.tr("只接受在职在会的会员（退休保留会籍的不能参保）"))
        self.in_work.setChecked(True)
        self.insurance = QCheckBox(self.tr("须参加职工基本医疗保险"))
        self.note = QLineEdit()
        self.note.setPlaceholderText(self.tr("如：依据省总工会 2025 年参保办法"))
        self.row(form, self.tr("生效日期"), self.tr("生效日期"), self.effective)
        self.row(form, self.tr("最低年龄"), self.tr("最低年龄（周岁）"), self.min_age)
        self.row(form, self.tr("最高年龄"), self.tr("最高年龄（周岁，含）"), self.max_age)
        form.addRow("", self.in_work)
        form.addRow("", self.insurance)
        self.row(form, self.tr("说明"), self.tr("说明"), self.note)
        if current is not None:
            self.effective.set_date(current.effective_from)
            self.min_age.setText("" if current.min_age is None else str(current.min_age))
            self.max_age.setText("" if current.max_age is None else str(current.max_age))
            self.in_work.setChecked(current.require_in_work)
            self.insurance.setChecked(current.require_medical_insurance)
            self.note.setText(current.note)
        self.finish_layout()

    def _age(self, label: str, text: str, problems: list[FieldProblem]) -> int | None:
        if not text.strip():
            return None
        if not text.strip().isdigit():
            problems.append(FieldProblem(label, self.tr("“{t}”不是整数").format(t=text)))
            return None
        return int(text)

    def collect(
        self,
    ) -> tuple[Operation[EligibilitySave, EligibilityInfo], EligibilitySave, list[FieldProblem]]:
        problems: list[FieldProblem] = []
        effective, message = self.effective.checked()
        if message:
            problems.append(FieldProblem(self.tr("生效日期"), message))
        c = self.current
        request = EligibilitySave(
            fund=self.fund.value,
            effective_from=effective,
            min_age=self._age(self.tr("最低年龄"), self.min_age.text(), problems),
            max_age=self._age(self.tr("最高年龄"), self.max_age.text(), problems),
            require_in_work=self.in_work.isChecked(),
            require_medical_insurance=self.insurance.isChecked(),
            note=self.note.text(),
            rule_id=c.id if c else None,
            version=c.version if c else 0,
        )
        return medical.SAVE_ELIGIBILITY, request, problems


class ProductDialog(FormDialog):
    """An optional product of a scheme year: its own fee and its own cap per member and year."""

    def __init__(
        self, ctx: AppContext, scheme: SchemeInfo, current: ProductInfo | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(ctx, self.tr("{year} 年度可选保障").format(year=scheme.year), parent)
        self.scheme, self.current = scheme, current
        self.setMinimumWidth(460)
        form = QFormLayout()
        self.layout_.addLayout(form)
        self.name = QLineEdit()
        self.benefit = QComboBox()
        self.benefit.addItem(self.tr("各类别"), None)
        for kind in BenefitType:
            self.benefit.addItem(kind.label, kind.value)
        self.fee, self.cap = MoneyField(), MoneyField()
        self.note = QLineEdit()
        self.row(form, self.tr("保障名称"), self.tr("保障名称"), self.name)
        self.row(form, self.tr("补助类别"), self.tr("保障类别"), self.benefit)
        self.row(form, self.tr("保障费"), self.tr("每人保障费（元）"), self.fee)
        self.row(form, self.tr("保障封顶"), self.tr("每人每年封顶（元）"), self.cap)
        self.row(form, self.tr("说明"), self.tr("说明"), self.note)
        if current is not None:
            self.name.setText(current.name)
            select_data(self.benefit, current.benefit_type)
            self.fee.set_fen(current.fee_fen)
            self.cap.set_fen(current.cap_fen)
            self.note.setText(current.note)
        self.finish_layout()

    def collect(self) -> tuple[Operation[ProductSave, ProductInfo], ProductSave, list[FieldProblem]]:
        problems: list[FieldProblem] = []
        amounts: list[int | None] = []
        for label, field in ((self.tr("保障费"), self.fee), (self.tr("保障封顶"), self.cap)):
            try:
                amounts.append(field.fen(label))
            except ValidationError as error:
                problems += error.problems
                amounts.append(None)
        c = self.current
        request = ProductSave(
            scheme_year_id=self.scheme.id,
            name=self.name.text(),
            fee_fen=amounts[0],
            cap_fen=amounts[1],
            benefit_type=self.benefit.currentData(),
            note=self.note.text(),
            product_id=c.id if c else None,
            version=c.version if c else 0,
        )
        return medical.SAVE_PRODUCT, request, problems
