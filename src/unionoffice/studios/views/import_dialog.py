"""Import preview: read and check on the worker, show every problem by row, then write or not."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from unionoffice.foundation.importer import ImportMode, format_report
from unionoffice.studios.service import importing
from unionoffice.ui.context import AppContext
from unionoffice.ui.messages import guarded, info


class ImportDialog(QDialog):
    def __init__(self, ctx: AppContext, kind: str, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.kind, self.path = ctx, kind, path
        self.result: importing.ImportResult | None = None
        self.imported = 0
        self.setWindowTitle(self.tr("导入预览：{name}").format(name=path.name))
        self.resize(760, 480)
        layout = QVBoxLayout(self)
        self.summary = QLabel(self.tr("正在读取并检查……"))
        self.report = QPlainTextEdit(readOnly=True)
        self.report.setObjectName("import_report")
        layout.addWidget(self.summary)
        layout.addWidget(self.report)
        buttons = QDialogButtonBox()
        self.all_button = QPushButton(self.tr("全部导入"))
        self.valid_button = QPushButton(self.tr("只导入无误的行"))
        for button in (self.all_button, self.valid_button):
            button.setEnabled(False)
            buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.rejected.connect(self.reject)
        self.all_button.clicked.connect(lambda: self.apply(ImportMode.ALL_OR_NOTHING))
        self.valid_button.clicked.connect(lambda: self.apply(ImportMode.VALID_ROWS_ONLY))
        layout.addWidget(buttons)
        preview = importing.preview_achievements if kind == "achievements" else importing.preview_honours
        ctx.tasks.run(
            self,
            self.tr("正在检查文件……"),
            lambda progress: preview(ctx.db, ctx.actor, path, progress),
            self._previewed,
            on_failure=self._failed,
        )

    def _previewed(self, result: importing.ImportResult) -> None:
        self.result = result
        self.report.setPlainText(format_report(result.preview))
        valid = len(result.resolved)
        self.summary.setText(
            self.tr(
                "可导入 {valid} 行，有问题 {bad} 行。确认后在一个事务中写入，任何一行失败则全部不写。"
            ).format(valid=valid, bad=len(result.preview.rejected_row_numbers))
        )
        self.all_button.setEnabled(result.preview.ok and valid > 0)
        self.valid_button.setEnabled(valid > 0 and not result.preview.ok)

    def _failed(self, error: BaseException) -> None:
        self.summary.setText(self.tr("无法导入："))
        self.report.setPlainText(str(error))

    @guarded
    def apply(self, mode: ImportMode) -> None:
        assert self.result is not None
        result = self.result
        self.ctx.tasks.run(
            self,
            self.tr("正在导入……"),
            lambda progress: importing.apply_import(self.ctx.db, self.ctx.actor, result, mode),
            self._applied,
            cancellable=False,
        )

    def _applied(self, count: int) -> None:
        self.imported = count
        info(self, self.tr("已导入 {n} 行。").format(n=count))
        self.accept()
