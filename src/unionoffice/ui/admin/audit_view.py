"""The audit log, filterable, read-only, with the integrity check."""

from __future__ import annotations

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDateEdit, QLabel, QMessageBox, QPlainTextEdit, QSplitter, QWidget

from unionoffice.core.audit import contract as audit
from unionoffice.core.audit.contract import AuditFilter, AuditOpen, AuditRow, AuditScreen, ChainReport
from unionoffice.foundation.contract import ById, Empty, ListWindow, Page
from unionoffice.ui.context import AppContext
from unionoffice.ui.list_page import ListPage
from unionoffice.ui.messages import info
from unionoffice.ui.table_model import PAGE_SIZE
from unionoffice.ui.widgets.fields import picked_date


class AuditView(ListPage[AuditFilter]):
    list_op = audit.LIST
    open_op = audit.OPEN
    columns = audit.audit_columns()
    default_sort = ("at", True)  # newest first

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        # The selected entry's details beside the list.
        layout = self.layout()
        assert layout is not None
        self.detail = QPlainTextEdit()
        self.detail.setObjectName("detail")
        self.detail.setReadOnly(True)
        splitter = QSplitter()
        layout.removeWidget(self.table)
        splitter.addWidget(self.table)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        layout.addWidget(splitter)
        self.table.selectionModel().currentRowChanged.connect(self.show_detail)

    def build(self) -> None:
        self.add_action("refresh-cw", self.tr("刷新"), self.reload)
        verify = self.add_action("shield-check", self.tr("校验完整性"), self.verify, name="verify")
        verify.setToolTip(self.tr("检查日志是否在本软件之外被修改、删除或插入过"))
        self.search = self.add_search(self.tr("搜索摘要或记录编号"))
        self.filter_bar.addWidget(QLabel(self.tr("对象：")))
        self.entity = self.add_combo("entity", self.tr("全部"))
        self.filter_bar.addWidget(QLabel(self.tr("日期：")))
        self.date_from = self._date_edit(QDate.currentDate().addMonths(-1), "date_from")
        self.filter_bar.addWidget(QLabel("—"))
        self.date_to = self._date_edit(QDate.currentDate(), "date_to")

    def _date_edit(self, value: QDate, name: str) -> QDateEdit:
        edit = QDateEdit(value)
        edit.setObjectName(name)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd")
        edit.dateChanged.connect(self.reload)
        self.add_filter_widget(edit, 0)
        return edit

    def current_filter(self) -> AuditFilter:
        return AuditFilter(
            text=self.search.text().strip(),
            entity=self.entity.currentData(),
            date_from=picked_date(self.date_from),
            date_to=picked_date(self.date_to),
        )

    def opening_request(self) -> AuditOpen:
        sort, descending = self.model.sort_key
        return AuditOpen(self.current_filter(), ListWindow(0, PAGE_SIZE, sort, descending))

    def opened(self, screen: AuditScreen) -> Page:
        self.entity.blockSignals(True)
        for name in screen.entities:
            self.entity.addItem(name, name)
        self.entity.blockSignals(False)
        return screen.page

    def show_detail(self) -> None:
        entry_id = self.selected_id()
        if entry_id is not None:
            self.ctx.calls.fetch(self, audit.ENTRY, ById(entry_id), self._show_entry, channel="detail")

    def _show_entry(self, entry: AuditRow) -> None:
        lines = [
            f"{entry.username}  {entry.action}  {entry.entity} #{entry.entity_id or ''}",
            entry.summary,
            "",
        ]
        for field, change in entry.changes.items():
            if field == "fields" and isinstance(change, list):
                lines.append(self.tr("改动的字段：") + "、".join(str(f) for f in change))
            else:
                lines.append(f"{field}: {change}")
        self.detail.setPlainText("\n".join(lines))

    def verify(self) -> None:
        def done(report: ChainReport) -> None:
            if report.ok:
                text = self.tr("操作日志完整：已校验 {n} 条，链条未断。").format(n=report.checked)
                if report.pending:
                    text += self.tr("另有 {n} 条尚待封存（由未持审计密钥的账号写入）。").format(
                        n=report.pending
                    )
                info(self, text)
            else:
                QMessageBox.critical(self, self.tr("操作日志已被篡改"), report.reason)

        self.ctx.tasks.run_job(self, self.tr("正在校验操作日志…"), audit.VERIFY, Empty(), done)
