"""Money as integer fen (分). Never float: sums of claims must be exact years later."""

# Imports inside functions: the importer package (spreadsheet readers, ~60 ms) loads only when yuan
# are parsed.

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from unionoffice.foundation.errors import ValidationError
from unionoffice.foundation.i18n import translate


@dataclass(frozen=True, order=True)
class Money:
    """An amount in fen with yuan formatting and exact arithmetic."""

    fen: int

    @classmethod
    def from_yuan(cls, value: str | int | Decimal) -> Money:
        """Yuan as typed by a person; the same rules as the spreadsheet importer's money column."""
        if isinstance(value, float):  # floats have already lost exactness
            raise TypeError("Money.from_yuan does not accept float")
        from unionoffice.foundation.importer.errors import CellError
        from unionoffice.foundation.importer.parsers import money_parser

        try:
            return cls(money_parser(allow_negative=True)(str(value)))
        except CellError as error:
            raise ValidationError(
                translate("Money", "金额“{text}”格式不正确：{reason}").format(
                    text=value, reason=error.message
                )
            ) from None

    @property
    def yuan(self) -> Decimal:
        return (Decimal(self.fen) / 100).quantize(Decimal("0.01"))

    def __add__(self, other: Money) -> Money:
        return Money(self.fen + other.fen)

    def __sub__(self, other: Money) -> Money:
        return Money(self.fen - other.fen)

    def __neg__(self) -> Money:
        return Money(-self.fen)

    def times_ratio(self, ratio: Decimal) -> Money:
        """Multiply by a ratio such as Decimal('0.60'), rounding half up to the fen."""
        return Money(int((Decimal(self.fen) * ratio).to_integral_value(ROUND_HALF_UP)))

    def format(self, symbol: bool = False) -> str:
        sign = "-" if self.fen < 0 else ""
        text = f"{sign}{abs(self.yuan):,.2f}"
        return f"¥{text}" if symbol else text

    def __str__(self) -> str:
        return self.format()


def format_fen(fen: int | None) -> str:
    return "" if fen is None else Money(fen).format()


ZERO = Money(0)


def allocate(total_fen: int, weights: Sequence[int]) -> list[int]:
    """``total_fen`` split in proportion to ``weights`` (non-negative, not all zero), exact to the
    fen: each part is rounded down, and the fen left over (fewer than the parts) go one each to
    the parts that lost the most by rounding; equal losses favour the earlier part.

    1,000.00 yuan in three equal parts → 333.34, 333.33, 333.33.
    """
    whole = sum(weights)
    if whole <= 0 or any(w < 0 for w in weights):
        raise ValueError("weights must be non-negative and not all zero")
    parts = [total_fen * w // whole for w in weights]
    lost = [total_fen * w - part * whole for w, part in zip(weights, parts, strict=True)]
    order = sorted(range(len(weights)), key=lambda i: (-lost[i], i))
    for i in order[: total_fen - sum(parts)]:
        parts[i] += 1
    return parts
