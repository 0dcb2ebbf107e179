"""In-app PDF preview (QtPdf), printing at 100 % scale, and "open in PDF viewer"."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPointF, QRectF, QSize, QSizeF, QUrl
from PySide6.QtGui import QDesktopServices, QPageLayout, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from unionoffice.core.errors import UserError
from unionoffice.core.i18n import translate
from unionoffice.ui.icons import icon
from unionoffice.ui.messages import guarded

MAX_PRINT_DPI = 300  # a page image at 600 dpi is 140 MB; 300 dpi is already finer than the toner


def make_printer(document: QPdfDocument, title: str) -> QPrinter:
    """A printer set to the PDF's own paper size, full page: no margins, no fit-to-page."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    size = document.pagePointSize(0)
    landscape = size.width() > size.height()
    portrait_size = QSizeF(min(size.width(), size.height()), max(size.width(), size.height()))
    printer.setPageSize(QPageSize(portrait_size, QPageSize.Unit.Point, translate("Certificates", "证书纸")))
    printer.setPageOrientation(QPageLayout.Orientation.Landscape if landscape else QPageLayout.Orientation.Portrait)
    printer.setFullPage(True)
    printer.setDocName(title)
    return printer


def paint_pages(printer: QPrinter, document: QPdfDocument, first: int = 0, last: int | None = None) -> int:
    """Draw pages at their true size: 1 pt of the PDF is 1/72 inch on paper, whatever the paper."""
    last = document.pageCount() - 1 if last is None else last
    painter = QPainter()
    if not painter.begin(printer):
        raise UserError(translate("Certificates", "无法连接打印机，请检查打印机是否可用。"))
    device_dpi = printer.resolution()
    image_dpi = min(device_dpi, MAX_PRINT_DPI)
    try:
        for index in range(first, last + 1):
            if index > first:
                printer.newPage()
            points = document.pagePointSize(index)
            image = document.render(index, QSize(round(points.width() / 72 * image_dpi), round(points.height() / 72 * image_dpi)))
            target = QRectF(QPointF(0, 0), QSizeF(points.width() / 72 * device_dpi, points.height() / 72 * device_dpi))
            painter.drawImage(target, image)
    finally:
        painter.end()
    return last - first + 1


def print_pdf(parent: QWidget | None, document: QPdfDocument, title: str) -> bool:
    if document.pageCount() == 0:
        raise UserError(translate("Certificates", "没有可打印的页面。"))
    printer = make_printer(document, title)
    dialog = QPrintDialog(printer, parent)
    dialog.setMinMax(1, document.pageCount())
    dialog.setWindowTitle(translate("Certificates", "打印证书（按 100% 实际尺寸）"))
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    first, last = 0, document.pageCount() - 1
    if printer.printRange() == QPrinter.PrintRange.PageRange:
        first, last = printer.fromPage() - 1, printer.toPage() - 1
    paint_pages(printer, document, first, last)
    return True


class PdfPreview(QWidget):
    """A PDF shown page by page, with zoom, print and open-in-viewer. GUI thread only."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.path: Path | None = None
        self.document = QPdfDocument(self)
        self.view = QPdfView(self)
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitInView)
        self.view.setPageSpacing(12)
        self.caption = QLabel(self.tr("尚无预览"))
        bar = QHBoxLayout()
        bar.addWidget(self.caption, 1)
        self.zoom_out = self._button("zoom-out", self.tr("缩小"), lambda: self._zoom(1 / 1.25))
        self.zoom_fit = self._button("move", self.tr("整页"), self._fit)
        self.zoom_in = self._button("zoom-in", self.tr("放大"), lambda: self._zoom(1.25))
        self.print_button = self._button("printer", self.tr("打印…"), self.print_document, text=True)
        self.open_button = self._button("folder-open", self.tr("用 PDF 阅读器打开"), self.open_external, text=True)
        for b in (self.zoom_out, self.zoom_fit, self.zoom_in, self.print_button, self.open_button):
            bar.addWidget(b)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.view, 1)
        self._enable(False)

    def _button(self, icon_name: str, tip: str, slot, text: bool = False) -> QPushButton:  # type: ignore[no-untyped-def]
        button = QPushButton(icon(icon_name), tip if text else "")
        button.setToolTip(tip)
        button.clicked.connect(slot)
        return button

    def _enable(self, on: bool) -> None:
        for b in (self.zoom_out, self.zoom_fit, self.zoom_in, self.print_button, self.open_button):
            b.setEnabled(on)

    def load(self, path: Path, caption: str = "") -> None:
        self.document.close()
        if self.document.load(str(path)) != QPdfDocument.Error.None_:
            raise UserError(translate("Certificates", "无法打开 PDF 文件：{path}").format(path=path))
        self.path = path
        pages = self.document.pageCount()
        self.caption.setText(caption or self.tr("{name}，共 {n} 页").format(name=path.name, n=pages))
        self._fit()
        self._enable(pages > 0)

    def clear(self, caption: str = "") -> None:
        self.document.close()
        self.path = None
        self.caption.setText(caption or self.tr("尚无预览"))
        self._enable(False)

    def _zoom(self, factor: float) -> None:
        self.view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.view.setZoomFactor(max(0.1, min(self.view.zoomFactor() * factor, 8.0)))

    def _fit(self) -> None:
        self.view.setZoomMode(QPdfView.ZoomMode.FitInView)

    @guarded
    def print_document(self) -> None:
        print_pdf(self, self.document, self.path.stem if self.path else "")

    @guarded
    def open_external(self) -> None:
        if self.path is not None and not QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.path))):
            raise UserError(translate("Certificates", "没有找到可以打开 PDF 的程序。文件位置：{path}").format(path=self.path))


class PdfPreviewDialog(QDialog):
    def __init__(self, path: Path, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.resize(1000, 720)
        self.preview = PdfPreview(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.preview)
        self.preview.load(path)
