"""Files made for a folder (judge packages, exam packages, printed papers): chosen folder, written
on a worker, each replaced only once complete."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QFileDialog, QWidget

from unionoffice.contests.contract import Files
from unionoffice.core.judging.folders import key_folder
from unionoffice.foundation.contract import Operation
from unionoffice.foundation.i18n import translate
from unionoffice.foundation.progress import Progress
from unionoffice.ui.context import AppContext
from unionoffice.ui.messages import info


def export_to_folder(
    ctx: AppContext,
    parent: QWidget,
    op: Operation[Any, Files],
    request: Any,
    title: str,
    working: str,
    done: Callable[[Files, Path], str],
) -> None:
    """Ask for a folder, run ``op`` (a job), write its files there, then say ``done(files, folder)``."""
    chosen = QFileDialog.getExistingDirectory(parent, title)
    if not chosen:
        return
    folder = Path(chosen)

    def write(files: Files) -> None:
        def save(_progress: Progress) -> Files:
            for target, batch in ((folder, files.files), (key_folder(folder), files.keys)):
                if batch:
                    target.mkdir(parents=True, exist_ok=True)
                for file in batch:
                    partial = target / (file.name + ".part")
                    partial.write_bytes(file.content)
                    partial.replace(target / file.name)
            return files

        saving = translate("ContestFiles", "正在保存到 {folder}…").format(folder=folder)
        ctx.tasks.run(parent, saving, save, lambda made: info(parent, done(made, folder)))

    ctx.tasks.run_job(parent, working, op, request, write)
