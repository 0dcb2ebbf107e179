"""Who holds the keys in this process.

In one office, each signed-in user who may read sensitive data does: their key pair opens the
ring's grants at sign-in (``core.crypto.keys``). On the union server the server does: the whole
ring (every data-key generation still listed, and the audit key that seals the log) comes from the
server's key file at start (``unionoffice-server init-keys``), sign-in only checks the password,
and no account gets a copy of its own, so no password opens the data on its own.
"""

from __future__ import annotations

from unionoffice.core.crypto import vault
from unionoffice.foundation.errors import UserError
from unionoffice.foundation.i18n import translate

_server_held: list[bool] = [False]


def hold_server_keys(ring: vault.KeyRing) -> None:
    """The union server's start: the ring for every request of this process."""
    vault.set_ring(ring)
    _server_held[0] = True


def release_server_keys() -> None:
    """Tests that run the server inside the test process, when it stops."""
    _server_held[0] = False


def server_holds_keys() -> bool:
    return _server_held[0]


def refuse_on_server(what: str, command: str) -> None:
    """Key work that belongs to the server's key file, asked of a server process (or of a client
    connected to one): refused, naming the command that does it on the server host."""
    if server_holds_keys():
        raise UserError(server_side_message(what, command))


def server_side_message(what: str, command: str) -> str:
    return translate(
        "Auth", "连接工会服务器时，{what}须由管理员在服务器主机上执行：unionoffice-server {command}"
    ).format(what=what, command=command)
