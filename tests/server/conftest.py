"""The union server in the test process, and a raw HTTP client that speaks the protocol by hand
(no ``RemoteServices``: the security tests must see exactly what goes over the wire)."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import pytest
from server_harness import RunningServer, start_server

from unionoffice.db.database import Database
from unionoffice.foundation import protocol, wire
from unionoffice.foundation.contract import Operation

BENCH = Path(__file__).resolve().parents[2] / "bench"
if str(BENCH) not in sys.path:
    sys.path.insert(0, str(BENCH))  # netproxy: the latency / round-robin / cutting proxy


@pytest.fixture
def server(db: Database, org: dict[str, int]) -> Iterator[RunningServer]:
    running = start_server(db)
    yield running
    running.stop()


@dataclass
class Raw:
    """One HTTP client, nothing of ours in between."""

    http: httpx.Client

    def call(
        self, op: Operation[Any, Any], request: object, token: str | None, **headers: str
    ) -> httpx.Response:
        if token:
            headers["Authorization"] = f"Bearer {token}"
        return self.http.post(protocol.CALL + op.name, content=wire.encode(request), headers=headers)

    def job(self, op: Operation[Any, Any], request: object, token: str) -> httpx.Response:
        return self.http.post(
            protocol.JOB + op.name, content=wire.encode(request), headers={"Authorization": f"Bearer {token}"}
        )

    def sign_in(self, username: str, password: str) -> httpx.Response:
        from unionoffice.core.auth.contract import Credentials

        return self.http.post(protocol.SIGN_IN, content=wire.encode(Credentials(username, password)))


def reply_of(response: httpx.Response) -> wire.Reply:
    if response.headers["content-type"] == protocol.STREAM_TYPE:
        reader = protocol.FrameReader()
        frames = list(reader.feed(response.content))
        return wire.decode_reply(frames[-1].reply)
    return wire.decode_reply(response.content)


@pytest.fixture
def raw(server: RunningServer) -> Iterator[Raw]:
    with httpx.Client(base_url=server.url, timeout=30) as http:
        yield Raw(http)
