"""Pick members from the register (filtered by branch) and enter them as contestants."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from unionoffice.core.org import service as org
from unionoffice.members.api import MemberFilter, MemberStatus, member_source
from unionoffice.ui.context import AppContext
from unionoffice.ui.messages import guarded
from unionoffice.ui.table_model import LazyTableModel


class AddMembersDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("从会员名册选择参赛选手"))
        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("姓名、拼音首字母或工号"))
        self.branch = QComboBox()
        self.branch.addItem(self.tr("全部分工会"), None)
        for unit in org.branches(ctx.db, ctx.actor):
            self.branch.addItem(unit.name, unit.id)
        bar.addWidget(self.search, 2)
        bar.addWidget(self.branch, 1)
        layout.addLayout(bar)
        self.table = QTableView()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.model = LazyTableModel(parent=self)
        self.table.setModel(self.model)
        layout.addWidget(self.table)
        layout.addWidget(QLabel(self.tr("按住 Ctrl 或 Shift 可多选；已报名的会员会自动跳过。")))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("添加所选会员"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._debounce = QTimer(self, singleShot=True, interval=150)
        self._debounce.timeout.connect(self.reload)
        self.search.textChanged.connect(self._debounce.start)
        self.branch.currentIndexChanged.connect(self.reload)
        self.resize(820, 560)
        self.reload()

    @guarded
    def reload(self) -> None:
        flt = MemberFilter(
            text=self.search.text(), branch_id=self.branch.currentData(), status=MemberStatus.ACTIVE
        )
        self.model.set_source(member_source(self.ctx.db, self.ctx.actor, flt))

    def selected_ids(self) -> list[int]:
        return [self.model.row_id(index.row()) for index in self.table.selectionModel().selectedRows()]
