"""Files to and from the services: a chosen file read for upload, a produced file saved where
the clerk says. Both run on a worker (a large workbook never freezes the window)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QWidget

from unionoffice.foundation.contract import FileData
from unionoffice.foundation.i18n import translate
from unionoffice.ui.context import AppContext


def spreadsheets() -> str:
    return translate("Files", "表格文件 (*.xlsx *.xls *.xlsm *.xlsb *.ods *.csv);;所有文件 (*)")


def xlsx() -> str:
    return translate("Files", "Excel 工作簿 (*.xlsx)")


def pdf() -> str:
    return translate("Files", "PDF 文件 (*.pdf)")


def choose_upload(parent: QWidget, title: str, filters: str | None = None) -> Path | None:
    path, _ = QFileDialog.getOpenFileName(parent, title, "", filters or spreadsheets())
    return Path(path) if path else None


def read_upload(ctx: AppContext, parent: QWidget, path: Path, then: Callable[[FileData], None]) -> None:
    """Read ``path`` on a worker, then hand its bytes to ``then`` on the GUI thread."""
    ctx.tasks.run(
        parent,
        translate("Files", "正在读取 {file}…").format(file=path.name),
        lambda _progress: FileData(path.name, path.read_bytes()),
        then,
    )


def choose_target(parent: QWidget, title: str, suggested: str, filters: str | None = None) -> Path | None:
    path, _ = QFileDialog.getSaveFileName(parent, title, suggested, filters or xlsx())
    return Path(path) if path else None


def save_download(
    ctx: AppContext, parent: QWidget, data: FileData, target: Path, then: Callable[[Path], None]
) -> None:
    """Write a produced file to ``target`` on a worker (replacing it only once complete)."""

    def write(_progress: object) -> Path:
        partial = target.with_name(target.name + ".part")
        partial.write_bytes(data.content)
        partial.replace(target)
        return target

    ctx.tasks.run(parent, translate("Files", "正在保存 {file}…").format(file=target.name), write, then)
