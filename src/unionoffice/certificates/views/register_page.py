"""The register: search issued certificates, see one, reprint copies, revoke with a reason."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex
from PySide6.QtWidgets import QInputDialog, QLabel, QWidget

from unionoffice.certificates import contract as certs
from unionoffice.certificates.contract import (
    CertificateInfo,
    RegisterFilter,
    RegisterOpen,
    RegisterScreen,
    Reprint,
    Reprinted,
    Revoke,
)
from unionoffice.certificates.labels import CertificateStatus
from unionoffice.certificates.perms import CertificatesPerm
from unionoffice.certificates.views.pdf_preview import PdfPreviewDialog
from unionoffice.foundation.contract import ById, ListWindow, Page, Saved
from unionoffice.ui.context import AppContext
from unionoffice.ui.list_page import ListPage
from unionoffice.ui.messages import info
from unionoffice.ui.style import MUTED_TEXT
from unionoffice.ui.table_model import PAGE_SIZE


class RegisterPage(ListPage[RegisterFilter]):
    """GUI thread; every call to the services runs on a worker."""

    list_op = certs.LIST
    open_op = certs.OPEN_REGISTER
    columns = certs.register_columns()
    multi_select = True  # copies of several certificates reprint in one file

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.table.setObjectName("certificate_table")
        self.current: CertificateInfo | None = None
        self.detail = QLabel()
        self.detail.setObjectName("detail")
        self.detail.setWordWrap(True)
        self.detail.setMinimumHeight(24)
        self.detail.setStyleSheet(MUTED_TEXT)
        layout = self.layout()
        assert layout is not None
        layout.addWidget(self.detail)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)

    def build(self) -> None:
        issue = CertificatesPerm.ISSUE
        self.reprint_action = self.add_action(
            "printer", self.tr("补打选中证书…"), self.reprint, needs_selection=True, permission=issue
        )
        self.revoke_action = self.add_action(
            "ban", self.tr("作废…"), self.revoke, needs_selection=True, permission=issue
        )
        self.add_action("refresh-cw", self.tr("刷新"), self.refresh)
        self.search = self.add_search(self.tr("搜索证书编号（或末几位）、姓名、来源"), name="register_search")
        self.year = self.add_combo("year", self.tr("全部年份"))
        self.status = self.add_combo(
            "status", self.tr("全部状态"), [(s.label, s.value) for s in CertificateStatus]
        )

    def current_filter(self) -> RegisterFilter:
        return RegisterFilter(self.search.text(), self.year.currentData(), self.status.currentData())

    def opening_request(self) -> RegisterOpen:
        sort, descending = self.model.sort_key
        return RegisterOpen(self.current_filter(), ListWindow(0, PAGE_SIZE, sort, descending))

    def opened(self, screen: RegisterScreen) -> Page:
        current = self.year.currentData()
        self.year.blockSignals(True)
        while self.year.count() > 1:
            self.year.removeItem(1)
        for year in screen.years:
            self.year.addItem(self.tr("{year} 年").format(year=year), year)
        self.year.setCurrentIndex(max(self.year.findData(current), 0))
        self.year.blockSignals(False)
        return screen.page

    def refresh(self) -> None:
        """New certificates may bring a new year: open again (years and first page, one call)."""
        if self._opened:
            self.open()

    # The chosen certificate ------------------------------------------------------------------
    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self.current = None
        self.detail.clear()
        certificate_id = self.selected_id()
        if certificate_id is not None:
            self.ctx.calls.fetch(self, certs.GET, ById(certificate_id), self._show_detail, channel="detail")

    def _show_detail(self, c: CertificateInfo) -> None:
        if c.id != self.selected_id():
            return  # the clerk moved on
        self.current = c
        text = self.tr("{number}　{name}　{summary}　{status}").format(
            number=c.number, name=c.recipient_name, summary=c.summary, status=c.status_label
        )
        if c.revoked_reason:
            text += self.tr("（{date} 作废：{reason}）").format(date=c.revoked_on, reason=c.revoked_reason)
        if c.reprint_count:
            text += self.tr("　已补打 {n} 次").format(n=c.reprint_count)
        self.detail.setText(text)

    # Actions -----------------------------------------------------------------------------------
    def revoke(self) -> None:
        """Revokes the certificate as last shown; a change meanwhile is refused as a conflict."""
        chosen = self.selected_id()
        if chosen is None:
            return
        if self.current is not None and self.current.id == chosen:
            self._ask_reason(self.current)
        else:  # its details are still on their way
            self.ctx.calls.fetch(self, certs.GET, ById(chosen), self._ask_reason)

    def _ask_reason(self, c: CertificateInfo) -> None:
        reason, ok = QInputDialog.getText(
            self,
            self.tr("作废证书"),
            self.tr("作废 {number}（{name}）的原因：").format(number=c.number, name=c.recipient_name),
        )
        if not ok:
            return

        def revoked(_saved: Saved) -> None:
            self.current = None
            self.detail.clear()
            self.model.refresh()
            info(self, self.tr("证书 {number} 已作废，验证时将显示为“已作废”。").format(number=c.number))

        self.ctx.calls.fetch(self, certs.REVOKE, Revoke(c.id, c.version, reason), revoked)

    def reprint(self) -> None:
        ids = self.selected_ids()
        if not ids:
            return

        def done(result: Reprinted) -> None:
            self.model.refresh()
            dialog = PdfPreviewDialog(
                self.ctx, result.file, self.tr("补打 {n} 份证书（请直接打印）").format(n=result.count), self
            )
            dialog.setObjectName("reprint_dialog")
            dialog.open()

        self.ctx.tasks.run_job(self, self.tr("正在生成补打证书…"), certs.REPRINT, Reprint(ids), done)
