"""Membership card numbers (会员证号): issued gap-free at approval, by the union's pattern.

A pattern is a row (``CardPattern``) with the date it applies from, e.g. ``HX{year}{seq:05}`` →
``HX202600017``: ``{year}`` is the approval's year, ``{seq}`` the next number of the pattern's
sequence (per year when the pattern has a year), ``{seq:05}`` pads it to five digits. Numbers come
from ``core.sequences`` inside the approving transaction: a rollback gives them back, concurrent
approvals queue on the counter row, so committed numbers have neither gaps nor duplicates.

A number typed by hand (a card issued before the app, in the form or a spreadsheet) must fit one
of the patterns and must not lie beyond what its sequence has issued: that would be a number
out of sequence, which a later approval would issue a second time.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from unionoffice.core.auth.actor import Actor
from unionoffice.core.sequences import advance_to, next_number, peek_next
from unionoffice.db.database import Database
from unionoffice.foundation.errors import FieldProblem, ValidationError
from unionoffice.foundation.i18n import translate
from unionoffice.members.models import CardPattern, Member
from unionoffice.members.perms import MembersPerm

_TOKEN = re.compile(r"\{(year|seq)(?::0?(\d+))?\}")


@dataclass(frozen=True)
class Pattern:
    id: int
    effective_from: date
    text: str

    def format(self, year: int, seq: int) -> str:
        def token(match: re.Match[str]) -> str:
            if match.group(1) == "year":
                return f"{year:04d}"
            width = int(match.group(2) or 0)
            return f"{seq:0{width}d}"

        return _TOKEN.sub(token, self.text)

    def sequence_name(self, year: int) -> str:
        per_year = "{year}" in self.text
        return f"member-card/{self.id}/{year}" if per_year else f"member-card/{self.id}"

    def match(self, number: str) -> tuple[int, int] | None:
        """(year, seq) of a number written by this pattern, or None. Without ``{year}`` the
        year is 0 (one sequence for all years)."""
        parts: list[str] = []
        position = 0
        for token in _TOKEN.finditer(self.text):
            parts.append(re.escape(self.text[position : token.start()]))
            if token.group(1) == "year":
                parts.append(r"(?P<year>\d{4})")
            else:
                width = token.group(2)
                parts.append(rf"(?P<seq>\d{{{width},}})" if width else r"(?P<seq>\d+)")
            position = token.end()
        parts.append(re.escape(self.text[position:]))
        found = re.fullmatch("".join(parts), number)
        if found is None:
            return None
        year = int(found.group("year")) if "year" in found.groupdict() else 0
        return year, int(found.group("seq"))

    @property
    def example(self) -> str:
        return self.format(date.today().year, 1)


def check_pattern(text: str) -> str | None:
    """A problem with a pattern a person typed, or None."""
    tokens = [m.group(1) for m in _TOKEN.finditer(text)]
    if tokens.count("seq") != 1 or tokens.count("year") > 1:
        return translate("Members", "规则中须有且只有一个 {seq}，最多一个 {year}，如 HX{year}{seq:05}")
    if len(Pattern(0, date.today(), text).format(9999, 10**9)) > 32:
        return translate("Members", "按此规则生成的会员证号超过 32 个字符")
    return None


def patterns(s: Session) -> list[Pattern]:
    """Every pattern, newest first."""
    rows = s.execute(
        select(CardPattern.id, CardPattern.effective_from, CardPattern.pattern).order_by(
            CardPattern.effective_from.desc()
        )
    ).all()
    return [Pattern(r.id, r.effective_from, r.pattern) for r in rows]


def pattern_on(s: Session, on: date) -> Pattern:
    for pattern in patterns(s):
        if pattern.effective_from <= on:
            return pattern
    raise ValidationError(
        FieldProblem(
            translate("Members", "会员证号"),
            translate("Members", "{on} 没有适用的会员证号规则，请先设定规则。").format(on=on.isoformat()),
        )
    )


def year_of(pattern: Pattern, on: date) -> int:
    return on.year if "{year}" in pattern.text else 0


def issue(s: Session, on: date) -> str:
    """The next card number for an approval dated ``on`` (inside the approving transaction)."""
    pattern = pattern_on(s, on)
    year = year_of(pattern, on)
    return pattern.format(on.year, next_number(s, pattern.sequence_name(year)))


def next_card(s: Session, on: date) -> str:
    """The number the next approval dated ``on`` would get (nothing is taken)."""
    pattern = pattern_on(s, on)
    return pattern.format(on.year, peek_next(s, pattern.sequence_name(year_of(pattern, on))))


class TypedCards:
    """Checks card numbers typed by hand (a form, or a spreadsheet's thousands of rows): the
    patterns and each sequence's position are read once."""

    def __init__(self, s: Session) -> None:
        self.s = s
        self.known = patterns(s)
        self._next: dict[str, int] = {}

    def sequence_problem(self, number: str) -> str | None:
        """A number no pattern writes, or one beyond what its sequence has issued."""
        for pattern in self.known:
            found = pattern.match(number)
            if found is None:
                continue
            year, seq = found
            name = pattern.sequence_name(year)
            if name not in self._next:
                self._next[name] = peek_next(self.s, name)
            upcoming = self._next[name]
            if seq < upcoming:
                return None
            issued = (
                pattern.format(year, upcoming - 1) if upcoming > 1 else translate("Members", "（尚未发号）")
            )
            return translate(
                "Members", "不连续：该号段已发到 {last}，下一个是 {next}；新会员证号由入会审批依次发放"
            ).format(last=issued, next=pattern.format(year, upcoming))
        example = self.known[0].example if self.known else ""
        return translate("Members", "不符合会员证号规则（如 {example}）").format(example=example)

    def holders(self, numbers: list[str]) -> dict[str, tuple[int, str]]:
        """Card number → (member id, name) of the members already holding them."""
        found: dict[str, tuple[int, str]] = {}
        for start in range(0, len(numbers), 900):
            for number, member_id, name in self.s.execute(
                select(Member.card_no, Member.id, Member.name).where(
                    Member.card_no.in_(numbers[start : start + 900])
                )
            ):
                if number is not None:
                    found[number] = (member_id, name)
        return found


def held_by(name: str) -> str:
    return translate("Members", "已发给 {name}").format(name=name)


def typed_problem(s: Session, number: str, member_id: int | None = None) -> str | None:
    """Why a card number typed by hand cannot be stored for ``member_id`` (None: it can)."""
    checker = TypedCards(s)
    problem = checker.sequence_problem(number)
    if problem:
        return problem
    holder = checker.holders([number]).get(number)
    if holder is not None and holder[0] != member_id:
        return held_by(holder[1])
    return None


def list_patterns(db: Database, actor: Actor) -> list[str]:
    """The patterns with their dates and the next number each would issue this year."""
    actor.require(MembersPerm.READ)
    today = date.today()
    with db.read(actor) as s:
        lines = []
        for pattern in patterns(s):
            upcoming = pattern.format(
                today.year, peek_next(s, pattern.sequence_name(year_of(pattern, today)))
            )
            lines.append(
                translate("Members", "自 {on} 起：{pattern}（下一个：{next}）").format(
                    on=pattern.effective_from.isoformat(), pattern=pattern.text, next=upcoming
                )
            )
    return lines


def set_pattern(
    db: Database, actor: Actor, text: str, effective_from: date, next_seq: int | None = None
) -> None:
    """A new pattern from ``effective_from`` on; ``next_seq`` continues numbers issued before the app."""
    actor.require(MembersPerm.CONFIGURE)
    label = translate("Members", "会员证号规则")
    problem = check_pattern(text)
    if problem:
        raise ValidationError(FieldProblem(label, problem))
    if next_seq is not None and next_seq < 1:
        raise ValidationError(FieldProblem(label, translate("Members", "下一个顺序号应为正整数")))
    with db.transaction(actor) as s:
        row = s.execute(
            select(CardPattern).where(CardPattern.effective_from == effective_from)
        ).scalar_one_or_none()
        if row is None:
            row = CardPattern(effective_from=effective_from, pattern=text)
            s.add(row)
            s.flush()
        elif row.pattern != text:  # numbers may have been issued under it: a new rule needs a new date
            raise ValidationError(
                FieldProblem(
                    label,
                    translate("Members", "{on} 起已有规则 {pattern}；新规则请用新的生效日期").format(
                        on=effective_from.isoformat(), pattern=row.pattern
                    ),
                )
            )
        if next_seq is not None:
            pattern = Pattern(row.id, effective_from, text)
            advance_to(s, pattern.sequence_name(year_of(pattern, effective_from)), next_seq)
