"""Errors a user may see. Their message is already translated, plain Chinese, and safe to show.

Views catch ``UserError`` and show ``str(error)``; anything else is a bug and goes to the
crash dialog and the log, never as a traceback in front of a clerk.
"""

from __future__ import annotations

from dataclasses import dataclass

from unionoffice.foundation.i18n import translate


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
        super().__init__(
            "\n".join(p.message if not p.field and p.row is None else str(p) for p in self.problems)
        )


@dataclass(frozen=True)
class FieldDifference:
    """One field where what the clerk typed differs from what is stored now."""

    field: str
    label: str
    mine: str
    stored: str


class ConcurrentEditError(UserError):
    """Someone else saved the record after it was loaded (optimistic locking).

    Carries what the conflict dialog needs to offer "reload" and "compare": who changed the
    record and when, the record's label, its values as stored now and (when the service passed
    them) the values the clerk tried to save. Values are display text, safe to show.
    """

    def __init__(
        self,
        message: str,
        *,
        entity: str = "",
        entity_id: object = None,
        changed_by: str = "",
        changed_at: str = "",
        current: dict[str, str] | None = None,
        proposed: dict[str, str] | None = None,
        labels: dict[str, str] | None = None,
    ) -> None:
        super().__init__(message)
        self.entity = entity
        self.entity_id = entity_id
        self.changed_by = changed_by
        self.changed_at = changed_at
        self.current = dict(current or {})
        self.proposed = dict(proposed or {})
        self.labels = dict(labels or {})

    def differences(self) -> list[FieldDifference]:
        """Fields the clerk meant to save that now hold something else (what "compare" lists)."""
        keys = self.proposed.keys() if self.proposed else ()
        return [
            FieldDifference(key, self.labels.get(key, key), self.proposed[key], self.current.get(key, ""))
            for key in keys
            if self.proposed[key] != self.current.get(key, "")
        ]


class DatabaseBusy(UserError):
    """The server gave up on a transaction (deadlock, serialization failure, lock timeout).

    Nothing was written; trying again usually works. ``db.retry.run_transaction`` does so itself.
    """


class DatabaseUnavailable(UserError):
    """The database server could not be reached or dropped the connection."""
