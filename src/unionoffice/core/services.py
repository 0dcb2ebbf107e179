"""The service side of the contract: which function answers which operation, and the one
dispatcher both backends (in-process and the server) run every call through.

A module lists the files that implement its operations in ``ModuleSpec.services``; each
function is registered with ``@implements(OPERATION)`` and receives a ``CallContext`` (the
database, the actor the dispatcher resolved, progress) and the decoded request. It returns plain
data. The dispatcher decodes, checks that the actor is signed in (unless the operation is
public), runs the function and encodes its answer or refusal. Permissions and branch scope stay
where they always were: inside the service functions, against the actor given here.
"""

from __future__ import annotations

import importlib
import logging
import random
import threading
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

import msgspec

from unionoffice.core import idempotency
from unionoffice.core.auth.actor import ANONYMOUS, Actor
from unionoffice.core.modules import all_modules
from unionoffice.db.database import Database
from unionoffice.foundation.contract import Operation
from unionoffice.foundation.errors import DatabaseBusy, DatabaseUnavailable, UserError
from unionoffice.foundation.i18n import translate
from unionoffice.foundation.progress import NO_PROGRESS, Progress
from unionoffice.foundation.wire import (
    NotSignedIn,
    Reply,
    decode,
    decode_reply,
    encode,
    encode_reply,
    envelope_of,
)

log = logging.getLogger("unionoffice.services")
ATTEMPTS = 5  # a keyed write aborted by the database (deadlock, serialization, lock wait) runs again
RETRY_PAUSE = 0.05
Req = TypeVar("Req")
Res = TypeVar("Res")

# Core's own operations (sign-in, users, organisation, audit, backups) live in these files.
CORE_SERVICES = (
    "unionoffice.core.auth.operations",
    "unionoffice.core.org.operations",
    "unionoffice.core.audit.operations",
    "unionoffice.core.calendar.operations",
)


@dataclass(frozen=True)
class CallContext:
    """What an operation's function gets besides its request."""

    db: Database
    actor: Actor
    progress: Progress = NO_PROGRESS


@dataclass(frozen=True)
class Handler(Generic[Req, Res]):
    op: Operation[Req, Res]
    function: Callable[[CallContext, Req], Res]
    public: bool  # answered without a signed-in user (sign-in itself, first-start set-up)


_handlers: dict[str, Handler[Any, Any]] = {}
_loaded = threading.Lock()
_done: list[bool] = []


def implements(
    op: Operation[Req, Res], *, public: bool = False
) -> Callable[[Callable[[CallContext, Req], Res]], Callable[[CallContext, Req], Res]]:
    def register(function: Callable[[CallContext, Req], Res]) -> Callable[[CallContext, Req], Res]:
        if op.name in _handlers and _handlers[op.name].function is not function:
            raise RuntimeError(f"operation {op.name} is implemented twice")
        _handlers[op.name] = Handler(op, function, public)
        return function

    return register


def load_all() -> None:
    """Import every file that implements operations (the server does this at start)."""
    with _loaded:
        if _done:
            return
        for name in CORE_SERVICES:
            importlib.import_module(name)
        for spec in all_modules():
            for name in spec.services:
                importlib.import_module(name)
        _done.append(True)


def handler(name: str) -> Handler[Any, Any]:
    if name not in _handlers:
        load_all()
    found = _handlers.get(name)
    if found is None:
        raise UserError(f"未知的操作：{name}")
    return found


def operations() -> dict[str, Handler[Any, Any]]:
    load_all()
    return dict(_handlers)


def call(
    db: Database,
    actor: Actor | None,
    name: str,
    body: bytes,
    progress: Progress = NO_PROGRESS,
    *,
    key: str | None = None,
) -> Reply:
    """Run one operation for ``actor`` (None: nobody signed in). Never raises for the caller: a
    refusal or a bug comes back as an envelope (bugs are logged here, with an incident id).

    ``key`` (the union server gives one to every write call): the call runs as ONE transaction
    that also stores its reply under ``key``; a repeat of the call gets the stored reply and writes
    nothing (``core.idempotency``). Such a call is run again when the database aborted it for a
    deadlock, a serialization failure or a lock wait, since none of it was written.
    """
    try:
        found = handler(name)
        if actor is None and not found.public:
            raise NotSignedIn("请先登录。")
        try:
            request = decode(body, found.op.request)
        except msgspec.DecodeError as malformed:  # a client of another version, or not ours
            raise UserError(
                translate("Services", "请求的格式与服务器不符（{detail}），请升级客户端后重试。").format(
                    detail=str(malformed)[:200]
                )
            ) from None
        context = CallContext(db, actor if actor is not None else ANONYMOUS, progress)
        if key is not None and found.op.write:
            return _once(context, found, request, key)
        return _run(context, found, request)
    except UserError as refusal:
        return Reply(error=envelope_of(refusal))
    except Exception as bug:
        incident = uuid.uuid4().hex[:8]
        log.exception("operation %s failed (incident %s)", name, incident)
        envelope = envelope_of(bug)
        return Reply(error=type(envelope)(envelope.kind, f"{envelope.message}（事件编号 {incident}）"))


def _run(context: CallContext, found: Handler[Any, Any], request: Any) -> Reply:
    """A call without a key. A read that lost its database connection is asked once more (the
    server keeps no pre-pinged pool: a restarted database leaves dead connections behind)."""
    try:
        return Reply(ok=encode(found.function(context, request)))
    except DatabaseUnavailable:
        if found.op.write:
            raise
        return Reply(ok=encode(found.function(context, request)))


def _once(context: CallContext, found: Handler[Any, Any], request: Any, key: str) -> Reply:
    db, actor, name = context.db, context.actor, found.op.name
    if not idempotency.valid_key(key):
        raise UserError(translate("Services", "请求编号无效：{key}").format(key=repr(key[:80])))
    for attempt in range(1, ATTEMPTS + 1):
        kept = idempotency.stored(db, key, actor.user_id, name)
        if kept is not None:
            return decode_reply(kept)
        try:
            with db.unit_of_work(actor) as unit:
                if not idempotency.claim(unit, key, actor.user_id, name):
                    continue  # a copy of this call committed while this one waited: its reply
                reply = Reply(ok=encode(found.function(context, request)))
                idempotency.keep(unit, key, encode_reply(reply))
            return reply
        except (DatabaseBusy, DatabaseUnavailable):
            if attempt == ATTEMPTS:
                raise
            # Randomised, growing pause so the two losers of a deadlock do not collide again.
            time.sleep(RETRY_PAUSE * attempt * (0.5 + random.random()))
    raise DatabaseBusy(translate("Services", "数据库正忙，本次操作没有保存。请稍后重试。"))
