"""Template editor with live preview: move fields, change text and sizes, calibrate the printer.

Clicking the preview moves the selected field there. The global x/y offset shifts every field
for a printer that feeds paper slightly off; "套打" previews what prints on pre-printed paper.

The sample certificate is drawn by the services with the printing code itself: one call per
pause in editing (a newer edit's answer replaces an older one still on its way); the PDF that
comes back is rasterised here, again at every resize without asking. Saving writes the
administrator's copy on the services' side (see ``templates.py``).
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QImage, QMouseEvent, QPainter, QPixmap, QResizeEvent, QShowEvent
from PySide6.QtPdf import QPdfDocument
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from unionoffice.certificates import contract as certs
from unionoffice.certificates.contract import (
    FieldInfo,
    TemplateEdit,
    TemplateInfo,
    TemplateKey,
    TemplatePreview,
    Templates,
)
from unionoffice.certificates.labels import Align, FieldKind
from unionoffice.foundation.contract import Empty, FileData
from unionoffice.foundation.errors import UserError
from unionoffice.ui.context import AppContext
from unionoffice.ui.icons import icon
from unionoffice.ui.messages import confirm, info, show_error
from unionoffice.ui.style import MUTED_TEXT

PAUSE_MS = 150  # one preview call per pause in editing, not per keystroke or spin step
PAPER = "#f4ecd8"  # pre-printed certificate paper, so a 套打 preview is not a white void
TEXT_KINDS = (FieldKind.TEXT, FieldKind.PARAGRAPH)


def rasterise(pdf: bytes, width_px: int) -> QImage:
    """The first page of ``pdf`` as an image ``width_px`` wide (QtPdf, on the GUI thread)."""
    buffer = QBuffer()
    buffer.setData(QByteArray(pdf))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document = QPdfDocument()
    document.load(buffer)
    size = document.pagePointSize(0)
    height = round(width_px * size.height() / max(size.width(), 1))
    image = document.render(0, QSize(width_px, height))
    document.close()
    return image


class PreviewLabel(QLabel):
    """Shows the page; a click reports the point in millimetres from the page's top-left."""

    clicked_mm = Signal(float, float)

    def __init__(self) -> None:
        super().__init__()
        self.page_mm = (297.0, 210.0)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setMinimumSize(420, 300)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setCursor(Qt.CursorShape.CrossCursor)
        self.setWordWrap(True)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        pixmap = self.pixmap()
        if pixmap is None or pixmap.isNull():
            return
        left = (self.width() - pixmap.width()) / 2
        top = (self.height() - pixmap.height()) / 2
        x = (event.position().x() - left) / pixmap.width() * self.page_mm[0]
        y = (event.position().y() - top) / pixmap.height() * self.page_mm[1]
        if 0 <= x <= self.page_mm[0] and 0 <= y <= self.page_mm[1]:
            self.clicked_mm.emit(round(x, 1), round(y, 1))


def _spin(minimum: float, maximum: float, suffix: str, step: float = 0.5) -> QDoubleSpinBox:
    spin = QDoubleSpinBox()
    spin.setRange(minimum, maximum)
    spin.setDecimals(1)
    spin.setSingleStep(step)
    spin.setSuffix(suffix)
    spin.setKeyboardTracking(False)
    return spin


class TemplateEditor(QWidget):
    """GUI thread; previews and saves run on workers."""

    saved = Signal(object)  # the TemplateInfo as stored now

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.templates: list[TemplateInfo] = []
        self.template: TemplateInfo | None = None
        self.fields: list[FieldInfo] = []  # the design's fields as edited so far
        self.pdf: FileData | None = None  # the last sample the services drew
        self._opened = False
        self._loading = False
        self.template_combo = QComboBox()
        self.template_combo.setObjectName("template")
        self.description = QLabel()
        self.description.setWordWrap(True)
        self.description.setStyleSheet(MUTED_TEXT)
        self.field_list = QListWidget()
        self.field_list.setObjectName("field_list")

        left = QWidget()
        ll = QVBoxLayout(left)
        ll.setContentsMargins(0, 0, 0, 0)
        ll.addWidget(self.template_combo)
        ll.addWidget(self.description)
        ll.addWidget(self.field_list, 1)
        ll.addWidget(self._field_box())
        ll.addWidget(self._calibration_box())
        self.save_button = QPushButton(icon("save"), self.tr("保存模板"))
        self.reset_button = QPushButton(icon("rotate-ccw"), self.tr("恢复出厂设计"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.reset_button)
        ll.addLayout(buttons)
        self.preview = PreviewLabel()
        self.preview.setObjectName("template_preview")
        self.preview.setStyleSheet("background: #8a8f98; color: white;")
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(self.preview)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([380, 800])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        left.setEnabled(False)  # until the designs arrive
        self.left = left

        self._pause = QTimer(self, singleShot=True, interval=PAUSE_MS)
        self._pause.timeout.connect(self.refresh_preview)
        self._resized = QTimer(self, singleShot=True, interval=40)
        self._resized.timeout.connect(self._show_pdf)
        self.template_combo.currentIndexChanged.connect(self._choose_template)
        self.field_list.currentRowChanged.connect(self._show_field)
        for spin in (self.x_spin, self.y_spin, self.size_spin, self.width_spin):
            spin.valueChanged.connect(self._field_edited)
        self.text.textEdited.connect(self._field_edited)
        self.align.currentIndexChanged.connect(self._field_edited)
        self.enabled.toggled.connect(self._field_edited)
        self.offset_x.valueChanged.connect(self._offset_edited)
        self.offset_y.valueChanged.connect(self._offset_edited)
        self.preprinted.toggled.connect(self._pause.start)
        self.preview.clicked_mm.connect(self._place_field)
        self.save_button.clicked.connect(self.save)
        self.reset_button.clicked.connect(self.reset)

    def _field_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("选中字段"))
        form = QFormLayout(box)
        self.text = QLineEdit()
        self.text.setObjectName("field_text")
        self.x_spin = _spin(-50, 500, " mm")
        self.y_spin = _spin(-50, 500, " mm")
        self.size_spin = _spin(4, 200, " pt", 1)
        self.width_spin = _spin(0, 500, " mm", 1)
        self.align = QComboBox()
        for align in Align:
            self.align.addItem(align.label, align.value)
        self.enabled = QCheckBox(self.tr("打印此字段"))
        form.addRow(self.tr("文字"), self.text)
        form.addRow(self.tr("横向位置 X"), self.x_spin)
        form.addRow(self.tr("纵向位置 Y"), self.y_spin)
        form.addRow(self.tr("字号"), self.size_spin)
        form.addRow(self.tr("宽度"), self.width_spin)
        form.addRow(self.tr("对齐"), self.align)
        form.addRow(self.enabled)
        hint = QLabel(
            self.tr("提示：在右侧预览上单击，可把选中字段移到该处。{name} 等花括号内容会换成名单中的值。")
        )
        hint.setWordWrap(True)
        hint.setStyleSheet(MUTED_TEXT)
        form.addRow(hint)
        return box

    def _calibration_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("打印机校准（整体偏移，对所有字段生效）"))
        form = QFormLayout(box)
        self.offset_x = _spin(-30, 30, " mm", 0.5)
        self.offset_y = _spin(-30, 30, " mm", 0.5)
        self.offset_x.setObjectName("offset_x")
        self.offset_y.setObjectName("offset_y")
        form.addRow(self.tr("向右偏移"), self.offset_x)
        form.addRow(self.tr("向下偏移"), self.offset_y)
        self.preprinted = QCheckBox(self.tr("按套打预览（不显示背景、边框和已印标题）"))
        form.addRow(self.preprinted)
        return box

    # Opening ---------------------------------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._opened:
            self._opened = True
            self.preview.setText(self.tr("正在加载…"))
            self.ctx.calls.fetch(self, certs.TEMPLATES, Empty(), self.opened)

    def opened(self, found: Templates) -> None:
        self.templates = list(found.templates)
        self.template_combo.blockSignals(True)
        for t in self.templates:
            self.template_combo.addItem(
                icon("file-badge"), f"{t.name}（{t.width_mm:g}×{t.height_mm:g} mm）", t.key
            )
        self.template_combo.blockSignals(False)
        self.left.setEnabled(True)
        self._choose_template()

    def _choose_template(self) -> None:
        index = self.template_combo.currentIndex()
        if index < 0:
            return
        self._load(self.templates[index])

    def _load(self, t: TemplateInfo) -> None:
        """Show design ``t`` as stored, dropping unsaved edits of the one shown before (the same
        field stays chosen when ``t`` is the design shown, as stored after a save)."""
        same = self.template is not None and self.template.key == t.key
        row = self.field_list.currentRow() if same else 0
        self.template, self.fields = t, list(t.fields)
        self._loading = True
        self.description.setText(t.description)
        self.field_list.clear()
        for f in t.fields:
            item = QListWidgetItem(f"{f.label}　·　{FieldKind(f.kind).label}")
            item.setData(Qt.ItemDataRole.UserRole, f.key)
            self.field_list.addItem(item)
        self.offset_x.setValue(t.offset_x_mm)
        self.offset_y.setValue(t.offset_y_mm)
        self.preview.page_mm = (t.width_mm, t.height_mm)
        self.reset_button.setEnabled(t.customised)
        self._loading = False
        self.field_list.setCurrentRow(min(max(row, 0), len(self.fields) - 1))
        self.refresh_preview()

    # Editing ---------------------------------------------------------------------------------------
    def current_field(self) -> FieldInfo | None:
        row = self.field_list.currentRow()
        return self.fields[row] if 0 <= row < len(self.fields) else None

    def _show_field(self, _row: int) -> None:
        f = self.current_field()
        if f is None:
            return
        self._loading = True
        text_kind = f.kind in TEXT_KINDS
        self.text.setText(f.text)
        self.text.setEnabled(text_kind)
        self.x_spin.setValue(f.x_mm)
        self.y_spin.setValue(f.y_mm)
        self.size_spin.setValue(f.size)
        self.size_spin.setEnabled(text_kind)
        self.width_spin.setValue(f.width_mm)
        self.align.setCurrentIndex(max(self.align.findData(f.align), 0))
        self.align.setEnabled(f.kind == FieldKind.TEXT)
        self.enabled.setChecked(f.enabled)
        self._loading = False

    def _field_edited(self, *_args: object) -> None:
        f = self.current_field()
        if f is None or self._loading:
            return
        self.fields[self.field_list.currentRow()] = replace(
            f,
            text=self.text.text() if f.kind in TEXT_KINDS else f.text,
            x_mm=self.x_spin.value(),
            y_mm=self.y_spin.value(),
            size=self.size_spin.value(),
            width_mm=self.width_spin.value(),
            align=self.align.currentData(),
            enabled=self.enabled.isChecked(),
        )
        self._pause.start()

    def _offset_edited(self, *_args: object) -> None:
        if not self._loading:
            self._pause.start()

    def _place_field(self, x_mm: float, y_mm: float) -> None:
        if self.current_field() is None:
            return
        # The click is where it prints, so take the calibration offset back out.
        self.x_spin.setValue(x_mm - self.offset_x.value())
        self.y_spin.setValue(y_mm - self.offset_y.value())

    def edit(self) -> TemplateEdit | None:
        if self.template is None:
            return None
        return TemplateEdit(
            key=self.template.key,
            offset_x_mm=self.offset_x.value(),
            offset_y_mm=self.offset_y.value(),
            fields=tuple(self.fields),
        )

    # The preview -------------------------------------------------------------------------------------
    def refresh_preview(self) -> None:
        edit = self.edit()
        if edit is None:
            return
        self.ctx.calls.fetch(
            self,
            certs.PREVIEW_TEMPLATE,
            TemplatePreview(edit, self.preprinted.isChecked()),
            self._preview_arrived,
            self._preview_refused,
            channel="preview",
        )

    def _preview_arrived(self, pdf: FileData) -> None:
        self.pdf = pdf
        self._show_pdf()

    def _preview_refused(self, error: BaseException) -> None:
        if isinstance(error, UserError):  # e.g. a typed "{nam}": say so in the preview, keep editing
            self.pdf = None
            self.preview.setPixmap(QPixmap())
            self.preview.setText(str(error))
        else:
            show_error(self, error)

    def _show_pdf(self) -> None:
        if self.pdf is None or self.template is None:
            return
        t = self.template
        width = max(self.preview.width() - 24, 300)
        height = max(self.preview.height() - 24, 200)
        width = min(width, round(height * t.width_mm / t.height_mm))
        image = rasterise(self.pdf.content, width)
        if self.preprinted.isChecked():
            paper = QImage(image.size(), QImage.Format.Format_RGB32)
            paper.fill(QColor(PAPER))
            painter = QPainter(paper)
            painter.drawImage(0, 0, image)
            painter.end()
            image = paper
        self.preview.setPixmap(QPixmap.fromImage(image))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._resized.start()

    # Saving ----------------------------------------------------------------------------------------
    def save(self) -> None:
        edit = self.edit()
        if edit is None:
            return

        def stored(template: TemplateInfo) -> None:
            self._replace(template)
            info(
                self,
                self.tr("模板“{name}”已保存。之后发证和补打都按新的设计与偏移打印。").format(
                    name=template.name
                ),
            )

        self.ctx.calls.fetch(self, certs.SAVE_TEMPLATE, edit, stored)

    def reset(self) -> None:
        t = self.template
        if t is None or not confirm(
            self, self.tr("放弃对“{name}”的所有修改（含打印机偏移），恢复出厂设计？").format(name=t.name)
        ):
            return
        self.ctx.calls.fetch(self, certs.RESET_TEMPLATE, TemplateKey(t.key), self._replace)

    def _replace(self, template: TemplateInfo) -> None:
        self.templates = [template if t.key == template.key else t for t in self.templates]
        if self.template is not None and self.template.key == template.key:
            self._load(template)
        self.saved.emit(template)


__all__ = ["TemplateEditor"]
