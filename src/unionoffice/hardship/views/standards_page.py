"""低保标准与规则: each base's 低保 from a date on, and the rules in force (notice length, review
and follow-up periods, the 相对困难 ratio, the large medical bill). Figures, not code: a new
year's figure is a new row; files keep the figure they were assessed with."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from unionoffice.foundation.contract import Empty, Operation
from unionoffice.foundation.errors import FieldProblem, ValidationError
from unionoffice.foundation.money import format_fen
from unionoffice.hardship import contract as hs
from unionoffice.hardship.contract import LineInfo, LineSave, RuleInfo, Standards, field_label
from unionoffice.hardship.perms import HardshipPerm
from unionoffice.ui.context import AppContext
from unionoffice.ui.icons import icon
from unionoffice.ui.style import MUTED_TEXT
from unionoffice.ui.widgets.fields import DateField, MoneyField
from unionoffice.ui.widgets.form_dialog import FormDialog
from unionoffice.ui.widgets.tables import fill_table, read_only_table, selected_id


class StandardsPage(QWidget):
    """GUI thread."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.standards = Standards()
        can_edit = ctx.session.can(HardshipPerm.SETTINGS)
        layout = QVBoxLayout(self)
        layout.addWidget(self._heading(self.tr("各基地低保标准（元/人·月）")))
        self.lines = read_only_table(self, "lines")
        layout.addWidget(self.lines, 2)
        buttons = QHBoxLayout()
        for text, slot, name in (
            (self.tr("新增标准…"), lambda: self.edit_line(None), "add_line"),
            (self.tr("修改所选…"), lambda: self.edit_line(selected_id(self.lines)), "edit_line"),
        ):
            button = QPushButton(icon("plus" if name.startswith("add") else "pencil"), text)
            button.setObjectName(name)
            button.clicked.connect(slot)
            button.setVisible(can_edit)
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        layout.addWidget(self._heading(self.tr("帮扶规则")))
        self.rules = read_only_table(self, "rules")
        layout.addWidget(self.rules, 1)
        rule_buttons = QHBoxLayout()
        for text, new, name in (
            (self.tr("新增规则…"), True, "add_rule"),
            (self.tr("修改所选…"), False, "edit_rule"),
        ):
            button = QPushButton(icon("plus" if new else "pencil"), text)
            button.setObjectName(name)
            button.clicked.connect(lambda _checked=False, new=new: self.edit_rule(new))
            button.setVisible(can_edit)
            rule_buttons.addWidget(button)
        rule_buttons.addStretch(1)
        layout.addLayout(rule_buttons)
        hint = QLabel(
            self.tr(
                "困难类别按家庭人均月收入（扣除刚性支出）与会员所在基地的低保标准比较：低于标准为深度困难，"
                "低于相对困难线为相对困难。没有标准的基地不能认定，系统不会套用其他基地或默认值。"
                "标准调整时新增一行并填写起始日期；已认定的档案保留当时的标准，复核时按新标准。"
            )
        )
        hint.setWordWrap(True)
        hint.setStyleSheet(MUTED_TEXT)
        layout.addWidget(hint)
        self.reload()

    def _heading(self, text: str) -> QLabel:
        label = QLabel(text)
        label.setStyleSheet("font-weight: bold;")
        return label

    def reload(self) -> None:
        self.ctx.calls.fetch(self, hs.OPEN_STANDARDS, Empty(), self._show, channel="standards")

    def reload_after_conflict(self, _error: object = None) -> None:
        self.reload()

    def _show(self, standards: Standards) -> None:
        self.standards = standards
        fill_table(
            self.lines,
            [self.tr("基地"), self.tr("起始日期"), self.tr("低保标准（元）"), self.tr("依据")],
            [
                (line.base, line.effective_from.isoformat(), format_fen(line.monthly_fen), line.source)
                for line in standards.lines
            ],
            right=(2,),
            ids=[line.id for line in standards.lines],
        )
        fill_table(
            self.rules,
            [
                self.tr("起始日期"),
                self.tr("公示（工作日）"),
                self.tr("复核周期（月）"),
                self.tr("跟踪期（月）"),
                self.tr("相对困难线"),
                self.tr("大额医疗费用（元）"),
                self.tr("依据"),
            ],
            [
                (
                    r.effective_from.isoformat() if r.effective_from else "",
                    r.notice_working_days,
                    r.review_months,
                    r.follow_up_months,
                    self.tr("低保的 {pct}%").format(pct=r.relative_pct),
                    format_fen(r.large_claim_fen),
                    r.source,
                )
                for r in standards.rules
            ],
            ids=[r.id or 0 for r in standards.rules],
        )

    def edit_line(self, line_id: int | None) -> None:
        line = next((x for x in self.standards.lines if x.id == line_id), None)
        if line_id is not None and line is None:
            return
        if LineDialog(self.ctx, line, self.standards.bases, self).exec():
            self.reload()

    def edit_rule(self, new: bool) -> None:
        rule_id = selected_id(self.rules)
        rule = None if new else next((r for r in self.standards.rules if r.id == rule_id), None)
        if not new and rule is None:
            return
        template = rule or (self.standards.rules[-1] if self.standards.rules else None)
        if RuleDialog(self.ctx, rule, template, self).exec():
            self.reload()


class LineDialog(FormDialog):
    def __init__(
        self, ctx: AppContext, line: LineInfo | None, bases: list[str], parent: QWidget | None = None
    ) -> None:
        super().__init__(ctx, self.tr("低保标准"), parent)
        self.line = line
        form = QFormLayout()
        self.base = QComboBox()
        self.base.setObjectName("base")
        self.base.addItems(bases)
        self.effective_from = DateField(line.effective_from if line else date(date.today().year + 1, 1, 1))
        self.monthly = MoneyField(line.monthly_fen if line else None)
        self.monthly.setObjectName("monthly")
        self.source = QLineEdit(line.source if line else "")
        self.source.setPlaceholderText(self.tr("如：某市民政局关于调整城乡低保标准的通知"))
        if line:
            self.base.setCurrentText(line.base)
        self.row(form, "base", field_label("base"), self.base)
        self.row(form, "effective_from", field_label("effective_from"), self.effective_from)
        self.row(form, "monthly", field_label("monthly"), self.monthly)
        self.row(form, "source", self.tr("依据"), self.source)
        self.layout_.addLayout(form)
        self.finish_layout()

    def collect(self) -> tuple[Operation[Any, Any], Any, list[FieldProblem]]:
        problems: list[FieldProblem] = []
        since, message = self.effective_from.checked()
        if message:
            problems.append(FieldProblem(field_label("effective_from"), message))
        try:
            monthly = self.monthly.fen(field_label("monthly"))
        except ValidationError as error:
            problems += error.problems
            monthly = None
        request = LineSave(
            base=self.base.currentText(),
            effective_from=since,
            monthly_fen=monthly,
            source=self.source.text(),
            line_id=self.line.id if self.line else None,
            version=self.line.version if self.line else 0,
        )
        return hs.SAVE_LINE, request, problems


class RuleDialog(FormDialog):
    def __init__(
        self, ctx: AppContext, rule: RuleInfo | None, template: RuleInfo | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(ctx, self.tr("帮扶规则"), parent)
        self.rule = rule
        base = rule or template
        form = QFormLayout()
        self.effective_from = DateField(rule.effective_from if rule else date(date.today().year + 1, 1, 1))
        self.row(form, "effective_from", field_label("effective_from"), self.effective_from)
        self.numbers: dict[str, QSpinBox] = {}
        for key, low, high, value in (
            ("notice_working_days", 5, 30, base.notice_working_days if base else 5),
            ("review_months", 1, 36, base.review_months if base else 12),
            ("follow_up_months", 0, 36, base.follow_up_months if base else 6),
            ("relative_pct", 101, 500, base.relative_pct if base else 200),
        ):
            box = QSpinBox()
            box.setObjectName(key)
            box.setRange(low, high)
            box.setValue(value or low)
            self.numbers[key] = box
            self.row(form, key, field_label(key), box)
        self.large = MoneyField(base.large_claim_fen if base else 5_000_000)
        self.row(form, "large_claim", field_label("large_claim"), self.large)
        self.source = QLineEdit(base.source if base else "")
        self.row(form, "source", self.tr("依据"), self.source)
        self.layout_.addLayout(form)
        self.finish_layout()

    def collect(self) -> tuple[Operation[Any, Any], Any, list[FieldProblem]]:
        problems: list[FieldProblem] = []
        since, message = self.effective_from.checked()
        if message:
            problems.append(FieldProblem(field_label("effective_from"), message))
        try:
            large = self.large.fen(field_label("large_claim"))
        except ValidationError as error:
            problems += error.problems
            large = None
        request = RuleInfo(
            effective_from=since,
            notice_working_days=self.numbers["notice_working_days"].value(),
            review_months=self.numbers["review_months"].value(),
            follow_up_months=self.numbers["follow_up_months"].value(),
            relative_pct=self.numbers["relative_pct"].value(),
            large_claim_fen=large,
            source=self.source.text(),
            id=self.rule.id if self.rule else None,
            version=self.rule.version if self.rule else 0,
        )
        return hs.SAVE_RULE, request, problems
