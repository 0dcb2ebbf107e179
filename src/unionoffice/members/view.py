"""The member register tab."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QTableView, QVBoxLayout, QWidget

from unionoffice.core.org import service as org
from unionoffice.members import service
from unionoffice.ui.context import AppContext
from unionoffice.ui.messages import guarded
from unionoffice.ui.table_model import LazyTableModel


class MembersTab(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setObjectName("member_search")
        self.search.setPlaceholderText(self.tr("搜索姓名、拼音首字母、工号、电话或身份证号后四位"))
        self.search.setClearButtonEnabled(True)
        self.branch = QComboBox()
        self.branch.addItem(self.tr("全部分工会"), None)
        for unit in org.branches(ctx.db, ctx.actor):
            self.branch.addItem(unit.name, unit.id)
        self.count_label = QLabel()
        bar.addWidget(self.search, 3)
        bar.addWidget(self.branch, 1)
        bar.addWidget(self.count_label)
        layout.addLayout(bar)
        self.table = QTableView()
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.model = LazyTableModel(parent=self)
        self.table.setModel(self.model)
        layout.addWidget(self.table)
        # Wait for a pause in typing before querying: one query per burst of keys.
        self._debounce = QTimer(self, singleShot=True, interval=120)
        self._debounce.timeout.connect(self.reload)
        self.search.textChanged.connect(self._debounce.start)
        self.branch.currentIndexChanged.connect(self.reload)
        self.reload()

    def current_filter(self) -> service.MemberFilter:
        return service.MemberFilter(text=self.search.text(), branch_id=self.branch.currentData())

    @guarded
    def reload(self) -> None:
        self.model.set_source(service.member_source(self.ctx.db, self.ctx.actor, self.current_filter()))
        self.count_label.setText(self.tr("共 {n} 人").format(n=self.model.rowCount()))
