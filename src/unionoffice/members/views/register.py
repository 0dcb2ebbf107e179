"""The member register tab: filters, search as you type, the lazy table, and every action on members."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QTableView,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from unionoffice.core.org.models import BASES
from unionoffice.members import service
from unionoffice.members.importing import (
    ImportPlan,
    ImportResult,
    apply_import,
    plan_import,
    write_member_template,
)
from unionoffice.members.models import MemberStatus
from unionoffice.members.perms import MembersPerm
from unionoffice.members.reports import export_members
from unionoffice.members.search import MemberFilter, member_source
from unionoffice.ui.context import AppContext
from unionoffice.ui.icons import icon
from unionoffice.ui.messages import confirm, guarded, info
from unionoffice.ui.table_model import ID_ROLE, LazyTableModel

SEARCH_DELAY_MS = 150


class MembersTab(QWidget):
    """GUI thread; imports and exports run on the task runner's worker."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.can_write = ctx.actor.can(MembersPerm.WRITE)
        self.choices = service.org_choices(ctx.db, ctx.actor)
        layout = QVBoxLayout(self)
        layout.addWidget(self._build_toolbar())
        layout.addLayout(self._build_filters())
        self.table = QTableView()
        self.table.setObjectName("member_table")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.horizontalHeader().setHighlightSections(False)
        self.table.doubleClicked.connect(self.edit_member)
        self.model = LazyTableModel(parent=self)
        self.table.setModel(self.model)
        layout.addWidget(self.table, 1)
        # One query per pause in typing, not per key.
        self._debounce = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._debounce.timeout.connect(self.reload)
        self.search.textChanged.connect(self._debounce.start)
        for combo in (self.branch, self.group, self.base, self.status, self.join_year):
            combo.currentIndexChanged.connect(self.reload)
        self.branch.currentIndexChanged.connect(self._fill_groups)
        self.table.selectionModel().selectionChanged.connect(self._update_actions)
        # Sorting goes to SQL through the model; wired by hand so that opening the tab costs one
        # query, not a load followed by a re-sort. It opens in pinyin order, like clerks' Excel lists.
        header = self.table.horizontalHeader()
        header.setSortIndicatorShown(True)
        header.setSectionsClickable(True)
        header.setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        header.sortIndicatorChanged.connect(self.model.sort)
        self.reload()
        self._size_columns()

    # Building -------------------------------------------------------------------------------
    def _build_toolbar(self) -> QToolBar:
        bar = QToolBar()
        bar.setToolButtonStyle(bar.toolButtonStyle().ToolButtonTextBesideIcon)
        self.add_action = self._action(bar, "user-plus", self.tr("新增会员"), self.add_member, "Ctrl+N")
        self.edit_action = self._action(bar, "pencil", self.tr("编辑"), self.edit_member, "Return")
        self.transfer_action = self._action(bar, "arrow-right-left", self.tr("调动"), self.transfer)
        self.status_action = self._action(bar, "user-minus", self.tr("变更状态"), self.change_status)
        self.rejoin_action = self._action(bar, "user-check", self.tr("重新入会"), self.rejoin)
        self.history_action = self._action(bar, "history", self.tr("变动记录"), self.show_history)
        bar.addSeparator()
        self.import_action = self._action(bar, "file-up", self.tr("导入…"), self.import_file)
        self.template_action = self._action(
            bar, "file-spreadsheet", self.tr("下载导入模板"), self.save_template
        )
        menu = QMenu(self)
        menu.addAction(icon("file-down"), self.tr("导出当前列表…"), self.export_list)
        menu.addAction(icon("cake"), self.tr("生日名单…"), self.birthday_list)
        menu.addAction(icon("chart-column"), self.tr("各分工会入会率…"), self.membership_rates)
        button = QToolButton()
        button.setText(self.tr("导出与报表"))
        button.setIcon(icon("download"))
        button.setToolButtonStyle(button.toolButtonStyle().ToolButtonTextBesideIcon)
        button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        button.setMenu(menu)
        bar.addWidget(button)
        for action in (
            self.add_action,
            self.transfer_action,
            self.status_action,
            self.rejoin_action,
            self.import_action,
            self.template_action,
        ):
            action.setVisible(self.can_write)
        return bar

    def _action(self, bar: QToolBar, icon_name: str, text: str, slot, shortcut: str | None = None) -> QAction:  # type: ignore[no-untyped-def]
        action = QAction(icon(icon_name), text, self)
        action.triggered.connect(slot)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
        bar.addAction(action)
        return action

    def _build_filters(self) -> QHBoxLayout:
        bar = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setObjectName("member_search")
        self.search.setPlaceholderText(
            self.tr("搜索：姓名、拼音或首字母（如 zk）、工号、手机号、身份证号后四位")
        )
        self.search.setClearButtonEnabled(True)
        self.search.addAction(icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        self.branch = self._combo(
            "branch_filter", self.tr("全部分工会"), [(c.name, c.id) for c in self.choices]
        )
        self.group = self._combo("group_filter", self.tr("全部小组"), [])
        self.base = self._combo("base_filter", self.tr("全部基地"), [(b, b) for b in BASES])
        self.status = self._combo(
            "status_filter", self.tr("全部状态"), [(s.label, s.value) for s in MemberStatus]
        )
        self.status.setCurrentIndex(1)  # the register shows members in the union unless asked otherwise
        years = service.join_years(self.ctx.db, self.ctx.actor)
        self.join_year = self._combo(
            "year_filter", self.tr("全部入会年份"), [(self.tr("{y} 年入会").format(y=y), y) for y in years]
        )
        self.count_label = QLabel()
        self.count_label.setObjectName("count")
        bar.addWidget(self.search, 3)
        for combo in (self.branch, self.group, self.base, self.status, self.join_year):
            bar.addWidget(combo, 1)
        bar.addWidget(self.count_label)
        return bar

    def _combo(self, name: str, everything: str, items: list[tuple[str, object]]) -> QComboBox:
        combo = QComboBox()
        combo.setObjectName(name)
        combo.addItem(everything, None)
        for text, value in items:
            combo.addItem(text, value)
        return combo

    def _fill_groups(self) -> None:
        self.group.blockSignals(True)
        self.group.clear()
        self.group.addItem(self.tr("全部小组"), None)
        branch = next((c for c in self.choices if c.id == self.branch.currentData()), None)
        for group_id, name in branch.groups if branch else ():
            self.group.addItem(name, group_id)
        self.group.blockSignals(False)

    def _size_columns(self) -> None:
        metrics = self.table.fontMetrics()
        source = self.model.source
        if source is None:
            return
        for i, column in enumerate(source.columns):
            self.table.setColumnWidth(i, metrics.horizontalAdvance("0") * (column.width or 8) + 12)
        self.table.horizontalHeader().setStretchLastSection(True)

    # Filtering ------------------------------------------------------------------------------
    def current_filter(self) -> MemberFilter:
        return MemberFilter(
            text=self.search.text(),
            branch_id=self.branch.currentData(),
            group_id=self.group.currentData(),
            base=self.base.currentData(),
            status=self.status.currentData(),
            join_year=self.join_year.currentData(),
        )

    def show_filtered(self, branch_id: int | None = None, status: str | None = None) -> None:
        """Drill-down from the dashboard: the register of one branch union (or all) in one status."""
        combos = {
            self.branch: branch_id,
            self.group: None,
            self.base: None,
            self.status: status,
            self.join_year: None,
        }
        for combo in (*combos, self.search):
            combo.blockSignals(True)
        self.search.clear()
        for combo, value in combos.items():
            combo.setCurrentIndex(max(combo.findData(value), 0))
        self._fill_groups()
        for combo in (*combos, self.search):
            combo.blockSignals(False)
        self.reload()

    @guarded
    def reload(self) -> None:
        keep = self.selected_id()
        source = member_source(self.ctx.db, self.ctx.actor, self.current_filter())
        if self.model.source is None:
            header = self.table.horizontalHeader()
            key = source.columns[header.sortIndicatorSection()].key
            source = source.sorted_by(key, header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder)
        self.model.set_source(source)
        self.count_label.setText(self.tr("共 {n} 人").format(n=f"{self.model.rowCount():,}"))
        if keep is not None:
            row = self.model.row_of_id(keep)
            if row is not None:
                self.table.selectRow(row)
        self._update_actions()

    def selected_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        return rows[0].data(ID_ROLE) if rows else None

    def _update_actions(self) -> None:
        chosen = self.selected_id() is not None
        for action in (
            self.edit_action,
            self.transfer_action,
            self.status_action,
            self.rejoin_action,
            self.history_action,
        ):
            action.setEnabled(chosen)

    def _selected_detail(self) -> service.MemberDetail | None:
        member_id = self.selected_id()
        return service.get_member(self.ctx.db, self.ctx.actor, member_id) if member_id else None

    # Member actions -------------------------------------------------------------------------
    @guarded
    def add_member(self) -> None:
        from unionoffice.members.views.member_dialog import MemberDialog

        if MemberDialog(self.ctx, None, self).exec() == QDialog.DialogCode.Accepted:
            self.reload()

    @guarded
    def edit_member(self) -> None:
        from unionoffice.members.views.member_dialog import MemberDialog

        member_id = self.selected_id()
        if (
            member_id is not None
            and MemberDialog(self.ctx, member_id, self).exec() == QDialog.DialogCode.Accepted
        ):
            self.model.refresh()

    @guarded
    def transfer(self) -> None:
        from unionoffice.members.views.lifecycle_dialogs import TransferDialog

        detail = self._selected_detail()
        if detail and TransferDialog(self.ctx, detail, self).exec() == QDialog.DialogCode.Accepted:
            self.reload()

    @guarded
    def change_status(self) -> None:
        from unionoffice.members.views.lifecycle_dialogs import StatusDialog

        detail = self._selected_detail()
        if detail and StatusDialog(self.ctx, detail, self).exec() == QDialog.DialogCode.Accepted:
            self.reload()

    @guarded
    def rejoin(self) -> None:
        from unionoffice.members.views.lifecycle_dialogs import RejoinDialog

        detail = self._selected_detail()
        if detail is None:
            return
        if detail.status == MemberStatus.ACTIVE:
            info(self, self.tr("{name} 已是在会会员。").format(name=detail.name))
            return
        if (
            RejoinDialog(self.ctx, detail.id, detail.version, self, detail.name).exec()
            == QDialog.DialogCode.Accepted
        ):
            self.reload()

    @guarded
    def show_history(self) -> None:
        from unionoffice.members.views.lifecycle_dialogs import HistoryDialog

        detail = self._selected_detail()
        if detail:
            HistoryDialog(self.ctx, detail, self).exec()

    # Files ----------------------------------------------------------------------------------
    @guarded
    def import_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("选择要导入的会员表格"),
            "",
            self.tr("表格文件 (*.xlsx *.xls *.xlsm *.xlsb *.ods *.csv);;所有文件 (*)"),
        )
        if not path:
            return
        db, actor = self.ctx.db, self.ctx.actor
        self.ctx.tasks.run(
            self,
            self.tr("正在检查 {file}…").format(file=Path(path).name),
            lambda progress: plan_import(db, actor, path, progress),
            self._show_preview,
        )

    def _show_preview(self, plan: ImportPlan) -> None:
        from unionoffice.members.views.import_dialog import ImportPreviewDialog

        dialog = ImportPreviewDialog(plan, self)
        self.last_preview = dialog
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.mode is None:
            return
        db, actor, mode = self.ctx.db, self.ctx.actor, dialog.mode
        self.ctx.tasks.run(
            self,
            self.tr("正在导入…"),
            lambda progress: apply_import(db, actor, plan, mode, progress),
            self._imported,
        )

    def _imported(self, result: ImportResult) -> None:
        self.reload()
        text = self.tr("导入完成：新增 {new} 名，更新 {updated} 名。").format(
            new=result.inserted, updated=result.updated
        )
        if result.rejected:
            text += self.tr("\n有问题的 {n} 行没有导入。").format(n=result.rejected)
        info(self, text)

    @guarded
    def save_template(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("保存导入模板"), self.tr("会员导入模板.xlsx"), self.tr("Excel 工作簿 (*.xlsx)")
        )
        if path:
            write_member_template(path)
            info(self, self.tr("模板已保存：{path}").format(path=path))

    @guarded
    def export_list(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("导出会员名册"), self.tr("会员名册.xlsx"), self.tr("Excel 工作簿 (*.xlsx)")
        )
        if not path:
            return
        unmasked = self.ctx.actor.can(MembersPerm.EXPORT_UNMASKED) and confirm(
            self, self.tr("导出完整的身份证号吗？\n选“否”则身份证号中间八位以 * 显示（推荐）。")
        )
        db, actor, flt = self.ctx.db, self.ctx.actor, self.current_filter()
        self.ctx.tasks.run(
            self,
            self.tr("正在导出会员名册…"),
            lambda progress: export_members(db, actor, flt, path, unmasked, progress),
            lambda n: info(self, self.tr("已导出 {n} 名会员到 {path}").format(n=n, path=path)),
        )

    @guarded
    def birthday_list(self) -> None:
        from unionoffice.members.views.report_dialogs import BirthdayDialog

        BirthdayDialog(self.ctx, self).exec()

    @guarded
    def membership_rates(self) -> None:
        from unionoffice.members.views.report_dialogs import RatesDialog

        RatesDialog(self.ctx, self).exec()
