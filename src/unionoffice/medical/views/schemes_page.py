"""Scheme years and what governs them: the settings of the year (contribution, coverage, waiting
periods, enrolment window, claim deadline), our own fund's benefit rules, the fund's enrolment
rules by effective date, and the year's optional products. Administrators edit them."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from unionoffice.foundation.money import format_fen
from unionoffice.medical import contract as medical
from unionoffice.medical.contract import (
    EligibilityInfo,
    ProductInfo,
    RuleInfo,
    RulesOpen,
    RulesScreen,
    SchemeInfo,
)
from unionoffice.medical.labels import BenefitType, Fund
from unionoffice.medical.perms import MedicalPerm
from unionoffice.medical.views.common import SchemeBound, SchemeHost
from unionoffice.medical.views.scheme_dialogs import (
    EligibilityDialog,
    ProductDialog,
    RuleDialog,
    SchemeDialog,
    bands_text,
)
from unionoffice.ui.context import AppContext
from unionoffice.ui.icons import icon
from unionoffice.ui.style import MUTED_TEXT
from unionoffice.ui.widgets.tables import fill_table, read_only_table


def _fit(table: QTableWidget, least: int = 2) -> None:
    """As tall as its rows (at least ``least``): the three small tables stack without gaps."""
    rows = max(table.rowCount(), least)
    header = table.horizontalHeader().sizeHint().height()
    table.setFixedHeight(header + rows * table.verticalHeader().defaultSectionSize() + 4)


class SchemesPage(SchemeBound):
    """GUI thread. The scheme, its rules, the fund's enrolment rules and the products: one call."""

    def __init__(self, ctx: AppContext, host: SchemeHost, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.host = ctx, host
        self.rules: dict[str, RuleInfo] = {}
        self.eligibility: list[EligibilityInfo] = []
        self.products: list[ProductInfo] = []
        self._opened = False
        self.admin = ctx.session.can(MedicalPerm.ADMIN)
        layout = QVBoxLayout(self)
        self.toolbar = QToolBar()
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        for text, icon_name, slot, name in (
            (self.tr("修改方案"), "sliders-horizontal", self.edit_scheme, "edit_scheme"),
            (self.tr("新建方案年度"), "plus", self.new_scheme, "new_scheme"),
        ):
            action = self.toolbar.addAction(icon(icon_name), text)
            action.setObjectName(name)
            action.triggered.connect(slot)
            action.setVisible(self.admin)
        layout.addWidget(self.toolbar)
        self.header = QLabel()
        self.header.setObjectName("scheme_header")
        self.header.setWordWrap(True)
        layout.addWidget(self.header)
        self.rules_box, self.table = self._section(
            self.tr("补助规则（本会核算）"), "rules", [(self.tr("编辑所选规则"), "pencil", self.edit_rule)]
        )
        self.table.doubleClicked.connect(self.edit_rule)
        self.province_note = QLabel(
            self.tr(
                "省职工医疗互助保障的审核和赔付标准由省总工会制定，本会不核算、不审批：只登记参保、上缴和省总的赔付结果。"
            )
        )
        self.province_note.setObjectName("province_note")
        self.province_note.setWordWrap(True)
        self.province_note.setStyleSheet(MUTED_TEXT)
        layout.addWidget(self.rules_box)
        layout.addWidget(self.province_note)
        self.eligibility_box, self.eligibility_table = self._section(
            self.tr("参保条件"),
            "eligibility",
            [
                (self.tr("新增参保条件"), "plus", self.new_eligibility),
                (self.tr("修改所选条件"), "pencil", self.edit_eligibility),
            ],
        )
        layout.addWidget(self.eligibility_box)
        self.products_box, self.products_table = self._section(
            self.tr("可选保障"),
            "products",
            [
                (self.tr("新增可选保障"), "plus", self.new_product),
                (self.tr("修改所选保障"), "pencil", self.edit_product),
            ],
        )
        layout.addWidget(self.products_box)
        layout.addStretch(1)

    def _section(
        self, title: str, name: str, buttons: list[tuple[str, str, Callable[[], None]]]
    ) -> tuple[QGroupBox, QTableWidget]:
        box = QGroupBox(title)
        inner = QVBoxLayout(box)
        table = read_only_table(self, name)
        inner.addWidget(table, 1)
        if self.admin:
            row = QHBoxLayout()
            for text, icon_name, slot in buttons:
                button = QPushButton(icon(icon_name), text)
                button.clicked.connect(slot)
                row.addWidget(button)
            row.addStretch(1)
            inner.addLayout(row)
        return box, table

    def showEvent(self, event: QShowEvent) -> None:
        if not self._opened:
            self._opened = True
            self.reopen()
        super().showEvent(event)

    def reopen(self) -> None:
        self._stale = False
        self.header.setText(self.tr("正在加载…"))
        request = RulesOpen(self.host.pick())
        self.ctx.calls.fetch(self, medical.OPEN_RULES, request, self._opened_screen, channel="open")

    def _opened_screen(self, screen: RulesScreen) -> None:
        self.host.take(screen.choice)
        s = screen.choice.scheme
        self.rules = {r.benefit_type: r for r in screen.rules}
        self.eligibility, self.products = screen.eligibility, screen.products
        if s is None:
            self.header.setText(self.tr("尚未建立方案年度。"))
            for table in (self.table, self.eligibility_table, self.products_table):
                fill_table(table, [], [])
            return
        self.header.setText(self._settings_text(s))
        self.rules_box.setVisible(not s.is_province)
        self.province_note.setVisible(s.is_province)
        self.eligibility_box.setTitle(
            self.tr("{fund}参保条件（按生效日期，参保当天有效的一条适用）").format(fund=Fund(s.fund).label)
            if self.eligibility
            else self.tr("{fund}参保条件：未设，在职在会的会员均可参保").format(fund=Fund(s.fund).label)
        )
        self.products_box.setTitle(self.tr("可选保障") if self.products else self.tr("可选保障：本年度未设"))
        self._show_rules()
        self._show_eligibility()
        self._show_products()
        for table in (self.table, self.eligibility_table, self.products_table):
            _fit(table)

    def _settings_text(self, s: SchemeInfo) -> str:
        window = (
            self.tr("参保登记期 {a} 至 {b}").format(
                a=s.enrol_from.isoformat() if s.enrol_from else "…",
                b=s.enrol_to.isoformat() if s.enrol_to else "…",
            )
            if s.enrol_from or s.enrol_to
            else self.tr("参保登记不限时间")
        )
        deadline = (
            self.tr("申请截止 {d}").format(d=s.claim_deadline.isoformat())
            if s.claim_deadline
            else self.tr("未设申请截止日期")
        )
        return self.tr(
            "{name}：每人互助金 {fee} 元；保障期 {a} 至 {b}；{window}；{deadline}；"
            "等待期：首次参保 {w} 天，中断后续保 {r} 天，连续参保不设；困难预警线 {h} 元。"
        ).format(
            name=s.name,
            fee=format_fen(s.fee_fen),
            a=s.coverage_start.isoformat(),
            b=s.coverage_end.isoformat(),
            window=window,
            deadline=deadline,
            w=s.waiting_days,
            r=s.renewal_waiting_days,
            h=format_fen(s.hardship_threshold_fen),
        )

    def _show_rules(self) -> None:
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

    def _show_eligibility(self) -> None:
        def age(e: EligibilityInfo) -> str:
            if e.min_age is None and e.max_age is None:
                return self.tr("不限")
            return (
                f"{e.min_age if e.min_age is not None else 0}–{e.max_age if e.max_age is not None else '…'}"
            )

        yes, no = self.tr("是"), self.tr("否")
        fill_table(
            self.eligibility_table,
            [
                self.tr("生效日期"),
                self.tr("年龄（周岁）"),
                self.tr("须在职"),
                self.tr("须参加职工医保"),
                self.tr("说明"),
            ],
            [
                (
                    e.effective_from.isoformat(),
                    age(e),
                    yes if e.require_in_work else no,
                    yes if e.require_medical_insurance else no,
                    e.note,
                )
                for e in self.eligibility
            ],
            ids=[e.id for e in self.eligibility],
        )

    def _show_products(self) -> None:
        fill_table(
            self.products_table,
            [
                self.tr("保障名称"),
                self.tr("保障类别"),
                self.tr("保障费（元）"),
                self.tr("年度封顶（元）"),
                self.tr("说明"),
            ],
            [
                (
                    p.name,
                    BenefitType(p.benefit_type).label if p.benefit_type else self.tr("各类别"),
                    format_fen(p.fee_fen),
                    format_fen(p.cap_fen),
                    p.note,
                )
                for p in self.products
            ],
            right={2, 3},
            ids=[p.id for p in self.products],
        )

    # Actions --------------------------------------------------------------------------------
    def _after(self, accepted: int) -> None:
        if accepted:
            self.reopen()

    def edit_rule(self) -> None:
        scheme = self.host.scheme
        if scheme is None or scheme.is_province or not self.admin:
            return
        kind = list(BenefitType)[max(self.table.currentRow(), 0)]
        self._after(RuleDialog(self.ctx, scheme, kind, self.rules.get(kind.value), self).exec())

    def new_eligibility(self) -> None:
        scheme = self.host.scheme
        if scheme is not None:
            self._after(EligibilityDialog(self.ctx, Fund(scheme.fund), None, self).exec())

    def edit_eligibility(self) -> None:
        scheme, row = self.host.scheme, self.eligibility_table.currentRow()
        if scheme is not None and 0 <= row < len(self.eligibility):
            self._after(EligibilityDialog(self.ctx, Fund(scheme.fund), self.eligibility[row], self).exec())

    def new_product(self) -> None:
        scheme = self.host.scheme
        if scheme is not None:
            self._after(ProductDialog(self.ctx, scheme, None, self).exec())

    def edit_product(self) -> None:
        scheme, row = self.host.scheme, self.products_table.currentRow()
        if scheme is not None and 0 <= row < len(self.products):
            self._after(ProductDialog(self.ctx, scheme, self.products[row], self).exec())

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
