"""The certificate screens driven as a clerk would: dialogs patched, waiting with waitUntil."""

from __future__ import annotations

import re
import threading
from pathlib import Path

import pytest

pytest.importorskip("PySide6.QtPdf")

from PySide6.QtCore import QDate, QPoint, Qt
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QFileDialog, QInputDialog, QMessageBox

from tests.conftest import shown
from unionoffice.certificates.service import find_by_number
from unionoffice.certificates.views.pdf_preview import PdfPreview, PdfPreviewDialog, make_printer, paint_pages
from unionoffice.certificates.views.tab import CertificatesTab
from unionoffice.foundation.contract import FileData

from .conftest import ADMIN, VIEWER, YEAR
from .helpers import run, tool


@pytest.fixture
def dialogs(monkeypatch):  # type: ignore[no-untyped-def]
    """Message boxes answered as a clerk would; what they said is kept."""
    said: dict[str, list[str]] = {"info": [], "warning": []}
    monkeypatch.setattr(
        QMessageBox,
        "information",
        lambda _p, _t, text, *a: said["info"].append(text) or QMessageBox.StandardButton.Ok,
    )
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: said["warning"].append(text))
    return said


@pytest.fixture
def make_tab(db, qtbot, view_context, dialogs):  # type: ignore[no-untyped-def]
    def make(actor=ADMIN):  # type: ignore[no-untyped-def]
        ctx = view_context(db, actor)
        return shown(qtbot, CertificatesTab(ctx), lambda tab: _opened(tab))

    return make


def _opened(tab: CertificatesTab) -> bool:
    if tab.issue_page is not None:
        return tab.issue_page.form_box.isEnabled()
    return tab.register_page is not None and tab.register_page.count_label.text().startswith("共")


def settled(page) -> bool:  # type: ignore[no-untyped-def]
    """No search waiting for a pause in typing and no answer on its way (a late reload would
    reset the selection)."""
    return not page._debounce.isActive() and page.ctx.calls.worker.pending == 0


def typed_list(tab: CertificatesTab, text: str) -> None:
    page = tab.issue_page
    assert page is not None
    page.source_combo.setCurrentIndex(page.source_combo.findData("text"))
    page.template_combo.setCurrentIndex(page.template_combo.findData("honour_a4"))
    page.date_edit.setDate(QDate(YEAR, 5, 1))
    page.text_edit.setPlainText(text)


def test_issue_from_a_typed_list_previews_then_issues(
    make_tab, qtbot, tmp_path: Path, monkeypatch, db, dialogs
):
    tab = make_tab()
    page = tab.issue_page
    typed_list(tab, "王䶮\t诚信心连心人\t恪守诚信，事迹突出，被评为\n张堃\t先进生产者\t成绩显著，被评为")
    qtbot.mouseClick(page.load_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.issue_button.isEnabled(), timeout=10_000)
    assert page.table.rowCount() == 2 and page.table.item(0, 0).text() == "王䶮"
    assert page.preview.document.pageCount() == 2 and "样张" in page.preview.caption.text()
    target = tmp_path / "issued.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), "PDF"))
    qtbot.mouseClick(page.issue_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(dialogs["info"]), timeout=10_000)
    assert target.read_bytes().startswith(b"%PDF") and str(target) in dialogs["info"][0]
    assert not page.issue_button.isEnabled() and page.preview.path == target
    assert find_by_number(db, ADMIN, f"XLX-{YEAR}-RY-0002").recipient_name == "张堃"
    register = tab.page("register")
    qtbot.waitUntil(lambda: register.model.rowCount() > 0)
    register.search.setText(f"XLX-{YEAR}-RY-0001")
    qtbot.waitUntil(lambda: register.model.rowCount() == 1)
    assert register.year.findData(YEAR) > 0  # the new year is offered


def test_a_spreadsheet_list_is_read_here_and_previewed(make_tab, qtbot, tmp_path: Path, monkeypatch):
    from openpyxl import Workbook

    book = Workbook()
    for row in (["姓名", "荣誉称号", "事迹"], ["李喆", "先进工作者", "成绩显著，被评为"]):
        book.active.append(row)
    book.save(tmp_path / "名单.xlsx")
    tab = make_tab()
    page = tab.issue_page
    page.source_combo.setCurrentIndex(page.source_combo.findData("xlsx"))
    page.template_combo.setCurrentIndex(page.template_combo.findData("honour_a4"))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(tmp_path / "名单.xlsx"), ""))
    page.choose_file()
    page.load_recipients()
    qtbot.waitUntil(lambda: page.issue_button.isEnabled(), timeout=10_000)
    assert page.table.item(0, 0).text() == "李喆" and page.previewed.source_label == "名单"


def test_a_list_source_offers_its_batches_without_asking_again(make_tab, qtbot):
    tab = make_tab()
    page = tab.issue_page
    page.source_combo.setCurrentIndex(page.source_combo.findData("contest"))
    assert page.source_stack.currentWidget() is page.batch_combo and page.batch_combo.count() > 0
    page.template_combo.setCurrentIndex(page.template_combo.findData("award_a4"))
    page.load_recipients()
    qtbot.waitUntil(lambda: page.issue_button.isEnabled(), timeout=10_000)
    assert page.table.rowCount() == page.previewed.count > 0


def test_bad_list_shows_row_and_field_and_issues_nothing(make_tab, qtbot, db, dialogs):
    tab = make_tab()
    typed_list(tab, "王䶮\t诚信心连心人\t事迹\n张堃\t\t事迹")
    tab.issue_page.load_recipients()
    qtbot.waitUntil(lambda: bool(dialogs["warning"]), timeout=10_000)
    assert "第 2 行" in dialogs["warning"][0] and "荣誉称号" in dialogs["warning"][0]
    assert not tab.issue_page.issue_button.isEnabled()
    assert find_by_number(db, ADMIN, f"XLX-{YEAR}-RY-0001") is None


def test_verify_screen_says_valid_then_revoked_after_revoking_in_register(make_tab, qtbot, monkeypatch, db):
    tab = make_tab()
    register = tab.page("register")
    number = "XLX-2026-RY-0001"
    register.search.setText(number)
    qtbot.waitUntil(lambda: settled(register) and register.model.rowCount() == 1)
    verify = tab.page("verify")
    qtbot.keyClicks(verify.input, number.lower())
    qtbot.keyClick(verify.input, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: verify.verdict.text() == "真实有效")
    tab.page("register")
    register.table.selectRow(0)
    qtbot.waitUntil(lambda: register.current is not None)
    assert number in register.detail.text()
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("获奖资格复核未通过", True))
    register.revoke_action.trigger()
    qtbot.waitUntil(lambda: find_by_number(db, ADMIN, number).status == "revoked")
    tab.page("verify")
    verify.input.setText(number)
    verify.check()
    qtbot.waitUntil(lambda: verify.verdict.text() == "已作废")
    assert "获奖资格复核未通过" in verify.message.text()
    verify.input.setText("XLX-2026-RY-9999")
    verify.check()
    qtbot.waitUntil(lambda: verify.verdict.text() == "伪造或无效")


def test_reprint_opens_the_copies_from_the_services(make_tab, qtbot, monkeypatch):
    opened: list[PdfPreviewDialog] = []
    monkeypatch.setattr(PdfPreviewDialog, "open", lambda self: opened.append(self))
    tab = make_tab()
    register = tab.page("register")
    register.search.setText("XLX-2026-RY-0001")
    qtbot.waitUntil(lambda: settled(register) and register.model.rowCount() == 1)
    register.table.selectRow(0)
    register.reprint_action.trigger()
    qtbot.waitUntil(lambda: bool(opened), timeout=10_000)
    assert opened[0].preview.document.pageCount() == 1 and "补打 1 份" in opened[0].windowTitle()


def test_viewer_can_search_and_verify_but_not_issue(make_tab):
    tab = make_tab(VIEWER)
    assert tab.issue_page is None and tab.pages.keys == ["register", "verify"]
    register = tab.register_page
    assert not register.revoke_action.isVisible() and not register.reprint_action.isVisible()
    assert register.model.rowCount() > 0


def test_template_editor_offset_and_click_to_place_change_the_saved_template(make_tab, qtbot):
    from unionoffice.certificates.templates import get_template

    tab = make_tab()
    editor = tab.page("templates")
    editor.resize(1200, 700)
    qtbot.waitUntil(lambda: editor.template_combo.count() > 0)
    editor.template_combo.setCurrentIndex(editor.template_combo.findData("honour_a4"))
    qtbot.waitUntil(lambda: editor.pdf is not None and not editor.preview.pixmap().isNull())
    before = editor.preview.pixmap().toImage()
    editor.offset_x.setValue(4.0)
    editor.offset_y.setValue(-1.5)
    qtbot.waitUntil(lambda: editor.preview.pixmap().toImage() != before)  # the live preview moved
    # click the middle of the preview with the name field selected: it moves there
    keys = [
        editor.field_list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(editor.field_list.count())
    ]
    editor.field_list.setCurrentRow(keys.index("name"))
    qtbot.mouseClick(
        editor.preview,
        Qt.MouseButton.LeftButton,
        pos=QPoint(editor.preview.width() // 2, editor.preview.height() // 2),
    )
    assert editor.x_spin.value() == pytest.approx(148.5 - 4.0, abs=3)
    assert editor.y_spin.value() == pytest.approx(105 + 1.5, abs=3)
    saved: list[object] = []
    editor.saved.connect(saved.append)
    editor.save()
    qtbot.waitUntil(lambda: bool(saved))
    stored = get_template("honour_a4")
    assert (stored.offset_x_mm, stored.offset_y_mm) == (4.0, -1.5)
    assert stored.field_by_key("name").x_mm == pytest.approx(editor.x_spin.value())
    assert editor.reset_button.isEnabled()
    editor.reset()
    qtbot.waitUntil(lambda: len(saved) == 2)
    assert get_template("honour_a4").offset_x_mm == 0 and editor.offset_x.value() == 0


def test_a_typed_unknown_value_is_named_in_the_preview(make_tab, qtbot):
    tab = make_tab()
    editor = tab.page("templates")
    qtbot.waitUntil(lambda: editor.pdf is not None)
    editor.field_list.setCurrentRow(0)
    editor.text.setText("{nam}")
    editor.text.textEdited.emit("{nam}")
    qtbot.waitUntil(lambda: "nam" in editor.preview.text(), timeout=5_000)
    assert editor.pdf is None


def test_the_screens_never_ask_on_the_gui_thread(make_tab, qtbot, monkeypatch, db, view_context):
    """Every call a certificate screen makes runs on a worker; opening the issuing page is one call."""
    main = threading.current_thread()
    calls: list[tuple[str, threading.Thread]] = []
    from unionoffice.client.local import LocalServices

    original = LocalServices.run_job

    def watched(self, op, request, progress):  # type: ignore[no-untyped-def]
        calls.append((op.name, threading.current_thread()))
        return original(self, op, request, progress)

    monkeypatch.setattr(LocalServices, "run_job", watched)
    tab = make_tab()
    assert [name for name, _ in calls] == ["certificates.open_issue"]
    typed_list(tab, "王䶮\t诚信心连心人\t事迹")
    tab.issue_page.load_recipients()
    qtbot.waitUntil(lambda: tab.issue_page.issue_button.isEnabled(), timeout=10_000)
    register = tab.page("register")
    qtbot.waitUntil(lambda: settled(register) and register.model.rowCount() > 0)
    register.table.selectRow(0)
    qtbot.waitUntil(lambda: register.current is not None)
    verify = tab.page("verify")
    verify.input.setText("XLX-2026-RY-0001")
    verify.check()
    qtbot.waitUntil(lambda: verify.result is not None)
    editor = tab.page("templates")
    qtbot.waitUntil(lambda: editor.pdf is not None, timeout=10_000)
    names = [name for name, _ in calls]
    for expected in ("preview_batch", "open_register", "get", "verify", "templates", "preview_template"):
        assert f"certificates.{expected}" in names
    assert main not in {thread for _, thread in calls}


def test_print_goes_through_the_system_dialog_at_full_size(qtbot, monkeypatch, tmp_path: Path, db):
    from unionoffice.certificates.service import issue_batch

    from .conftest import request

    result = issue_batch(db, ADMIN, request(tmp_path, ["王䶮"], template_key="booklet_inner"))
    preview = PdfPreview()
    qtbot.addWidget(preview)
    preview.show_pdf(FileData(result.path.name, result.path.read_bytes()))
    asked = []

    def fake_exec(dialog) -> int:  # type: ignore[no-untyped-def]
        printer = dialog.printer()
        asked.append((printer.fullPage(), printer.pageLayout().fullRectPoints().size().toTuple()))
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(QPrintDialog, "exec", fake_exec)
    qtbot.mouseClick(preview.print_button, Qt.MouseButton.LeftButton)
    full_page, size = asked[0]
    assert full_page  # no margins added
    assert sorted(size) == pytest.approx(sorted((260 / 25.4 * 72, 185 / 25.4 * 72)), abs=1)


def test_painted_pages_keep_their_true_size(qtbot, tmp_path: Path, db) -> None:
    """Print to a PDF 'printer': the page is the certificate's own size and nothing is shrunk."""
    from unionoffice.certificates.service import issue_batch

    from .conftest import request

    result = issue_batch(db, ADMIN, request(tmp_path, ["王䶮", "张堃"], template_key="booklet_inner"))
    document = QPdfDocument()
    document.load(str(result.path))
    printer = make_printer(document, "t")
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    assert paint_pages(printer, document) == 2
    info = run(tool("pdfinfo"), tmp_path / "printed.pdf")
    width, height = (float(v) for v in info.split("Page size:")[1].split("pts")[0].split("x"))
    assert (width, height) == pytest.approx((260 / 25.4 * 72, 185 / 25.4 * 72), abs=1.5)
    assert re.search(r"Pages:\s+2\n", info)
