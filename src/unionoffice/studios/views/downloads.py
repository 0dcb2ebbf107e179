"""Downloads the studio screens share: an import template saved where the clerk says."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from unionoffice.foundation.contract import Empty, FileData, Operation
from unionoffice.foundation.i18n import translate
from unionoffice.ui.context import AppContext
from unionoffice.ui.messages import info
from unionoffice.ui.widgets.files import choose_target, save_download


def save_template(ctx: AppContext, parent: QWidget, op: Operation[Empty, FileData], suggested: str) -> None:
    target = choose_target(parent, translate("StudiosViews", "保存导入模板"), suggested)
    if target is None:
        return
    ctx.calls.fetch(
        parent,
        op,
        Empty(),
        lambda file: save_download(
            ctx,
            parent,
            file,
            target,
            lambda path: info(parent, translate("StudiosViews", "模板已保存：{path}").format(path=path)),
        ),
    )
