"""The union server inside the test process: uvicorn on 127.0.0.1 (a free port, plain HTTP on
loopback) in a thread, serving a test's own database. ``services_as`` (conftest) uses it for its
"remote" runs; the server's own tests (tests/server) use it directly."""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass, field

import uvicorn
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from unionoffice.client.remote import RemoteServices
from unionoffice.core.auth import custody, sessions
from unionoffice.core.auth.actor import Actor
from unionoffice.core.auth.operations import session_info
from unionoffice.core.crypto import vault
from unionoffice.db.database import Database
from unionoffice.demo.cache import DEMO_PASSWORD
from unionoffice.foundation.errors import UserError
from unionoffice.server.app import create_app
from unionoffice.server.config import ServerConfig
from unionoffice.server.keys import ServerKeys, check_ring, ring_from_database


@dataclass
class RunningServer:
    db: Database
    url: str
    keys: ServerKeys
    server: uvicorn.Server
    thread: threading.Thread
    clients: list[RemoteServices] = field(default_factory=list)

    def services_as(self, actor: Actor, *, retry_for: float = 5.0) -> RemoteServices:
        """A client signed in as ``actor`` without a password: a session opened on the server's
        database, as the sign-in endpoint would open it."""
        assert actor.user_id is not None, "the server serves real accounts only"
        token = sessions.open_session(self.db, actor.user_id, "127.0.0.1")
        client = RemoteServices(self.url, retry_for=retry_for)
        client.adopt_session(token, session_info(self.db, actor))
        self.clients.append(client)
        return client

    def token_for(self, actor: Actor) -> str:
        assert actor.user_id is not None
        return sessions.open_session(self.db, actor.user_id, "127.0.0.1")

    def stop(self) -> None:
        for client in self.clients:
            client.close()
        self.server.should_exit = True
        self.thread.join(30)
        custody.release_server_keys()


def _ring_of(db: Database) -> vault.KeyRing:
    """The key ring now in the vault if it is ``db``'s (the test's), else the demo's (a copied
    demo database: its administrator's password opens it). The vault is left as it was."""
    held = vault.ring()
    if held.current is not None and held.audit is not None:
        try:
            check_ring(db, held)
            return held
        except UserError:
            pass
    try:
        return ring_from_database(db, "admin", DEMO_PASSWORD, None)
    except UserError:
        if held.current is None:
            raise
        return held  # the server will say why it cannot serve this database
    finally:
        vault.set_ring(held)


def start_server(db: Database, config: ServerConfig | None = None) -> RunningServer:
    """Serve ``db`` with the key ring now in the vault (the test's), or the demo's."""
    keys = ServerKeys(_ring_of(db), Ed25519PrivateKey.generate())
    config = (config or ServerConfig()).with_(insecure_loopback=True, allow_owner_role=True, threads=8)
    app = create_app(config, db=db, keys=keys)
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=0, log_level="warning", lifespan="on"))
    thread = threading.Thread(target=server.run, name="test-server", daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            raise RuntimeError("the test server did not start")
        time.sleep(0.01)
    port = server.servers[0].sockets[0].getsockname()[1]
    return RunningServer(db, f"http://127.0.0.1:{port}", keys, server, thread)
