"""In-app PDF preview (QtPdf), printing at 100 % scale, save and "open in PDF viewer".

The PDFs come from the services as bytes (``FileData``); printing stays on this PC. Pages are
rendered on the GUI thread, only those on screen, by ``PageView``. Qt's own QPdfView
renders on a thread pool and crashed the program now and then when its document was reloaded
or destroyed while a page was still being drawn (seen as segmentation faults in the tests).
"""

from __future__ import annotations

import sys
import tempfile
from bisect import bisect_left
from collections import OrderedDict
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, QRect, QRectF, QSize, QSizeF, Qt, QUrl
from PySide6.QtGui import (
    QColor,
    QDesktopServices,
    QImage,
    QPageLayout,
    QPageSize,
    QPainter,
    QPaintEvent,
    QResizeEvent,
)
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from unionoffice.foundation.contract import FileData
from unionoffice.foundation.errors import UserError
from unionoffice.foundation.i18n import translate
from unionoffice.foundation.platform_windows import print_dialog_shows_title
from unionoffice.ui.context import AppContext
from unionoffice.ui.icons import icon
from unionoffice.ui.messages import guarded, info
from unionoffice.ui.widgets.files import choose_target, pdf, save_download

MAX_PRINT_DPI = 300  # a page image at 600 dpi is 140 MB; 300 dpi is already finer than the toner


def make_printer(document: QPdfDocument, title: str) -> QPrinter:
    """A printer set to the PDF's own paper size, full page: no margins, no fit-to-page."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    size = document.pagePointSize(0)
    landscape = size.width() > size.height()
    portrait_size = QSizeF(min(size.width(), size.height()), max(size.width(), size.height()))
    printer.setPageSize(QPageSize(portrait_size, QPageSize.Unit.Point, translate("Certificates", "证书纸")))
    printer.setPageOrientation(
        QPageLayout.Orientation.Landscape if landscape else QPageLayout.Orientation.Portrait
    )
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
            image = document.render(
                index, QSize(round(points.width() / 72 * image_dpi), round(points.height() / 72 * image_dpi))
            )
            target = QRectF(
                QPointF(0, 0), QSizeF(points.width() / 72 * device_dpi, points.height() / 72 * device_dpi)
            )
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


class _Pages(QWidget):
    """The pages one under another, each drawn when it comes into view (a few kept as images)."""

    SPACING = 12
    KEEP = 12

    def __init__(self, document: QPdfDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.scale = 1.0  # pixels per PDF point
        self._rects: list[QRect] = []  # laid out once per zoom or document, not at every paint
        self._bottoms: list[int] = []
        self._images: OrderedDict[tuple[int, int, int], QImage] = OrderedDict()

    def page_rect(self, index: int) -> QRect:
        return self._rects[index]

    def relayout(self) -> None:
        self._images.clear()
        sizes = [self.document.pagePointSize(i) for i in range(self.document.pageCount())]
        pixels = [(round(size.width() * self.scale), round(size.height() * self.scale)) for size in sizes]
        holder = self.parentWidget()
        room = holder.width() if holder is not None else 0
        width = max(max((w for w, _ in pixels), default=0) + 2 * self.SPACING, room)
        self._rects, top = [], self.SPACING
        for w, h in pixels:
            self._rects.append(QRect((width - w) // 2, top, w, h))
            top += h + self.SPACING
        self._bottoms = [rect.bottom() for rect in self._rects]
        self.setFixedSize(width, top)
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        area = event.rect()
        painter.fillRect(area, QColor("#e6e9ef"))
        ratio = self.devicePixelRatioF()
        for index in range(
            bisect_left(self._bottoms, area.top()), len(self._rects)
        ):  # the first page in view
            rect = self._rects[index]
            if rect.top() > area.bottom():
                break
            key = (index, rect.width(), rect.height())
            image = self._images.get(key)
            if image is None:
                image = self.document.render(
                    index, QSize(round(rect.width() * ratio), round(rect.height() * ratio))
                )
                image.setDevicePixelRatio(ratio)
                self._images[key] = image
                if len(self._images) > self.KEEP:
                    self._images.popitem(last=False)
            else:
                self._images.move_to_end(key)
            painter.fillRect(rect.translated(2, 2), QColor("#b9c0cc"))  # a hint of shadow
            painter.fillRect(rect, Qt.GlobalColor.white)  # PDFium leaves unpainted paper transparent
            painter.drawImage(rect, image)
        painter.end()


class PageView(QScrollArea):
    """A PDF document's pages, fitted to the view or zoomed. GUI thread only."""

    def __init__(self, document: QPdfDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.pages = _Pages(document)
        self.setWidget(self.pages)
        self.fit = True

    def reload(self) -> None:
        self._apply_scale()
        self.verticalScrollBar().setValue(0)

    def fit_page(self) -> None:
        self.fit = True
        self._apply_scale()

    def zoom_by(self, factor: float) -> None:
        self.fit = False
        self.pages.scale = max(0.1, min(self.pages.scale * factor, 8.0))
        self.pages.relayout()

    def show_page(self, index: int) -> None:
        if 0 <= index < self.pages.document.pageCount():
            self.verticalScrollBar().setValue(self.pages.page_rect(index).top() - _Pages.SPACING)

    def _apply_scale(self) -> None:
        document = self.pages.document
        if self.fit and document.pageCount():
            size = document.pagePointSize(0)
            room = self.viewport().size()
            self.pages.scale = max(
                0.05,
                min(
                    (room.width() - 2 * _Pages.SPACING) / size.width(),
                    (room.height() - 2 * _Pages.SPACING) / size.height(),
                ),
            )
        self.pages.relayout()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._apply_scale()


class PdfPreview(QWidget):
    """A PDF received from the services, shown page by page, with zoom, print (on this PC, at
    100 %), save and open-in-viewer. GUI thread only; files are written on a worker."""

    def __init__(self, ctx: AppContext | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.data: FileData | None = None
        self.path: Path | None = None  # where the clerk saved it, if they did
        self._buffer: QBuffer | None = None
        self.document = QPdfDocument(self)
        self.view = PageView(self.document, self)
        self.caption = QLabel(self.tr("尚无预览"))
        self.caption.setObjectName("caption")
        bar = QHBoxLayout()
        bar.addWidget(self.caption, 1)
        self.zoom_out = self._button("zoom-out", self.tr("缩小"), lambda: self._zoom(1 / 1.25))
        self.zoom_fit = self._button("move", self.tr("整页"), self._fit)
        self.zoom_in = self._button("zoom-in", self.tr("放大"), lambda: self._zoom(1.25))
        self.print_button = self._button("printer", self.tr("打印…"), self.print_document, text=True)
        self.save_button = self._button("save", self.tr("另存为…"), self.save_copy, text=True)
        self.open_button = self._button(
            "folder-open", self.tr("用 PDF 阅读器打开"), self.open_external, text=True
        )
        self.buttons = [
            self.zoom_out,
            self.zoom_fit,
            self.zoom_in,
            self.print_button,
            self.save_button,
            self.open_button,
        ]
        for b in self.buttons:
            bar.addWidget(b)
        self.save_button.setVisible(ctx is not None)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.view, 1)
        self._enable(False)

    def _button(
        self, icon_name: str, tip: str, slot: Callable[[], object], text: bool = False
    ) -> QPushButton:
        button = QPushButton(icon(icon_name), tip if text else "")
        button.setToolTip(tip)
        button.clicked.connect(slot)
        return button

    def _enable(self, on: bool) -> None:
        for b in self.buttons:
            b.setEnabled(on)
        self.open_button.setEnabled(on and (self.path is not None or self.ctx is not None))

    def show_pdf(self, data: FileData, caption: str = "", saved_at: Path | None = None) -> None:
        """Show a PDF's bytes (a preview, a batch, a reprint); ``saved_at``: where it was saved."""
        self.document.close()
        buffer = QBuffer(self)
        buffer.setData(QByteArray(data.content))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document.load(buffer)
        if self.document.error() != QPdfDocument.Error.None_:
            buffer.deleteLater()
            raise UserError(translate("Certificates", "无法显示 PDF 文件：{name}").format(name=data.name))
        if self._buffer is not None:
            self._buffer.deleteLater()  # the document no longer reads it
        self._buffer, self.data, self.path = buffer, data, saved_at
        pages = self.document.pageCount()
        self.caption.setText(caption or self.tr("{name}，共 {n} 页").format(name=data.name, n=pages))
        self.view.reload()
        self._fit()
        self._enable(pages > 0)

    def show_page(self, index: int) -> None:
        self.view.show_page(index)

    def clear(self, caption: str = "") -> None:
        self.document.close()
        self.view.reload()
        if self._buffer is not None:
            self._buffer.deleteLater()
        self._buffer = self.data = self.path = None
        self.caption.setText(caption or self.tr("尚无预览"))
        self._enable(False)

    def _zoom(self, factor: float) -> None:
        self.view.zoom_by(factor)

    def _fit(self) -> None:
        self.view.fit_page()

    @guarded
    def print_document(self) -> None:
        caption = self.caption.text()
        if not print_dialog_shows_title(sys.platform):
            # The system print dialog ignores the title that asks for 100 %: say it beside it instead.
            self.caption.setText(translate("Certificates", "打印证书（按 100% 实际尺寸）"))
        try:
            print_pdf(self, self.document, Path(self.data.name).stem if self.data else "")
        finally:
            self.caption.setText(caption)

    @guarded
    def save_copy(self) -> None:
        if self.ctx is None or self.data is None:
            return
        data = self.data
        target = choose_target(self, self.tr("保存 PDF"), data.name, pdf())
        if target is None:
            return

        def saved(path: Path) -> None:
            self.path = path
            self._enable(True)
            info(self, self.tr("已保存：{path}").format(path=path))

        save_download(self.ctx, self, data, target, saved)

    @guarded
    def open_external(self) -> None:
        if self.path is not None:
            self.open_path(self.path)
        elif self.ctx is not None and self.data is not None:
            data = self.data

            def write(_progress: object) -> Path:
                """A copy in the temporary folder for the reader to open (on a worker)."""
                path = Path(tempfile.mkdtemp(prefix="unionoffice-pdf-")) / data.name
                path.write_bytes(data.content)
                return path

            self.ctx.tasks.run(self, self.tr("正在打开…"), write, self.open_path)

    @guarded
    def open_path(self, path: Path) -> None:
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
            raise UserError(
                translate("Certificates", "没有找到可以打开 PDF 的程序。文件位置：{path}").format(path=path)
            )


class PdfPreviewDialog(QDialog):
    def __init__(self, ctx: AppContext, data: FileData, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.resize(1000, 720)
        self.preview = PdfPreview(ctx, self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.preview)
        self.preview.show_pdf(data)
