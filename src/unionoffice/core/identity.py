"""Resident identity numbers (GB 11643-1999). Interim: the importer branch brings the full validator."""

from __future__ import annotations

from datetime import date

WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
CHECK_DIGITS = "10X98765432"


def check_digit(first17: str) -> str:
    return CHECK_DIGITS[sum(int(d) * w for d, w in zip(first17, WEIGHTS, strict=True)) % 11]


def generate_id_number(region: str, birth_date: date, seq: int, gender: str) -> str:
    order = seq % 500 * 2 + (1 if gender == "M" else 0)
    body = f"{region}{birth_date:%Y%m%d}{order:03d}"
    return body + check_digit(body)


def mask_id_number(number: str) -> str:
    return number[:6] + "*" * 8 + number[-4:] if len(number) == 18 else number
