"""The ASGI application (Starlette): sign-in, sign-out, one request per operation, jobs with
streamed progress, health.

Every call resolves its actor from the bearer token (``core.auth.sessions.resolve``: one query
joining the session and the account) on a worker thread, then runs ``core.services.call`` there,
exactly as the in-process backend does. A write call carries an idempotency key (the server makes
one when a client sends none) and runs as one transaction with its stored reply. Operations that
answer without a session (sign-in, first-start set-up) are not callable here: sign-in has its own
endpoint, and the first administrator is made on the server (``unionoffice-server create-admin``).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
import uuid
from collections.abc import AsyncIterator, Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import timedelta
from typing import Any, TypeVar

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response, StreamingResponse
from starlette.routing import Route

from unionoffice import __version__
from unionoffice.core import idempotency, jobs, services
from unionoffice.core.auth import custody, sessions
from unionoffice.core.auth.contract import SIGN_IN, Credentials
from unionoffice.core.database import open_database
from unionoffice.db.database import Database
from unionoffice.db.migrate import needs_upgrade
from unionoffice.foundation import protocol, wire
from unionoffice.foundation.contract import SessionInfo
from unionoffice.foundation.errors import UserError
from unionoffice.foundation.i18n import translate
from unionoffice.foundation.progress import Progress
from unionoffice.foundation.wire import Envelope, Reply
from unionoffice.server import audit_export
from unionoffice.server.config import ServerConfig
from unionoffice.server.keys import ServerKeys, hold_keys, load_key_file

log = logging.getLogger("unionoffice.server")
T = TypeVar("T")
CHORES_EVERY_SECONDS = 3600.0


def _unauthorised() -> Reply:
    message = translate("Server", "登录已失效（已过期、已退出或账号已变更），请重新登录。")
    return Reply(error=Envelope("not_signed_in", message))


def _not_here(name: str) -> Reply:
    return Reply(
        error=Envelope("not_found", translate("Server", "服务器上没有该操作：{name}").format(name=name))
    )


@dataclass
class ServerState:
    config: ServerConfig
    db: Database
    keys: ServerKeys
    pool: ThreadPoolExecutor
    owns_db: bool = True
    chores: asyncio.Task[None] | None = field(default=None, repr=False)

    async def run(self, work: Callable[[], T]) -> T:
        return await asyncio.get_running_loop().run_in_executor(self.pool, work)


def open_server_database(config: ServerConfig) -> Database:
    return open_database(config.db, pool_size=config.pool_size, max_overflow=config.pool_size)


def prepare(config: ServerConfig, db: Database, keys: ServerKeys) -> None:
    """Checks before the first request: the schema is current (the server never migrates), the
    key ring is this database's and opens its data, and the role cannot change the schema."""
    services.load_all()
    if db.is_sqlite and not config.allow_owner_role:
        raise UserError("服务器只用 PostgreSQL 数据库（SQLite 仅用于测试，需加 --allow-owner-role）。")
    if needs_upgrade(db):
        raise UserError("数据库结构不是最新：请先用所有者账号执行 unionoffice-server migrate。")
    if not db.is_sqlite and not config.allow_owner_role:
        from unionoffice.server.privileges import runtime_problems  # PostgreSQL only

        with db.engine.connect() as conn:
            problems = runtime_problems(conn)
        if problems:
            raise UserError(
                "服务器的数据库账号权限过大（" + "；".join(problems) + "）：请用只能读写数据的运行账号连接，"
                "迁移用所有者账号执行 unionoffice-server migrate。"
            )
    hold_keys(db, keys)  # the whole ring: every data-key generation and the audit key


def create_app(
    config: ServerConfig,
    *,
    db: Database | None = None,
    keys: ServerKeys | None = None,
    prepared: bool = False,
) -> Starlette:
    """The application. Tests hand in their database and keys (and may have prepared them)."""
    state: dict[str, ServerState] = {}

    @contextlib.asynccontextmanager
    async def lifespan(_app: Starlette) -> AsyncIterator[None]:
        database = db if db is not None else open_server_database(config)
        server_keys = keys if keys is not None else load_key_file(config.key_file)
        pool = ThreadPoolExecutor(max_workers=config.threads, thread_name_prefix="call")
        current = ServerState(config, database, server_keys, pool, owns_db=db is None)
        if not prepared:
            await current.run(lambda: prepare(config, database, server_keys))
        state["current"] = current
        current.chores = asyncio.create_task(_chores(current))
        try:
            yield
        finally:
            current.chores.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await current.chores
            pool.shutdown(wait=True, cancel_futures=True)
            if current.owns_db:
                custody.release_server_keys()
                database.dispose()

    def current() -> ServerState:
        return state["current"]

    async def health(_request: Request) -> Response:
        return JSONResponse({"service": protocol.SERVICE, "version": __version__, "api": 1})

    async def sign_in(request: Request) -> Response:
        server = current()
        body = await _body(request, server.config)
        address = request.client.host if request.client else ""
        status, reply = await server.run(lambda: _sign_in(server.db, body, address))
        return _reply(reply, status)

    async def sign_out(request: Request) -> Response:
        server = current()
        token = _bearer(request)
        if token:
            resolved = await server.run(lambda: sessions.resolve(server.db, token))
            if resolved is not None:
                await server.run(lambda: sessions.close_session(server.db, resolved.token_hash))
        return Response(status_code=204)

    async def call(request: Request) -> Response:
        server = current()
        name, token = request.path_params["operation"], _bearer(request)
        if (found := _exposed(name)) is None:
            return _reply(_not_here(name), 404)
        if not token:
            return _reply(_unauthorised(), 401)
        body = await _body(request, server.config)
        key = _key(request, found.op.write)

        def work() -> tuple[Reply | None, float]:
            started = time.perf_counter()
            resolved = sessions.resolve(server.db, token)
            if resolved is None:
                return None, 0.0
            reply = services.call(server.db, resolved.actor, name, body, key=key)
            return reply, (time.perf_counter() - started) * 1000

        reply, elapsed = await server.run(work)
        if reply is None:
            return _reply(_unauthorised(), 401)
        return _reply(reply, 200, {protocol.SERVER_TIME_HEADER: f"app;dur={elapsed:.1f}"})

    async def job(request: Request) -> Response:
        server = current()
        name, token = request.path_params["operation"], _bearer(request)
        if (found := _exposed(name)) is None:
            return _reply(_not_here(name), 404)
        if not token:
            return _reply(_unauthorised(), 401)
        body = await _body(request, server.config)
        resolved = await server.run(lambda: sessions.resolve(server.db, token))
        if resolved is None:
            return _reply(_unauthorised(), 401)
        key = _key(request, found.op.write)
        latest: list[tuple[int, int, str]] = []
        progress = Progress(report=lambda done, total, text: latest.append((done, total, text or "")))
        running = asyncio.get_running_loop().run_in_executor(
            server.pool, lambda: services.call(server.db, resolved.actor, name, body, progress, key=key)
        )
        return StreamingResponse(_frames(request, running, progress, latest), media_type=protocol.STREAM_TYPE)

    return Starlette(
        routes=[
            Route(protocol.HEALTH, health, methods=["GET"]),
            Route(protocol.SIGN_IN, sign_in, methods=["POST"]),
            Route(protocol.SIGN_OUT, sign_out, methods=["POST"]),
            Route(protocol.CALL + "{operation}", call, methods=["POST"]),
            Route(protocol.JOB + "{operation}", job, methods=["POST"]),
        ],
        lifespan=lifespan,
        exception_handlers={_TooLarge: _too_large},
    )


async def _frames(
    request: Request, running: asyncio.Future[Reply], progress: Progress, latest: list[tuple[int, int, str]]
) -> AsyncIterator[bytes]:
    """Progress as it changes, a beat when nothing else was sent for a while, the last step, then
    the reply. A client that went away cancels the job (its transaction rolls back)."""
    sent: tuple[int, int, str] | None = None
    last = time.monotonic()
    try:
        while True:
            done, _pending = await asyncio.wait({running}, timeout=0.25)
            if done:
                break
            if await request.is_disconnected():
                return
            figures = latest[-1] if latest else None
            if figures is not None and figures != sent:
                sent, last = figures, time.monotonic()
                yield protocol.frame_bytes(protocol.Frame("progress", figures[0], figures[1], figures[2]))
            elif time.monotonic() - last >= protocol.BEAT_SECONDS:
                last = time.monotonic()
                yield protocol.frame_bytes(protocol.Frame("beat"))
        final = latest[-1] if latest else None
        if final is not None and final != sent:  # a quick job's last step, not seen between polls
            yield protocol.frame_bytes(protocol.Frame("progress", final[0], final[1], final[2]))
        yield protocol.frame_bytes(protocol.Frame("reply", reply=wire.encode_reply(running.result())))
    finally:
        if not running.done():
            progress.cancel()


def _sign_in(db: Database, body: bytes, address: str) -> tuple[int, Reply]:
    try:
        credentials = wire.decode(body, Credentials)
        sessions.check_throttle(db, credentials.username, address)
    except sessions.SignInThrottled as refusal:
        return 429, Reply(error=wire.envelope_of(refusal))
    except Exception:  # noqa: BLE001 - a malformed body is a refusal, not an incident
        return 400, Reply(error=Envelope("user", translate("Server", "登录请求格式不正确。")))
    reply = services.call(db, None, SIGN_IN.name, body)
    if reply.error is not None:
        if reply.error.kind == "internal":
            return 500, reply
        sessions.record_failure(db, credentials.username, address)
        return 401, reply
    assert reply.ok is not None
    session = wire.decode(reply.ok, SessionInfo)
    assert session.user_id is not None
    sessions.record_success(db, credentials.username)
    token = sessions.open_session(db, session.user_id, address)
    return 200, Reply(ok=wire.encode(protocol.SignedIn(token, session)))


def _exposed(name: str) -> services.Handler[Any, Any] | None:
    found = services.operations().get(name)
    return None if found is None or found.public else found


def _bearer(request: Request) -> str:
    scheme, _, token = request.headers.get("authorization", "").partition(" ")
    return token.strip() if scheme.lower() == "bearer" else ""


def _key(request: Request, write: bool) -> str | None:
    """A write call's idempotency key: the client's (the same on every retry), or a fresh one so
    the call still runs as one transaction."""
    if not write:
        return None
    return request.headers.get(protocol.IDEMPOTENCY_HEADER) or uuid.uuid4().hex


async def _body(request: Request, config: ServerConfig) -> bytes:
    limit = config.max_request_mib * 1024 * 1024
    declared = request.headers.get("content-length")
    if declared is not None and declared.isdigit() and int(declared) > limit:
        raise _TooLarge(limit)
    chunks, size = [], 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            raise _TooLarge(limit)
        chunks.append(chunk)
    return b"".join(chunks)


class _TooLarge(Exception):
    def __init__(self, limit: int) -> None:
        super().__init__(limit)
        self.limit = limit


def _reply(reply: Reply, status: int, headers: dict[str, str] | None = None) -> Response:
    return Response(
        wire.encode_reply(reply), status_code=status, media_type=protocol.CONTENT_TYPE, headers=headers
    )


async def _too_large(_request: Request, exc: Exception) -> Response:
    assert isinstance(exc, _TooLarge)
    mib = exc.limit // (1024 * 1024)
    message = translate("Server", "上传的内容超过服务器允许的 {mib} MiB。").format(mib=mib)
    return _reply(Reply(error=Envelope("user", message)), 413)


async def _chores(server: ServerState) -> None:
    """Once a day, by whichever process gets there first: drop expired sessions and stored replies,
    export the audit chain's head."""
    while True:
        try:
            await server.run(lambda: daily_chores(server.db, server.keys, server.config.audit_export))
        except Exception:  # logged; the next hour tries again
            log.exception("daily chores failed")
        await asyncio.sleep(CHORES_EVERY_SECONDS)


def daily_chores(db: Database, keys: ServerKeys, audit_target: str) -> None:
    if jobs.claim_due(db, "tidy", timedelta(days=1)):
        sessions.drop_expired(db)
        idempotency.drop_old(db)
    if audit_target and jobs.claim_due(db, audit_export.JOB, timedelta(days=1)):
        try:
            line = audit_export.export(db, keys.signing_key, audit_target)
        except Exception:
            jobs.unclaim(db, audit_export.JOB)  # tried again within the hour
            raise
        jobs.note(db, audit_export.JOB, line)
