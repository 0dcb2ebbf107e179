"""The offline exam package of one exam room: a JSON file whose payload is signed with HMAC-SHA256.

The office issues it ("issued": the paper without its answer key, the room's seats with their
versions); the room's laptop answers it ("answered": every contestant's answers, who handed in,
the laptop's station name, ``seq`` one higher at every "finish and sign"). The room key travels
on the room's key slip, never inside the file, so an answers file edited outside the exam program,
or signed for another room, fails verification. The reader trusts nothing: every field is
type-checked and sizes are bounded.
"""

from __future__ import annotations

import hashlib
import hmac
import json
from dataclasses import dataclass, replace
from typing import Any

from unionoffice.core.judging.package import canonical
from unionoffice.foundation.errors import UserError
from unionoffice.foundation.i18n import translate

FORMAT = "unionoffice.exam-package"
FORMAT_VERSION = 1
SUFFIX = ".uoexam"
MAX_BYTES = 16 * 1024 * 1024
MAX_QUESTIONS = 1_000
MAX_SEATS = 2_000
STATES = ("issued", "answered")
VERSIONS = ("A", "B")


@dataclass(frozen=True)
class PaperQuestion:
    id: int
    kind: str  # labels.QuestionKind
    stem: str
    options: tuple[str, ...]
    points_centi: int


@dataclass(frozen=True)
class ExamSeatInfo:
    bib: str
    name: str
    seat: int
    version: str  # "A" | "B"


@dataclass(frozen=True, kw_only=True)
class ExamPackage:
    contest_uid: str
    contest_name: str
    contest_year: int
    trade: str
    paper_id: int
    title: str
    minutes: int
    room_id: int
    room_number: int
    seq: int
    state: str
    issued_at: str
    signed_at: str
    station: str  # the laptop that answered ("" while issued)
    questions: tuple[PaperQuestion, ...]
    order_a: tuple[int, ...]
    order_b: tuple[int, ...]
    seats: tuple[ExamSeatInfo, ...]
    answers: tuple[tuple[str, int, str], ...] = ()  # (bib, question id, "AC" / "T" / "F")
    submitted: tuple[str, ...] = ()  # bibs who handed in
    signature: str = ""

    def order(self, version: str) -> tuple[int, ...]:
        return self.order_a if version == "A" else self.order_b

    def payload(self) -> dict[str, Any]:
        return {
            "contest": {
                "uid": self.contest_uid,
                "name": self.contest_name,
                "year": self.contest_year,
                "trade": self.trade,
            },
            "paper": {"id": self.paper_id, "title": self.title, "minutes": self.minutes},
            "room": {"id": self.room_id, "number": self.room_number},
            "seq": self.seq,
            "state": self.state,
            "issued_at": self.issued_at,
            "signed_at": self.signed_at,
            "station": self.station,
            "questions": [
                {
                    "id": q.id,
                    "kind": q.kind,
                    "stem": q.stem,
                    "options": list(q.options),
                    "points": q.points_centi,
                }
                for q in self.questions
            ],
            "versions": {"A": list(self.order_a), "B": list(self.order_b)},
            "seats": [
                {"bib": s.bib, "name": s.name, "seat": s.seat, "version": s.version} for s in self.seats
            ],
            "answers": [{"bib": b, "question": q, "answer": a} for b, q, a in self.answers],
            "submitted": list(self.submitted),
        }

    def answers_digest(self) -> str:
        """What the answers say, independent of when they were signed (idempotent re-imports)."""
        body = {"answers": sorted([list(a) for a in self.answers]), "submitted": sorted(self.submitted)}
        return hashlib.sha256(canonical(body)).hexdigest()


def sign(package: ExamPackage, key: bytes) -> ExamPackage:
    return replace(package, signature=hmac.new(key, canonical(package.payload()), hashlib.sha256).hexdigest())


def verify(package: ExamPackage, key: bytes) -> bool:
    expected = hmac.new(key, canonical(package.payload()), hashlib.sha256).hexdigest()
    return hmac.compare_digest(expected, package.signature)


def dumps(package: ExamPackage) -> bytes:
    doc = {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "payload": package.payload(),
        "signature": package.signature,
    }
    return json.dumps(doc, ensure_ascii=False, indent=1).encode("utf-8")


def _bad(detail: str = "") -> UserError:
    message = translate("ExamPackage", "考场包文件已损坏、被截断或不是本系统生成的考场包。")
    return UserError(message + (f"（{detail}）" if detail else ""))


def _field(obj: Any, key: str, kind: type, limit: int = 200) -> Any:
    if not isinstance(obj, dict) or key not in obj:
        raise _bad(key)
    value = obj[key]
    if kind is int:
        if isinstance(value, bool) or not isinstance(value, int) or not -(2**31) < value < 2**31:
            raise _bad(key)
    elif not isinstance(value, kind):
        raise _bad(key)
    if isinstance(value, str) and len(value) > limit:
        raise _bad(key)
    return value


def _ints(values: Any, key: str) -> tuple[int, ...]:
    if not isinstance(values, list) or len(values) > MAX_QUESTIONS:
        raise _bad(key)
    if any(isinstance(v, bool) or not isinstance(v, int) for v in values):
        raise _bad(key)
    return tuple(values)


def loads(data: bytes) -> ExamPackage:
    """Parse and type-check; the signature is checked later, against the stored room key."""
    if len(data) > MAX_BYTES:
        raise _bad(translate("ExamPackage", "文件过大"))
    try:
        doc = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError, RecursionError):
        raise _bad() from None
    if not isinstance(doc, dict) or doc.get("format") != FORMAT:
        raise _bad()
    if doc.get("format_version") != FORMAT_VERSION:
        raise UserError(translate("ExamPackage", "考场包版本不受支持，请使用相同版本的程序。"))
    p = _field(doc, "payload", dict)
    signature = _field(doc, "signature", str, 64)
    contest, paper, room = _field(p, "contest", dict), _field(p, "paper", dict), _field(p, "room", dict)
    questions_raw, seats_raw = _field(p, "questions", list), _field(p, "seats", list)
    answers_raw, submitted_raw = _field(p, "answers", list), _field(p, "submitted", list)
    if (
        len(questions_raw) > MAX_QUESTIONS
        or len(seats_raw) > MAX_SEATS
        or len(answers_raw) > MAX_QUESTIONS * MAX_SEATS
        or len(submitted_raw) > MAX_SEATS
    ):
        raise _bad(translate("ExamPackage", "内容过多"))
    questions = []
    for q in questions_raw:
        options = _field(q, "options", list)
        if len(options) > 6 or any(not isinstance(o, str) or len(o) > 500 for o in options):
            raise _bad("options")
        questions.append(
            PaperQuestion(
                _field(q, "id", int),
                _field(q, "kind", str, 16),
                _field(q, "stem", str, 2000),
                tuple(options),
                _field(q, "points", int),
            )
        )
    seats = tuple(
        ExamSeatInfo(
            _field(s, "bib", str, 16),
            _field(s, "name", str, 64),
            _field(s, "seat", int),
            _field(s, "version", str, 1),
        )
        for s in seats_raw
    )
    if any(s.version not in VERSIONS for s in seats):
        raise _bad("version")
    answers = tuple(
        (_field(a, "bib", str, 16), _field(a, "question", int), _field(a, "answer", str, 8))
        for a in answers_raw
    )
    if any(not isinstance(b, str) or len(b) > 16 for b in submitted_raw):
        raise _bad("submitted")
    versions = _field(p, "versions", dict)
    state = _field(p, "state", str)
    if state not in STATES:
        raise _bad("state")
    return ExamPackage(
        contest_uid=_field(contest, "uid", str, 32),
        contest_name=_field(contest, "name", str),
        contest_year=_field(contest, "year", int),
        trade=_field(contest, "trade", str),
        paper_id=_field(paper, "id", int),
        title=_field(paper, "title", str),
        minutes=_field(paper, "minutes", int),
        room_id=_field(room, "id", int),
        room_number=_field(room, "number", int),
        seq=_field(p, "seq", int),
        state=state,
        issued_at=_field(p, "issued_at", str, 40),
        signed_at=_field(p, "signed_at", str, 40),
        station=_field(p, "station", str, 16),
        questions=tuple(questions),
        order_a=_ints(versions.get("A"), "A"),
        order_b=_ints(versions.get("B"), "B"),
        seats=seats,
        answers=answers,
        submitted=tuple(submitted_raw),
        signature=signature,
    )
