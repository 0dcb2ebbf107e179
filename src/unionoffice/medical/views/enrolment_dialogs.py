"""Enrolling members (a branch union at once, or people found by name) with the scheme's rules in
view, and passing the provincial scheme's contributions on to the province."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QWidget,
)

from unionoffice.foundation.contract import Operation
from unionoffice.foundation.errors import FieldProblem
from unionoffice.foundation.i18n import translate
from unionoffice.foundation.money import format_fen
from unionoffice.medical import contract as medical
from unionoffice.medical.contract import (
    EligibilityInfo,
    EnrolmentCounts,
    EnrolRequest,
    MemberHits,
    MemberSearch,
    ProductInfo,
    RemitRequest,
    SchemeInfo,
)
from unionoffice.ui.context import AppContext
from unionoffice.ui.icons import icon
from unionoffice.ui.style import MUTED_TEXT
from unionoffice.ui.widgets.fields import DateField
from unionoffice.ui.widgets.form_dialog import FormDialog

SEARCH_DELAY_MS = 200
ID = Qt.ItemDataRole.UserRole


def rule_text(rule: EligibilityInfo | None) -> str:
    """The enrolment rule in force, in a sentence (empty: no rule, members in the union enrol)."""
    if rule is None:
        return ""
    parts = []
    if rule.min_age is not None or rule.max_age is not None:
        parts.append(
            translate("EnrolDialog", "{low}–{high} 周岁").format(
                low=rule.min_age if rule.min_age is not None else 0,
                high=rule.max_age if rule.max_age is not None else "…",
            )
        )
    if rule.require_in_work:
        parts.append(translate("EnrolDialog", "在职在会"))
    if rule.require_medical_insurance:
        parts.append(translate("EnrolDialog", "参加职工基本医疗保险"))
    return translate("EnrolDialog", "参保条件（{d} 起施行）：{parts}").format(
        d=rule.effective_from.isoformat(), parts="、".join(parts)
    )


class EnrolDialog(FormDialog):
    """GUI thread. ``branch_id`` given: everyone eligible in that branch union; otherwise the people
    the clerk adds by name (then one who is not eligible refuses the lot, naming the rule)."""

    def __init__(
        self,
        ctx: AppContext,
        scheme: SchemeInfo,
        products: list[ProductInfo],
        rule: EligibilityInfo | None,
        branch: tuple[int, str] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        title = self.tr("按分工会批量参保") if branch else self.tr("登记参保")
        super().__init__(ctx, title, parent)
        self.scheme, self.branch = scheme, branch
        self.setMinimumWidth(560)
        self.save_button.setText(self.tr("登记参保"))
        heading = QLabel(
            self.tr("将{b}全部符合条件的会员登记参加 {y}。").format(b=branch[1], y=scheme.title)
            if branch
            else self.tr("登记参加 {y} 的会员：").format(y=scheme.title)
        )
        heading.setWordWrap(True)
        self.layout_.addWidget(heading)
        if rule is not None:
            conditions = QLabel(rule_text(rule))
            conditions.setObjectName("conditions")
            conditions.setWordWrap(True)
            conditions.setStyleSheet(MUTED_TEXT)
            self.layout_.addWidget(conditions)
        form = QFormLayout()
        self.layout_.addLayout(form)
        self.chosen = QListWidget()
        self.chosen.setObjectName("chosen")
        self.search = QLineEdit()
        self.search.setObjectName("member_search")
        self.found = QComboBox()
        self.found.setObjectName("found")
        if branch is None:
            self.search.setPlaceholderText(self.tr("输入姓名、拼音首字母或工号查找"))
            add = QPushButton(icon("user-plus"), self.tr("加入"))
            add.clicked.connect(self.add_found)
            remove = QPushButton(icon("user-minus"), self.tr("移除所选"))
            remove.clicked.connect(lambda: self.chosen.takeItem(self.chosen.currentRow()))
            finder = QWidget()
            row = QHBoxLayout(finder)
            row.setContentsMargins(0, 0, 0, 0)
            row.addWidget(self.search, 2)
            row.addWidget(self.found, 3)
            row.addWidget(add)
            form.addRow(self.tr("查找会员"), finder)
            self.chosen.setMaximumHeight(110)
            people = QWidget()
            column = QHBoxLayout(people)
            column.setContentsMargins(0, 0, 0, 0)
            column.addWidget(self.chosen, 1)
            column.addWidget(remove, 0, Qt.AlignmentFlag.AlignTop)
            self.row(form, self.tr("会员"), self.tr("参保会员"), people)
        # Today, kept inside the enrolment window and the coverage (the services check it too).
        today = min(
            max(date.today(), scheme.enrol_from or date.today()), scheme.enrol_to or scheme.coverage_end
        )
        today = min(today, scheme.coverage_end)
        self.on = DateField(today)
        self.row(form, self.tr("参保日期"), self.tr("参保日期"), self.on)
        self.insured = QCheckBox(self.tr("已核实上述会员参加职工基本医疗保险"))
        self.insured.setObjectName("insured")
        self.row(form, self.tr("职工医保"), self.tr("职工医保"), self.insured)
        self.products = QListWidget()
        self.products.setObjectName("products")
        self.products.setMaximumHeight(8 + 24 * max(len(products), 1))
        for p in products:
            item = QListWidgetItem(
                self.tr("{name}（另缴 {fee} 元，每年封顶 {cap} 元）").format(
                    name=p.name, fee=format_fen(p.fee_fen), cap=format_fen(p.cap_fen)
                )
            )
            item.setData(ID, p.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.products.addItem(item)
        if products:
            self.row(form, self.tr("可选保障"), self.tr("可选保障"), self.products)
        self.finish_layout()
        self._timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._timer.timeout.connect(self._find)
        self.search.textChanged.connect(self._timer.start)

    def _find(self) -> None:
        text = self.search.text().strip()
        if text:
            self.ctx.calls.fetch(
                self, medical.FIND_MEMBERS, MemberSearch(text), self._show_found, channel="members"
            )

    def _show_found(self, hits: MemberHits) -> None:
        self.found.clear()
        for hit in hits.hits:
            self.found.addItem(f"{hit.name}（{hit.employee_no}，{hit.branch_name}，{hit.status}）", hit.id)

    def add_found(self) -> None:
        member_id = self.found.currentData()
        taken = {self.chosen.item(i).data(ID) for i in range(self.chosen.count())}
        if member_id is not None and member_id not in taken:
            item = QListWidgetItem(self.found.currentText())
            item.setData(ID, member_id)
            self.chosen.addItem(item)

    def collect(self) -> tuple[Operation[Any, Any], EnrolRequest, list[FieldProblem]]:
        problems: list[FieldProblem] = []
        on, message = self.on.checked()
        if message:
            problems.append(FieldProblem(self.tr("参保日期"), message))
        members = [self.chosen.item(i).data(ID) for i in range(self.chosen.count())]
        if self.branch is None and not members:
            problems.append(FieldProblem(self.tr("会员"), self.tr("请查找并加入要参保的会员")))
        products = [
            self.products.item(i).data(ID)
            for i in range(self.products.count())
            if self.products.item(i).checkState() == Qt.CheckState.Checked
        ]
        request = EnrolRequest(
            self.scheme.id,
            branch_id=self.branch[0] if self.branch else None,
            member_ids=None if self.branch else members,
            enrolled_on=on,
            insured=self.insured.isChecked(),
            product_ids=products,
        )
        return medical.ENROL, request, problems

    def done(self, result: int) -> None:
        self._timer.stop()
        super().done(result)


class RemitDialog(FormDialog):
    """The paid contributions not yet passed on, sent to the province under its receipt number."""

    def __init__(
        self,
        ctx: AppContext,
        scheme: SchemeInfo,
        counts: EnrolmentCounts,
        branch: tuple[int, str] | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(ctx, self.tr("上缴省总工会"), parent)
        self.scheme, self.branch = scheme, branch
        self.setMinimumWidth(480)
        self.save_button.setText(self.tr("登记上缴"))
        pending = QLabel(
            self.tr("{scope}：已缴费、尚未上缴的 {n} 人，合计 {a} 元。").format(
                scope=branch[1] if branch else self.tr("全部分工会"),
                n=counts.unremitted,
                a=format_fen(counts.unremitted_fen),
            )
        )
        pending.setObjectName("pending")
        pending.setWordWrap(True)
        self.layout_.addWidget(pending)
        form = QFormLayout()
        self.layout_.addLayout(form)
        self.on = DateField(date.today())
        self.reference = QLineEdit()
        self.reference.setObjectName("reference")
        self.reference.setPlaceholderText(self.tr("省总开具的缴款回执编号"))
        self.row(form, self.tr("上缴日期"), self.tr("上缴日期"), self.on)
        self.row(form, self.tr("省总回执号"), self.tr("省总回执号"), self.reference)
        self.finish_layout()

    def collect(self) -> tuple[Operation[Any, Any], RemitRequest, list[FieldProblem]]:
        on, message = self.on.checked()
        problems = [FieldProblem(self.tr("上缴日期"), message)] if message else []
        request = RemitRequest(
            self.scheme.id, on, self.reference.text(), self.branch[0] if self.branch else None
        )
        return medical.REMIT, request, problems
