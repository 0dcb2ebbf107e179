"""The audit log, filterable, read-only."""

from __future__ import annotations

import json

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from unionoffice.core.audit import service as audit
from unionoffice.ui.context import AppContext
from unionoffice.ui.icons import icon
from unionoffice.ui.messages import guarded, info
from unionoffice.ui.table_model import LazyTableModel


class AuditView(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("搜索摘要或记录编号"))
        self.search.setClearButtonEnabled(True)
        self.entity = QComboBox()
        self.date_from = QDateEdit(QDate.currentDate().addMonths(-1))
        self.date_to = QDateEdit(QDate.currentDate())
        for edit in (self.date_from, self.date_to):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
        refresh = QPushButton(icon("refresh-cw"), self.tr("刷新"))
        self.verify_button = QPushButton(icon("shield-check"), self.tr("校验完整性"))
        self.verify_button.setToolTip(self.tr("检查日志是否在本软件之外被修改、删除或插入过"))
        bar.addWidget(self.search, 2)
        bar.addWidget(QLabel(self.tr("对象：")))
        bar.addWidget(self.entity, 1)
        bar.addWidget(QLabel(self.tr("日期：")))
        bar.addWidget(self.date_from)
        bar.addWidget(QLabel("—"))
        bar.addWidget(self.date_to)
        bar.addWidget(refresh)
        bar.addWidget(self.verify_button)
        layout.addLayout(bar)
        splitter = QSplitter()
        self.table = QTableView()
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.model = LazyTableModel(parent=self)
        self.table.setModel(self.model)
        self.detail = QPlainTextEdit()
        self.detail.setReadOnly(True)
        splitter.addWidget(self.table)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        layout.addWidget(splitter)
        self._load_entities()
        for signal in (
            self.search.textChanged,
            self.entity.currentIndexChanged,
            self.date_from.dateChanged,
            self.date_to.dateChanged,
            refresh.clicked,
        ):
            signal.connect(self.reload)
        self.verify_button.clicked.connect(self.verify)
        self.reload()
        self.table.selectionModel().currentRowChanged.connect(self.show_detail)

    def _load_entities(self) -> None:
        self.entity.addItem(self.tr("全部"), None)
        for name in audit.entity_names(self.ctx.db, self.ctx.actor):
            self.entity.addItem(name, name)

    def current_filter(self) -> audit.AuditFilter:
        return audit.AuditFilter(
            text=self.search.text().strip(),
            entity=self.entity.currentData(),
            date_from=self.date_from.date().toPython(),
            date_to=self.date_to.date().toPython(),
        )

    @guarded
    def reload(self) -> None:
        self.model.set_source(audit.audit_source(self.ctx.db, self.ctx.actor, self.current_filter()))
        self.table.resizeColumnsToContents()

    @guarded
    def show_detail(self, current, _previous=None) -> None:  # type: ignore[no-untyped-def]
        if not current.isValid():
            return
        entry = audit.get_entry(self.ctx.db, self.ctx.actor, self.model.row_id(current.row()))
        lines = [
            f"{entry.username}  {entry.action}  {entry.entity} #{entry.entity_id or ''}",
            entry.summary,
            "",
        ]
        for field, (before, after) in entry.changes.items():
            lines.append(
                f"{field}: {json.dumps(before, ensure_ascii=False)} → {json.dumps(after, ensure_ascii=False)}"
            )
        self.detail.setPlainText("\n".join(lines))

    @guarded
    def verify(self) -> None:
        from unionoffice.core.audit.verify import verify_audit_log

        def done(report) -> None:  # type: ignore[no-untyped-def]
            if report.ok:
                info(self, self.tr("操作日志完整：已校验 {n} 条，链条未断。").format(n=report.checked))
            else:
                QMessageBox.critical(self, self.tr("操作日志已被篡改"), report.reason)

        self.ctx.tasks.run(
            self,
            self.tr("正在校验操作日志…"),
            lambda progress: verify_audit_log(self.ctx.db, self.ctx.actor),
            done,
        )
