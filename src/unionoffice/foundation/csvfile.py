"""The one CSV writer: every CSV the app writes goes through ``write_csv``.

Spreadsheet programs treat a cell that starts with ``=``, ``+``, ``-`` or ``@`` (and, in some,
a tab or carriage return before one) as a formula, so a name typed as ``=HYPERLINK(…)`` would
run in the reader's Excel. Such text is written with a leading apostrophe, which Excel and WPS
show as plain text (OWASP "CSV injection"). Numbers stay numbers: ``-3.5`` is not a formula.
UTF-8 with a BOM, so Excel opens Chinese text correctly; the file appears only when complete.
"""

from __future__ import annotations

import csv
import os
import re
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")
_PLAIN_NUMBER = re.compile(r"^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$")


def neutralise(value: Any) -> Any:
    """``value`` as safe CSV text: formula-looking text gets a leading apostrophe."""
    if isinstance(value, str) and value.startswith(FORMULA_PREFIXES) and not _PLAIN_NUMBER.match(value):
        return "'" + value
    return value


def write_csv(path: str | os.PathLike[str], headers: Sequence[Any], rows: Iterable[Sequence[Any]]) -> None:
    target = Path(path)
    partial = target.with_name(target.name + ".part")
    try:
        with open(partial, "w", encoding="utf-8-sig", newline="") as handle:
            writer = csv.writer(handle)
            writer.writerow([neutralise(h) for h in headers])
            writer.writerows([neutralise(v) for v in row] for row in rows)
        os.replace(partial, target)
    finally:
        partial.unlink(missing_ok=True)
