"""Batch issuing: choose design and list, read and preview every certificate, issue.

Three user actions, one call each: opening the page brings the designs and every list source
with its batches; "读取名单并预览" sends the list (a spreadsheet is read here and crosses once)
and gets the rows and the watermarked PDF back, the list staying on the services side; "正式发证"
names that list and gets the numbered PDF back, which is saved where the clerk chose.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from unionoffice.certificates import contract as certs
from unionoffice.certificates.contract import (
    BatchPreview,
    BatchPreviewed,
    IssueBatch,
    Issued,
    IssueScreen,
    SourceInfo,
    TemplateInfo,
)
from unionoffice.certificates.labels import SourceKind
from unionoffice.certificates.views.pdf_preview import PdfPreview
from unionoffice.foundation.contract import Empty, FileData
from unionoffice.foundation.errors import UserError
from unionoffice.foundation.i18n import translate
from unionoffice.foundation.progress import Progress
from unionoffice.ui.context import AppContext
from unionoffice.ui.icons import icon
from unionoffice.ui.messages import confirm, guarded, info, show_error
from unionoffice.ui.style import MUTED_TEXT
from unionoffice.ui.widgets.fields import calendar_edit, picked_date
from unionoffice.ui.widgets.files import choose_target, choose_upload, pdf, spreadsheets
from unionoffice.ui.widgets.tables import fill_table, read_only_table

_STACK = {SourceKind.LIST: 0, SourceKind.FILE: 1, SourceKind.TEXT: 2}
WIDEST_COLUMN = 220


class IssuePage(QWidget):
    """GUI thread; the list is read, rendered and issued on the services' side."""

    issued = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.templates: list[TemplateInfo] = []
        self.sources: list[SourceInfo] = []
        self.previewed: BatchPreviewed | None = None
        self._opened = False
        self.form_box = QGroupBox(self.tr("发证设置"))
        form = QFormLayout(self.form_box)
        self.template_combo = QComboBox()
        self.template_combo.setObjectName("template")
        form.addRow(self.tr("证书模板"), self.template_combo)
        self.source_combo = QComboBox()
        self.source_combo.setObjectName("source")
        form.addRow(self.tr("名单来源"), self.source_combo)
        form.addRow(self._source_stack())
        self.columns_hint = QLabel()
        self.columns_hint.setWordWrap(True)
        self.columns_hint.setStyleSheet(MUTED_TEXT)
        form.addRow(self.columns_hint)
        self.date_edit = calendar_edit()
        self.date_edit.setObjectName("issued_on")
        form.addRow(self.tr("颁发日期"), self.date_edit)
        self.issuer_edit = QLineEdit()
        form.addRow(self.tr("颁发单位"), self.issuer_edit)
        self.preprinted = QCheckBox(self.tr("套打：打印在已印好的证书纸上（不印背景、边框和标题）"))
        self.per_person = QCheckBox(self.tr("另外每人保存一个 PDF 文件"))
        form.addRow(self.preprinted)
        form.addRow(self.per_person)
        buttons = QHBoxLayout()
        self.load_button = QPushButton(icon("file-spreadsheet"), self.tr("读取名单并预览"))
        self.issue_button = QPushButton(icon("award"), self.tr("正式发证…"))
        self.issue_button.setEnabled(False)
        buttons.addWidget(self.load_button)
        buttons.addWidget(self.issue_button)
        form.addRow(buttons)
        self.table = read_only_table(name="recipients")
        self.count_label = QLabel(self.tr("正在加载…"))
        self.count_label.setObjectName("count")
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.form_box)
        left_layout.addWidget(self.count_label)
        left_layout.addWidget(self.table, 1)
        self.preview = PdfPreview(ctx)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(self.preview)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([460, 700])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        self.form_box.setEnabled(False)  # until the opening call brings the designs and lists

        self.template_combo.currentIndexChanged.connect(self._template_changed)
        self.source_combo.currentIndexChanged.connect(self._source_changed)
        self.batch_combo.currentIndexChanged.connect(self._invalidate)
        self.load_button.clicked.connect(self.load_recipients)
        self.issue_button.clicked.connect(self.issue)
        self.table.currentCellChanged.connect(self._show_row)

    def _source_stack(self) -> QStackedWidget:
        self.source_stack = QStackedWidget()
        self.batch_combo = QComboBox()
        self.batch_combo.setObjectName("batch")
        file_row = QWidget()
        file_layout = QHBoxLayout(file_row)
        file_layout.setContentsMargins(0, 0, 0, 0)
        self.file_edit = QLineEdit()
        self.file_edit.setObjectName("list_file")
        self.file_edit.setReadOnly(True)
        self.file_edit.setPlaceholderText(self.tr("选择 .xlsx / .xls / .csv 名单"))
        browse = QPushButton(icon("folder-open"), self.tr("浏览…"))
        browse.clicked.connect(self.choose_file)
        file_layout.addWidget(self.file_edit, 1)
        file_layout.addWidget(browse)
        self.text_edit = QPlainTextEdit()
        self.text_edit.setObjectName("typed_list")
        self.text_edit.setMinimumHeight(110)
        for page in (self.batch_combo, file_row, self.text_edit):
            self.source_stack.addWidget(page)
        return self.source_stack

    # Opening -------------------------------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._opened:
            self._opened = True
            self.ctx.calls.fetch(self, certs.OPEN_ISSUE, Empty(), self.opened)

    def opened(self, screen: IssueScreen) -> None:
        self.templates, self.sources = list(screen.templates), list(screen.sources)
        self.source_combo.blockSignals(True)
        for source in self.sources:
            self.source_combo.addItem(source.label, source.key)
        self.source_combo.blockSignals(False)
        self._fill_templates()
        self._source_changed()
        self.form_box.setEnabled(True)

    def template_saved(self, template: TemplateInfo) -> None:
        """The editor saved a design: use it from now on (no need to ask again)."""
        self.templates = [template if t.key == template.key else t for t in self.templates]
        self._fill_templates()

    def _fill_templates(self) -> None:
        current = self.template_combo.currentData()
        self.template_combo.blockSignals(True)
        self.template_combo.clear()
        for t in self.templates:
            self.template_combo.addItem(icon("file-badge"), t.name, t.key)
        self.template_combo.setCurrentIndex(max(self.template_combo.findData(current), 0))
        self.template_combo.blockSignals(False)
        self._template_changed()

    # Choices ---------------------------------------------------------------------------------------
    def template(self) -> TemplateInfo:
        if not self.templates:
            raise UserError(self.tr("没有可用的证书模板。"))
        return self.templates[max(self.template_combo.currentIndex(), 0)]

    def source(self) -> SourceInfo:
        return self.sources[max(self.source_combo.currentIndex(), 0)]

    def _template_changed(self) -> None:
        if not self.templates:
            return
        t = self.template()
        labels = "、".join(i.label + (self.tr("（可选）") if i.optional else "") for i in t.inputs)
        self.columns_hint.setText(self.tr("名单需要的列：{labels}。表头可用中文列名。").format(labels=labels))
        self.text_edit.setPlaceholderText(
            self.tr("每行一人，各列用 Tab（从 Excel 复制）或逗号分隔，顺序：{labels}").format(
                labels="、".join(i.label for i in t.inputs)
            )
        )
        self.issuer_edit.setPlaceholderText(t.issuer)
        self._invalidate()

    def _source_changed(self) -> None:
        if not self.sources:
            return
        source = self.source()
        self.source_stack.setCurrentIndex(_STACK[source.kind])
        self.batch_combo.blockSignals(True)
        self.batch_combo.clear()
        for batch in source.batches:
            self.batch_combo.addItem(batch.label, batch.key)
        self.batch_combo.blockSignals(False)
        self._invalidate()

    def choose_file(self) -> None:
        path = choose_upload(self, self.tr("选择名单文件"), spreadsheets())
        if path is not None:
            self.file_edit.setText(str(path))
            self._invalidate()

    def _invalidate(self) -> None:
        self.previewed = None
        self.issue_button.setEnabled(False)
        self.table.setRowCount(0)
        self.count_label.setText(self.tr("尚未读取名单"))
        self.preview.clear()

    def issued_on(self) -> date:
        return picked_date(self.date_edit)

    # Reading and previewing ----------------------------------------------------------------------
    @guarded
    def load_recipients(self) -> None:
        template, source = self.template(), self.source()

        def request(choice: str = "", file: FileData | None = None) -> BatchPreview:
            return BatchPreview(
                template_key=template.key,
                source_key=source.key,
                choice=choice,
                file=file,
                issued_on=self.issued_on(),
                issuer=self.issuer_edit.text().strip(),
                preprinted=self.preprinted.isChecked(),
            )

        self._invalidate()
        if source.kind == SourceKind.FILE:
            path = self.file_edit.text().strip()
            if not path:
                raise UserError(self.tr("请先选择名单文件。"))
            self._upload(Path(path), lambda file: self._preview(request(file=file)))
        elif source.kind == SourceKind.LIST:
            if self.batch_combo.currentIndex() < 0:
                raise UserError(self.tr("请选择一个名单。"))
            self._preview(request(choice=self.batch_combo.currentData()))
        else:
            self._preview(request(choice=self.text_edit.toPlainText()))

    def _upload(self, path: Path, then: Callable[[FileData], None]) -> None:
        def read(_progress: Progress) -> FileData:
            try:
                return FileData(path.name, path.read_bytes())
            except OSError as exc:
                raise UserError(
                    translate("Certificates", "无法读取文件 {path}：{reason}").format(
                        path=path, reason=exc.strerror or exc
                    )
                ) from None

        self.ctx.tasks.run(self, self.tr("正在读取 {file}…").format(file=path.name), read, then)

    def _preview(self, request: BatchPreview) -> None:
        self.count_label.setText(self.tr("正在读取名单…"))
        self.ctx.tasks.run_job(
            self,
            self.tr("正在读取名单并生成预览…"),
            certs.PREVIEW_BATCH,
            request,
            self.loaded,
            self._not_loaded,
        )

    def _not_loaded(self, error: BaseException) -> None:
        self.count_label.setText(self.tr("尚未读取名单"))
        show_error(self, error)

    @guarded
    def loaded(self, previewed: BatchPreviewed) -> None:
        self.previewed = previewed
        fill_table(self.table, previewed.headers, previewed.rows)
        for col in range(self.table.columnCount()):
            self.table.setColumnWidth(col, min(self.table.columnWidth(col), WIDEST_COLUMN))
        self.count_label.setText(
            self.tr("共 {n} 人；右侧为全部证书的预览（编号为预计编号，正式发证时分配）").format(
                n=previewed.count
            )
        )
        self.preview.show_pdf(
            previewed.pdf,
            self.tr("预览：共 {n} 份（带“样张”水印，不能作证书使用）").format(n=previewed.count),
        )
        self.issue_button.setEnabled(previewed.count > 0)

    def _show_row(self, row: int) -> None:
        self.preview.show_page(row)

    # Issuing -----------------------------------------------------------------------------------------
    @guarded
    def issue(self) -> None:
        previewed = self.previewed
        if previewed is None:
            raise UserError(self.tr("请先读取名单。"))
        template = self.template()
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        suggested = Path(folder) / f"{template.name}-{self.issued_on():%Y%m%d}.pdf"
        target = choose_target(self, self.tr("保存证书 PDF"), str(suggested), pdf())
        if target is None:
            return
        if target.suffix.lower() != ".pdf":
            target = target.with_name(target.name + ".pdf")
        people: Path | None = None
        if self.per_person.isChecked():
            chosen = QFileDialog.getExistingDirectory(
                self, self.tr("每人一份 PDF 保存到"), str(target.parent)
            )
            if not chosen:
                return
            people = Path(chosen)
        if not confirm(
            self,
            self.tr("将发放 {n} 份“{template}”，分配正式编号并记入登记簿。确定吗？").format(
                n=previewed.count, template=template.name
            ),
        ):
            return
        request = IssueBatch(
            upload=previewed.upload,
            issued_on=self.issued_on(),
            issuer=self.issuer_edit.text().strip(),
            preprinted=self.preprinted.isChecked(),
            per_person=people is not None,
        )

        def issue_now(_writable: object) -> None:
            self.ctx.tasks.run_job(
                self,
                self.tr("正在生成并登记证书…"),
                certs.ISSUE_BATCH,
                request,
                lambda issued: self._save(issued, target, people),
            )

        # Refused before any number is taken if the file cannot be written (open in a reader).
        self.ctx.tasks.run(
            self, self.tr("正在检查…"), lambda _p: check_writable(target), issue_now, show_progress=False
        )

    def _save(self, issued: Issued, target: Path, people: Path | None) -> None:
        self.previewed = None
        self.issue_button.setEnabled(False)
        self.issued.emit()  # the register holds them now, whatever happens to the files

        def write(_progress: Progress) -> Path:
            try:
                _write(target, issued.file.content)
                if people is not None:
                    people.mkdir(parents=True, exist_ok=True)
                    for one in issued.per_person:
                        _write(people / one.name, one.content)
            except OSError as exc:
                raise UserError(
                    translate(
                        "Certificates",
                        "证书已登记（{first} 至 {last}），但文件没能保存：{reason}。请在登记簿中选中后补打。",
                    ).format(first=issued.first_number, last=issued.last_number, reason=exc.strerror or exc)
                ) from None
            return target

        def saved(path: Path) -> None:
            self.preview.show_pdf(
                issued.file,
                self.tr("已发证：{first} 至 {last}，共 {n} 份").format(
                    first=issued.first_number, last=issued.last_number, n=issued.count
                ),
                saved_at=path,
            )
            info(
                self,
                self.tr(
                    "已发放 {n} 份证书，编号 {first} 至 {last}。\n文件：{path}\n可在右侧直接打印。"
                ).format(n=issued.count, first=issued.first_number, last=issued.last_number, path=path),
            )

        def not_saved(error: BaseException) -> None:
            # The certificates exist: show them anyway, so they can be printed or saved elsewhere.
            self.preview.show_pdf(issued.file)
            show_error(self, error)

        self.ctx.tasks.run(self, self.tr("正在保存证书文件…"), write, saved, not_saved)


def check_writable(path: Path) -> None:
    """Refuse before any work when the PDF is open in a viewer that locks it (Windows)."""
    existed = path.exists()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with open(path, "ab"):
            pass
    except OSError as exc:
        raise UserError(
            translate(
                "Certificates", "无法写入文件 {path}：{reason}。如果它正在 PDF 阅读器中打开，请先关闭。"
            ).format(path=path, reason=exc.strerror or exc)
        ) from None
    if not existed:
        path.unlink(missing_ok=True)


def _write(path: Path, content: bytes) -> None:
    """Replace ``path`` only once the new file is complete."""
    partial = path.with_name(f".{path.name}.part")
    partial.write_bytes(content)
    partial.replace(path)
