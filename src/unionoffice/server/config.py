"""The server's settings: a TOML file (``--config``), overridden by command-line options.

    db = "postgresql+psycopg://unionoffice_app@db.union.local/unionoffice"
    key_file = "/etc/unionoffice/keys.json"
    certificate = "/etc/unionoffice/tls/server.crt"
    private_key = "/etc/unionoffice/tls/server.key"
    host = "0.0.0.0"
    port = 8443
    audit_export = "file:/mnt/worm/unionoffice-audit-heads.log"   # or "command:logger -t uo-audit"

The database password is not written here: libpq reads ``PGPASSWORD`` or the server account's
``~/.pgpass`` (mode 0600).
"""

from __future__ import annotations

import ipaddress
import tomllib
from dataclasses import dataclass, fields, replace
from pathlib import Path
from typing import Any

from unionoffice.foundation.errors import UserError

DEFAULT_PORT = 8443


@dataclass(frozen=True)
class ServerConfig:
    db: str = ""
    key_file: str = ""
    host: str = "127.0.0.1"
    port: int = DEFAULT_PORT
    certificate: str = ""
    private_key: str = ""
    insecure_loopback: bool = False  # plain HTTP, allowed only on a loopback address (tests)
    threads: int = 32  # calls running at once in one process
    pool_size: int = 16  # database connections kept per engine (reads and writes)
    max_request_mib: int = 256  # an upload (an import file) travels inside one request
    audit_export: str = ""  # "file:PATH" or "command:CMD": where the chain head goes every day
    allow_owner_role: bool = False  # run as a role that owns tables, or on SQLite (development only)
    # Load balancers whose X-Forwarded-For is believed (comma-separated addresses): without it the
    # per-address sign-in limit counts the balancer's address for everyone behind it.
    trusted_proxies: str = "127.0.0.1"

    @classmethod
    def load(cls, path: str | None, **overrides: Any) -> ServerConfig:
        values: dict[str, Any] = {}
        if path:
            try:
                values = tomllib.loads(Path(path).read_text(encoding="utf-8"))
            except (OSError, tomllib.TOMLDecodeError) as exc:
                raise UserError(f"无法读取服务器配置文件 {path}：{exc}") from exc
            known = {f.name for f in fields(cls)}
            unknown = sorted(set(values) - known)
            if unknown:
                raise UserError(f"服务器配置文件 {path} 中有未知的设置：{', '.join(unknown)}")
        values.update({k: v for k, v in overrides.items() if v is not None})
        return cls(**values)

    def with_(self, **changes: Any) -> ServerConfig:
        return replace(self, **changes)

    def check_listening(self) -> None:
        """TLS unless plain HTTP was asked for on a loopback address."""
        if self.insecure_loopback:
            if not _is_loopback(self.host):
                raise UserError("--insecure-loopback 只能用于本机回环地址（127.0.0.1、::1、localhost）。")
            return
        if not (self.certificate and self.private_key):
            raise UserError(
                "服务器默认使用 TLS：请在配置中给出 certificate 和 private_key"
                "（unionoffice-server make-cert 可以生成内部 CA 和服务器证书）。"
            )
        for name in (self.certificate, self.private_key):
            if not Path(name).is_file():
                raise UserError(f"找不到证书文件：{name}")


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False
