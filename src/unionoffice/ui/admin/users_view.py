"""User accounts: roles, assigned branch unions, password resets (admins); own password change."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
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
    QVBoxLayout,
    QWidget,
)

from unionoffice.core.auth import contract as auth
from unionoffice.core.auth.contract import PasswordChange, PasswordReset, UserInfo, UserList, UserSave
from unionoffice.core.auth.roles import Role
from unionoffice.foundation.contract import Empty, Operation
from unionoffice.foundation.errors import FieldProblem
from unionoffice.ui.context import AppContext
from unionoffice.ui.icons import icon
from unionoffice.ui.messages import info
from unionoffice.ui.widgets.form_dialog import FormDialog
from unionoffice.ui.widgets.tables import fill_table, read_only_table


def _password_field(name: str = "") -> QLineEdit:
    field = QLineEdit()
    field.setObjectName(name)
    field.setEchoMode(QLineEdit.EchoMode.Password)
    return field


class UserDialog(FormDialog):
    def __init__(
        self,
        ctx: AppContext,
        user: UserInfo | None,
        branches: list[tuple[int, str]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(ctx, self.tr("修改用户") if user else self.tr("新增用户"), parent)
        self.user = user
        form = QFormLayout()
        self.layout_.addLayout(form)
        self.username = QLineEdit(user.username if user else "")
        self.username.setEnabled(user is None)
        self.display_name = QLineEdit(user.display_name if user else "")
        self.role = QComboBox()
        for role in Role:
            self.role.addItem(role.label, role.value)
        if user:
            self.role.setCurrentIndex(self.role.findData(user.role))
        self.active = QCheckBox(self.tr("启用"))
        self.active.setChecked(user.active if user else True)
        self.branches = QListWidget()
        for branch_id, name in branches:
            item = QListWidgetItem(name)
            item.setData(Qt.ItemDataRole.UserRole, branch_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            checked = user is not None and branch_id in user.branch_ids
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
            self.branches.addItem(item)
        self.password = _password_field("password")
        self.row(form, "username", self.tr("用户名："), self.username)
        self.row(form, "display_name", self.tr("显示名称："), self.display_name)
        self.row(form, "role", self.tr("角色："), self.role)
        self.row(form, "branches", self.tr("负责的分工会："), self.branches)
        if user is None:
            self.row(form, "password", self.tr("初始密码："), self.password)
            form.addRow(QLabel(self.tr("首次登录时须修改密码。")))
        else:
            form.addRow("", self.active)
        self.finish_layout()

    def branch_ids(self) -> tuple[int, ...]:
        items = (self.branches.item(i) for i in range(self.branches.count()))
        return tuple(
            item.data(Qt.ItemDataRole.UserRole)
            for item in items
            if item.checkState() == Qt.CheckState.Checked
        )

    def collect(self) -> tuple[Operation[Any, Any], Any, list[FieldProblem]]:
        user = self.user
        request = UserSave(
            username=self.username.text(),
            display_name=self.display_name.text(),
            role=self.role.currentData(),
            branch_ids=self.branch_ids(),
            active=self.active.isChecked(),
            id=user.id if user else None,
            version=user.version if user else 0,
            password=self.password.text() if user is None else "",
        )
        return auth.SAVE_USER, request, []


class ResetPasswordDialog(FormDialog):
    def __init__(self, ctx: AppContext, user: UserInfo, parent: QWidget | None = None) -> None:
        super().__init__(ctx, self.tr("重设“{name}”的密码").format(name=user.display_name), parent)
        self.user = user
        form = QFormLayout()
        self.layout_.addLayout(form)
        self.password = _password_field("password")
        self.row(form, "password", self.tr("新密码："), self.password)
        self.finish_layout()

    def collect(self) -> tuple[Operation[Any, Any], Any, list[FieldProblem]]:
        return auth.RESET_PASSWORD, PasswordReset(self.user.id, self.password.text()), []


class UsersView(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.listing = UserList()
        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.add_button = QPushButton(icon("user-plus"), self.tr("新增用户"))
        self.edit_button = QPushButton(icon("pencil"), self.tr("修改"))
        self.reset_button = QPushButton(icon("key-round"), self.tr("重设密码"))
        for button in (self.add_button, self.edit_button, self.reset_button):
            bar.addWidget(button)
        bar.addStretch(1)
        layout.addLayout(bar)
        self.table = read_only_table(self, "users")
        layout.addWidget(self.table)
        self.add_button.clicked.connect(self.add_user)
        self.edit_button.clicked.connect(self.edit_user)
        self.reset_button.clicked.connect(self.reset_password)
        self.table.doubleClicked.connect(self.edit_user)
        self.reload()

    def reload(self) -> None:
        self.ctx.calls.fetch(self, auth.LIST_USERS, Empty(), self._show, channel="users")

    def _show(self, listing: UserList) -> None:
        self.listing = listing
        names = dict(listing.branches)
        rows = []
        for user in listing.users:
            state = (
                self.tr("停用")
                if not user.active
                else (self.tr("已锁定") if user.locked else self.tr("正常"))
            )
            branches = "、".join(names.get(b, "") for b in user.branch_ids)
            rows.append((user.username, user.display_name, Role(user.role).label, branches, state))
        fill_table(
            self.table,
            [
                self.tr("用户名"),
                self.tr("显示名称"),
                self.tr("角色"),
                self.tr("负责的分工会"),
                self.tr("状态"),
            ],
            rows,
        )

    def reload_after_conflict(self, _error: object) -> None:
        """The conflict dialog's "reload": show what the other person saved."""
        self.reload()

    def selected(self) -> UserInfo | None:
        row = self.table.currentRow()
        return self.listing.users[row] if 0 <= row < len(self.listing.users) else None

    def add_user(self) -> None:
        if UserDialog(self.ctx, None, self.listing.branches, self).exec():
            self.reload()

    def edit_user(self) -> None:
        user = self.selected()
        if user is not None and UserDialog(self.ctx, user, self.listing.branches, self).exec():
            self.reload()

    def reset_password(self) -> None:
        user = self.selected()
        if user is not None and ResetPasswordDialog(self.ctx, user, self).exec():
            info(self, self.tr("密码已重设，该用户下次登录时须修改密码。"))
            self.reload()


class ChangePasswordDialog(FormDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None, forced: bool = False) -> None:
        super().__init__(ctx, self.tr("修改密码"), parent)
        form = QFormLayout()
        self.layout_.addLayout(form)
        if forced:
            form.addRow(QLabel(self.tr("管理员已重设您的密码，请设置新密码后继续。")))
        self.old = _password_field("old")
        self.new = _password_field("new")
        self.new2 = _password_field("new2")
        self.row(form, "old", self.tr("原密码："), self.old)
        self.row(form, "new", self.tr("新密码："), self.new)
        self.row(form, "new2", self.tr("再次输入新密码："), self.new2)
        self.finish_layout()

    def collect(self) -> tuple[Operation[Any, Any], Any, list[FieldProblem]]:
        problems = []
        if self.new.text() != self.new2.text():
            problems.append(FieldProblem("new2", self.tr("两次输入的新密码不一致。")))
        return auth.CHANGE_PASSWORD, PasswordChange(self.old.text(), self.new.text()), problems
