"""``unionoffice-server``: run the server and look after it.

unionoffice-server --config /etc/unionoffice/server.toml          serve (TLS)
unionoffice-server --db URL --insecure-loopback --port 8080        serve plain HTTP on 127.0.0.1 (tests)
unionoffice-server migrate --db OWNER_URL --runtime-role ROLE      pg_dump backup, migrations, grants
unionoffice-server init-keys --key-file PATH [--from-db URL --admin NAME | --recovery-code]
unionoffice-server rotate-keys --db URL --key-file PATH --admin NAME   new data key, file rewritten
unionoffice-server make-cert --out DIR HOST [HOST …]
unionoffice-server create-admin --db URL --key-file PATH --company NAME --username NAME
unionoffice-server export-audit-head --config FILE [--to file:PATH|command:CMD]
unionoffice-server audit-check --db URL --exports FILE --key-file PATH
"""

# Imports inside functions: `unionoffice-server --help` answers without loading SQLAlchemy, the
# services or uvicorn; each command loads what it uses.

from __future__ import annotations

import argparse
import getpass
import json
import logging
import os
import sys
from dataclasses import asdict
from pathlib import Path
from typing import TYPE_CHECKING, Any

from unionoffice.foundation.errors import UserError

if TYPE_CHECKING:
    from starlette.applications import Starlette

    from unionoffice.db.database import Database
    from unionoffice.server.config import ServerConfig

CONFIG_ENV = "UNIONOFFICE_SERVER_CONFIG_JSON"  # the effective settings, for --workers processes
log = logging.getLogger("unionoffice.server")


def _serving_options(parser: argparse.ArgumentParser, suppress: bool) -> None:
    default: Any = argparse.SUPPRESS if suppress else None
    parser.add_argument("--config", default=default, help="服务器配置文件（TOML）")
    parser.add_argument(
        "--db", default=default, help="数据库 URL（运行账号；密码用 PGPASSWORD 或 ~/.pgpass）"
    )
    parser.add_argument("--key-file", default=default, help="密钥文件（init-keys 生成）")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="unionoffice-server", description="工会办公服务器")
    _serving_options(parser, suppress=False)
    parser.add_argument("--host", help="监听地址（默认 127.0.0.1）")
    parser.add_argument("--port", type=int, help="端口（默认 8443）")
    parser.add_argument("--certificate", help="服务器证书（PEM）")
    parser.add_argument("--private-key", help="服务器私钥（PEM）")
    parser.add_argument(
        "--insecure-loopback", action="store_true", default=None, help="不用 TLS，仅限本机回环地址（测试）"
    )
    parser.add_argument("--threads", type=int, help="每个进程同时处理的请求数")
    parser.add_argument("--workers", type=int, default=1, help="进程数（同一端口）")
    parser.add_argument(
        "--log-level",
        default="info",
        choices=("debug", "info", "warning", "error"),
        help="日志级别（info 含访问日志）",
    )
    parser.add_argument(
        "--allow-owner-role", action="store_true", default=None, help="允许用拥有表的账号运行（仅限开发）"
    )
    sub = parser.add_subparsers(dest="command")

    migrate = sub.add_parser("migrate", help="备份（pg_dump）后升级数据库结构，并设置运行账号的权限")
    _serving_options(migrate, suppress=True)
    migrate.add_argument("--runtime-role", required=True, help="服务器运行时使用的数据库账号")
    migrate.add_argument("--backup-dir", type=Path, default=Path("."), help="pg_dump 备份存放目录")
    migrate.add_argument("--no-backup", action="store_true", help="不备份（空数据库）")
    migrate.set_defaults(func=_cmd_migrate)

    init = sub.add_parser("init-keys", help="生成密钥文件（整套数据密钥、审计密钥和审计签名密钥）")
    _serving_options(init, suppress=True)
    init.add_argument("--from-db", help="从已有数据库取出原有的整套密钥（db copy 迁入的分工会数据）")
    init.add_argument("--admin", help="用该管理员的密码打开原有密钥")
    init.add_argument("--recovery-code", action="store_true", help="用打印的恢复码打开原有密钥")
    init.set_defaults(func=_cmd_init_keys)

    rotate = sub.add_parser(
        "rotate-keys", help="更换数据密钥：重新加密全部数据并改写密钥文件（之后重启所有进程）"
    )
    _serving_options(rotate, suppress=True)
    rotate.add_argument("--admin", required=True, help="确认更换的管理员账号（会询问密码）")
    rotate.set_defaults(func=_cmd_rotate_keys)

    cert = sub.add_parser("make-cert", help="生成内部 CA 和服务器证书（客户端固定信任该 CA）")
    cert.add_argument("--out", type=Path, required=True, help="证书目录（已有 ca.key 时沿用该 CA）")
    cert.add_argument("--days", type=int, default=825)
    cert.add_argument("names", nargs="+", help="服务器的主机名或 IP 地址")
    cert.set_defaults(func=_cmd_make_cert)

    admin = sub.add_parser("create-admin", help="创建第一个管理员（服务器上不提供首次设置界面）")
    _serving_options(admin, suppress=True)
    admin.add_argument("--company", required=True, help="公司工会名称")
    admin.add_argument("--username", required=True)
    admin.add_argument("--display-name", default="")
    admin.add_argument("--password-stdin", action="store_true")
    admin.set_defaults(func=_cmd_create_admin)

    export = sub.add_parser("export-audit-head", help="立即导出并签名操作日志链头（平时每天自动导出）")
    _serving_options(export, suppress=True)
    export.add_argument("--to", help="file:路径 或 command:命令（默认：配置中的 audit_export）")
    export.set_defaults(func=_cmd_export_head)

    check = sub.add_parser("audit-check", help="用导出的链头核对数据库中的操作日志")
    _serving_options(check, suppress=True)
    check.add_argument("--exports", required=True, type=Path, help="导出的链头文件")
    check.set_defaults(func=_cmd_audit_check)
    return parser


def main(argv: list[str] | None = None) -> int:
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    args = build_parser().parse_args(sys.argv[1:] if argv is None else argv)
    try:
        if args.command is None:
            return _serve(args)
        result: int = args.func(args)
        return result
    except UserError as exc:
        print(f"错误：{exc}", file=sys.stderr)
        return 2


def _config(args: argparse.Namespace) -> ServerConfig:
    from unionoffice.server.config import ServerConfig

    return ServerConfig.load(
        getattr(args, "config", None),
        db=getattr(args, "db", None),
        key_file=getattr(args, "key_file", None),
        host=getattr(args, "host", None),
        port=getattr(args, "port", None),
        certificate=getattr(args, "certificate", None),
        private_key=getattr(args, "private_key", None),
        insecure_loopback=getattr(args, "insecure_loopback", None),
        threads=getattr(args, "threads", None),
        allow_owner_role=getattr(args, "allow_owner_role", None),
    )


def _need(value: str, what: str) -> str:
    if not value:
        raise UserError(f"请给出{what}。")
    return value


def _serve(args: argparse.Namespace) -> int:
    import uvicorn

    config = _config(args)
    _need(config.db, "数据库 URL（--db 或配置文件中的 db）")
    _need(config.key_file, "密钥文件（--key-file 或配置文件中的 key_file）")
    config.check_listening()
    tls: dict[str, Any] = (
        {}
        if config.insecure_loopback
        else {"ssl_certfile": config.certificate, "ssl_keyfile": config.private_key}
    )
    options: dict[str, Any] = {
        "host": config.host,
        "port": config.port,
        "timeout_keep_alive": 75,  # longer than the client's idle connections (60 s)
        "proxy_headers": True,
        "forwarded_allow_ips": config.trusted_proxies,
        "log_level": args.log_level,
        **tls,
    }
    if args.workers > 1:
        os.environ[CONFIG_ENV] = json.dumps(asdict(config))
        uvicorn.run(
            "unionoffice.server.cli:app_from_environment", factory=True, workers=args.workers, **options
        )
    else:
        uvicorn.run(_app(config), **options)
    return 0


def _app(config: ServerConfig) -> Starlette:
    from unionoffice.server.app import create_app

    return create_app(config)


def app_from_environment() -> Starlette:
    """Each ``--workers`` process builds its application from the settings the parent checked."""
    from unionoffice.server.config import ServerConfig

    return _app(ServerConfig(**json.loads(os.environ[CONFIG_ENV])))


# Maintenance ----------------------------------------------------------------------------------
def _owner_database(url: str) -> Database:
    """The owner role's connection: no statement or idle limits (a migration may take long)."""
    from unionoffice.core.database import open_database
    from unionoffice.db.dialect import PG_KEEPALIVES, pg_session_options

    args: dict[str, Any] = {"connect_timeout": 10, "application_name": "unionoffice-migrate", **PG_KEEPALIVES}
    args["options"] = pg_session_options(
        statement_timeout_ms=0, idle_in_transaction_ms=0, lock_timeout_ms=60_000
    )
    return open_database(url, connect_args=args)


def _cmd_migrate(args: argparse.Namespace) -> int:
    from alembic import command

    from unionoffice.db.migrate import _config as alembic_config
    from unionoffice.db.migrate import current_revisions, head_revisions
    from unionoffice.server import privileges
    from unionoffice.server.backup import pg_dump

    config = _config(args)
    db = _owner_database(_need(config.db, "所有者账号的数据库 URL（--db）"))
    if db.is_sqlite:
        raise UserError("unionoffice-server migrate 只用于 PostgreSQL；单机数据文件由程序启动时自动升级。")
    privileges.check_role_name(args.runtime_role)
    before = current_revisions(db)
    if before and not args.no_backup:
        print(f"已备份到：{pg_dump(db.url, args.backup_dir, 'premigrate')}")
    alembic = alembic_config()
    with db.engine.begin() as conn:
        alembic.attributes["connection"] = conn
        command.upgrade(alembic, "heads")
        privileges.apply(conn, args.runtime_role)
    print(f"数据库结构：{', '.join(sorted(before)) or '（空）'} → {', '.join(sorted(head_revisions()))}")
    print(f"运行账号 {args.runtime_role} 的权限已设置（操作日志只能追加）。")
    db.dispose()
    return 0


def _cmd_init_keys(args: argparse.Namespace) -> int:
    from unionoffice.core.crypto import vault
    from unionoffice.server.keys import new_ring, public_text, ring_from_database, write_key_file

    config = _config(args)
    path = Path(_need(config.key_file, "密钥文件路径（--key-file）"))
    if path.exists():  # asked before any password: the file is never overwritten
        raise UserError(f"密钥文件 {path} 已经存在，不会覆盖（丢失数据密钥就丢失了加密的数据）。")
    if args.from_db:
        from unionoffice.core.database import open_database
        from unionoffice.db.database import resolve_url

        db = open_database(resolve_url(args.from_db))
        try:
            if args.recovery_code:
                ring = ring_from_database(db, None, None, getpass.getpass("恢复码："))
            else:
                admin = _need(args.admin or "", "管理员账号（--admin）或 --recovery-code")
                ring = ring_from_database(db, admin, getpass.getpass(f"{admin} 的密码："), None)
        finally:
            db.dispose()
    else:
        ring = new_ring()
    keys = write_key_file(path, ring)
    print(f"已生成密钥文件：{path}（仅本账号可读；请另行离线备份，丢失数据密钥就无法读取加密数据）")
    retired = len(ring.data) - 1
    print(f"数据密钥编号：{keys.data_key_id}" + (f"（另有 {retired} 代旧数据密钥）" if retired else ""))
    print(f"审计密钥编号：{vault.key_id(ring.audit or b'')}")
    print(f"审计签名公钥（核对导出的日志链头时使用）：{public_text(keys.signing_public)}")
    return 0


def _cmd_rotate_keys(args: argparse.Namespace) -> int:
    from unionoffice.core.auth import custody
    from unionoffice.core.auth.service import login
    from unionoffice.server.keys import rotate_server_keys

    config = _config(args)
    path = Path(_need(config.key_file, "密钥文件（--key-file）"))
    db = _serving_database(config)
    try:
        password = getpass.getpass(f"{args.admin} 的密码：")
        actor = login(db, args.admin, password)
        report = rotate_server_keys(db, actor, password, path)
    finally:
        custody.release_server_keys()
        db.dispose()
    print(
        f"数据密钥已更换（{report.retired_key_id} → {report.key_id}）：重新加密 {report.values} 项，"
        f"用时 {report.seconds:.1f} 秒；密钥文件 {path} 已改写（旧密钥保留为只读）。"
    )
    print("请立即重启所有服务器进程，并把新的密钥文件另行离线备份；未重启的进程不能再保存数据。")
    return 0


def _cmd_make_cert(args: argparse.Namespace) -> int:
    from unionoffice.server.tls import make_certificates

    issued = make_certificates(args.out, args.names, args.days)
    if issued.new_ca:
        print(f"新建内部 CA：{issued.ca_certificate}（把它发给各办公电脑）；{issued.ca_key} 请离线保管。")
    print(f"服务器证书：{issued.certificate}，私钥：{issued.private_key}（{', '.join(issued.names)}）")
    return 0


def _serving_database(config: ServerConfig) -> Database:
    from unionoffice.core.database import open_database
    from unionoffice.db.database import resolve_url
    from unionoffice.server.keys import hold_keys, load_key_file

    db = open_database(resolve_url(_need(config.db, "数据库 URL（--db）")))
    hold_keys(db, load_key_file(_need(config.key_file, "密钥文件（--key-file）")))
    return db


def _cmd_create_admin(args: argparse.Namespace) -> int:
    from unionoffice.core.auth.service import create_first_admin
    from unionoffice.core.org.setup import ensure_company_union

    db = _serving_database(_config(args))
    if args.password_stdin:
        password = sys.stdin.readline().rstrip("\n")
    else:
        password = getpass.getpass("管理员密码：")
        if getpass.getpass("再次输入密码：") != password:
            raise UserError("两次输入的密码不一致。")
    actor = create_first_admin(db, args.username, args.display_name, password)
    ensure_company_union(db, actor, args.company)
    print(f"已创建管理员 {actor.username}，公司工会：{args.company}。")
    db.dispose()
    return 0


def _cmd_export_head(args: argparse.Namespace) -> int:
    from unionoffice.server import audit_export
    from unionoffice.server.keys import load_key_file

    config = _config(args)
    target = _need(args.to or config.audit_export, "导出位置（--to 或配置中的 audit_export）")
    db = _serving_database(config)
    print(audit_export.export(db, load_key_file(config.key_file).signing_key, target))
    db.dispose()
    return 0


def _cmd_audit_check(args: argparse.Namespace) -> int:
    from unionoffice.server import audit_export
    from unionoffice.server.keys import load_key_file

    config = _config(args)
    db = _serving_database(config)
    lines = audit_export.read_lines(args.exports)
    problems = audit_export.check(db, lines, load_key_file(config.key_file).signing_public)
    db.dispose()
    if problems:
        print("操作日志与导出的链头不符：")
        for problem in problems:
            print("  ", problem)
        return 1
    print(f"操作日志与导出的 {sum(1 for line in lines if line.strip())} 个链头一致。")
    return 0
