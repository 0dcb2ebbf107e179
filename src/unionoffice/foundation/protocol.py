"""How the union server and its clients talk over HTTP (``server/`` and ``client/remote.py``).

Version 1, under ``/api/v1``:

- ``POST sign-in``: body ``Credentials``; answer a ``Reply`` holding ``SignedIn`` (the session
  token, shown only here, and the ``SessionInfo``). 401 for a wrong password, 429 when throttled.
- ``POST sign-out``: ends the session of the bearer token.
- ``POST call/{operation}``: one request is one operation. Body: the request encoded by
  ``foundation.wire``; answer: an encoded ``Reply`` (a result or a refusal, HTTP 200). Every call
  carries ``Authorization: Bearer <token>`` (401 without a valid one); a write call carries
  ``Idempotency-Key``, the same on every retry of that call.
- ``POST job/{operation}``: the same, answered as a stream of frames: progress now and then, a
  beat at least every few seconds (so both ends notice a dead connection), then the reply.
  Closing the connection cancels the job (it rolls back); files travel inside the request and
  the reply (``FileData``).
- ``GET health``: what is running there (the connection test; no sign-in needed).

Frames are a 4-byte big-endian length and a MessagePack ``Frame``.
"""

from __future__ import annotations

import struct
from collections.abc import Iterator
from dataclasses import dataclass

import msgspec

from unionoffice.foundation.contract import SessionInfo

API = "/api/v1"
SIGN_IN = f"{API}/sign-in"
SIGN_OUT = f"{API}/sign-out"
HEALTH = f"{API}/health"
CALL = f"{API}/call/"  # + operation name
JOB = f"{API}/job/"  # + operation name
IDEMPOTENCY_HEADER = "Idempotency-Key"
SERVER_TIME_HEADER = "Server-Timing"  # "app;dur=<ms>": time the server spent on the call
CONTENT_TYPE = "application/vnd.unionoffice+msgpack"
STREAM_TYPE = "application/vnd.unionoffice-frames"
BEAT_SECONDS = 2.0
SERVICE = "unionoffice"


@dataclass(frozen=True)
class SignedIn:
    token: str
    session: SessionInfo


@dataclass(frozen=True)
class Health:
    service: str
    version: str
    api: int = 1


@dataclass(frozen=True)
class Frame:
    """One piece of a job's answer: ``progress`` (done/total/text), ``beat``, or ``reply``."""

    kind: str
    done: int = 0
    total: int = 0
    text: str = ""
    reply: bytes = b""


_HEADER = struct.Struct(">I")
_encoder = msgspec.msgpack.Encoder()
_decoder = msgspec.msgpack.Decoder(Frame)


def frame_bytes(frame: Frame) -> bytes:
    body = _encoder.encode(frame)
    return _HEADER.pack(len(body)) + body


class FrameReader:
    """Cuts a byte stream into frames, whatever the chunk sizes it arrives in."""

    def __init__(self) -> None:
        self._buffer = bytearray()

    def feed(self, chunk: bytes) -> Iterator[Frame]:
        self._buffer += chunk
        while len(self._buffer) >= _HEADER.size:
            (length,) = _HEADER.unpack_from(self._buffer)
            if len(self._buffer) < _HEADER.size + length:
                return
            body = bytes(self._buffer[_HEADER.size : _HEADER.size + length])
            del self._buffer[: _HEADER.size + length]
            yield _decoder.decode(body)
