"""Judge mode without Qt: a package opened on the judge's laptop plus its working copy.

Every change is written to ``<package>.work.json`` at once (temporary file, fsync, atomic
replace), so a power cut loses at most the keystroke being typed. "Finish and sign" writes a
new package with the next sequence number, signed with the judge's key.

The key stays in memory only: the working copy holds marks, never the key (a laptop left behind
must not carry what signs the judge's marks). Reopening a package asks for the key slip again.
"""

from __future__ import annotations

import hashlib
import json
import os
from dataclasses import replace
from datetime import datetime
from decimal import Decimal
from pathlib import Path

from unionoffice.core.judging import package as fmt
from unionoffice.core.judging.marks import MarkError, format_centi, parse_mark
from unionoffice.foundation.errors import UserError
from unionoffice.foundation.i18n import translate

WORK_SUFFIX = ".work.json"


def atomic_write(path: Path, data: bytes) -> None:
    partial = path.with_name(path.name + ".tmp")
    with open(partial, "wb") as handle:
        handle.write(data)
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(partial, path)


class JudgeWorkbook:
    """One judge's marking of one event. Plain Python: the judge window drives it."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        try:
            data = self.path.read_bytes()
        except OSError:
            raise UserError(
                translate("JudgeMode", "无法打开评分包“{name}”。").format(name=self.path.name)
            ) from None
        self.package = fmt.loads(data)
        self.package_digest = hashlib.sha256(data).hexdigest()
        self.work_path = self.path.with_name(self.path.name + WORK_SUFFIX)
        self.items = {i.id: i for i in self.package.items}
        self.bibs = [c.bib for c in self.package.contestants]
        self.key: bytes | None = None
        self.signed_count = 0
        self.texts: dict[tuple[str, int], str] = {(b, i): format_centi(v) for b, i, v in self.package.marks}
        self._load_work()

    # Working copy -------------------------------------------------------------------------------
    def _load_work(self) -> None:
        try:
            work = json.loads(self.work_path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return
        if not isinstance(work, dict) or work.get("package") != self.package_digest:
            return  # the working copy of another package (or a newer issue): start afresh
        try:
            # Working copies written before issue #17 held the key in clear: it is not read back,
            # and the next save drops it.
            self.signed_count = int(work.get("signed", 0))
            for cell, text in work.get("texts", {}).items():
                bib, _, item = cell.rpartition("|")
                if bib in self.bibs and int(item) in self.items and isinstance(text, str):
                    self.texts[(bib, int(item))] = text[:20]
        except (KeyError, ValueError, TypeError):
            return

    def _save(self) -> None:
        work = {
            "package": self.package_digest,
            "signed": self.signed_count,
            "texts": {f"{b}|{i}": v for (b, i), v in self.texts.items()},
        }
        atomic_write(self.work_path, json.dumps(work, ensure_ascii=False).encode("utf-8"))

    # Key ------------------------------------------------------------------------------------
    @property
    def unlocked(self) -> bool:
        return self.key is not None

    def unlock(self, key_text: str) -> None:
        key = fmt.normalise_key(key_text)
        if not fmt.verify(self.package, key):
            raise UserError(
                translate("JudgeMode", "密钥与评分包不符：请核对密钥单上的密钥，或确认评分包没有被修改。")
            )
        self.key = key
        self._save()

    # Marks ----------------------------------------------------------------------------------
    def text(self, bib: str, item_id: int) -> str:
        return self.texts.get((bib, item_id), "")

    def check(self, item_id: int, text: str) -> str | None:
        """None when ``text`` is a valid mark (or blank), else the reason."""
        if not text.strip():
            return None
        try:
            parse_mark(text, self.items[item_id].max_centi)
        except MarkError as error:
            return str(error)
        return None

    def set_text(self, bib: str, item_id: int, text: str) -> str | None:
        """Keep what was typed (valid or not) and save at once; returns the problem, if any."""
        text = text.strip()[:20]
        if text:
            self.texts[(bib, item_id)] = text
        else:
            self.texts.pop((bib, item_id), None)
        self._save()
        return self.check(item_id, text)

    def total(self, bib: str) -> Decimal:
        total = 0
        for item_id, item in self.items.items():
            text = self.texts.get((bib, item_id), "")
            if text and self.check(item_id, text) is None:
                total += parse_mark(text, item.max_centi)
        return Decimal(total) / 100

    def problems(self) -> list[str]:
        out = []
        for bib in self.bibs:
            for item_id, item in self.items.items():
                text = self.texts.get((bib, item_id), "")
                if not text:
                    out.append(
                        translate("JudgeMode", "参赛号 {bib}“{item}”未评分").format(bib=bib, item=item.name)
                    )
                elif (reason := self.check(item_id, text)) is not None:
                    out.append(
                        translate("JudgeMode", "参赛号 {bib}“{item}”：{reason}").format(
                            bib=bib, item=item.name, reason=reason
                        )
                    )
        return out

    def filled_count(self) -> int:
        return sum(1 for (b, i), v in self.texts.items() if v and self.check(i, v) is None)

    def finish(self, target: str | Path | None = None, signed_at: str = "") -> Path:
        """Write the filled package, signed; refuses while a cell is blank or invalid."""
        if self.key is None:
            raise UserError(translate("JudgeMode", "请先输入评分密钥。"))
        problems = self.problems()
        if problems:
            more = (
                translate("JudgeMode", "\n……共 {n} 处").format(n=len(problems)) if len(problems) > 10 else ""
            )
            raise UserError(
                translate("JudgeMode", "还有未完成的评分，不能签名：\n") + "\n".join(problems[:10]) + more
            )

        marks = tuple(
            (bib, item_id, parse_mark(self.texts[(bib, item_id)], item.max_centi))
            for bib in self.bibs
            for item_id, item in self.items.items()
        )
        filled = replace(
            self.package,
            state="signed",
            seq=self.package.seq + self.signed_count + 1,
            marks=marks,
            signed_at=signed_at or datetime.now().isoformat(timespec="seconds"),
        )
        filled = fmt.sign(filled, self.key)
        out = Path(target) if target else self.path.with_name(f"{self.path.stem}-已评分{fmt.SUFFIX}")
        atomic_write(out, fmt.dumps(filled))
        self.signed_count += 1
        self._save()
        return out
