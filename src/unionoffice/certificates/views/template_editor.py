"""Template editor with live preview: move fields, change text and sizes, calibrate the printer.

Clicking the preview moves the selected field there. The global x/y offset shifts every field
for a printer that feeds paper slightly off; "套打" previews what prints on pre-printed paper.
Saving writes the admin's copy to the data folder (see ``templates.py``).
"""

from __future__ import annotations

import io

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QImage, QMouseEvent, QPainter, QPixmap
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

from unionoffice.certificates.render import Page, RenderOptions, render
from unionoffice.certificates.service.issuing import page_values
from unionoffice.certificates.sources import Recipient
from unionoffice.certificates.templates import ALIGNS, Template, list_templates, reset_template, save_template
from unionoffice.foundation.errors import UserError
from unionoffice.foundation.i18n import translate
from unionoffice.ui.context import AppContext
from unionoffice.ui.icons import icon
from unionoffice.ui.messages import confirm, guarded, info

SAMPLE = {
    "title": "诚信心连心人",
    "event": "2026年职工职业技能竞赛",
    "award": "一等奖",
    "project": "仪表工赛项",
    "unit": "心兴分工会",
    "citation": "在2026年度“诚信心连心人”评选活动中，恪守诚信、爱岗敬业，带动班组形成讲诚信、重承诺的良好风气，被评为",
}


def align_labels() -> dict[str, str]:
    return {
        "left": translate("Certificates", "左对齐"),
        "center": translate("Certificates", "居中"),
        "right": translate("Certificates", "右对齐"),
    }


def kind_labels() -> dict[str, str]:
    return {
        "text": translate("Certificates", "文字"),
        "paragraph": translate("Certificates", "段落"),
        "qr": translate("Certificates", "二维码"),
        "image": translate("Certificates", "图片"),
    }


def sample_page(template: Template) -> Page:
    fields = {i.key: i.default or SAMPLE.get(i.key, i.label) for i in template.inputs if i.key != "name"}
    from datetime import date

    number = template.number(date.today().year, 1)
    values = page_values(template, Recipient("王䶮", None, fields), number, date.today())
    return Page(values, f"UOC1:{number}:PREVIEW")


def render_image(template: Template, preprinted: bool, width_px: int) -> QImage:
    """The sample certificate through the printing code, rasterised by QtPdf."""
    data = io.BytesIO()
    render(data, template, [sample_page(template)], RenderOptions(preprinted=preprinted))
    buffer = QBuffer()
    buffer.setData(QByteArray(data.getvalue()))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document = QPdfDocument()
    document.load(buffer)
    size = document.pagePointSize(0)
    height = round(width_px * size.height() / size.width())
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
    saved = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.template: Template | None = None
        self._loading = False
        self.template_combo = QComboBox()
        self.description = QLabel()
        self.description.setWordWrap(True)
        self.description.setStyleSheet("color: #555;")
        self.fields = QListWidget()
        self.fields.setObjectName("field_list")

        field_box = QGroupBox(self.tr("选中字段"))
        ff = QFormLayout(field_box)
        self.text = QLineEdit()
        self.x = _spin(-50, 500, " mm")
        self.y = _spin(-50, 500, " mm")
        self.size = _spin(4, 200, " pt", 1)
        self.width = _spin(0, 500, " mm", 1)
        self.align = QComboBox()
        for key in ALIGNS:
            self.align.addItem(align_labels()[key], key)
        self.enabled = QCheckBox(self.tr("打印此字段"))
        ff.addRow(self.tr("文字"), self.text)
        ff.addRow(self.tr("横向位置 X"), self.x)
        ff.addRow(self.tr("纵向位置 Y"), self.y)
        ff.addRow(self.tr("字号"), self.size)
        ff.addRow(self.tr("宽度"), self.width)
        ff.addRow(self.tr("对齐"), self.align)
        ff.addRow(self.enabled)
        hint = QLabel(
            self.tr("提示：在右侧预览上单击，可把选中字段移到该处。{name} 等花括号内容会换成名单中的值。")
        )
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #555;")
        ff.addRow(hint)

        calib = QGroupBox(self.tr("打印机校准（整体偏移，对所有字段生效）"))
        cf = QFormLayout(calib)
        self.offset_x = _spin(-30, 30, " mm", 0.5)
        self.offset_y = _spin(-30, 30, " mm", 0.5)
        self.offset_x.setObjectName("offset_x")
        self.offset_y.setObjectName("offset_y")
        cf.addRow(self.tr("向右偏移"), self.offset_x)
        cf.addRow(self.tr("向下偏移"), self.offset_y)
        self.preprinted = QCheckBox(self.tr("按套打预览（不显示背景、边框和已印标题）"))
        cf.addRow(self.preprinted)

        self.save_button = QPushButton(icon("save"), self.tr("保存模板"))
        self.reset_button = QPushButton(icon("rotate-ccw"), self.tr("恢复出厂设计"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.reset_button)

        left = QWidget()
        ll = QVBoxLayout(left)
        ll.setContentsMargins(0, 0, 0, 0)
        ll.addWidget(self.template_combo)
        ll.addWidget(self.description)
        ll.addWidget(self.fields, 1)
        ll.addWidget(field_box)
        ll.addWidget(calib)
        ll.addLayout(buttons)
        self.preview = PreviewLabel()
        self.preview.setObjectName("template_preview")
        self.preview.setStyleSheet("background: #8a8f98;")
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(self.preview)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([380, 800])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

        self._render_timer = QTimer(self, singleShot=True, interval=80)
        self._render_timer.timeout.connect(self.refresh_preview)
        self.template_combo.currentIndexChanged.connect(self._choose_template)
        self.fields.currentRowChanged.connect(self._show_field)
        for spin in (self.x, self.y, self.size, self.width):
            spin.valueChanged.connect(self._field_edited)
        self.text.textEdited.connect(self._field_edited)
        self.align.currentIndexChanged.connect(self._field_edited)
        self.enabled.toggled.connect(self._field_edited)
        self.offset_x.valueChanged.connect(self._offset_edited)
        self.offset_y.valueChanged.connect(self._offset_edited)
        self.preprinted.toggled.connect(self._render_timer.start)
        self.preview.clicked_mm.connect(self._place_field)
        self.save_button.clicked.connect(self.save)
        self.reset_button.clicked.connect(self.reset)
        self.reload()

    @guarded
    def reload(self) -> None:
        current = self.template_combo.currentData()
        self.templates = list_templates()
        self.template_combo.blockSignals(True)
        self.template_combo.clear()
        for t in self.templates:
            self.template_combo.addItem(
                icon("file-badge"), f"{t.name}（{t.width_mm:g}×{t.height_mm:g} mm）", t.key
            )
        self.template_combo.setCurrentIndex(max(self.template_combo.findData(current), 0))
        self.template_combo.blockSignals(False)
        self._choose_template()

    def _choose_template(self) -> None:
        index = self.template_combo.currentIndex()
        if index < 0:
            return
        self.template = self.templates[index].copy()
        t = self.template
        self._loading = True
        self.description.setText(t.description)
        self.fields.clear()
        for f in t.fields:
            item = QListWidgetItem(f"{f.label}　·　{kind_labels().get(f.kind, f.kind)}")
            item.setData(Qt.ItemDataRole.UserRole, f.key)
            self.fields.addItem(item)
        self.offset_x.setValue(t.offset_x_mm)
        self.offset_y.setValue(t.offset_y_mm)
        self.preview.page_mm = (t.width_mm, t.height_mm)
        self._loading = False
        self.fields.setCurrentRow(0)
        self._render_timer.start()

    def current_field(self):  # type: ignore[no-untyped-def]
        if self.template is None or self.fields.currentRow() < 0:
            return None
        return self.template.fields[self.fields.currentRow()]

    def _show_field(self, _row: int) -> None:
        f = self.current_field()
        if f is None:
            return
        self._loading = True
        text_kind = f.kind in ("text", "paragraph")
        self.text.setText(f.text)
        self.text.setEnabled(text_kind)
        self.x.setValue(f.x_mm)
        self.y.setValue(f.y_mm)
        self.size.setValue(f.size)
        self.size.setEnabled(text_kind)
        self.width.setValue(f.width_mm)
        self.align.setCurrentIndex(max(self.align.findData(f.align), 0))
        self.align.setEnabled(f.kind == "text")
        self.enabled.setChecked(f.enabled)
        self._loading = False

    def _field_edited(self, *_args) -> None:  # type: ignore[no-untyped-def]
        f = self.current_field()
        if f is None or self._loading:
            return
        if f.kind in ("text", "paragraph"):
            f.text = self.text.text()
        f.x_mm, f.y_mm = self.x.value(), self.y.value()
        f.size, f.width_mm = self.size.value(), self.width.value()
        f.align = self.align.currentData()
        f.enabled = self.enabled.isChecked()
        self._render_timer.start()

    def _offset_edited(self, *_args) -> None:  # type: ignore[no-untyped-def]
        if self.template is None or self._loading:
            return
        self.template.offset_x_mm, self.template.offset_y_mm = self.offset_x.value(), self.offset_y.value()
        self._render_timer.start()

    def _place_field(self, x_mm: float, y_mm: float) -> None:
        if self.current_field() is None:
            return
        # the click is where it prints, so take the calibration offset back out
        self.x.setValue(x_mm - self.offset_x.value())
        self.y.setValue(y_mm - self.offset_y.value())

    def refresh_preview(self) -> None:
        if self.template is None:
            return
        width = max(self.preview.width() - 24, 300)
        height = max(self.preview.height() - 24, 200)
        t = self.template
        width = min(width, round(height * t.width_mm / t.height_mm))
        try:
            image = render_image(t, self.preprinted.isChecked(), width)
        except UserError as exc:  # e.g. a typed "{nam}": show it, keep editing
            self.preview.setText(str(exc))
            return
        if self.preprinted.isChecked():  # show the paper, not a white void
            paper = QImage(image.size(), QImage.Format.Format_RGB32)
            paper.fill(QColor("#f4ecd8"))
            painter = QPainter(paper)
            painter.drawImage(0, 0, image)
            painter.end()
            image = paper
        self.preview.setPixmap(QPixmap.fromImage(image))

    def resizeEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        super().resizeEvent(event)
        self._render_timer.start()

    @guarded
    def save(self) -> None:
        if self.template is None:
            return
        path = save_template(self.template)
        self.saved.emit()
        info(
            self,
            self.tr("模板“{name}”已保存（{path}）。之后发证和补打都按新的设计与偏移打印。").format(
                name=self.template.name, path=path
            ),
        )

    @guarded
    def reset(self) -> None:
        if self.template is None:
            return
        if not confirm(
            self,
            self.tr("放弃对“{name}”的所有修改（含打印机偏移），恢复出厂设计？").format(
                name=self.template.name
            ),
        ):
            return
        reset_template(self.template.key)
        self.reload()
        self.saved.emit()


__all__ = ["TemplateEditor"]
