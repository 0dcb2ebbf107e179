"""RemoteServices: retries that never write twice, a clear state when the server is gone, jobs
with progress and cancel, and TLS pinned to the union's own CA."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest
from factories import actor_of, add_member
from netproxy import Proxy
from server_harness import RunningServer

from unionoffice.client.remote import ConnectionState, RemoteServices, ServerUnreachable, check_server
from unionoffice.core.auth.contract import SIGN_IN, Credentials
from unionoffice.core.services import CallContext, implements
from unionoffice.db.database import Database
from unionoffice.foundation.contract import ListQuery, ListWindow, Operation, Saved
from unionoffice.foundation.errors import UserError
from unionoffice.foundation.progress import Cancelled, Progress
from unionoffice.foundation.wire import NotSignedIn
from unionoffice.members import contract as members
from unionoffice.members.contract import FormOpen, MemberFilter, MemberSave, RegisterExport
from unionoffice.members.models import Member
from unionoffice.server.config import ServerConfig


def _client_through(proxy: Proxy, server: RunningServer, username: str, **options: float) -> RemoteServices:
    client = RemoteServices(f"http://127.0.0.1:{proxy.port}", **options)
    direct = server.services_as(actor_of(server.db, username))
    client.adopt_session(direct._token or "", direct.session)
    server.clients.append(client)
    return client


def test_a_write_whose_answer_was_lost_is_retried_with_its_key_and_done_once(
    server: RunningServer, db: Database, org: dict[str, int]
) -> None:
    member_id = add_member(db, org["branch_a"], org["group_a"])
    proxy = Proxy([("127.0.0.1", int(server.url.rsplit(":", 1)[1]))]).start()
    try:
        clerk = _client_through(proxy, server, "clerk_a")
        states: list[ConnectionState] = []
        clerk.on_state(lambda state, _detail: states.append(state))
        detail = clerk.call(members.OPEN_FORM, FormOpen(member_id)).detail
        assert detail is not None
        changed = members.MemberInput(
            name=detail.name,
            id_number=None,
            branch_id=detail.branch_id,
            group_id=detail.group_id,
            join_date=detail.join_date,
            phone="13812345678",
            notes=(detail.notes or "") + "已电话核实。",
        )
        proxy.cut_next_answers(1)  # the server saves; its answer never arrives
        saved = clerk.call(members.SAVE, MemberSave(changed, member_id, detail.version))
        assert saved.id == member_id
        assert ConnectionState.RETRYING in states and states[-1] == ConnectionState.CONNECTED
    finally:
        proxy.stop()
    with db.read() as s:
        member = s.get(Member, member_id)
        assert (member.notes, member.version) == ("已电话核实。", 2)  # once, not twice


def test_an_unreachable_server_is_said_so_and_nothing_is_written_locally(
    db: Database, org: dict[str, int]
) -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]  # nobody listens here
    client = RemoteServices(f"http://127.0.0.1:{port}", retry_for=1.0)
    states: list[tuple[ConnectionState, str]] = []
    client.on_state(lambda state, detail: states.append((state, detail)))
    with pytest.raises(ServerUnreachable) as gone:
        client.call(SIGN_IN, Credentials("clerk_a", "secret-123"))
    assert "无法连接工会服务器" in str(gone.value) and "本机没有保存任何数据" in str(gone.value)
    assert states[0][0] == ConnectionState.RETRYING and states[-1][0] == ConnectionState.UNREACHABLE
    assert client.maintenance is None  # no local file to fall back to
    client.close()


def test_a_session_the_server_ended_is_reported(
    server: RunningServer, db: Database, org: dict[str, int]
) -> None:
    clerk = server.services_as(actor_of(db, "clerk_a"))
    states: list[ConnectionState] = []
    clerk.on_state(lambda state, _detail: states.append(state))
    from unionoffice.core.auth.sessions import ServerSession

    with db.transaction(None) as s:
        s.query(ServerSession).delete()
    with pytest.raises(NotSignedIn):
        clerk.call(members.LIST, ListQuery(MemberFilter(), ListWindow()))
    assert states == [ConnectionState.SIGNED_OUT]


def test_sign_in_through_the_client(server: RunningServer, db: Database, org: dict[str, int]) -> None:
    client = RemoteServices(server.url)
    with pytest.raises(UserError):
        client.call(SIGN_IN, Credentials("clerk_a", "wrong-one-1"))
    session = client.call(SIGN_IN, Credentials("clerk_a", "secret-123"))
    assert client.session == session and session.branch_ids == frozenset({org["branch_a"]})
    assert client.call(members.LIST, ListQuery(MemberFilter(), ListWindow())).total == 0
    client.sign_out()
    with pytest.raises(NotSignedIn):
        client.session  # noqa: B018 - the property raises
    client.close()


@dataclass(frozen=True)
class SlowNote:
    member_id: int
    text: str


SLOW_NOTE = Operation("tests.slow_note", SlowNote, Saved, write=True, job=True)
_slow: dict[str, threading.Event] = {}


@implements(SLOW_NOTE)
def _slow_note(ctx: CallContext, request: SlowNote) -> Saved:
    """Writes, reports progress, then waits for the test's go (or a cancel)."""
    with ctx.db.transaction(ctx.actor) as s:
        member = s.get(Member, request.member_id)
        member.notes = (member.notes or "") + request.text
    ctx.progress.step(1, 2, "已写入，等待中")
    while not _slow["go"].wait(0.02):
        try:
            ctx.progress.check()
        except Cancelled:
            _slow["cancelled"].set()
            raise
    ctx.progress.step(2, 2)
    return Saved(request.member_id)


def test_a_job_reports_progress_and_a_cancel_rolls_it_back_there(
    server: RunningServer, db: Database, org: dict[str, int]
) -> None:
    member_id = add_member(db, org["branch_a"], org["group_a"])
    clerk = server.services_as(actor_of(db, "clerk_a"))
    _slow.update(go=threading.Event(), cancelled=threading.Event())
    seen: list[tuple[int, int, str | None]] = []
    progress = Progress(report=lambda done, total, text: seen.append((done, total, text)))
    outcome: list[BaseException | Saved] = []

    def run() -> None:
        try:
            outcome.append(clerk.run_job(SLOW_NOTE, SlowNote(member_id, "甲"), progress))
        except BaseException as exc:  # noqa: BLE001 - checked below
            outcome.append(exc)

    worker = threading.Thread(target=run)
    worker.start()
    assert _wait_for(lambda: bool(seen)), "no progress arrived"
    assert seen[0] == (1, 2, "已写入，等待中")
    progress.cancel()  # the clerk presses 取消
    worker.join(30)
    assert isinstance(outcome[0], Cancelled)
    assert _slow["cancelled"].wait(30)  # the server noticed the closed connection
    with db.read() as s:
        assert s.get(Member, member_id).notes is None  # rolled back there

    _slow.update(go=threading.Event(), cancelled=threading.Event())
    _slow["go"].set()
    assert clerk.run_job(SLOW_NOTE, SlowNote(member_id, "乙"), Progress()) == Saved(member_id)
    with db.read() as s:
        assert s.get(Member, member_id).notes == "乙"


def _wait_for(condition: Callable[[], bool], seconds: float = 30) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.02)
    return False


def test_a_files_job_round_trip(server: RunningServer, db: Database, org: dict[str, int]) -> None:
    add_member(db, org["branch_a"], org["group_a"])
    admin = server.services_as(actor_of(db, "admin"))
    exported = admin.run_job(members.EXPORT_REGISTER, RegisterExport(MemberFilter()), Progress())
    assert exported.rows == 1 and exported.file.content[:2] == b"PK"


def test_tls_is_pinned_to_the_unions_own_ca(db: Database, org: dict[str, int], tmp_path: Path) -> None:
    import uvicorn
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    from unionoffice.core.crypto import vault
    from unionoffice.server.app import create_app
    from unionoffice.server.keys import ServerKeys
    from unionoffice.server.tls import make_certificates

    issued = make_certificates(tmp_path / "tls", ["localhost", "127.0.0.1"])
    other = make_certificates(tmp_path / "other", ["localhost"])  # a different authority
    keys = ServerKeys(vault.ring(), Ed25519PrivateKey.generate())
    app = create_app(ServerConfig(allow_owner_role=True), db=db, keys=keys)
    config = uvicorn.Config(
        app,
        host="127.0.0.1",
        port=0,
        log_level="warning",
        ssl_certfile=str(issued.certificate),
        ssl_keyfile=str(issued.private_key),
    )
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    try:
        while not server.started:
            thread.join(0.01)
        port = server.servers[0].sockets[0].getsockname()[1]
        url = f"https://127.0.0.1:{port}"
        assert check_server(url, str(issued.ca_certificate)).service == "unionoffice"
        client = RemoteServices(url, str(issued.ca_certificate))
        assert client.call(SIGN_IN, Credentials("clerk_a", "secret-123")).username == "clerk_a"
        client.close()
        with pytest.raises(ServerUnreachable) as refused:
            check_server(url, str(other.ca_certificate))
        assert "证书" in str(refused.value)
        with pytest.raises(UserError):
            RemoteServices(url)  # https without the CA file: refused before any connection
        with pytest.raises(UserError):
            RemoteServices("http://192.0.2.10:8443")  # plain HTTP beyond this machine
    finally:
        server.should_exit = True
        thread.join(30)
        from unionoffice.core.auth import custody

        custody.release_server_keys()
