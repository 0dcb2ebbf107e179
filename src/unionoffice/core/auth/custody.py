"""Who holds the data key in this process.

In one office, each signed-in user does: the key is stored wrapped under every account's password
and unwrapped at sign-in (``core.crypto.keys``). On the union server the server does: the key comes
from the server's key file at start (``unionoffice-server init-keys``), sign-in only checks the
password, and no account gets a copy of its own, so no password opens the data on its own.
"""

from __future__ import annotations

from unionoffice.core.crypto import vault

_server_held: list[bool] = [False]


def hold_server_key(key: bytes) -> None:
    """The union server's start: the key for every request of this process."""
    vault.set_data_key(key)
    _server_held[0] = True


def release_server_key() -> None:
    """Tests that run the server inside the test process, when it stops."""
    _server_held[0] = False


def server_holds_key() -> bool:
    return _server_held[0]
