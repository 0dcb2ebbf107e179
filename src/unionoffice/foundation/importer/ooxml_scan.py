"""A quick pass over an .xlsx/.xlsm sheet before calamine loads it.

calamine allocates the whole rectangle spanned by the cells that hold values, in one block,
and aborts the process (no Python exception) when that fails: one stray value in cell
XFD1048576 is enough. This scan finds the rectangle first so we can refuse such files.
It also records formula error cells (#REF!, ...), which python-calamine hands back as ''.
Streaming in chunks keeps memory bounded; the common case uses two simple regexes that run
in C (about a quarter of calamine's own read time).
"""

from __future__ import annotations

import html
import posixpath
import re
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import IO

_CHUNK = 4 * 1024 * 1024
_MAX_XML_BYTES = 1024 * 1024 * 1024  # decompressed; a real 200,000-row sheet is far smaller
# Zip members, checked before any reader inflates them. What Excel, WPS and openpyxl write
# compresses 2-20 times (a 100,000-row sheet: 42 MB of XML in 3.7 MB); a 400 KB file whose
# shared-strings part inflated 1,000 times took 1.6 GiB to read (issue #17).
MAX_MEMBER_BYTES = 512 * 1024 * 1024
MAX_TOTAL_BYTES = 1024 * 1024 * 1024
MAX_RATIO = 100
_RATIO_FROM = 1024 * 1024  # small parts may compress better; they cannot cost much

_CELL_LETTERS = re.compile(rb'<c r="([A-Z]{1,3})[0-9]')
_ROW_R = re.compile(rb'<row r="([0-9]{1,7})"')
_IRREGULAR = re.compile(rb'<(?:c|row)(?:>|/>|\s(?!r="))')  # a row or cell without r="" first
_WIDE = re.compile(rb'<c r="[A-Z][A-Z]')
_PREFIXED = re.compile(rb"<\w+:sheetData\b")
_ERROR_CELL = re.compile(rb'<(?:\w+:)?c\s[^>]*?\bt="e"[^>]*?(?<!/)>')
_REF = re.compile(rb'\br="([A-Z]{1,3})([0-9]{1,7})"')
_VALUE = re.compile(rb"<(?:\w+:)?v>([^<]{0,64})<")
_TOKEN = re.compile(rb"<(?:\w+:)?(row|c)(\s[^>]*?)?(/?)>")
_ROW_NUMBER = re.compile(rb'\br="([0-9]{1,7})"')


class ScanError(Exception):
    """The package is not a readable workbook (or a sheet is absurdly large)."""


@dataclass(frozen=True)
class Inflated:
    """A zip member that would inflate beyond the limits."""

    name: str
    size: int
    compressed: int


def oversize_member(zf: zipfile.ZipFile) -> Inflated | None:
    """The first member whose uncompressed size or compression ratio is beyond the limits (also
    when all members together are too big), or None. Reads only the central directory: the
    sizes it declares are what the readers inflate to (Python's zipfile and calamine's stop there
    and fail the checksum)."""
    total = 0
    for info in zf.infolist():
        total += info.file_size
        ratio_too_high = info.file_size > _RATIO_FROM and info.file_size > MAX_RATIO * max(
            1, info.compress_size
        )
        if info.file_size > MAX_MEMBER_BYTES or ratio_too_high or total > MAX_TOTAL_BYTES:
            return Inflated(info.filename, info.file_size, info.compress_size)
    return None


@dataclass
class SheetScan:
    max_row: int = 0  # 1-based; 0 when the sheet holds no values
    max_col: int = 0  # 1-based
    errors: dict[tuple[int, int], str] = field(default_factory=dict)  # (row, col) 1-based → code
    last_row: int = 0  # where the previous piece ended, for rows without r=""
    prefixed: bool = False  # elements written as <x:c>: take the slow path throughout
    columns_bounded: bool = False  # max_col may be 26 as an upper bound rather than exact

    @property
    def cells(self) -> int:
        return self.max_row * self.max_col


def _col_number(letters: bytes) -> int:
    number = 0
    for ch in letters:
        number = number * 26 + ch - 64
    return number


def sheet_member(zf: zipfile.ZipFile, sheet_name: str) -> str | None:
    """The zip member holding the worksheet called ``sheet_name``, via workbook.xml and its rels."""
    try:
        workbook = zf.read("xl/workbook.xml")
        rels = zf.read("xl/_rels/workbook.xml.rels")
    except KeyError:
        return None
    rel_id = None
    for tag in re.findall(rb"<(?:\w+:)?sheet\s[^>]*>", workbook):
        name = re.search(rb'\bname="([^"]*)"', tag)
        if name and html.unescape(name.group(1).decode("utf-8", "replace")) == sheet_name:
            found = re.search(rb'\b\w+:id="([^"]*)"', tag)
            rel_id = found.group(1) if found else None
            break
    if rel_id is None:
        return None
    for tag in re.findall(rb"<(?:\w+:)?Relationship\s[^>]*>", rels):
        if re.search(rb'\bId="' + re.escape(rel_id) + rb'"', tag):
            target = re.search(rb'\bTarget="([^"]*)"', tag)
            if not target:
                return None
            path = html.unescape(target.group(1).decode("utf-8", "replace"))
            return (
                path.lstrip("/") if path.startswith("/") else posixpath.normpath(posixpath.join("xl", path))
            )
    return None


def _scan_piece(piece: bytes, scan: SheetScan, exact_columns: bool) -> None:
    """Fast path for what Excel, WPS, LibreOffice and openpyxl write: every <row> and <c> starts
    with its r="" reference. Counts styled empty cells too (an over-estimate, on the safe side).
    Columns are only bounded (26) unless some reference has two letters or ``exact_columns``."""
    if scan.prefixed or _IRREGULAR.search(piece) is not None:
        _scan_positional(piece, scan)
    else:
        rows = _ROW_R.findall(piece)
        if rows:
            scan.max_row = max(scan.max_row, max(map(int, rows)))
            scan.last_row = int(rows[-1])
        if exact_columns or _WIDE.search(piece) is not None:
            letters = set(_CELL_LETTERS.findall(piece))
            if letters:
                scan.max_col = max(scan.max_col, max(map(_col_number, letters)))
        elif rows:
            scan.max_col = max(scan.max_col, 26)
            scan.columns_bounded = True
    if b't="e"' in piece:
        for match in _ERROR_CELL.finditer(piece):
            ref = _REF.search(match.group(0))
            value = _VALUE.search(piece, match.end(), match.end() + 4096)
            if ref:
                key = (int(ref.group(2)), _col_number(ref.group(1)))
                scan.errors[key] = value.group(1).decode("ascii", "replace") if value else "#ERROR"


def _scan_positional(piece: bytes, scan: SheetScan) -> None:
    """Slow path, only for cells without references: walk rows and cells in order."""
    row = scan.last_row
    col = 0
    for kind, attrs, closed in _TOKEN.findall(piece):
        if kind == b"row":
            found = _ROW_NUMBER.search(attrs or b"")
            row = int(found.group(1)) if found else row + 1
            col = 0
            scan.last_row = row
            continue
        ref = _REF.search(attrs or b"")
        col = _col_number(ref.group(1)) if ref else col + 1
        if not closed:
            scan.max_row = max(scan.max_row, row)
            scan.max_col = max(scan.max_col, col)


def _pieces(stream: IO[bytes]) -> Iterator[bytes]:
    """Yield the XML in chunks cut just after a ``</row>`` (or before a ``<``), so no tag is split."""
    rest = b""
    total = 0
    while True:
        chunk = stream.read(_CHUNK)
        total += len(chunk)
        if total > _MAX_XML_BYTES:
            raise ScanError("sheet too large")
        if not chunk:
            if rest:
                yield rest
            return
        buffer = rest + chunk
        cut = buffer.rfind(b"</row>")
        cut = cut + 6 if cut >= 0 else buffer.rfind(b"<")
        if cut <= 0:
            rest = b"" if len(buffer) > _CHUNK else buffer  # long text with no tags: nothing to keep
            continue
        yield buffer[:cut]
        rest = buffer[cut:]


def _scan_once(zf: zipfile.ZipFile, member: str, exact_columns: bool) -> SheetScan:
    scan = SheetScan()
    try:
        with zf.open(member) as stream:
            for index, piece in enumerate(_pieces(stream)):
                if index == 0:
                    scan.prefixed = _PREFIXED.search(piece) is not None
                _scan_piece(piece, scan, exact_columns)
    except ScanError:
        raise
    except Exception as error:  # zlib/CRC/truncation errors from a damaged package
        raise ScanError(str(error)) from error
    return scan


def scan_sheet(zf: zipfile.ZipFile, member: str, max_cells: int) -> SheetScan:
    """Extent of the sheet's values; a second, exact pass only when the cheap bound is too big."""
    scan = _scan_once(zf, member, exact_columns=False)
    if scan.columns_bounded and scan.cells > max_cells:
        scan = _scan_once(zf, member, exact_columns=True)
    return scan
