"""ReportLab TrueType font whose ToUnicode CMap is right for characters beyond U+FFFF.

ReportLab writes every ToUnicode destination as four hex digits (``<%04X>``), so 𠮷 (U+20BB7)
comes out as ``<20BB7>``, which text extraction and search misread. PDF wants UTF-16BE there:
a surrogate pair, ``<D842DFB7>``. This subclass lets ReportLab write its objects, then replaces
the CMap text of each subset that holds such a character. It is the only place we touch
ReportLab internals; tests/core/pdf/test_tounicode.py fails if a ReportLab upgrade moves them.
"""

from __future__ import annotations

from reportlab.pdfbase.pdfdoc import PDFDocument
from reportlab.pdfbase.ttfonts import SUBSETN, TTFont


def to_unicode_cmap(font_name: str, subset: list[int]) -> str:
    """The CMap ReportLab would write, with UTF-16BE destinations (surrogates above U+FFFF)."""
    entries = [
        f"<{code:02X}> <{chr(cp).encode('utf-16-be').hex().upper()}>" for code, cp in enumerate(subset)
    ]
    return "\n".join(
        [
            "/CIDInit /ProcSet findresource begin",
            "12 dict begin",
            "begincmap",
            "/CIDSystemInfo",
            f"<< /Registry ({font_name})",
            f"/Ordering ({font_name})",
            "/Supplement 0",
            ">> def",
            f"/CMapName /{font_name} def",
            "/CMapType 2 def",
            "1 begincodespacerange",
            f"<00> <{len(subset) - 1:02X}>",
            "endcodespacerange",
            # one bfchar block may hold at most 100 entries (PDF reference, 5.9.2)
            *_bfchar_blocks(entries),
            "endcmap",
            "CMapName currentdict /CMap defineresource pop",
            "end",
            "end",
        ]
    )


def _bfchar_blocks(entries: list[str]) -> list[str]:
    lines: list[str] = []
    for i in range(0, len(entries), 100):
        block = entries[i : i + 100]
        lines += [f"{len(block)} beginbfchar", *block, "endbfchar"]
    return lines


class UnicodeTTFont(TTFont):
    """A ``TTFont`` that writes correct ToUnicode entries for supplementary-plane characters."""

    def addObjects(self, doc: PDFDocument) -> None:  # noqa: N802 - ReportLab's method name
        state = self.state.get(doc)
        subsets = [list(s) for s in state.subsets] if state is not None else []
        super().addObjects(doc)
        face = self.face
        for n, subset in enumerate(subsets):
            if max(subset, default=0) <= 0xFFFF:
                continue  # ReportLab's own CMap is right for the BMP
            base = (b"".join((SUBSETN(n), b"+", face.name, face.subfontNameX))).decode("pdfdoc")
            # KeyError here means ReportLab renamed its CMap object: update this class
            stream = doc.idToObject["toUnicodeCMap:" + base]
            stream.content = to_unicode_cmap(base, subset)
