"""Enrolment of the selected scheme year: batch-enrol a branch union, record fee payments."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from unionoffice.core.org import service as org
from unionoffice.medical.perms import MedicalPerm
from unionoffice.medical.service import enrolment
from unionoffice.medical.service.schemes import SchemeInfo
from unionoffice.ui.context import AppContext
from unionoffice.ui.icons import icon
from unionoffice.ui.messages import confirm, guarded, info
from unionoffice.ui.table_model import ID_ROLE, LazyTableModel


class EnrolmentPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.scheme: SchemeInfo | None = None
        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("搜索姓名、拼音首字母或工号"))
        self.search.setClearButtonEnabled(True)
        self.branch = QComboBox()
        self.branch.addItem(self.tr("全部分工会"), None)
        for unit in org.branches(ctx.db, ctx.actor):
            self.branch.addItem(unit.name, unit.id)
        self.unpaid = QCheckBox(self.tr("只看未缴费"))
        bar.addWidget(self.search, 3)
        bar.addWidget(self.branch, 1)
        bar.addWidget(self.unpaid)
        layout.addLayout(bar)
        actions = QHBoxLayout()
        self.counts = QLabel()
        self.counts.setObjectName("enrolment_counts")
        if ctx.actor.can(MedicalPerm.WRITE):
            for text, icon_name, slot in (
                (self.tr("按分工会批量参保"), "user-plus", self.enrol_branch),
                (self.tr("所选人员登记缴费"), "coins", self.pay_selected),
                (self.tr("筛选结果全部登记缴费"), "list-checks", self.pay_all),
            ):
                button = QPushButton(icon(icon_name), text)
                button.clicked.connect(slot)
                actions.addWidget(button)
        actions.addStretch(1)
        actions.addWidget(self.counts)
        layout.addLayout(actions)
        self.table = QTableView()
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.model = LazyTableModel(parent=self)
        self.table.setModel(self.model)
        layout.addWidget(self.table)
        self._debounce = QTimer(self, singleShot=True, interval=150)
        self._debounce.timeout.connect(self.reload)
        self.search.textChanged.connect(self._debounce.start)
        self.branch.currentIndexChanged.connect(self.reload)
        self.unpaid.toggled.connect(self.reload)

    def set_scheme(self, scheme: SchemeInfo | None) -> None:
        self.scheme = scheme
        self.reload()

    def _filter(self) -> enrolment.EnrolmentFilter:
        return enrolment.EnrolmentFilter(
            self.scheme.id if self.scheme else -1,
            self.branch.currentData(),
            self.search.text(),
            self.unpaid.isChecked(),
        )

    @guarded
    def reload(self) -> None:
        self.model.set_source(enrolment.enrolment_source(self.ctx.db, self.ctx.actor, self._filter()))
        if self.scheme is not None:
            c = enrolment.enrolment_counts(
                self.ctx.db, self.ctx.actor, self.scheme.id, self.branch.currentData()
            )
            self.counts.setText(
                self.tr("已参保 {e} 人，已缴费 {p} 人，在会未参保 {m} 人").format(
                    e=c.enrolled, p=c.paid, m=c.active_not_enrolled
                )
            )
        self.table.resizeColumnsToContents()

    def _run(self, title: str, work) -> None:  # type: ignore[no-untyped-def]
        def done(result) -> None:  # type: ignore[no-untyped-def]
            self.reload()
            if isinstance(result, enrolment.EnrolResult):
                info(
                    self,
                    self.tr("新参保 {n} 人；已参保跳过 {a} 人；非在会会员 {r} 人未参保。").format(
                        n=result.enrolled, a=result.already, r=result.refused
                    ),
                )
            else:
                info(
                    self,
                    self.tr("登记缴费 {n} 人，合计 {amount} 元；此前已缴 {a} 人。").format(
                        n=result.paid, amount=f"{result.amount_fen / 100:,.2f}", a=result.already_paid
                    ),
                )

        self.ctx.tasks.run(self, title, work, done)

    @guarded
    def enrol_branch(self) -> None:
        branch = self.branch.currentData()
        if self.scheme is None or branch is None:
            info(self, self.tr("请先在上方选择一个分工会。"))
            return
        if not confirm(
            self,
            self.tr("将{b}全部在会会员登记参加 {y}？").format(
                b=self.branch.currentText(), y=self.scheme.title
            ),
        ):
            return
        db, actor, scheme_id = self.ctx.db, self.ctx.actor, self.scheme.id
        self._run(
            self.tr("正在登记参保…"),
            lambda progress: enrolment.enrol(db, actor, scheme_id, branch_id=branch, progress=progress),
        )

    @guarded
    def pay_selected(self) -> None:
        ids = [self.model.data(i, ID_ROLE) for i in self.table.selectionModel().selectedRows()]
        if not ids or self.scheme is None:
            info(self, self.tr("请先选择已参保的人员。"))
            return
        db, actor, scheme_id = self.ctx.db, self.ctx.actor, self.scheme.id
        self._run(
            self.tr("正在登记缴费…"),
            lambda progress: enrolment.record_payments(db, actor, scheme_id, ids, date.today(), progress),
        )

    @guarded
    def pay_all(self) -> None:
        source = self.model.source
        if source is None or self.scheme is None:
            return
        ids = source.ids()
        if not ids or not confirm(self, self.tr("为筛选出的 {n} 人登记今天缴费？").format(n=len(ids))):
            return
        db, actor, scheme_id = self.ctx.db, self.ctx.actor, self.scheme.id
        self._run(
            self.tr("正在登记缴费…"),
            lambda progress: enrolment.record_payments(db, actor, scheme_id, ids, date.today(), progress),
        )
