"""A form that saves through one write operation: the shape of every edit dialog.

The form collects what was typed into a request; saving sends it on a worker with the buttons
disabled (a double click never saves twice); each problem appears in red under its own field,
problems without a field in the banner; on success the dialog closes. A subclass adds its rows
with ``row`` and writes ``collect`` (and ``saved`` if it needs the result).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from unionoffice.foundation.contract import Operation
from unionoffice.foundation.errors import FieldProblem, ValidationError
from unionoffice.foundation.i18n import translate
from unionoffice.ui.context import AppContext
from unionoffice.ui.widgets.fields import error_label


class FormDialog(QDialog):
    """GUI thread; the save itself runs on a worker."""

    def __init__(self, ctx: AppContext, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.result_value: Any = None
        self.setWindowTitle(title)
        self.field_errors: dict[str, QLabel] = {}
        self.layout_ = QVBoxLayout(self)
        self.banner = error_label("banner")
        self.layout_.addWidget(self.banner)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(translate("Widgets", "保存"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(translate("Widgets", "取消"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

    def finish_layout(self) -> None:
        """Put the buttons last; call at the end of the subclass's constructor."""
        self.layout_.addWidget(self.buttons)

    def row(self, form: QFormLayout, key: str, label: str, widget: QWidget) -> QWidget:
        """Add ``widget`` under ``label`` with room for its problem below it; ``key`` is the field
        name problems use (the service's label for it)."""
        box = QWidget()
        inner = QVBoxLayout(box)
        inner.setContentsMargins(0, 0, 0, 0)
        inner.setSpacing(2)
        inner.addWidget(widget)
        error = error_label(f"error_{key}")
        inner.addWidget(error)
        form.addRow(label, box)
        self.field_errors[key] = error
        self.field_errors.setdefault(label, error)
        return box

    # What a subclass writes ------------------------------------------------------------------
    def collect(self) -> tuple[Operation[Any, Any], Any, list[FieldProblem]]:
        """The write operation, its request, and problems the form found itself."""
        raise NotImplementedError

    def saved(self, result: Any) -> None:
        self.result_value = result
        self.accept()

    def refused(self, error: BaseException) -> bool:
        """A subclass may handle a refusal itself (return True), e.g. offer a re-join."""
        return False

    # Saving -------------------------------------------------------------------------------------
    def save(self) -> None:
        try:
            op, request, problems = self.collect()
        except ValidationError as error:
            self.show_problems(error)
            return
        if problems:
            self.show_problems(ValidationError(problems))
            return
        self._busy(True)
        self.ctx.calls.fetch(self, op, request, self._done, self._failed)

    def _done(self, result: Any) -> None:
        self._busy(False)
        self.saved(result)

    def _failed(self, error: BaseException) -> None:
        self._busy(False)
        if isinstance(error, ValidationError):
            self.show_problems(error)
        elif not self.refused(error):
            from unionoffice.ui.messages import show_error  # messages loads the conflict dialog

            # A conflict offers "reload" through the nearest ``reload_after_conflict`` (a form that
            # can load what is stored now defines one; otherwise the list page behind it).
            show_error(self, error)

    def _busy(self, busy: bool) -> None:
        self.save_button.setEnabled(not busy)
        self.save_button.setText(translate("Widgets", "正在保存…") if busy else translate("Widgets", "保存"))

    def show_problems(self, error: ValidationError) -> None:
        for label in self.field_errors.values():
            label.hide()
        loose = []
        for problem in error.problems:
            target = self.field_errors.get(problem.field)
            if target is None:
                loose.append(str(problem))
                continue
            target.setText(
                problem.message if not target.isVisible() else f"{target.text()}；{problem.message}"
            )
            target.show()
        text = translate("Widgets", "请修正标红的内容后再保存。")
        if loose:
            text = "\n".join(loose) if len(loose) == len(error.problems) else text + "\n" + "\n".join(loose)
        self.banner.setText(text)
        self.banner.show()
