"""The offline judge package: a JSON file whose payload is signed with HMAC-SHA256.

The key is per judge and event and travels on a printed key slip, never inside the file, so a
file edited outside the app (or built for another judge) fails verification. ``seq`` grows
with every "finish and sign": the office's import refuses a package older than the last one.
The reader trusts nothing: every field is type-checked, sizes are bounded.

The fields are named after a skill contest (contest, event, contestants with bibs, items); a
five-small round fills them with the round, its panel, the results with their numbers and the
criteria of its score sheet, and says so in ``kind`` (a contest's package has no ``kind`` key, so
its bytes and signature are what they always were).
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
from dataclasses import dataclass, replace
from typing import Any

from unionoffice.foundation.errors import UserError
from unionoffice.foundation.i18n import translate

FORMAT = "unionoffice.judge-package"
FORMAT_VERSION = 1
SUFFIX = ".uojudge"
MAX_BYTES = 8 * 1024 * 1024
MAX_CONTESTANTS = 5_000
MAX_ITEMS = 200
CONTEST = "contest"
FIVE_SMALL = "five_small"
KINDS = (CONTEST, FIVE_SMALL)


@dataclass(frozen=True)
class PackageItem:
    id: int
    code: str
    name: str
    kind: str
    max_centi: int


@dataclass(frozen=True)
class PackageContestant:
    bib: str
    name: str


@dataclass(frozen=True, kw_only=True)
class Package:
    contest_uid: str
    contest_name: str
    contest_year: int
    trade: str
    event_id: int
    event_name: str
    judge_id: int
    judge_name: str
    seq: int
    state: str  # issued | signed
    issued_at: str
    signed_at: str
    items: tuple[PackageItem, ...]
    contestants: tuple[PackageContestant, ...]
    marks: tuple[tuple[str, int, int], ...]  # (bib, item id, hundredths)
    signature: str = ""
    kind: str = CONTEST  # CONTEST | FIVE_SMALL: what the entries are, for judge mode's labels

    def payload(self) -> dict[str, Any]:
        doc = {
            "contest": {
                "uid": self.contest_uid,
                "name": self.contest_name,
                "year": self.contest_year,
                "trade": self.trade,
            },
            "event": {"id": self.event_id, "name": self.event_name},
            "judge": {"id": self.judge_id, "name": self.judge_name},
            "seq": self.seq,
            "state": self.state,
            "issued_at": self.issued_at,
            "signed_at": self.signed_at,
            "items": [
                {"id": i.id, "code": i.code, "name": i.name, "kind": i.kind, "max_centi": i.max_centi}
                for i in self.items
            ],
            "contestants": [{"bib": c.bib, "name": c.name} for c in self.contestants],
            "marks": [{"bib": b, "item": i, "value_centi": v} for b, i, v in self.marks],
        }
        if self.kind != CONTEST:
            doc["kind"] = self.kind
        return doc

    def marks_digest(self) -> str:
        return hashlib.sha256(canonical(sorted([list(m) for m in self.marks]))).hexdigest()


def canonical(value: Any) -> bytes:
    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode("utf-8")


def normalise_key(text: str) -> bytes:
    """Key slips show base32 in groups of four; accept any case, spaces and dashes."""
    cleaned = "".join(ch for ch in text.upper() if ch.isalnum())
    try:
        raw = base64.b32decode(cleaned + "=" * (-len(cleaned) % 8))
    except ValueError:  # binascii.Error, raised for bad padding or letters, is a ValueError
        raise UserError(translate("JudgePackage", "评分密钥格式不正确，请对照密钥单重新输入。")) from None
    if len(raw) != 20:
        raise UserError(translate("JudgePackage", "评分密钥格式不正确，请对照密钥单重新输入。"))
    return raw


def key_slip_text(key_hex: str) -> str:
    text = base64.b32encode(bytes.fromhex(key_hex)).decode()
    return "-".join(text[i : i + 4] for i in range(0, len(text), 4))


def sign(package: Package, key: bytes) -> Package:
    mac = hmac.new(key, canonical(package.payload()), hashlib.sha256).hexdigest()
    return replace(package, signature=mac)


def verify(package: Package, key: bytes) -> bool:
    expected = hmac.new(key, canonical(package.payload()), hashlib.sha256).hexdigest()
    return hmac.compare_digest(expected, package.signature)


def dumps(package: Package) -> bytes:
    doc = {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "payload": package.payload(),
        "signature": package.signature,
    }
    return json.dumps(doc, ensure_ascii=False, indent=1).encode("utf-8")


def _bad(detail: str = "") -> UserError:
    message = translate("JudgePackage", "评分包文件已损坏、被截断或不是本系统生成的评分包。")
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


def loads(data: bytes) -> Package:
    """Parse and type-check a package; the signature is checked later, against the stored key."""
    if len(data) > MAX_BYTES:
        raise _bad(translate("JudgePackage", "文件过大"))
    try:
        doc = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError, RecursionError):
        raise _bad() from None
    if not isinstance(doc, dict) or doc.get("format") != FORMAT:
        raise _bad()
    if doc.get("format_version") != FORMAT_VERSION:
        raise UserError(translate("JudgePackage", "评分包版本不受支持，请使用相同版本的程序。"))
    p = _field(doc, "payload", dict)
    signature = _field(doc, "signature", str, 64)
    contest, event, judge = _field(p, "contest", dict), _field(p, "event", dict), _field(p, "judge", dict)
    items_raw = _field(p, "items", list)
    people_raw = _field(p, "contestants", list)
    marks_raw = _field(p, "marks", list)
    if (
        len(items_raw) > MAX_ITEMS
        or len(people_raw) > MAX_CONTESTANTS
        or len(marks_raw) > MAX_ITEMS * MAX_CONTESTANTS
    ):
        raise _bad(translate("JudgePackage", "内容过多"))
    items = tuple(
        PackageItem(
            _field(i, "id", int),
            _field(i, "code", str),
            _field(i, "name", str),
            _field(i, "kind", str),
            _field(i, "max_centi", int),
        )
        for i in items_raw
    )
    people = tuple(
        PackageContestant(_field(c, "bib", str, 16), _field(c, "name", str, 64)) for c in people_raw
    )
    marks = tuple(
        (_field(m, "bib", str, 16), _field(m, "item", int), _field(m, "value_centi", int)) for m in marks_raw
    )
    state = _field(p, "state", str)
    if state not in ("issued", "signed"):
        raise _bad("state")
    kind = _field(p, "kind", str, 32) if "kind" in p else CONTEST
    if kind not in KINDS:
        raise _bad("kind")
    return Package(
        contest_uid=_field(contest, "uid", str, 32),
        contest_name=_field(contest, "name", str),
        contest_year=_field(contest, "year", int),
        trade=_field(contest, "trade", str),
        event_id=_field(event, "id", int),
        event_name=_field(event, "name", str),
        judge_id=_field(judge, "id", int),
        judge_name=_field(judge, "name", str),
        seq=_field(p, "seq", int),
        state=state,
        issued_at=_field(p, "issued_at", str, 40),
        signed_at=_field(p, "signed_at", str, 40),
        items=items,
        contestants=people,
        marks=marks,
        signature=signature,
        kind=kind,
    )
