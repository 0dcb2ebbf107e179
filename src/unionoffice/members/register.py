"""Who was in the register on a given day, and how it changed in a month, read from the history.

The register (在册) holds 在会 and 保留会籍 members. Every join, transfer and status change is a
line of ``member_events``, so the register of any past day is the latest line of each member on
or before it: ``register_counts`` asks that of the database (window functions, one statement).
The monthly change return (会员增减情况表) walks the same lines in Python and sorts each change
into its column (``monthly_return``); opening + joins + transfers in − transfers out −
withdrawals − deaths = closing holds by construction, and the closing equals ``register_counts``
of the month's last day (tests hold the two methods against each other).

A member without any history line (written behind the app's back; the migration gives stored
members theirs) counts from the join date at the current branch union until the status date.
"""

from __future__ import annotations

import calendar
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import and_, case, exists, func, literal, or_, select
from sqlalchemy.orm import Session

from unionoffice.core.auth.actor import Actor
from unionoffice.core.org.labels import UnitKind
from unionoffice.core.org.models import OrgUnit
from unionoffice.db.database import Database
from unionoffice.foundation.i18n import translate
from unionoffice.members.contract import MonthlyReturn, ReturnRow
from unionoffice.members.labels import IN_REGISTER, EventKind, MemberStatus
from unionoffice.members.models import Member, MemberEvent
from unionoffice.members.perms import MembersPerm

_e = MemberEvent.__table__.c
_m = Member.__table__.c
_IN = [status.value for status in IN_REGISTER]


def month_bounds(month: date) -> tuple[date, date]:
    """The first and last day of ``month``'s month."""
    first = month.replace(day=1)
    return first, first.replace(day=calendar.monthrange(first.year, first.month)[1])


def register_counts(s: Session, on: date) -> dict[int, tuple[int, int]]:
    """Branch union → (在会, 保留会籍) on ``on``, over the whole union (callers scope the result)."""
    latest = (_e.event_date.desc(), _e.id.desc())
    status_lines = (
        select(
            _e.member_id,
            _e.to_status.label("status"),
            func.row_number().over(partition_by=_e.member_id, order_by=latest).label("n"),
        )
        .where(_e.to_status.is_not(None), _e.event_date <= on)
        .subquery()
    )
    branch_lines = (
        select(
            _e.member_id,
            _e.to_branch_id.label("branch_id"),
            func.row_number().over(partition_by=_e.member_id, order_by=latest).label("n"),
        )
        .where(_e.to_branch_id.is_not(None), _e.event_date <= on)
        .subquery()
    )
    from_history = (
        select(branch_lines.c.branch_id, status_lines.c.status, func.count())
        .join(
            status_lines,
            and_(status_lines.c.member_id == branch_lines.c.member_id, status_lines.c.n == 1),
        )
        .where(branch_lines.c.n == 1, status_lines.c.status.in_(_IN))
        .group_by(branch_lines.c.branch_id, status_lines.c.status)
    )
    retained_then = and_(
        _m.status == MemberStatus.RETAINED.value, or_(_m.status_date.is_(None), _m.status_date <= on)
    )
    status_then = case(
        (retained_then, literal(MemberStatus.RETAINED.value)), else_=literal(MemberStatus.ACTIVE.value)
    )
    without_history = (
        select(_m.branch_id, status_then, func.count())
        .where(
            ~exists().where(_e.member_id == _m.id),
            _m.join_date <= on,
            or_(_m.status.in_(_IN), _m.status_date > on),
        )
        .group_by(_m.branch_id, status_then)
    )
    counts: dict[int, list[int]] = defaultdict(lambda: [0, 0])
    for statement in (from_history, without_history):
        for branch_id, status, n in s.execute(statement):
            counts[branch_id][0 if status == MemberStatus.ACTIVE else 1] += n
    return {branch: (active, retained) for branch, (active, retained) in counts.items()}


def live_counts(s: Session) -> dict[int, tuple[int, int]]:
    """Branch union → (在会, 保留会籍) as the register stands now."""
    counts: dict[int, list[int]] = defaultdict(lambda: [0, 0])
    for branch_id, status, n in s.execute(
        select(_m.branch_id, _m.status, func.count())
        .where(_m.status.in_(_IN))
        .group_by(_m.branch_id, _m.status)
    ):
        counts[branch_id][0 if status == MemberStatus.ACTIVE else 1] += n
    return {branch: (active, retained) for branch, (active, retained) in counts.items()}


# The monthly change return ---------------------------------------------------------------------
@dataclass(frozen=True)
class _Line:
    member_id: int
    kind: str
    on: date
    to_status: str | None
    to_branch_id: int | None


def _lines(s: Session, until: date) -> Iterator[_Line]:
    """Every member's history up to ``until``, member by member, oldest first; members without
    history get the lines their record implies (join, then the status change)."""
    for row in s.execute(
        select(_e.member_id, _e.kind, _e.event_date, _e.to_status, _e.to_branch_id)
        .where(_e.event_date <= until)
        .order_by(_e.member_id, _e.event_date, _e.id)
        .execution_options(yield_per=5000)
    ):
        yield _Line(*row)
    for member_id, branch_id, joined, status, status_date in s.execute(
        select(_m.id, _m.branch_id, _m.join_date, _m.status, _m.status_date)
        .where(~exists().where(_e.member_id == _m.id), _m.join_date <= until)
        .order_by(_m.id)
    ):
        yield _Line(member_id, EventKind.JOIN, joined, MemberStatus.ACTIVE, branch_id)
        changed = status_date or joined
        if status != MemberStatus.ACTIVE and changed <= until:
            yield _Line(member_id, EventKind.STATUS, changed, status, None)


@dataclass
class _Tally:
    opening: int = 0
    joins: int = 0
    transfers_in: int = 0
    transfers_out: int = 0
    withdrawals: int = 0
    expelled: int = 0
    deaths: int = 0
    closing: int = 0
    to_retained: int = 0
    from_retained: int = 0
    retained: int = 0

    def row(self, branch_id: int | None, name: str) -> ReturnRow:
        return ReturnRow(branch_id=branch_id, branch=name, **self.__dict__)


def _in_register(status: str | None, branch: int | None) -> bool:
    return status in _IN and branch is not None


@dataclass
class _Counter:
    """Sorts each change of a member's place in the register into the return's columns, for
    buckets of branch unions (one branch each, or the set the return totals)."""

    bucket_of: Callable[[int | None], Any]
    tallies: dict[Any, _Tally] = field(default_factory=lambda: defaultdict(_Tally))

    def where(self, status: str | None, branch: int | None) -> Any:
        return self.bucket_of(branch) if _in_register(status, branch) else None

    def change(
        self, kind: str, before: tuple[str | None, int | None], after: tuple[str | None, int | None]
    ) -> None:
        old, new = self.where(*before), self.where(*after)
        # In the register at all (perhaps in a branch union outside these buckets): moving between
        # buckets, or in from or out to a branch union not counted here, is a transfer.
        was_in, now_in = _in_register(*before), _in_register(*after)
        if old is not None and old == new:
            if before[0] == MemberStatus.ACTIVE and after[0] == MemberStatus.RETAINED:
                self.tallies[new].to_retained += 1
            elif before[0] == MemberStatus.RETAINED and after[0] == MemberStatus.ACTIVE:
                self.tallies[new].from_retained += 1
            return
        if old is not None:
            tally = self.tallies[old]
            if now_in or after[0] == MemberStatus.TRANSFERRED_OUT:
                tally.transfers_out += 1  # to another branch union here, or another organisation
            elif after[0] == MemberStatus.DECEASED:
                tally.deaths += 1
            else:  # 退会 or 除名 (or a status the constitution does not know: out all the same)
                tally.withdrawals += 1
                tally.expelled += after[0] == MemberStatus.EXPELLED
        if new is not None:
            tally = self.tallies[new]
            if was_in or kind == EventKind.TRANSFER_IN:
                tally.transfers_in += 1
            else:
                tally.joins += 1

    def count(self, state: tuple[str | None, int | None], attribute: str) -> None:
        bucket = self.where(*state)
        if bucket is not None:
            tally = self.tallies[bucket]
            setattr(tally, attribute, getattr(tally, attribute) + 1)
            if attribute == "closing" and state[0] == MemberStatus.RETAINED:
                tally.retained += 1


def _walk(lines: Iterable[_Line], first: date, counters: list[_Counter]) -> None:
    member: int | None = None
    state: tuple[str | None, int | None] = (None, None)
    opened = False

    def close() -> None:
        for counter in counters:
            if not opened:
                counter.count(state, "opening")
            counter.count(state, "closing")

    for line in lines:
        if line.member_id != member:
            if member is not None:
                close()
            member, state, opened = line.member_id, (None, None), False
        if line.on >= first and not opened:
            for counter in counters:
                counter.count(state, "opening")
            opened = True
        after = (line.to_status or state[0], line.to_branch_id or state[1])
        if opened:
            for counter in counters:
                counter.change(line.kind, state, after)
        state = after
    if member is not None:
        close()


def monthly_return(db: Database, actor: Actor, month: date) -> MonthlyReturn:
    """The month's change return per branch union the actor sees, and their total."""
    actor.require(MembersPerm.READ)
    first, last = month_bounds(month)
    with db.read(actor) as s:
        units = s.execute(
            select(OrgUnit.id, OrgUnit.name, OrgUnit.active)
            .where(OrgUnit.kind == UnitKind.BRANCH, actor.branch_clause(OrgUnit.id))
            .order_by(OrgUnit.sort_order, OrgUnit.id)
        ).all()
        visible = {u.id for u in units}
        by_branch = _Counter(lambda branch: branch)
        total = _Counter(lambda branch: "total" if branch in visible else None)
        _walk(_lines(s, last), first, [by_branch, total])
    rows = [
        by_branch.tallies[u.id].row(u.id, u.name)
        for u in units
        if u.active or any(by_branch.tallies[u.id].__dict__.values())
    ]
    name = (
        translate("Members", "合计")
        if not actor.is_branch_scoped
        else translate("Members", "本人所管分工会合计")
    )
    return MonthlyReturn(first, rows, total.tallies["total"].row(None, name))


def month_end_counts(s: Session, first: date, last: date) -> dict[date, dict[int, tuple[int, int]]]:
    """Branch union → (在会, 保留会籍) at the end of every month from ``first``'s to ``last``'s, in one
    walk of the history (a chart of many months, the demo's headcount history)."""
    months: list[date] = []
    month = first.replace(day=1)
    while month <= last:
        months.append(month)
        month = date(month.year + month.month // 12, month.month % 12 + 1, 1)
    end = month_bounds(months[-1])[1] if months else last
    index = {m: i for i, m in enumerate(months)}
    deltas: dict[tuple[int, int, str], int] = defaultdict(int)  # (month index, branch, status) → change

    def move(on: date, state: tuple[str | None, int | None], sign: int) -> None:
        status, branch = state
        if status in _IN and branch is not None:
            at = index.get(on.replace(day=1), 0 if on < first else None)
            if at is not None:
                deltas[(at, branch, status)] += sign

    member: int | None = None
    state: tuple[str | None, int | None] = (None, None)
    for line in _lines(s, end):
        if line.member_id != member:
            member, state = line.member_id, (None, None)
        after = (line.to_status or state[0], line.to_branch_id or state[1])
        if after != state:
            move(line.on, state, -1)
            move(line.on, after, +1)
        state = after
    running: dict[tuple[int, str], int] = defaultdict(int)
    result: dict[date, dict[int, tuple[int, int]]] = {}
    by_month: dict[int, list[tuple[int, str, int]]] = defaultdict(list)
    for (at, branch, status), change in deltas.items():
        by_month[at].append((branch, status, change))
    for i, m in enumerate(months):
        for branch, status, change in by_month.get(i, ()):
            running[(branch, status)] += change
        branches = {branch for branch, _ in running}
        result[m] = {
            b: (running[(b, MemberStatus.ACTIVE.value)], running[(b, MemberStatus.RETAINED.value)])
            for b in branches
        }
    return result
