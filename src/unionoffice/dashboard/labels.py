"""How a figure is counted and written, and the report's file formats (plain Python)."""

from __future__ import annotations

from decimal import Decimal
from enum import StrEnum

from unionoffice.foundation.i18n import translate


class ValueKind(StrEnum):
    COUNT = "count"
    FEN = "fen"  # money, integer fen, written in 万元
    PERMILLE = "permille"  # a rate in tenths of a percent

    def written(self, value: int) -> str:
        if self is ValueKind.FEN:
            return translate("Dashboard", "{n} 万元").format(n=f"{Decimal(value) / 1_000_000:,.1f}")
        if self is ValueKind.PERMILLE:
            return f"{value / 10:.1f}%"
        return f"{value:,}"


class ReportFormat(StrEnum):
    PDF = "pdf"
    XLSX = "xlsx"
