"""Errors a user may see. Their message is already translated, plain Chinese, and safe to show.

Views catch ``UserError`` and show ``str(error)``; anything else is a bug and goes to the
crash dialog and the log, never as a traceback in front of a clerk.
"""

from __future__ import annotations

from dataclasses import dataclass


class UserError(Exception):
    """A refusal with a message meant for the person at the keyboard."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message


class PermissionDenied(UserError):
    """The signed-in user's role or branch scope does not allow the operation."""


class NotFound(UserError):
    """The record asked for does not exist (or is outside the user's scope)."""


@dataclass(frozen=True)
class FieldProblem:
    """One problem with one field; ``row`` is the 1-based spreadsheet row when importing."""

    field: str
    message: str
    row: int | None = None

    def __str__(self) -> str:
        from unionoffice.core.i18n import translate

        if self.row is None:
            return f"{self.field}：{self.message}"
        return translate("Errors", "第 {row} 行 {field}：{message}").format(
            row=self.row, field=self.field, message=self.message
        )


class ValidationError(UserError):
    """Input that cannot be saved; lists every problem found, not only the first."""

    def __init__(self, problems: list[FieldProblem] | FieldProblem | str) -> None:
        if isinstance(problems, str):
            problems = [FieldProblem("", problems)]
        elif isinstance(problems, FieldProblem):
            problems = [problems]
        self.problems = list(problems)
        super().__init__("\n".join(p.message if not p.field and p.row is None else str(p) for p in self.problems))


class ConcurrentEditError(UserError):
    """Someone else saved the record after it was loaded (optimistic locking)."""
