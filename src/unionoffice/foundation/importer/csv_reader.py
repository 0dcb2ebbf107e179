"""CSV files as branch offices send them: UTF-8 (with or without BOM), GBK/GB18030 from older
Excel and WPS, UTF-16 from Excel's "Unicode text"; comma, tab, semicolon or bar separated."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator

from unionoffice.foundation.errors import UserError
from unionoffice.foundation.i18n import translate

ENCODINGS = ("utf-8-sig", "gbk", "gb18030")
DELIMITERS = (",", "\t", ";", "|")


def decode(data: bytes) -> str:
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            pass
    elif b"\x00" not in data:  # NUL never appears in a text file in these encodings
        for encoding in ENCODINGS:
            try:
                return data.decode(encoding)
            except UnicodeDecodeError:
                continue
    raise UserError(
        translate(
            "Import",
            "无法识别文件的文字编码（已尝试 UTF-8、GBK、GB18030），它可能不是文本格式的 CSV 文件；"
            "请用 Excel 或 WPS 打开后另存为 .xlsx 再导入",
        )
    )


def sniff_delimiter(text: str) -> str:
    """The candidate seen most often on the first non-empty line (the header row, usually)."""
    for line in text.splitlines()[:50]:
        if line.strip():
            counts = {d: line.count(d) for d in DELIMITERS}
            best = max(DELIMITERS, key=lambda d: counts[d])
            return best if counts[best] else ","
    return ","


def read_csv_rows(data: bytes) -> Iterator[list[str]]:
    text = decode(data)
    # The default 128 KiB field limit would turn one huge cell into a failure of the whole
    # file; the reader reports oversize cells itself. (Process-wide setting, harmless.)
    csv.field_size_limit(max(csv.field_size_limit(), 64 * 1024 * 1024))
    return csv.reader(io.StringIO(text, newline=""), delimiter=sniff_delimiter(text))
