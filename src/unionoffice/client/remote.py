"""The services on the union server, over HTTPS (``foundation.protocol``).

One request per ``call``, on kept-alive HTTP/1.1 connections, verified against the union's own
CA only (pinned: ``ca_file``; plain HTTP is accepted for loopback addresses alone, for tests).
The session token lives in this object's memory, never on disk.

A lost connection is retried for a while (``retry_for`` seconds) and never answered from
anywhere else: there is no local copy to write to. Write calls carry an idempotency key that
stays the same on every retry, so a call whose reply was lost is not done twice. Whoever listens
(``on_state``: the status bar) hears "retrying" and "unreachable" as they happen; a call that
gives up raises ``ServerUnreachable`` with a plain message.

Calls block: the screens make them on a worker (``ui.calls``), never on the GUI thread.
"""

from __future__ import annotations

import ipaddress
import random
import socket
import ssl
import threading
import time
import uuid
from collections.abc import Callable
from enum import StrEnum
from typing import Any, TypeVar
from urllib.parse import urlsplit

import httpx

from unionoffice import __version__
from unionoffice.core.auth.contract import FIRST_ADMIN, NEEDS_SETUP, SIGN_IN, Credentials
from unionoffice.foundation import protocol, wire
from unionoffice.foundation.contract import Operation, SessionInfo
from unionoffice.foundation.errors import UserError
from unionoffice.foundation.i18n import translate
from unionoffice.foundation.progress import NO_PROGRESS, Cancelled, Progress
from unionoffice.foundation.wire import NotSignedIn, Reply

Req = TypeVar("Req")
Res = TypeVar("Res")

RETRY_FOR_SECONDS = 30.0
CONNECT_TIMEOUT = 5.0
READ_TIMEOUT = 30.0  # a quick call's answer; a job sends a beat every few seconds
_TRANSIENT_STATUS = {502, 503, 504}


class ConnectionState(StrEnum):
    CONNECTED = "connected"
    RETRYING = "retrying"  # a request failed to get through; trying again
    UNREACHABLE = "unreachable"  # gave up on a request (the next one tries again)
    SIGNED_OUT = "signed_out"  # the server ended the session (expired, account changed)


class ServerUnreachable(UserError):
    """The union server did not answer; nothing was written on this PC."""


StateListener = Callable[[ConnectionState, str], None]


def pinned_context(ca_file: str) -> ssl.SSLContext:
    """Trust only the union's CA (no system certificates) for this server."""
    try:
        return ssl.create_default_context(cafile=ca_file)
    except (OSError, ssl.SSLError) as exc:
        raise UserError(
            translate("Remote", "无法读取服务器的 CA 证书文件“{path}”：{detail}").format(
                path=ca_file, detail=exc
            )
        ) from exc


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def check_address(url: str, ca_file: str | None) -> str:
    """The server's base URL, refused when it would travel unprotected or unverified."""
    parts = urlsplit(url.strip())
    if parts.scheme not in ("https", "http") or not parts.hostname:
        raise UserError(translate("Remote", "服务器地址应形如 https://主机名:端口。"))
    if parts.scheme == "http" and not _is_loopback(parts.hostname):
        raise UserError(translate("Remote", "工会服务器必须用 https:// 连接（http 只用于本机测试）。"))
    if parts.scheme == "https" and not ca_file:
        raise UserError(translate("Remote", "请选择工会服务器的 CA 证书文件（ca.crt，由管理员提供）。"))
    return f"{parts.scheme}://{parts.netloc}"


def check_server(url: str, ca_file: str | None, timeout: float = 10.0) -> protocol.Health:
    """The connection test of the settings dialog (run it on a worker)."""
    base = check_address(url, ca_file)
    verify: ssl.SSLContext | bool = pinned_context(ca_file) if ca_file else True
    try:
        with httpx.Client(base_url=base, verify=verify, timeout=timeout) as client:
            answer = client.get(protocol.HEALTH)
            answer.raise_for_status()
            found = answer.json()
    except (httpx.HTTPError, ValueError) as exc:
        raise ServerUnreachable(
            translate("Remote", "无法连接工会服务器 {url}：{detail}").format(url=base, detail=_explain(exc))
        ) from exc
    if found.get("service") != protocol.SERVICE:
        raise UserError(translate("Remote", "{url} 不是工会办公服务器。").format(url=base))
    return protocol.Health(found["service"], str(found.get("version", "")), int(found.get("api", 1)))


def _explain(exc: BaseException) -> str:
    if isinstance(exc, httpx.ConnectTimeout | httpx.PoolTimeout):
        return translate("Remote", "连接超时")
    if isinstance(exc, httpx.ConnectError):
        text = str(exc)
        if "CERTIFICATE_VERIFY_FAILED" in text or "certificate" in text.lower():
            return translate("Remote", "服务器证书不是由所选 CA 签发的（或主机名不符）")
        return translate("Remote", "连接被拒绝或主机不可达")
    if isinstance(exc, httpx.ReadTimeout):
        return translate("Remote", "服务器长时间没有回应")
    if isinstance(exc, httpx.TransportError):
        return translate("Remote", "连接中断")
    if isinstance(exc, httpx.HTTPStatusError):
        return translate("Remote", "服务器暂时不可用（HTTP {status}）").format(
            status=exc.response.status_code
        )
    return str(exc)


class _Transient(Exception):
    """The server or a proxy in front of it said "not now" (502/503/504)."""

    def __init__(self, status: int) -> None:
        super().__init__(f"HTTP {status}")
        self.status = status


class RemoteServices:
    """Thread-safe: several workers may call at once (httpx pools the connections)."""

    kind = "remote"

    def __init__(
        self,
        url: str,
        ca_file: str | None = None,
        *,
        retry_for: float = RETRY_FOR_SECONDS,
        read_timeout: float = READ_TIMEOUT,
        transport: httpx.BaseTransport | None = None,
        on_response: Callable[[httpx.Response], None] | None = None,
    ) -> None:
        """``on_response`` sees every answer (the load bench reads the server's time from it)."""
        self.url = check_address(url, ca_file)
        self.retry_for = retry_for
        verify: ssl.SSLContext | bool = pinned_context(ca_file) if ca_file else True
        limits = httpx.Limits(max_connections=8, max_keepalive_connections=8, keepalive_expiry=60)
        if transport is None:
            # TCP_NODELAY: a request goes out as headers then body; without it the body waits for
            # the first part's (delayed) acknowledgement, a whole extra wait on a long line.
            transport = httpx.HTTPTransport(
                verify=verify,
                limits=limits,
                trust_env=False,  # no system proxy between an office PC and its union server
                socket_options=[(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)],
            )
        self._client = httpx.Client(
            base_url=self.url,
            transport=transport,
            timeout=httpx.Timeout(read_timeout, connect=CONNECT_TIMEOUT, pool=CONNECT_TIMEOUT),
            limits=limits,
            headers={"User-Agent": f"unionoffice/{__version__}", "Content-Type": protocol.CONTENT_TYPE},
            event_hooks={"response": [on_response]} if on_response is not None else None,
        )
        self._token: str | None = None
        self._session: SessionInfo | None = None
        self._listeners: list[StateListener] = []
        self._state = ConnectionState.CONNECTED
        self._lock = threading.Lock()
        self.maintenance = None  # the union server is backed up on the server (pg_dump)

    # The Services protocol ------------------------------------------------------------------
    @property
    def session(self) -> SessionInfo:
        if self._session is None:
            raise NotSignedIn(translate("Remote", "请先登录。"))
        return self._session

    @property
    def signed_in(self) -> bool:
        return self._token is not None

    def call(self, op: Operation[Req, Res], request: Req) -> Res:
        if op.job:
            return self.run_job(op, request, NO_PROGRESS)
        if op.name == SIGN_IN.name:
            assert isinstance(request, Credentials)
            session = self._sign_in(request)
            return session  # type: ignore[return-value]  # SIGN_IN answers SessionInfo
        self._refuse_local_only(op)
        response = self._send(protocol.CALL + op.name, wire.encode(request), self._key(op), NO_PROGRESS)
        return wire.unwrap(self._reply_of(response), op.response)

    def run_job(self, op: Operation[Req, Res], request: Req, progress: Progress) -> Res:
        self._refuse_local_only(op)
        body, key = wire.encode(request), self._key(op)
        started = time.monotonic()
        while True:
            try:
                reply = self._stream(op, body, key, progress)
                return wire.unwrap(reply, op.response)
            except _StreamBroken as broken:
                # The connection dropped mid-job: ask again (a write with the same key gets the
                # stored reply if the job finished, or runs it again if it was rolled back).
                self._retrying(broken.cause, started, progress)

    def adopt_session(self, token: str, session: SessionInfo) -> None:
        """Use a session opened elsewhere (the test harness, the load bench's simulated clerks)."""
        self._token, self._session = token, session

    def describe(self) -> str:
        return translate("Remote", "工会服务器 {url}").format(url=self.url)

    def sign_out(self) -> None:
        """Forget the session at once; tell the server on a side thread (never block a screen)."""
        token, self._token, self._session = self._token, None, None
        if token is None:
            return

        def tell() -> None:
            try:
                self._client.post(protocol.SIGN_OUT, headers={"Authorization": f"Bearer {token}"}, timeout=5)
            except httpx.HTTPError:
                pass  # the session expires on the server by itself

        threading.Thread(target=tell, name="sign-out", daemon=True).start()

    # Connection state -------------------------------------------------------------------------
    def on_state(self, listener: StateListener) -> None:
        """``listener(state, detail)`` from whichever thread noticed; keep it quick."""
        self._listeners.append(listener)

    @property
    def state(self) -> ConnectionState:
        return self._state

    def _set_state(self, state: ConnectionState, detail: str = "") -> None:
        with self._lock:
            changed = state != self._state or state == ConnectionState.RETRYING
            self._state = state
        if changed:
            for listener in list(self._listeners):
                listener(state, detail)

    def close(self) -> None:
        self._client.close()

    # Requests ---------------------------------------------------------------------------------
    def _refuse_local_only(self, op: Operation[Any, Any]) -> None:
        if op.name == FIRST_ADMIN.name:
            raise UserError(
                translate("Remote", "第一个管理员在服务器上创建：unionoffice-server create-admin。")
            )
        if op.name == NEEDS_SETUP.name:
            raise UserError(translate("Remote", "工会服务器已设置完毕，无需首次设置。"))

    def _key(self, op: Operation[Any, Any]) -> str | None:
        return uuid.uuid4().hex if op.write else None

    def _headers(self, key: str | None) -> dict[str, str]:
        headers = {}
        if self._token is not None:
            headers["Authorization"] = f"Bearer {self._token}"
        if key is not None:
            headers[protocol.IDEMPOTENCY_HEADER] = key
        return headers

    def _send(self, path: str, body: bytes, key: str | None, progress: Progress) -> httpx.Response:
        """POST, retried while the server cannot be reached (same key every time)."""
        started = time.monotonic()
        while True:
            try:
                response = self._client.post(path, content=body, headers=self._headers(key))
                if response.status_code in _TRANSIENT_STATUS:
                    raise _Transient(response.status_code)
            except (httpx.TransportError, _Transient) as exc:
                self._retrying(exc, started, progress)
                continue
            self._set_state(ConnectionState.CONNECTED)
            return response

    def _retrying(self, exc: BaseException, started: float, progress: Progress) -> None:
        """Wait before the next attempt, or give up with a plain message."""
        detail = _explain(exc)
        waited = time.monotonic() - started
        if waited >= self.retry_for:
            self._set_state(ConnectionState.UNREACHABLE, detail)
            raise ServerUnreachable(
                translate(
                    "Remote",
                    "无法连接工会服务器 {url}（{detail}，已重试 {seconds} 秒）。本次操作没有完成，"
                    "本机没有保存任何数据。请检查网络后重试；如果是保存操作，请刷新后核对是否已经保存。",
                ).format(url=self.url, detail=detail, seconds=int(waited))
            ) from exc
        self._set_state(ConnectionState.RETRYING, detail)
        pause = min(0.25 * 2 ** min(int(waited), 4), 3.0) * (0.5 + random.random())
        deadline = time.monotonic() + pause
        while time.monotonic() < deadline:
            progress.check()  # a cancelled job stops waiting at once
            time.sleep(min(0.1, max(0.0, deadline - time.monotonic())))

    def _reply_of(self, response: httpx.Response) -> Reply:
        if response.status_code == 401:
            self._token = None
            self._set_state(ConnectionState.SIGNED_OUT)
        if response.headers.get("content-type", "").startswith(protocol.CONTENT_TYPE):
            return wire.decode_reply(response.content)
        raise ServerUnreachable(
            translate("Remote", "工会服务器回答了无法识别的内容（HTTP {status}）。").format(
                status=response.status_code
            )
        )

    def _sign_in(self, credentials: Credentials) -> SessionInfo:
        response = self._send(protocol.SIGN_IN, wire.encode(credentials), None, NO_PROGRESS)
        signed = wire.unwrap(self._reply_of(response), protocol.SignedIn)
        if self._token is not None:
            self.sign_out()  # whoever was signed in before (the lock screen's switch of user)
        self._token, self._session = signed.token, signed.session
        self._set_state(ConnectionState.CONNECTED)
        return signed.session

    def _stream(self, op: Operation[Any, Any], body: bytes, key: str | None, progress: Progress) -> Reply:
        started = time.monotonic()
        while True:
            try:
                with self._client.stream(
                    "POST", protocol.JOB + op.name, content=body, headers=self._headers(key)
                ) as response:
                    if response.status_code in _TRANSIENT_STATUS:
                        raise _Transient(response.status_code)
                    self._set_state(ConnectionState.CONNECTED)
                    if response.headers.get("content-type", "") != protocol.STREAM_TYPE:
                        response.read()
                        return self._reply_of(response)
                    return _read_frames(response, progress)
            except (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout, _Transient) as exc:
                self._retrying(exc, started, progress)  # nothing reached the server yet
            except httpx.TransportError as exc:
                raise _StreamBroken(exc) from exc


class _StreamBroken(Exception):
    def __init__(self, cause: BaseException) -> None:
        super().__init__(str(cause))
        self.cause = cause


def _read_frames(response: httpx.Response, progress: Progress) -> Reply:
    """Follow a job's frames; cancelling closes the connection, which cancels the job there."""
    reader = protocol.FrameReader()
    for chunk in response.iter_bytes():
        for frame in reader.feed(chunk):
            if frame.kind == "reply":
                return wire.decode_reply(frame.reply)
            if frame.kind == "progress":
                progress.step(frame.done, frame.total, frame.text or None)
        progress.check()
    if progress.cancelled:
        raise Cancelled()
    raise httpx.RemoteProtocolError("the job's answer ended before its reply")
