"""The certificate screens driven as a clerk would: dialogs patched, waiting with waitUntil."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

pytest.importorskip("PySide6.QtPdf")

from PySide6.QtCore import QPoint, Qt
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QFileDialog, QInputDialog, QMessageBox

from unionoffice.certificates.service import find_by_number
from unionoffice.certificates.views.pdf_preview import make_printer, paint_pages
from unionoffice.certificates.views.tab import CertificatesTab
from unionoffice.foundation.settings import Settings
from unionoffice.ui.context import AppContext
from unionoffice.ui.tasks import TaskRunner

from .conftest import ADMIN, VIEWER, YEAR
from .helpers import run, tool


@pytest.fixture
def make_tab(db, qtbot, monkeypatch):  # type: ignore[no-untyped-def]
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: QMessageBox.StandardButton.Ok)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a: warnings.append(text))
    runners = []

    def make(actor=ADMIN):  # type: ignore[no-untyped-def]
        runner = TaskRunner()
        runners.append(runner)
        tab = CertificatesTab(AppContext(db, actor, runner, Settings()))
        tab.warnings = warnings
        qtbot.addWidget(tab)
        return tab

    yield make
    for runner in runners:
        runner.wait()


def typed_list(tab, text: str) -> None:  # type: ignore[no-untyped-def]
    page = tab.issue_page
    page.source_combo.setCurrentIndex(page.source_combo.findData("text"))
    page.template_combo.setCurrentIndex(page.template_combo.findData("honour_a4"))
    page.date_edit.setDate(page.date_edit.date().fromString(f"{YEAR}-05-01", "yyyy-MM-dd"))
    page.text_edit.setPlainText(text)


def test_issue_from_a_typed_list_previews_then_issues(
    make_tab, qtbot, tmp_path: Path, monkeypatch, db
) -> None:
    tab = make_tab()
    page = tab.issue_page
    typed_list(tab, "王䶮\t诚信心连心人\t恪守诚信，事迹突出，被评为\n张堃\t先进生产者\t成绩显著，被评为")
    qtbot.mouseClick(page.load_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.issue_button.isEnabled(), timeout=10_000)
    assert page.table.rowCount() == 2 and page.table.item(0, 0).text() == "王䶮"
    assert page.preview.document.pageCount() == 2
    target = tmp_path / "issued.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), "PDF"))
    qtbot.mouseClick(page.issue_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: target.exists() and not page.issue_button.isEnabled(), timeout=10_000)
    assert find_by_number(db, ADMIN, f"XLX-{YEAR}-RY-0002").recipient_name == "张堃"
    qtbot.waitUntil(lambda: tab.register_page.model.rowCount() > 0)
    tab.register_page.search.setText(f"XLX-{YEAR}-RY-0001")
    qtbot.waitUntil(lambda: tab.register_page.model.rowCount() == 1)


def test_bad_list_shows_row_and_field_and_issues_nothing(make_tab, qtbot, db) -> None:
    tab = make_tab()
    typed_list(tab, "王䶮\t诚信心连心人\t事迹\n张堃\t\t事迹")
    tab.issue_page.load_recipients()
    qtbot.waitUntil(lambda: bool(tab.warnings), timeout=10_000)
    assert "第 2 行" in tab.warnings[0] and "荣誉称号" in tab.warnings[0]
    assert not tab.issue_page.issue_button.isEnabled()
    assert find_by_number(db, ADMIN, f"XLX-{YEAR}-RY-0001") is None


def test_verify_screen_says_valid_then_revoked_after_revoking_in_register(
    make_tab, qtbot, monkeypatch, db
) -> None:
    tab = make_tab()
    register = tab.register_page
    register.search.setText("XLX-2026-RY-0001")
    qtbot.waitUntil(lambda: register.model.rowCount() == 1)
    number = "XLX-2026-RY-0001"
    verify = tab.verify_page
    qtbot.keyClicks(verify.input, number.lower())
    qtbot.keyClick(verify.input, Qt.Key.Key_Return)
    assert verify.verdict.text() == "真实有效"
    register.table.selectRow(0)
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("获奖资格复核未通过", True))
    qtbot.mouseClick(register.revoke_button, Qt.MouseButton.LeftButton)
    assert find_by_number(db, ADMIN, number).status == "revoked"
    verify.input.setText(number)
    verify.check()
    assert verify.verdict.text() == "已作废" and "获奖资格复核未通过" in verify.message.text()
    verify.input.setText("XLX-2026-RY-9999")
    verify.check()
    assert verify.verdict.text() == "伪造或无效"


def test_viewer_can_search_and_verify_but_not_issue(make_tab) -> None:
    tab = make_tab(VIEWER)
    assert tab.issue_page is None and tab.editor is None
    assert not tab.register_page.revoke_button.isVisibleTo(tab)
    assert tab.register_page.model.rowCount() > 0


def test_template_editor_offset_and_click_to_place_change_the_saved_template(make_tab, qtbot) -> None:
    from unionoffice.certificates.templates import get_template

    tab = make_tab()
    editor = tab.editor
    editor.resize(1200, 700)
    editor.template_combo.setCurrentIndex(editor.template_combo.findData("honour_a4"))
    qtbot.waitUntil(lambda: editor.preview.pixmap() is not None and not editor.preview.pixmap().isNull())
    before = editor.preview.pixmap().toImage()
    editor.offset_x.setValue(4.0)
    editor.offset_y.setValue(-1.5)
    qtbot.waitUntil(lambda: editor.preview.pixmap().toImage() != before)  # the live preview moved
    # click the middle of the preview with the name field selected: it moves there
    name_row = [
        editor.fields.item(i).data(Qt.ItemDataRole.UserRole) for i in range(editor.fields.count())
    ].index("name")
    editor.fields.setCurrentRow(name_row)
    qtbot.mouseClick(
        editor.preview,
        Qt.MouseButton.LeftButton,
        pos=QPoint(editor.preview.width() // 2, editor.preview.height() // 2),
    )
    assert editor.x.value() == pytest.approx(148.5 - 4.0, abs=3)
    assert editor.y.value() == pytest.approx(105 + 1.5, abs=3)
    editor.save()
    saved = get_template("honour_a4")
    assert (saved.offset_x_mm, saved.offset_y_mm) == (4.0, -1.5)
    assert saved.field_by_key("name").x_mm == pytest.approx(editor.x.value())
    editor.reset()
    assert get_template("honour_a4").offset_x_mm == 0


def test_print_goes_through_the_system_dialog_at_full_size(
    make_tab, qtbot, monkeypatch, tmp_path: Path, db
) -> None:
    from unionoffice.certificates.service import issue_batch

    from .conftest import request

    result = issue_batch(db, ADMIN, request(tmp_path, ["王䶮"], template_key="booklet_inner"))
    tab = make_tab()
    preview = tab.issue_page.preview
    preview.load(result.path)
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
