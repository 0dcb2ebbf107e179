"""A form whose own problems (text that is not a date) are shown together with the services'."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from unionoffice.foundation.errors import FieldProblem, ValidationError
from unionoffice.ui.widgets.form_dialog import FormDialog


class CheckedForm(FormDialog):
    """GUI thread. When the form finds problems itself, the services are asked to check the rest
    (the request's ``check_only``, nothing written), so the clerk sees every problem at once."""

    def save(self) -> None:
        op, request, problems = self.collect()
        if not problems:
            super().save()
            return

        def checked(_result: Any) -> None:
            self.show_problems(ValidationError(problems))

        def refused(error: BaseException) -> None:
            if not isinstance(error, ValidationError):
                checked(None)
                return
            seen = {p.field for p in problems}
            theirs: list[FieldProblem] = [p for p in error.problems if p.field not in seen]
            self.show_problems(ValidationError(problems + theirs))

        self.ctx.calls.fetch(self, op, replace(request, check_only=True), checked, refused)
