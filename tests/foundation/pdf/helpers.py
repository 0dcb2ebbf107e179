"""Running the poppler and zbar command-line tools from tests."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest


def needs(tool: str) -> str:
    path = shutil.which(tool)
    if path is None:
        pytest.skip(f"{tool} is not installed")
    return path


def run(*args: str | Path) -> str:
    return subprocess.run([str(a) for a in args], check=True, capture_output=True, text=True).stdout


def pdffonts_rows(pdf: Path) -> list[dict[str, str]]:
    """pdffonts output as dicts with name, emb, sub, uni (the table is fixed-width)."""
    lines = run(needs("pdffonts"), pdf).splitlines()
    _header, rule, *rows = lines
    cols = [(m.start(), m.end()) for m in re.finditer(r"-+", rule)]
    names = ["name", "type", "encoding", "emb", "sub", "uni", "object", "id"]
    return [{n: row[a : b + 1].strip() for n, (a, b) in zip(names, cols, strict=False)} for row in rows]
