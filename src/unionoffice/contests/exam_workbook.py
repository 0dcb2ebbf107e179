"""Exam mode without Qt: a room's exam package opened on a laptop, plus its working copy.

Every click is written to ``<package>.work.json`` at once (temporary file, fsync, atomic replace),
so a power cut loses nothing already chosen. The working copy also names the laptop (a random
station name made on first opening), so several laptops in one room each send their own answers
file. "Finish and sign" writes a new file with the next sequence number, signed with the room key.
"""

from __future__ import annotations

import hashlib
import json
import secrets
from dataclasses import replace
from datetime import datetime
from pathlib import Path

from unionoffice.contests import exam_package as fmt
from unionoffice.contests.exam_package import ExamSeatInfo, PaperQuestion
from unionoffice.core.judging.package import normalise_key
from unionoffice.core.judging.workbook import atomic_write
from unionoffice.foundation.errors import UserError
from unionoffice.foundation.i18n import translate

WORK_SUFFIX = ".work.json"


class ExamWorkbook:
    """One laptop's sitting of one room's paper. Plain Python: the exam window drives it."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        try:
            data = self.path.read_bytes()
        except OSError:
            raise UserError(
                translate("ExamMode", "无法打开考场包“{name}”。").format(name=self.path.name)
            ) from None
        self.package = fmt.loads(data)
        if self.package.state != "issued":
            raise UserError(translate("ExamMode", "这是已作答的答卷文件，请打开竞赛办公室下发的考场包。"))
        self.package_digest = hashlib.sha256(data).hexdigest()
        self.work_path = self.path.with_name(self.path.name + WORK_SUFFIX)
        self.questions = {q.id: q for q in self.package.questions}
        self.seats = {s.bib: s for s in self.package.seats}
        self.key: bytes | None = None
        self.station = secrets.token_hex(4)
        self.signed_count = 0
        self.answers: dict[str, dict[int, str]] = {}
        self.submitted: set[str] = set()
        self._load_work()

    # Working copy -------------------------------------------------------------------------------
    def _load_work(self) -> None:
        try:
            work = json.loads(self.work_path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            self._save()  # the station name is kept from the first opening on
            return
        if not isinstance(work, dict) or work.get("package") != self.package_digest:
            return  # the working copy of another package: start afresh
        try:
            key = bytes.fromhex(work["key"]) if work.get("key") else None
            if key is not None and fmt.verify(self.package, key):
                self.key = key
            self.station = str(work["station"])[:16]
            self.signed_count = int(work.get("signed", 0))
            for bib, chosen in work.get("answers", {}).items():
                if bib in self.seats and isinstance(chosen, dict):
                    self.answers[bib] = {
                        int(q): str(a)[:8] for q, a in chosen.items() if int(q) in self.questions
                    }
            self.submitted = {b for b in work.get("submitted", []) if b in self.seats}
        except (KeyError, ValueError, TypeError, AttributeError):
            return

    def _save(self) -> None:
        work = {
            "package": self.package_digest,
            "key": self.key.hex() if self.key else None,
            "station": self.station,
            "signed": self.signed_count,
            "answers": {bib: {str(q): a for q, a in chosen.items()} for bib, chosen in self.answers.items()},
            "submitted": sorted(self.submitted),
        }
        atomic_write(self.work_path, json.dumps(work, ensure_ascii=False).encode("utf-8"))

    # Key ----------------------------------------------------------------------------------------
    @property
    def unlocked(self) -> bool:
        return self.key is not None

    def unlock(self, key_text: str) -> None:
        key = normalise_key(key_text)
        if not fmt.verify(self.package, key):
            raise UserError(
                translate("ExamMode", "密钥与考场包不符：请核对考场密钥单上的密钥，或确认考场包没有被修改。")
            )
        self.key = key
        self._save()

    # Sitting ------------------------------------------------------------------------------------
    def paper(self, bib: str) -> list[PaperQuestion]:
        """The questions in the order of this contestant's version."""
        return [self.questions[q] for q in self.package.order(self.seat(bib).version)]

    def seat(self, bib: str) -> ExamSeatInfo:
        if bib not in self.seats:
            raise UserError(translate("ExamMode", "参赛号 {bib} 不在本考场。").format(bib=bib))
        return self.seats[bib]

    def answer(self, bib: str, question: int, chosen: str) -> None:
        """Keep the choice ("" clears it) and save at once."""
        self.seat(bib)
        if bib in self.submitted:
            raise UserError(translate("ExamMode", "参赛号 {bib} 已交卷，不能再修改答案。").format(bib=bib))
        mine = self.answers.setdefault(bib, {})
        if chosen:
            mine[question] = chosen
        else:
            mine.pop(question, None)
        self._save()

    def chosen(self, bib: str, question: int) -> str:
        return self.answers.get(bib, {}).get(question, "")

    def answered(self, bib: str) -> int:
        return sum(1 for a in self.answers.get(bib, {}).values() if a)

    def submit(self, bib: str) -> None:
        self.seat(bib)
        self.submitted.add(bib)
        self._save()

    def state(self, bib: str) -> str:
        if bib in self.submitted:
            return translate("ExamMode", "已交卷")
        return translate("ExamMode", "作答中") if self.answers.get(bib) else translate("ExamMode", "未开始")

    def still_writing(self) -> list[str]:
        """Contestants who started on this laptop but have not handed in."""
        return [bib for bib in self.seats if self.answers.get(bib) and bib not in self.submitted]

    # Finish -------------------------------------------------------------------------------------
    def finish(self, target: str | Path | None = None, signed_at: str = "") -> Path:
        """Write the answers file, signed with the room key; the office imports it."""
        if self.key is None:
            raise UserError(translate("ExamMode", "请先输入考场密钥。"))
        answered = replace(
            self.package,
            state="answered",
            seq=self.package.seq + self.signed_count + 1,
            station=self.station,
            answers=tuple(
                (bib, question, chosen)
                for bib, mine in sorted(self.answers.items())
                for question, chosen in sorted(mine.items())
                if chosen
            ),
            submitted=tuple(sorted(self.submitted)),
            signed_at=signed_at or datetime.now().isoformat(timespec="seconds"),
        )
        answered = fmt.sign(answered, self.key)
        out = (
            Path(target)
            if target
            else self.path.with_name(f"{self.path.stem}-答卷-{self.station}{fmt.SUFFIX}")
        )
        atomic_write(out, fmt.dumps(answered))
        self.signed_count += 1
        self._save()
        return out
