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
import threading
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from unionoffice.core.auth.actor import ANONYMOUS, Actor
from unionoffice.core.modules import all_modules
from unionoffice.db.database import Database
from unionoffice.foundation.contract import Operation
from unionoffice.foundation.errors import UserError
from unionoffice.foundation.progress import NO_PROGRESS, Progress
from unionoffice.foundation.wire import NotSignedIn, Reply, decode, encode, envelope_of

log = logging.getLogger("unionoffice.services")
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
    db: Database, actor: Actor | None, name: str, body: bytes, progress: Progress = NO_PROGRESS
) -> Reply:
    """Run one operation for ``actor`` (None: nobody signed in). Never raises for the caller: a
    refusal or a bug comes back as an envelope (bugs are logged here, with an incident id)."""
    try:
        found = handler(name)
        if actor is None and not found.public:
            raise NotSignedIn("请先登录。")
        request = decode(body, found.op.request)
        context = CallContext(db, actor if actor is not None else ANONYMOUS, progress)
        return Reply(ok=encode(found.function(context, request)))
    except UserError as refusal:
        return Reply(error=envelope_of(refusal))
    except Exception as bug:
        incident = uuid.uuid4().hex[:8]
        log.exception("operation %s failed (incident %s)", name, incident)
        envelope = envelope_of(bug)
        return Reply(error=type(envelope)(envelope.kind, f"{envelope.message}（事件编号 {incident}）"))
