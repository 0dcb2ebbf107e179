"""Scheme years and their benefit rules; admins edit them (frozen rules get a new revision)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from unionoffice.foundation.errors import FieldProblem, ValidationError
from unionoffice.foundation.money import format_fen
from unionoffice.medical.calculation import Band, Rule, parse_ratio
from unionoffice.medical.models import BenefitType, Fund
from unionoffice.medical.perms import MedicalPerm
from unionoffice.medical.service import schemes
from unionoffice.medical.views.common import (
    date_edit,
    fill_table,
    money_edit,
    parse_money,
    read_only_table,
    select_data,
    to_date,
    yuan_text,
)
from unionoffice.ui.context import AppContext
from unionoffice.ui.icons import icon
from unionoffice.ui.messages import guarded


def bands_text(rule: Rule) -> str:
    parts, lower = [], 0
    for band in rule.bands:
        upper = "∞" if band.upper_fen is None else format_fen(band.upper_fen)
        parts.append(f"{format_fen(lower)}–{upper}：{(band.ratio * 100).normalize():f}%")
        lower = band.upper_fen or lower
    return "；".join(parts)


class RuleDialog(QDialog):
    def __init__(
        self,
        ctx: AppContext,
        scheme: schemes.SchemeInfo,
        benefit: str,
        current: schemes.RuleInfo | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx, self.scheme, self.benefit, self.current = ctx, scheme, benefit, current
        self.setWindowTitle(
            self.tr("{year} 年度“{type}”补助规则").format(year=scheme.year, type=BenefitType(benefit).label)
        )
        self.resize(560, 520)
        layout = QVBoxLayout(self)
        if current is not None and current.frozen:
            warn = QLabel(
                self.tr(
                    "第 {rev} 版规则已有支付的申请，已冻结。保存后将生成第 {next} 版，只用于此后核算的申请。"
                ).format(rev=current.revision, next=current.revision + 1)
            )
            warn.setWordWrap(True)
            warn.setStyleSheet("color: #8a5a00;")
            layout.addWidget(warn)
        form = QFormLayout()
        self.deductible, self.per_claim = money_edit(), money_edit(self.tr("不设请留空"))
        self.annual, self.lump = money_edit(self.tr("不设请留空")), money_edit(self.tr("仅重大疾病"))
        form.addRow(self.tr("起付线（元）"), self.deductible)
        form.addRow(self.tr("单次封顶（元）"), self.per_claim)
        form.addRow(self.tr("年度封顶（元）"), self.annual)
        form.addRow(self.tr("一次性补助（元）"), self.lump)
        self.note = QLineEdit()
        form.addRow(self.tr("说明"), self.note)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("补助分段（按政策范围内个人自付金额，最后一段上限可留空）")))
        self.bands = QTableWidget(0, 2)
        self.bands.setHorizontalHeaderLabels([self.tr("本段上限（元）"), self.tr("补助比例（%）")])
        self.bands.horizontalHeader().setStretchLastSection(True)
        layout.addWidget(self.bands, 1)
        row = QHBoxLayout()
        add = QPushButton(icon("plus"), self.tr("增加一段"))
        add.clicked.connect(lambda: self._add_band("", ""))
        remove = QPushButton(icon("minus"), self.tr("删除所选段"))
        remove.clicked.connect(lambda: self.bands.removeRow(self.bands.currentRow()))
        row.addWidget(add)
        row.addWidget(remove)
        row.addStretch(1)
        layout.addLayout(row)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        if current is not None:
            r = current.rule
            self.deductible.setText(yuan_text(r.deductible_fen))
            self.per_claim.setText(yuan_text(r.per_claim_cap_fen))
            self.annual.setText(yuan_text(r.annual_cap_fen))
            self.lump.setText(yuan_text(r.lump_sum_fen))
            self.note.setText(current.note)
            for band in r.bands:
                self._add_band(yuan_text(band.upper_fen), f"{(band.ratio * 100).normalize():f}")

    def _add_band(self, upper: str, ratio: str) -> None:
        row = self.bands.rowCount()
        self.bands.insertRow(row)
        self.bands.setItem(row, 0, QTableWidgetItem(upper))
        self.bands.setItem(row, 1, QTableWidgetItem(ratio))

    def rule(self) -> Rule:
        bands = []
        problems = []
        for row in range(self.bands.rowCount()):
            upper_text = (self.bands.item(row, 0) or QTableWidgetItem("")).text()
            ratio_text = (self.bands.item(row, 1) or QTableWidgetItem("")).text()
            label = self.tr("补助分段")
            try:
                upper = parse_money(label, upper_text, required=False)
                ratio = parse_ratio(
                    ratio_text if "%" in ratio_text or not ratio_text else ratio_text + "%", label, row + 1
                )
                bands.append(Band(upper, ratio))
            except ValidationError as exc:
                problems += [FieldProblem(p.field, p.message, row + 1) for p in exc.problems]
        if problems:
            raise ValidationError(problems)
        return Rule(
            parse_money(self.tr("起付线"), self.deductible.text(), required=False) or 0,
            tuple(bands),
            parse_money(self.tr("单次封顶"), self.per_claim.text(), required=False),
            parse_money(self.tr("年度封顶"), self.annual.text(), required=False),
            parse_money(self.tr("一次性补助"), self.lump.text(), required=False),
        )

    @guarded
    def save(self) -> None:
        schemes.save_rule(
            self.ctx.db,
            self.ctx.actor,
            self.scheme.id,
            self.benefit,
            self.rule(),
            self.note.text(),
            self.current.version if self.current else None,
        )
        self.accept()


class SchemeDialog(QDialog):
    def __init__(
        self, ctx: AppContext, scheme: schemes.SchemeInfo | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx, self.scheme = ctx, scheme
        self.setWindowTitle(self.tr("新建方案年度") if scheme is None else self.tr("修改方案"))
        form = QFormLayout(self)
        self.fund = QComboBox()
        for fund in Fund:
            self.fund.addItem(fund.label, fund.value)
        self.year = QSpinBox()
        self.year.setRange(2000, 2100)
        self.year.setValue(date.today().year + 1)
        self.name = QLineEdit()
        self.fee = money_edit()
        self.start, self.end = (
            date_edit(date(date.today().year + 1, 1, 1)),
            date_edit(date(date.today().year + 1, 12, 31)),
        )
        self.waiting = QSpinBox()
        self.waiting.setRange(0, 365)
        self.waiting.setSuffix(self.tr(" 天"))
        self.threshold = money_edit()
        for label, widget in (
            (self.tr("基金"), self.fund),
            (self.tr("年度"), self.year),
            (self.tr("方案名称"), self.name),
            (self.tr("每人会费（元）"), self.fee),
            (self.tr("保障期起"), self.start),
            (self.tr("保障期止"), self.end),
            (self.tr("新参保等待期"), self.waiting),
            (self.tr("困难预警线（元）"), self.threshold),
        ):
            form.addRow(label, widget)
        if scheme is not None:
            select_data(self.fund, scheme.fund)
            self.fund.setEnabled(False)
            self.year.setValue(scheme.year)
            self.year.setEnabled(False)
            self.name.setText(scheme.name)
            self.fee.setText(yuan_text(scheme.fee_fen))
            self.start.setDate(QDate(scheme.coverage_start))
            self.end.setDate(QDate(scheme.coverage_end))
            self.waiting.setValue(scheme.waiting_days)
            self.threshold.setText(yuan_text(scheme.hardship_threshold_fen))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    @guarded
    def save(self) -> None:
        data = schemes.SchemeInput(
            self.fund.currentData(),
            self.year.value(),
            self.name.text(),
            parse_money(self.tr("每人会费"), self.fee.text()),
            to_date(self.start),
            to_date(self.end),
            self.waiting.value(),
            parse_money(self.tr("困难预警线"), self.threshold.text(), required=False) or 0,
        )
        if self.scheme is None:
            self.created = schemes.create_scheme(self.ctx.db, self.ctx.actor, data)
        else:
            schemes.update_scheme(self.ctx.db, self.ctx.actor, self.scheme.id, data, self.scheme.version)
        self.accept()


class SchemesPage(QWidget):
    def __init__(self, ctx: AppContext, on_changed, parent: QWidget | None = None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(parent)
        self.ctx = ctx
        self.on_changed = on_changed
        self.scheme: schemes.SchemeInfo | None = None
        self.rules: dict[str, schemes.RuleInfo] = {}
        layout = QVBoxLayout(self)
        self.header = QLabel()
        self.header.setWordWrap(True)
        layout.addWidget(self.header)
        if ctx.actor.can(MedicalPerm.ADMIN):
            row = QHBoxLayout()
            for text, icon_name, slot in (
                (self.tr("编辑所选规则"), "pencil", self.edit_rule),
                (self.tr("修改方案"), "sliders-horizontal", self.edit_scheme),
                (self.tr("新建方案年度"), "plus", self.new_scheme),
            ):
                button = QPushButton(icon(icon_name), text)
                button.clicked.connect(slot)
                row.addWidget(button)
            row.addStretch(1)
            layout.addLayout(row)
        self.table = read_only_table()
        self.table.doubleClicked.connect(self.edit_rule)
        layout.addWidget(self.table, 1)

    def set_scheme(self, scheme: schemes.SchemeInfo | None) -> None:
        self.scheme = scheme
        self.reload()

    @guarded
    def reload(self) -> None:
        s = self.scheme
        if s is None:
            self.header.setText(self.tr("尚未建立方案年度。"))
            return
        self.header.setText(
            self.tr(
                "{name}：每人会费 {fee} 元；保障期 {a} 至 {b}；新参保等待期 {w} 天；困难预警线 {h} 元。"
            ).format(
                name=s.name,
                fee=format_fen(s.fee_fen),
                a=s.coverage_start,
                b=s.coverage_end,
                w=s.waiting_days,
                h=format_fen(s.hardship_threshold_fen),
            )
        )
        self.rules = schemes.current_rules(self.ctx.db, self.ctx.actor, s.id)
        rows = []
        for kind in BenefitType:
            info = self.rules.get(kind.value)
            if info is None:
                rows.append([kind.label, "", self.tr("未设置"), "", "", "", "", ""])
                continue
            r = info.rule
            rows.append(
                [
                    kind.label,
                    self.tr("第 {n} 版").format(n=info.revision),
                    format_fen(r.deductible_fen),
                    bands_text(r),
                    format_fen(r.per_claim_cap_fen),
                    format_fen(r.annual_cap_fen),
                    format_fen(r.lump_sum_fen),
                    self.tr("已冻结（有已支付申请）") if info.frozen else self.tr("可修改"),
                ]
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

    @guarded
    def edit_rule(self) -> None:
        if self.scheme is None or not self.ctx.actor.can(MedicalPerm.ADMIN):
            return
        row = max(self.table.currentRow(), 0)
        kind = list(BenefitType)[row]
        if RuleDialog(self.ctx, self.scheme, kind.value, self.rules.get(kind.value), self).exec():
            self.reload()

    @guarded
    def edit_scheme(self) -> None:
        if self.scheme is not None and SchemeDialog(self.ctx, self.scheme, self).exec():
            self.on_changed(self.scheme.id)

    @guarded
    def new_scheme(self) -> None:
        dialog = SchemeDialog(self.ctx, None, self)
        if dialog.exec():
            self.on_changed(dialog.created.id)
