"""The register: search issued certificates, see one, reprint copies, revoke with a reason."""

from __future__ import annotations

import tempfile
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from unionoffice.certificates import service
from unionoffice.certificates.models import CertificateStatus
from unionoffice.certificates.perms import CertificatesPerm
from unionoffice.certificates.views.pdf_preview import PdfPreviewDialog
from unionoffice.foundation.errors import UserError
from unionoffice.ui.context import AppContext
from unionoffice.ui.icons import icon
from unionoffice.ui.messages import guarded, info
from unionoffice.ui.table_model import ID_ROLE, LazyTableModel


class RegisterPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._scratch = tempfile.TemporaryDirectory(prefix="uo-reprint-")
        self.search = QLineEdit()
        self.search.setObjectName("register_search")
        self.search.setPlaceholderText(self.tr("搜索证书编号（或末几位）、姓名、来源"))
        self.search.setClearButtonEnabled(True)
        self.year = QComboBox()
        self.status = QComboBox()
        self.status.addItem(self.tr("全部状态"), None)
        for status in CertificateStatus:
            self.status.addItem(status.label, status.value)
        self.count_label = QLabel()
        bar = QHBoxLayout()
        bar.addWidget(self.search, 3)
        bar.addWidget(self.year)
        bar.addWidget(self.status)
        bar.addWidget(self.count_label)
        self.table = QTableView()
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.table.verticalHeader().hide()
        self.model = LazyTableModel(parent=self)
        self.table.setModel(self.model)
        self.table.selectionModel().currentRowChanged.connect(self._show_detail)
        self.detail = QLabel()
        self.detail.setWordWrap(True)
        self.detail.setMinimumHeight(44)
        actions = QHBoxLayout()
        self.reprint_button = QPushButton(icon("printer"), self.tr("补打选中证书…"))
        self.revoke_button = QPushButton(icon("ban"), self.tr("作废…"))
        self.refresh_button = QPushButton(icon("refresh-cw"), self.tr("刷新"))
        can_issue = ctx.actor.can(CertificatesPerm.ISSUE)
        self.reprint_button.setVisible(can_issue)
        self.revoke_button.setVisible(can_issue)
        actions.addWidget(self.detail, 1)
        actions.addWidget(self.refresh_button)
        actions.addWidget(self.reprint_button)
        actions.addWidget(self.revoke_button)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        layout.addLayout(actions)

        self._debounce = QTimer(self, singleShot=True, interval=150)
        self._debounce.timeout.connect(self.reload)
        self.search.textChanged.connect(self._debounce.start)
        self.year.currentIndexChanged.connect(self.reload)
        self.status.currentIndexChanged.connect(self.reload)
        self.refresh_button.clicked.connect(self.refresh)
        self.reprint_button.clicked.connect(self.reprint)
        self.revoke_button.clicked.connect(self.revoke)
        self.refresh()

    @guarded
    def refresh(self) -> None:
        current = self.year.currentData()
        self.year.blockSignals(True)
        self.year.clear()
        self.year.addItem(self.tr("全部年份"), None)
        for y in service.issued_years(self.ctx.db, self.ctx.actor):
            self.year.addItem(self.tr("{year} 年").format(year=y), y)
        self.year.setCurrentIndex(max(self.year.findData(current), 0))
        self.year.blockSignals(False)
        self.reload()

    @guarded
    def reload(self) -> None:
        flt = service.RegisterFilter(self.search.text(), self.year.currentData(), self.status.currentData())
        self.model.set_source(service.register_source(self.ctx.db, self.ctx.actor, flt))
        self.count_label.setText(self.tr("共 {n} 份").format(n=self.model.rowCount()))
        widths = [170, 90, 170, 120, 220, 100, 70, 50]
        for col, width in enumerate(widths[: self.model.columnCount()]):
            self.table.setColumnWidth(col, width)
        self.detail.clear()

    def selected_ids(self) -> list[int]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [self.model.index(r, 0).data(ID_ROLE) for r in rows]

    @guarded
    def _show_detail(self, current, _previous=None) -> None:  # type: ignore[no-untyped-def]
        if not current.isValid():
            return
        c = service.get_certificate(self.ctx.db, self.ctx.actor, current.data(ID_ROLE))
        text = self.tr("{number}　{name}　{summary}　{status}").format(
            number=c.number, name=c.recipient_name, summary=c.summary, status=c.status_label
        )
        if c.revoked_reason:
            text += self.tr("（{date} 作废：{reason}）").format(date=c.revoked_on, reason=c.revoked_reason)
        if c.reprint_count:
            text += self.tr("　已补打 {n} 次").format(n=c.reprint_count)
        self.detail.setText(text)

    @guarded
    def revoke(self) -> None:
        ids = self.selected_ids()
        if len(ids) != 1:
            raise UserError(self.tr("请选择一份要作废的证书。"))
        c = service.get_certificate(self.ctx.db, self.ctx.actor, ids[0])
        reason, ok = QInputDialog.getText(
            self,
            self.tr("作废证书"),
            self.tr("作废 {number}（{name}）的原因：").format(number=c.number, name=c.recipient_name),
        )
        if not ok:
            return
        service.revoke(self.ctx.db, self.ctx.actor, c.id, reason, c.version)
        self.model.refresh()
        info(self, self.tr("证书 {number} 已作废，验证时将显示为“已作废”。").format(number=c.number))

    @guarded
    def reprint(self) -> None:
        ids = self.selected_ids()
        if not ids:
            raise UserError(self.tr("请先选择要补打的证书。"))
        target = Path(self._scratch.name) / f"reprint-{ids[0]}-{len(ids)}.pdf"
        db, actor = self.ctx.db, self.ctx.actor

        def done(count: int) -> None:
            self.model.refresh()
            dialog = PdfPreviewDialog(target, self.tr("补打 {n} 份证书（请直接打印）").format(n=count), self)
            dialog.setObjectName("reprint_dialog")
            dialog.open()

        self.ctx.tasks.run(
            self,
            self.tr("正在生成补打证书…"),
            lambda progress: service.reprint(db, actor, ids, target, progress=progress),
            done,
        )
