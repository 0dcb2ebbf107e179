"""The server's commands: keys, certificates, the first administrator, and its start-up checks."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from factories import actor_of

from unionoffice.core.auth import custody
from unionoffice.core.auth.service import login
from unionoffice.core.crypto import vault
from unionoffice.db.database import Database
from unionoffice.foundation.errors import UserError
from unionoffice.server import cli
from unionoffice.server.app import prepare
from unionoffice.server.config import ServerConfig
from unionoffice.server.keys import ServerKeys, load_key_file
from unionoffice.server.tls import make_certificates


def test_init_keys_writes_a_private_file_once(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "keys" / "server-keys.json"
    assert cli.main(["init-keys", "--key-file", str(path)]) == 0
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    keys = load_key_file(path)
    assert len(keys.data_key) == 32 and keys.data_key_id in capsys.readouterr().out
    assert cli.main(["init-keys", "--key-file", str(path)]) == 2  # never overwritten
    assert load_key_file(path).data_key == keys.data_key
    os.chmod(path, 0o644)
    with pytest.raises(UserError, match="chmod 600"):
        load_key_file(path)


def test_init_keys_takes_over_the_key_of_a_database_that_joined(
    demo_db: Database, demo_key: bytes, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from unionoffice.demo.cache import DEMO_PASSWORD

    demo_ring = vault.ring()
    monkeypatch.setattr("getpass.getpass", lambda _prompt="": DEMO_PASSWORD)
    path = tmp_path / "keys.json"
    url = demo_db.url.render_as_string(hide_password=False)
    assert cli.main(["init-keys", "--key-file", str(path), "--from-db", url, "--admin", "admin"]) == 0
    taken = load_key_file(path)
    assert taken.data_key == demo_key and taken.ring == demo_ring  # the whole ring, audit key too
    monkeypatch.setattr("getpass.getpass", lambda _prompt="": "wrong-password-1")
    assert (
        cli.main(["init-keys", "--key-file", str(tmp_path / "k2.json"), "--from-db", url, "--admin", "admin"])
        == 2
    )


def test_the_server_refuses_a_key_that_does_not_open_the_data(demo_db: Database, demo_key: bytes) -> None:
    ring = vault.ring()
    assert ring.audit is not None
    for wrong in (
        ServerKeys.of(b"\x01" * 32, ring.audit),  # another data key
        ServerKeys.of(demo_key, b"\x02" * 32),  # another audit key
    ):
        with pytest.raises(UserError, match="不符|打不开"):
            prepare(ServerConfig(allow_owner_role=True), demo_db, wrong)
    prepare(ServerConfig(allow_owner_role=True), demo_db, ServerKeys(ring, Ed25519PrivateKey.generate()))
    custody.release_server_keys()


def test_make_cert_issues_under_one_ca(tmp_path: Path) -> None:
    first = make_certificates(tmp_path, ["union.example.cn", "10.1.2.3"])
    again = make_certificates(tmp_path, ["union.example.cn"])  # a renewal keeps the authority
    assert first.new_ca and not again.new_ca
    ca = x509.load_pem_x509_certificate(first.ca_certificate.read_bytes())
    server = x509.load_pem_x509_certificate(again.certificate.read_bytes())
    assert server.issuer == ca.subject
    ca.public_key().verify(
        server.signature, server.tbs_certificate_bytes, server.signature_algorithm_parameters
    )  # type: ignore[call-arg, arg-type]
    names = x509.load_pem_x509_certificate(first.certificate.read_bytes()).extensions.get_extension_for_class(
        x509.SubjectAlternativeName
    )
    assert "union.example.cn" in names.value.get_values_for_type(x509.DNSName)
    assert stat.S_IMODE(first.ca_key.stat().st_mode) == 0o600


def test_create_admin_makes_the_first_administrator_with_the_servers_key(
    db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    keys = tmp_path / "keys.json"
    assert cli.main(["init-keys", "--key-file", str(keys)]) == 0
    monkeypatch.setattr("sys.stdin", __import__("io").StringIO("Admin-Pass-1\n"))
    url = db.url.render_as_string(hide_password=False)
    args = ["create-admin", "--db", url, "--key-file", str(keys), "--company", "集团公司工会"]
    assert cli.main([*args, "--username", "root", "--password-stdin"]) == 0
    try:
        actor = login(db, "root", "Admin-Pass-1")  # the server holds the key: a hash check only
        assert actor.role == "admin"
        assert vault.data_key() == load_key_file(keys).data_key  # sign-in left the server's key alone
        from unionoffice.core.crypto.models import WrappedKey

        with db.read() as s:
            assert s.query(WrappedKey).count() == 0  # no account holds a copy of the key
        monkeypatch.setattr("sys.stdin", __import__("io").StringIO("Admin-Pass-2\n"))
        assert cli.main([*args, "--username", "root2", "--password-stdin"]) == 2  # only the first
    finally:
        custody.release_server_keys()
    assert actor_of(db, "root").user_id == actor.user_id


def test_tls_is_required_unless_plain_http_stays_on_loopback() -> None:
    with pytest.raises(UserError, match="TLS"):
        ServerConfig(host="0.0.0.0").check_listening()
    with pytest.raises(UserError, match="回环"):
        ServerConfig(host="0.0.0.0", insecure_loopback=True).check_listening()
    ServerConfig(host="127.0.0.1", insecure_loopback=True).check_listening()


def test_the_config_file_is_read_and_checked(tmp_path: Path) -> None:
    path = tmp_path / "server.toml"
    path.write_text('db = "postgresql+psycopg://app@db/uo"\nport = 9443\n', encoding="utf-8")
    config = ServerConfig.load(str(path), port=None, host="0.0.0.0")
    assert (config.db, config.port, config.host) == ("postgresql+psycopg://app@db/uo", 9443, "0.0.0.0")
    path.write_text('password = "x"\n', encoding="utf-8")
    with pytest.raises(UserError, match="未知"):
        ServerConfig.load(str(path))
