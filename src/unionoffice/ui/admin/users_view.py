"""User accounts: roles, assigned branch unions, password resets (admins); own password change."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from unionoffice.core.auth import service as auth
from unionoffice.core.auth.roles import Role
from unionoffice.core.org import service as org
from unionoffice.ui.context import AppContext
from unionoffice.ui.icons import icon
from unionoffice.ui.messages import guarded, info


def _password_field() -> QLineEdit:
    field = QLineEdit()
    field.setEchoMode(QLineEdit.EchoMode.Password)
    return field


class UserDialog(QDialog):
    def __init__(self, ctx: AppContext, user: auth.UserInfo | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("修改用户") if user else self.tr("新增用户"))
        form = QFormLayout(self)
        self.username = QLineEdit(user.username if user else "")
        self.username.setEnabled(user is None)
        self.display_name = QLineEdit(user.display_name if user else "")
        self.role = QComboBox()
        for role in Role:
            self.role.addItem(role.label, role)
        if user:
            self.role.setCurrentIndex(self.role.findData(user.role))
        self.active = QCheckBox(self.tr("启用"))
        self.active.setChecked(user.active if user else True)
        self.branches = QListWidget()
        for branch in org.branches(ctx.db, ctx.actor):
            item = QListWidgetItem(branch.name)
            item.setData(Qt.ItemDataRole.UserRole, branch.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(
                Qt.CheckState.Checked if user and branch.id in user.branch_ids else Qt.CheckState.Unchecked
            )
            self.branches.addItem(item)
        self.password = _password_field()
        form.addRow(self.tr("用户名："), self.username)
        form.addRow(self.tr("显示名称："), self.display_name)
        form.addRow(self.tr("角色："), self.role)
        form.addRow(self.tr("负责的分工会："), self.branches)
        if user is None:
            form.addRow(self.tr("初始密码："), self.password)
            form.addRow(QLabel(self.tr("首次登录时须修改密码。")))
        else:
            form.addRow("", self.active)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def branch_ids(self) -> list[int]:
        return [
            self.branches.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.branches.count())
            if self.branches.item(i).checkState() == Qt.CheckState.Checked
        ]


class UsersView(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.add_button = QPushButton(icon("user-plus"), self.tr("新增用户"))
        self.edit_button = QPushButton(icon("pencil"), self.tr("修改"))
        self.reset_button = QPushButton(icon("key-round"), self.tr("重设密码"))
        for button in (self.add_button, self.edit_button, self.reset_button):
            bar.addWidget(button)
        bar.addStretch(1)
        layout.addLayout(bar)
        self.table = QTableWidget(0, 5)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("用户名"),
                self.tr("显示名称"),
                self.tr("角色"),
                self.tr("负责的分工会"),
                self.tr("状态"),
            ]
        )
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().hide()
        layout.addWidget(self.table)
        self.add_button.clicked.connect(self.add_user)
        self.edit_button.clicked.connect(self.edit_user)
        self.reset_button.clicked.connect(self.reset_password)
        self.table.doubleClicked.connect(self.edit_user)
        self.reload()

    @guarded
    def reload(self) -> None:
        names = {u.id: u.name for u in org.branches(self.ctx.db, self.ctx.actor)}
        self.users = auth.list_users(self.ctx.db, self.ctx.actor)
        self.table.setRowCount(len(self.users))
        for row, user in enumerate(self.users):
            state = (
                self.tr("停用")
                if not user.active
                else (self.tr("已锁定") if user.locked else self.tr("正常"))
            )
            values = [
                user.username,
                user.display_name,
                user.role.label,
                "、".join(names.get(b, "") for b in user.branch_ids),
                state,
            ]
            for column, value in enumerate(values):
                self.table.setItem(row, column, QTableWidgetItem(value))
        self.table.resizeColumnsToContents()

    def reload_after_conflict(self, _error: object) -> None:
        """The conflict dialog's "reload": show what the other person saved."""
        self.reload()

    def selected(self) -> auth.UserInfo | None:
        row = self.table.currentRow()
        return self.users[row] if 0 <= row < len(self.users) else None

    @guarded
    def add_user(self) -> None:
        dialog = UserDialog(self.ctx, None, self)
        if dialog.exec():
            auth.create_user(
                self.ctx.db,
                self.ctx.actor,
                dialog.username.text(),
                dialog.display_name.text(),
                dialog.password.text(),
                dialog.role.currentData(),
                dialog.branch_ids(),
            )
            self.reload()

    @guarded
    def edit_user(self) -> None:
        user = self.selected()
        if user is None:
            return
        dialog = UserDialog(self.ctx, user, self)
        if dialog.exec():
            auth.update_user(
                self.ctx.db,
                self.ctx.actor,
                user.id,
                user.version,
                display_name=dialog.display_name.text(),
                role=dialog.role.currentData(),
                active=dialog.active.isChecked(),
                branch_ids=dialog.branch_ids(),
            )
            self.reload()

    @guarded
    def reset_password(self) -> None:
        user = self.selected()
        if user is None:
            return
        dialog = QDialog(self)
        dialog.setWindowTitle(self.tr("重设“{name}”的密码").format(name=user.display_name))
        form = QFormLayout(dialog)
        password = _password_field()
        form.addRow(self.tr("新密码："), password)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(dialog.accept)
        buttons.rejected.connect(dialog.reject)
        form.addRow(buttons)
        if dialog.exec():
            auth.reset_password(self.ctx.db, self.ctx.actor, user.id, password.text())
            info(self, self.tr("密码已重设，该用户下次登录时须修改密码。"))
            self.reload()


class ChangePasswordDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None, forced: bool = False) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("修改密码"))
        form = QFormLayout(self)
        if forced:
            form.addRow(QLabel(self.tr("管理员已重设您的密码，请设置新密码后继续。")))
        self.old = _password_field()
        self.new = _password_field()
        self.new2 = _password_field()
        form.addRow(self.tr("原密码："), self.old)
        form.addRow(self.tr("新密码："), self.new)
        form.addRow(self.tr("再次输入新密码："), self.new2)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    @guarded
    def save(self) -> None:
        if self.new.text() != self.new2.text():
            info(self, self.tr("两次输入的新密码不一致。"))
            return
        auth.change_own_password(self.ctx.db, self.ctx.actor, self.old.text(), self.new.text())
        self.accept()
