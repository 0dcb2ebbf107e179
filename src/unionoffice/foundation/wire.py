"""How contract data and refusals travel: MessagePack through msgspec, typed on both ends.

The in-process backend uses the same encoding as the server, so a screen sees exactly what it
would see over the network, and anything that is not plain data (an ORM object, a session) fails
to encode at once instead of leaking into a view.

Refusals (``UserError`` and its kinds) cross as an envelope and are raised again on the client
with the same class, message, field problems and conflict details. Anything else is a bug on the
server: the client gets an ``InternalError`` naming the incident, never a traceback.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, TypeVar

import msgspec

from unionoffice.foundation.errors import (
    ConcurrentEditError,
    DatabaseBusy,
    DatabaseUnavailable,
    FieldProblem,
    NotFound,
    PermissionDenied,
    UserError,
    ValidationError,
)
from unionoffice.foundation.i18n import translate
from unionoffice.foundation.progress import Cancelled

T = TypeVar("T")
E = TypeVar("E", bound=type[UserError])


def _plain(value: Any) -> Any:
    """Types msgspec does not know by name travel as their base value: text that the services
    keep as a ``str`` subclass (an opened encrypted value) goes as plain text."""
    if isinstance(value, str):
        return str.__str__(value)
    raise NotImplementedError(f"cannot encode {type(value).__name__}")


_encoder = msgspec.msgpack.Encoder(enc_hook=_plain)


def encode(value: Any) -> bytes:
    return _encoder.encode(value)


def decode(data: bytes, kind: type[T]) -> T:
    return msgspec.msgpack.decode(data, type=kind)


class InternalError(Exception):
    """The services failed in a way no rule explains (a bug); nothing was written."""


class NotSignedIn(UserError):
    """No session, or it ended (signed out, expired, account deactivated or its role changed)."""


@dataclass(frozen=True)
class Envelope:
    """A refusal on the wire."""

    kind: str
    message: str
    problems: list[FieldProblem] = field(default_factory=list)
    data: dict[str, Any] = field(default_factory=dict)


_KINDS: dict[str, type[UserError]] = {}


def wire_error(kind: str) -> Callable[[E], E]:
    """Register a ``UserError`` subclass so it arrives on the client as itself. A class with extra
    attributes gives ``wire_data() -> dict`` and ``from_wire(message, data)``."""

    def register(cls: E) -> E:
        _KINDS[kind] = cls
        cls.wire_kind = kind  # type: ignore[attr-defined]  # set on the class registered here
        return cls

    return register


for _kind, _cls in {
    "user": UserError,
    "permission": PermissionDenied,
    "not_found": NotFound,
    "busy": DatabaseBusy,
    "unavailable": DatabaseUnavailable,
    "cancelled": Cancelled,
    "not_signed_in": NotSignedIn,
}.items():
    wire_error(_kind)(_cls)


def envelope_of(error: BaseException) -> Envelope:
    if isinstance(error, ValidationError):
        return Envelope("validation", str(error), list(error.problems))
    if isinstance(error, ConcurrentEditError):
        data = {
            "entity": error.entity,
            "entity_id": None if error.entity_id is None else str(error.entity_id),
            "changed_by": error.changed_by,
            "changed_at": error.changed_at,
            "current": error.current,
            "proposed": error.proposed,
            "labels": error.labels,
        }
        return Envelope("conflict", str(error), data=data)
    if isinstance(error, UserError):
        kind = getattr(type(error), "wire_kind", "user")
        wire_data = getattr(error, "wire_data", None)
        return Envelope(kind, str(error), data=wire_data() if callable(wire_data) else {})
    return Envelope("internal", translate("Wire", "服务端发生意外错误，操作没有完成，数据没有被修改。"))


def error_of(envelope: Envelope) -> BaseException:
    if envelope.kind == "validation":
        return ValidationError(envelope.problems or envelope.message)
    if envelope.kind == "conflict":
        return ConcurrentEditError(envelope.message, **envelope.data)
    if envelope.kind == "cancelled":
        return Cancelled()
    cls = _KINDS.get(envelope.kind)
    if cls is None:
        return InternalError(envelope.message)
    from_wire = getattr(cls, "from_wire", None)
    if callable(from_wire):
        error: BaseException = from_wire(envelope.message, envelope.data)
        return error
    return cls(envelope.message)


@dataclass(frozen=True)
class Reply:
    """One answer: the encoded result, or a refusal."""

    ok: bytes | None = None
    error: Envelope | None = None


def encode_reply(reply: Reply) -> bytes:
    return _encoder.encode(reply)


def decode_reply(data: bytes) -> Reply:
    return msgspec.msgpack.decode(data, type=Reply)


def unwrap(reply: Reply, kind: type[T]) -> T:
    if reply.error is not None:
        raise error_of(reply.error)
    assert reply.ok is not None
    return decode(reply.ok, kind)
