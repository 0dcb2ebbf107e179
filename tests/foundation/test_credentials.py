"""The server password never sits in clear in the settings or the data folder."""

from __future__ import annotations

import sys
import types

from sqlalchemy.engine import make_url

from unionoffice.foundation import credentials
from unionoffice.foundation.paths import data_dir

URL = make_url("postgresql+psycopg://clerk_xx@db.union.local:5432/union")


def test_fallback_encrypts_with_a_key_in_the_data_folder(monkeypatch):
    monkeypatch.setenv("UNIONOFFICE_NO_KEYRING", "1")
    assert credentials.storage_kind() == "file"
    credentials.save_password(URL, "口令-123")
    assert credentials.load_password(URL) == "口令-123"
    assert credentials.load_password(URL.set(username="other")) is None
    stored = (data_dir() / credentials.STORE_FILE).read_text(encoding="utf-8")
    assert "口令-123" not in stored and "clerk_xx@db.union.local:5432/union" in stored
    credentials.forget_password(URL)
    assert credentials.load_password(URL) is None


def test_a_replaced_key_means_typing_the_password_again_not_a_crash(monkeypatch):
    monkeypatch.setenv("UNIONOFFICE_NO_KEYRING", "1")
    credentials.save_password(URL, "secret")
    (data_dir() / credentials.KEY_FILE).unlink()
    assert credentials.load_password(URL) is None


def test_the_os_credential_store_is_preferred_when_there_is_one(monkeypatch):
    saved: dict[tuple[str, str], str] = {}

    class Backend:
        pass

    fake = types.ModuleType("keyring")
    fake.get_keyring = lambda: Backend()
    fake.set_password = lambda service, key, pw: saved.__setitem__((service, key), pw)
    fake.get_password = lambda service, key: saved.get((service, key))
    fake.delete_password = lambda service, key: saved.pop((service, key))
    backends = types.ModuleType("keyring.backends")
    fail = types.ModuleType("keyring.backends.fail")
    fail.Keyring = type("Keyring", (), {})
    backends.fail = fail
    monkeypatch.setitem(sys.modules, "keyring", fake)
    monkeypatch.setitem(sys.modules, "keyring.backends", backends)
    monkeypatch.setitem(sys.modules, "keyring.backends.fail", fail)
    monkeypatch.delenv("UNIONOFFICE_NO_KEYRING", raising=False)

    assert credentials.storage_kind() == "keyring"
    credentials.save_password(URL, "secret")
    assert saved == {(credentials.SERVICE, "clerk_xx@db.union.local:5432/union"): "secret"}
    assert credentials.load_password(URL) == "secret"
    assert not (data_dir() / credentials.STORE_FILE).exists()
