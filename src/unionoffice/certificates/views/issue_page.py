"""Batch issuing: choose template and source, load the list, preview every certificate, issue."""

from __future__ import annotations

import tempfile
from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, QStandardPaths, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from unionoffice.certificates import service
from unionoffice.certificates.render import RenderOptions
from unionoffice.certificates.sources import Recipient, all_sources, get_source
from unionoffice.certificates.templates import Template, list_templates
from unionoffice.certificates.views.pdf_preview import PdfPreview
from unionoffice.foundation.errors import UserError
from unionoffice.ui.context import AppContext
from unionoffice.ui.icons import icon
from unionoffice.ui.messages import confirm, guarded, info


class IssuePage(QWidget):
    issued = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.recipients: list[Recipient] = []
        self.templates: list[Template] = []
        self._scratch = tempfile.TemporaryDirectory(prefix="uo-cert-")
        form_box = QGroupBox(self.tr("发证设置"))
        form = QFormLayout(form_box)
        self.template_combo = QComboBox()
        form.addRow(self.tr("证书模板"), self.template_combo)
        self.source_combo = QComboBox()
        for source in all_sources():
            self.source_combo.addItem(source.label(), source.key)
        form.addRow(self.tr("名单来源"), self.source_combo)
        self.source_stack = QStackedWidget()
        self.batch_combo = QComboBox()
        file_row = QWidget()
        file_layout = QHBoxLayout(file_row)
        file_layout.setContentsMargins(0, 0, 0, 0)
        self.file_edit = QLineEdit()
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
        form.addRow(self.source_stack)
        self.columns_hint = QLabel()
        self.columns_hint.setWordWrap(True)
        self.columns_hint.setStyleSheet("color: #555;")
        form.addRow(self.columns_hint)
        self.date_edit = QDateEdit(QDate.currentDate())
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("yyyy-MM-dd")
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

        self.table = QTableWidget(0, 0)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.count_label = QLabel(self.tr("尚未读取名单"))
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(form_box)
        left_layout.addWidget(self.count_label)
        left_layout.addWidget(self.table, 1)
        self.preview = PdfPreview()
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(self.preview)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([460, 700])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

        self.template_combo.currentIndexChanged.connect(self._template_changed)
        self.source_combo.currentIndexChanged.connect(self._source_changed)
        self.load_button.clicked.connect(self.load_recipients)
        self.issue_button.clicked.connect(self.issue)
        self.table.currentCellChanged.connect(self._show_row)
        self.reload_templates()
        self._source_changed()

    # Choices --------------------------------------------------------------------------------
    @guarded
    def reload_templates(self) -> None:
        current = self.template_combo.currentData()
        self.templates = list_templates()
        self.template_combo.blockSignals(True)
        self.template_combo.clear()
        for t in self.templates:
            self.template_combo.addItem(icon("file-badge"), t.name, t.key)
        index = max(self.template_combo.findData(current), 0)
        self.template_combo.setCurrentIndex(index)
        self.template_combo.blockSignals(False)
        self._template_changed()

    def template(self) -> Template:
        if not self.templates:
            raise UserError(self.tr("没有可用的证书模板。"))
        return self.templates[max(self.template_combo.currentIndex(), 0)]

    def _template_changed(self) -> None:
        if not self.templates:
            return
        t = self.template()
        labels = "、".join(
            i.label + ("" if i.required and not i.default else self.tr("（可选）")) for i in t.inputs
        )
        self.columns_hint.setText(self.tr("名单需要的列：{labels}。表头可用中文列名。").format(labels=labels))
        self.text_edit.setPlaceholderText(
            self.tr("每行一人，各列用 Tab（从 Excel 复制）或逗号分隔，顺序：{labels}").format(
                labels="、".join(i.label for i in t.inputs)
            )
        )
        self.issuer_edit.setPlaceholderText(t.issuer)
        self._invalidate()

    @guarded
    def _source_changed(self) -> None:
        source = get_source(self.source_combo.currentData())
        self.source_stack.setCurrentIndex({"list": 0, "file": 1, "text": 2}[source.kind])
        if source.kind == "list" and source.batches is not None:
            self.batch_combo.clear()
            for batch in source.batches(self.ctx.db, self.ctx.actor):
                self.batch_combo.addItem(batch.label, batch.key)
        self._invalidate()

    @guarded
    def choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("选择名单文件"), "", self.tr("Excel 名单 (*.xlsx *.xls *.xlsm *.ods *.csv)")
        )
        if path:
            self.file_edit.setText(path)

    def _invalidate(self) -> None:
        self.recipients = []
        self.issue_button.setEnabled(False)
        self.table.setRowCount(0)
        self.count_label.setText(self.tr("尚未读取名单"))
        self.preview.clear()

    def _choice(self) -> tuple[str, str]:
        """(the source's argument, the label the register keeps)."""
        source = get_source(self.source_combo.currentData())
        if source.kind == "list":
            if self.batch_combo.currentIndex() < 0:
                raise UserError(self.tr("请选择一个名单。"))
            return self.batch_combo.currentData(), self.batch_combo.currentText()
        if source.kind == "file":
            path = self.file_edit.text().strip()
            if not path:
                raise UserError(self.tr("请先选择名单文件。"))
            return path, Path(path).stem
        text = self.text_edit.toPlainText()
        return text, self.tr("手工输入名单")

    def options(self) -> RenderOptions:
        return RenderOptions(preprinted=self.preprinted.isChecked())

    def issued_on(self) -> date:
        return self.date_edit.date().toPython()

    # Loading and preview -----------------------------------------------------------------------
    @guarded
    def load_recipients(self) -> None:
        template, source = self.template(), get_source(self.source_combo.currentData())
        choice, _label = self._choice()
        db, actor = self.ctx.db, self.ctx.actor
        target = Path(self._scratch.name) / f"preview-{template.key}.pdf"
        issued_on, options, issuer = self.issued_on(), self.options(), self.issuer_edit.text().strip()
        self.preview.clear()  # release the old preview file before it is rewritten (Windows locks it)

        def work(progress):  # type: ignore[no-untyped-def]
            progress.step(0, 0, self.tr("正在读取名单…"))
            people = source.recipients(db, actor, choice, template)
            service.preview_batch(db, actor, template, people, target, issued_on, options, issuer, progress)
            return people

        self.ctx.tasks.run(
            self, self.tr("正在读取名单并生成预览…"), work, lambda people: self._loaded(people, target)
        )

    def _loaded(self, people: list[Recipient], preview: Path) -> None:
        template = self.template()
        self.recipients = people
        keys = template.input_keys()
        self.table.clear()
        self.table.setColumnCount(len(keys))
        self.table.setHorizontalHeaderLabels([i.label for i in template.inputs])
        self.table.setRowCount(len(people))
        for row, person in enumerate(people):
            values = {"name": person.name, **person.fields}
            for col, key in enumerate(keys):
                self.table.setItem(row, col, QTableWidgetItem(values.get(key, "")))
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.resizeColumnsToContents()
        for col in range(self.table.columnCount()):
            self.table.setColumnWidth(col, min(self.table.columnWidth(col), 220))
        self.count_label.setText(
            self.tr("共 {n} 人；右侧为全部证书的预览（编号为预计编号，正式发证时分配）").format(n=len(people))
        )
        self.preview.load(
            preview, self.tr("预览：共 {n} 份（带“样张”水印，不能作证书使用）").format(n=len(people))
        )
        self.issue_button.setEnabled(bool(people))

    def _show_row(self, row: int) -> None:
        self.preview.show_page(row)

    # Issuing ------------------------------------------------------------------------------------
    @guarded
    def issue(self) -> None:
        if not self.recipients:
            raise UserError(self.tr("请先读取名单。"))
        template = self.template()
        _choice, label = self._choice()
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        default = str(Path(folder) / f"{template.name}-{self.issued_on():%Y%m%d}.pdf")
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("保存证书 PDF"), default, self.tr("PDF 文件 (*.pdf)")
        )
        if not path:
            return
        target = Path(path if path.lower().endswith(".pdf") else path + ".pdf")
        per_person = None
        if self.per_person.isChecked():
            chosen = QFileDialog.getExistingDirectory(
                self, self.tr("每人一份 PDF 保存到"), str(target.parent)
            )
            if not chosen:
                return
            per_person = Path(chosen)
        if not confirm(
            self,
            self.tr("将发放 {n} 份“{template}”，分配正式编号并记入登记簿。确定吗？").format(
                n=len(self.recipients), template=template.name
            ),
        ):
            return
        request = service.IssueRequest(
            template=template,
            recipients=list(self.recipients),
            source_key=self.source_combo.currentData(),
            source_label=label,
            target=target,
            issued_on=self.issued_on(),
            options=self.options(),
            per_person_dir=per_person,
            issuer=self.issuer_edit.text().strip(),
        )
        db, actor = self.ctx.db, self.ctx.actor
        self.ctx.tasks.run(
            self,
            self.tr("正在生成并登记证书…"),
            lambda progress: service.issue_batch(db, actor, request, progress),
            self._issued,
        )

    def _issued(self, result: service.IssueResult) -> None:
        self.issue_button.setEnabled(False)
        self.recipients = []
        self.preview.load(
            result.path,
            self.tr("已发证：{first} 至 {last}，共 {n} 份").format(
                first=result.first_number, last=result.last_number, n=result.count
            ),
        )
        self.issued.emit()
        info(
            self,
            self.tr("已发放 {n} 份证书，编号 {first} 至 {last}。\n文件：{path}\n可在右侧直接打印。").format(
                n=result.count, first=result.first_number, last=result.last_number, path=result.path
            ),
        )
