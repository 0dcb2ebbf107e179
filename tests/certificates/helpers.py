"""Poppler and zbar tools for the certificate tests (skipped where not installed)."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest


def tool(name: str) -> str:
    path = shutil.which(name)
    if path is None:
        pytest.skip(f"{name} is not installed")
    return path


def run(*args: str | Path) -> str:
    return subprocess.run([str(a) for a in args], check=True, capture_output=True, text=True).stdout


def pdftotext(pdf: Path, page: int | None = None) -> str:
    pages = ["-f", str(page), "-l", str(page)] if page else []
    return run(tool("pdftotext"), *pages, pdf, "-")


def squeeze(text: str) -> str:
    return re.sub(r"\s+", "", text)


def pdffonts(pdf: Path) -> list[dict[str, str]]:
    lines = run(tool("pdffonts"), pdf).splitlines()
    _header, rule, *rows = lines
    cols = [(m.start(), m.end()) for m in re.finditer(r"-+", rule)]
    names = ["name", "type", "encoding", "emb", "sub", "uni", "object", "id"]
    return [{n: row[a : b + 1].strip() for n, (a, b) in zip(names, cols, strict=False)} for row in rows]


def words(pdf: Path, page: int = 1) -> list[tuple[str, float, float]]:
    """(word, xMin, yMin) in points from pdftotext -bbox."""
    html = run(tool("pdftotext"), "-bbox", "-f", str(page), "-l", str(page), pdf, "-")
    return [
        (m.group(3), float(m.group(1)), float(m.group(2)))
        for m in re.finditer(r'<word xMin="([\d.]+)" yMin="([\d.]+)"[^>]*>([^<]*)</word>', html)
    ]


def qr_texts(pdf: Path, tmp: Path) -> list[str]:
    zbar = tool("zbarimg")
    run(tool("pdftoppm"), "-png", "-r", "150", pdf, tmp / "page")
    found = []
    for png in sorted(tmp.glob("page*.png")):
        out = subprocess.run(
            [zbar, "-q", "--raw", str(png)], capture_output=True, text=True, check=False
        ).stdout
        found += [line for line in out.splitlines() if line]
    return found
