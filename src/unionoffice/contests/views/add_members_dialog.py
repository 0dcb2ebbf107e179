"""Pick members from the register (active members, by branch union and search) to enter as
contestants. The list is the register's own list operation, through the members module's api."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from unionoffice.members.api import LIST, MemberFilter, MemberStatus, register_columns
from unionoffice.ui.context import AppContext
from unionoffice.ui.list_page import ListPage

SHOWN = ("name", "gender", "employee_no", "branch", "group", "base", "trade")


class MemberList(ListPage[MemberFilter]):
    """GUI thread: the register's active members, several may be chosen."""

    list_op = LIST
    columns = register_columns()
    default_sort = ("name", False)
    multi_select = True

    def build(self) -> None:
        self.search = self.add_search(self.tr("姓名、拼音首字母或工号"), name="member_search")
        reference = self.ctx.refs.org
        branches = [(b.name, b.id) for b in reference.mine()] if reference is not None else []
        self.branch = self.add_combo("branch_filter", self.tr("全部分工会"), branches)

    def current_filter(self) -> MemberFilter:
        return MemberFilter(
            text=self.search.text(), branch_id=self.branch.currentData(), status=MemberStatus.ACTIVE.value
        )


class AddMembersDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("从会员名册选择参赛选手"))
        layout = QVBoxLayout(self)
        self.members = MemberList(ctx, self)
        for n, column in enumerate(self.members.columns):
            self.members.table.setColumnHidden(n, column.key not in SHOWN)
        layout.addWidget(self.members, 1)
        layout.addWidget(QLabel(self.tr("按住 Ctrl 或 Shift 可多选；已报名的会员会自动跳过。")))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("添加所选会员"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(900, 580)

    def selected_ids(self) -> list[int]:
        return self.members.selected_ids()
