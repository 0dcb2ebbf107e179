"""What a clerk sees before an import writes anything, as plain data for the one preview dialog.

Every module's import check answers with an ``ImportPreviewData``: the problems by row and field,
the rows that would be added (shown as the module chooses), the changes to existing records and
the counts. ``upload`` names the staged file that the confirmation then applies.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from unionoffice.foundation.errors import FieldProblem

SHOWN_ROWS = 1000  # rows a preview lists per tab; the full problem list exports


@dataclass(frozen=True)
class FieldChange:
    field: str
    before: str
    after: str


@dataclass(frozen=True)
class UpdatePreview:
    row_number: int
    name: str
    changes: tuple[FieldChange, ...]


@dataclass(frozen=True, kw_only=True)
class ImportPreviewData:
    upload: str
    source: str
    total_rows: int
    problems: list[FieldProblem]
    rejected_rows: int
    new_count: int
    new_headers: list[str] = field(default_factory=list)
    new_rows: list[list[str]] = field(default_factory=list)  # the first SHOWN_ROWS, as shown
    updates: list[UpdatePreview] = field(default_factory=list)  # the first SHOWN_ROWS
    update_count: int = 0
    unchanged: int = 0
    notes: list[str] = field(default_factory=list)
    ignored_columns: list[str] = field(default_factory=list)

    @property
    def writable(self) -> int:
        return self.new_count + self.update_count


@dataclass(frozen=True)
class ImportApply:
    """The clerk's confirmation: apply the staged file, all or nothing or the valid rows only."""

    upload: str
    mode: str  # ImportMode value


@dataclass(frozen=True)
class ImportOutcome:
    inserted: int
    updated: int = 0
    rejected: int = 0
