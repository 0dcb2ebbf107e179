"""The real-name system's code lists (民族, 政治面貌, 户籍类型, 用工形式), kept as data.

Each list is a file in ``resources/codes/`` naming its standard and, per code, the name shown and
the spellings clerks and HR sheets use (汉 / 汉族 / 01 / 1). The register stores the code; forms
and lists show the name; the upload export writes the code.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from enum import StrEnum
from functools import lru_cache

from unionoffice.foundation.i18n import translate
from unionoffice.foundation.importer.normalize import remove_spaces
from unionoffice.foundation.paths import resources_dir


class CodeKind(StrEnum):
    ETHNICITY = "ethnicity"
    POLITICAL_STATUS = "political_status"
    HUKOU_TYPE = "hukou_type"
    EMPLOYMENT_FORM = "employment_form"


@dataclass(frozen=True)
class CodeList:
    kind: CodeKind
    title: str
    standard: str
    entries: tuple[tuple[str, str], ...]  # (code, name) in the standard's order
    _lookup: dict[str, str] = field(default_factory=dict, repr=False, compare=False)

    def name(self, code: str | None) -> str:
        """The name of ``code`` ("" for none; the code itself if the list no longer has it)."""
        if not code:
            return ""
        return dict(self.entries).get(code, code)

    def parse(self, text: object) -> str | None:
        """The code a cell or a typed value means, or None when the list has no such value."""
        key = _key(text)
        if not key:
            return None
        found = self._lookup.get(key)
        if found is None and key.isdigit():  # 1 for 01: Excel drops leading zeros of numbers
            found = self._lookup.get(key.zfill(2))
        return found

    def problem(self, text: object) -> str:
        """The message for a value the list does not hold."""
        return translate("Members", "“{value}”不是{title}的标准取值（{standard}）").format(
            value=text, title=self.title, standard=self.standard
        )


def _key(text: object) -> str:
    if text is None:
        return ""
    if isinstance(text, float) and text.is_integer():
        text = int(text)
    return remove_spaces(str(text)).upper()


@lru_cache(maxsize=8)
def code_list(kind: CodeKind) -> CodeList:
    data = json.loads((resources_dir() / "codes" / f"{kind.value}.json").read_text(encoding="utf-8"))
    entries = tuple((str(c["code"]), str(c["name"])) for c in data["codes"])
    lookup: dict[str, str] = {}
    for c in data["codes"]:
        for spelling in (c["code"], c["name"], *c.get("aliases", ())):
            lookup.setdefault(_key(spelling), str(c["code"]))
    return CodeList(kind, str(data["title"]), str(data["standard"]), entries, lookup)
