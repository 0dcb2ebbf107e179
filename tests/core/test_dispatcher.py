"""The one dispatcher: a keyed write call runs once however often it arrives, refusals store
nothing, and a call the database aborted (deadlock, lock wait) runs again."""

from __future__ import annotations

import threading
from dataclasses import dataclass

import pytest
from factories import actor_of, add_member
from sqlalchemy import func, select

from unionoffice.core import services
from unionoffice.core.idempotency import StoredReply
from unionoffice.core.services import CallContext, implements
from unionoffice.db.database import Database
from unionoffice.foundation import wire
from unionoffice.foundation.contract import Operation, Saved
from unionoffice.foundation.errors import DatabaseBusy, UserError
from unionoffice.members.models import Member


@dataclass(frozen=True)
class Note:
    member_id: int
    text: str


ADD_NOTE = Operation("tests.add_note", Note, Saved, write=True)
FLAKY = Operation("tests.flaky", Note, Saved, write=True)
_flaky_failures: list[int] = []


@implements(ADD_NOTE)
def _add_note(ctx: CallContext, request: Note) -> Saved:
    if not request.text:
        raise UserError("备注不能为空。")
    with ctx.db.transaction(ctx.actor) as s:
        member = s.get(Member, request.member_id)
        member.notes = (member.notes or "") + request.text
    with ctx.db.read(ctx.actor) as s:  # the reply reads what the call wrote
        return Saved(request.member_id, s.get(Member, request.member_id).version)


@implements(FLAKY)
def _flaky(ctx: CallContext, request: Note) -> Saved:
    with ctx.db.transaction(ctx.actor) as s:
        member = s.get(Member, request.member_id)
        member.notes = (member.notes or "") + request.text
        if _flaky_failures and _flaky_failures[0] > 0:
            _flaky_failures[0] -= 1
            raise DatabaseBusy("deadlock")  # what db.transaction makes of a deadlock
    return Saved(request.member_id)


def _notes(db: Database, member_id: int) -> str:
    with db.read() as s:
        return s.get(Member, member_id).notes or ""


def _call(db: Database, actor, op: Operation, request: object, key: str | None) -> wire.Reply:  # type: ignore[no-untyped-def, type-arg]
    return services.call(db, actor, op.name, wire.encode(request), key=key)


def test_a_repeated_write_call_writes_once_and_gets_the_same_reply(db: Database, org: dict[str, int]) -> None:
    member_id = add_member(db, org["branch_a"], org["group_a"])
    clerk = actor_of(db, "clerk_a")
    key = "k" * 32
    first = _call(db, clerk, ADD_NOTE, Note(member_id, "甲"), key)
    again = _call(db, clerk, ADD_NOTE, Note(member_id, "甲"), key)
    assert wire.unwrap(first, Saved) == wire.unwrap(again, Saved) == Saved(member_id, 2)
    assert _notes(db, member_id) == "甲"
    _call(db, clerk, ADD_NOTE, Note(member_id, "乙"), "n" * 32)  # a new key is a new call
    assert _notes(db, member_id) == "甲乙"


def test_copies_arriving_at_once_write_once(db: Database, org: dict[str, int]) -> None:
    member_id = add_member(db, org["branch_a"], org["group_a"])
    clerk = actor_of(db, "clerk_a")
    replies: list[wire.Reply] = []
    start = threading.Barrier(4)

    def send() -> None:
        start.wait()
        replies.append(_call(db, clerk, ADD_NOTE, Note(member_id, "丙"), "c" * 32))

    threads = [threading.Thread(target=send) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    assert [r.error for r in replies] == [None] * 4
    assert len({wire.unwrap(r, Saved) for r in replies}) == 1
    assert _notes(db, member_id) == "丙"


def test_a_refused_call_stores_nothing_and_the_key_cannot_be_borrowed(
    db: Database, org: dict[str, int]
) -> None:
    member_id = add_member(db, org["branch_a"], org["group_a"])
    clerk, other = actor_of(db, "clerk_a"), actor_of(db, "clerk_b")
    refused = _call(db, clerk, ADD_NOTE, Note(member_id, ""), "r" * 32)
    assert refused.error is not None and "不能为空" in refused.error.message
    with db.read() as s:
        assert s.execute(select(func.count()).select_from(StoredReply)).scalar_one() == 0
    _call(db, clerk, ADD_NOTE, Note(member_id, "丁"), "r" * 32)
    stolen = _call(db, other, ADD_NOTE, Note(member_id, "丁"), "r" * 32)
    assert stolen.error is not None and "另一项操作" in stolen.error.message
    assert _notes(db, member_id) == "丁"


def test_a_call_the_database_aborted_runs_again_and_writes_once(db: Database, org: dict[str, int]) -> None:
    member_id = add_member(db, org["branch_a"], org["group_a"])
    _flaky_failures[:] = [2]
    reply = _call(db, actor_of(db, "clerk_a"), FLAKY, Note(member_id, "戊"), "f" * 32)
    assert reply.error is None
    assert _notes(db, member_id) == "戊"


@pytest.mark.parametrize("key", ["short", "有中文的请求编号有中文的请求编号", "x" * 65])
def test_a_malformed_key_is_refused(db: Database, org: dict[str, int], key: str) -> None:
    member_id = add_member(db, org["branch_a"], org["group_a"])
    reply = _call(db, actor_of(db, "clerk_a"), ADD_NOTE, Note(member_id, "己"), key)
    assert reply.error is not None and reply.error.kind == "user"
    assert _notes(db, member_id) == ""
