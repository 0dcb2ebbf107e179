"""The one CSV writer neutralises formula-looking text; nothing else in the app writes CSV."""

from __future__ import annotations

import csv
import re
from pathlib import Path

import pytest

from unionoffice.foundation.csvfile import neutralise, write_csv

SRC = Path(__file__).resolve().parents[2] / "src" / "unionoffice"


@pytest.mark.parametrize(
    "typed",
    ['=HYPERLINK("http://x","点我")', "+1+cmd|' /C calc'!A0", "-2+3", "@SUM(A1)", "\t=1+1", "\r=1+1"],
)
def test_formula_prefixes_are_written_as_text(tmp_path: Path, typed: str) -> None:
    path = tmp_path / "out.csv"
    write_csv(path, ["姓名"], [[typed]])
    with open(path, encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    assert rows[1][0] == "'" + typed
    assert not rows[1][0].startswith(("=", "+", "-", "@", "\t", "\r"))


def test_numbers_and_ordinary_text_are_unchanged() -> None:
    assert neutralise("-3.5") == "-3.5" and neutralise("+86") == "+86" and neutralise(-3) == -3
    assert neutralise("张三") == "张三" and neutralise("a=b") == "a=b" and neutralise(None) is None


def test_no_other_module_writes_csv_itself() -> None:
    writers = [
        path.relative_to(SRC).as_posix()
        for path in SRC.rglob("*.py")
        if re.search(r"csv\.(writer|DictWriter)\(", path.read_text(encoding="utf-8"))
    ]
    assert writers == ["foundation/csvfile.py"]
