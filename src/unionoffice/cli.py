"""Command line: every bulk job a clerk can do in the window can also be scripted.

``unionoffice`` alone starts the GUI; sub-commands never import Qt.
"""

# Imports inside functions: `unionoffice --help` and the GUI's start-up build the parser; a command
# loads SQLAlchemy and its services only when it runs.

from __future__ import annotations

import argparse
import getpass
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from unionoffice.core.command_line import open_db, signed_in
from unionoffice.core.modules import all_modules, load_object
from unionoffice.foundation.errors import UserError

if TYPE_CHECKING:
    from unionoffice.core.auth.actor import Actor
    from unionoffice.core.dbcopy import CopyReport
    from unionoffice.db.database import Database


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="unionoffice", description="工会办公 UnionOffice")
    parser.add_argument("--db", help="数据库文件路径或 URL（默认：用户数据文件夹中的 unionoffice.sqlite）")
    parser.add_argument("--user", help="以该用户身份登录（读写加密的身份证号、医疗信息时需要；会询问密码）")
    parser.add_argument("--server", help="工会服务器地址（https://主机:端口）；启动窗口时记住，下次直接连接")
    parser.add_argument("--ca", help="工会服务器的 CA 证书文件（管理员提供的 ca.crt）")
    parser.add_argument("--demo", action="store_true", help="在临时演示数据库上启动并以演示管理员登录")
    parser.add_argument("--demo-size", type=int, default=None, help="演示数据的会员人数（默认 12000）")
    parser.add_argument("--lang", choices=("zh_CN", "en"), help="界面语言")
    parser.add_argument("--self-test", action="store_true", help="自检后退出（安装包构建测试用）")
    parser.add_argument("--judge", metavar="评分包", help="以评委模式打开评分包（离线评分，无需登录数据库）")
    parser.add_argument(
        "--exam", metavar="考场包", help="以考试模式打开考场包（离线理论考试，无需登录数据库）"
    )
    sub = parser.add_subparsers(dest="command")

    demo = sub.add_parser("demo", help="生成演示数据库文件，不打开窗口")
    demo.add_argument("--out", required=True, type=Path)
    demo.add_argument("--size", type=int, default=None)
    demo.set_defaults(func=_cmd_demo)

    db = sub.add_parser("db", help="数据库维护").add_subparsers(dest="db_command", required=True)
    db.add_parser("upgrade", help="备份后升级数据库结构").set_defaults(func=_cmd_db_upgrade)
    db.add_parser("check", help="完整性检查").set_defaults(func=_cmd_db_check)
    backup = db.add_parser("backup", help="立即备份")
    backup.add_argument("--out", type=Path, help="备份文件路径（默认：备份文件夹）")
    backup.set_defaults(func=_cmd_db_backup)
    restore = db.add_parser("restore", help="从备份恢复")
    restore.add_argument("file", type=Path)
    restore.set_defaults(func=_cmd_db_restore)
    db.add_parser("backups", help="列出备份").set_defaults(func=_cmd_db_backups)
    copy = db.add_parser("copy", help="把整个数据库复制到另一个空数据库（SQLite ⇄ PostgreSQL），并逐表核对")
    copy.add_argument("--from", dest="source", required=True, help="源：SQLite 文件路径或数据库 URL")
    copy.add_argument(
        "--to",
        dest="target",
        required=True,
        help="目标：新的 SQLite 文件或空的 PostgreSQL 数据库 URL（postgresql+psycopg://用户@主机/库名）",
    )
    copy.set_defaults(func=_cmd_db_copy)

    user = sub.add_parser("user", help="用户管理").add_subparsers(dest="user_command", required=True)
    add = user.add_parser("add", help="新增用户")
    add.add_argument("username")
    add.add_argument("--name", default="", help="显示名称")
    add.add_argument("--role", choices=("admin", "clerk", "judge", "viewer"), required=True)
    add.add_argument("--branch", action="append", default=[], help="分工会名称（工会干事必填，可重复）")
    add.add_argument("--password-stdin", action="store_true", help="从标准输入读取密码")
    add.set_defaults(func=_cmd_user_add)
    passwd = user.add_parser("passwd", help="重设密码")
    passwd.add_argument("username")
    passwd.add_argument("--password-stdin", action="store_true")
    passwd.set_defaults(func=_cmd_user_passwd)
    user.add_parser("list", help="列出用户").set_defaults(func=_cmd_user_list)

    keys_cmd = sub.add_parser("keys", help="数据密钥（加密的身份证号、医疗信息）").add_subparsers(
        dest="keys_command", required=True
    )
    recover = keys_cmd.add_parser("recover", help="用恢复码重设管理员密码并找回数据")
    recover.add_argument("username", help="要重设密码的管理员账号")
    recover.set_defaults(func=_cmd_keys_recover)
    keys_cmd.add_parser("rotate", help="更换数据密钥（需 --user 管理员）").set_defaults(func=_cmd_keys_rotate)
    keys_cmd.add_parser(
        "reseal", help="把本机附件改用当前数据密钥加密（更换密钥后在其他电脑上运行）"
    ).set_defaults(func=_cmd_keys_reseal)

    audit = sub.add_parser("audit", help="操作日志").add_subparsers(dest="audit_command", required=True)
    audit.add_parser("verify", help="校验操作日志是否被篡改").set_defaults(func=_cmd_audit_verify)

    for spec in all_modules():
        if spec.cli:
            load_object(spec.cli)(sub)
    return parser


def _read_password(args: argparse.Namespace) -> str:
    if args.password_stdin:
        return sys.stdin.readline().rstrip("\n")
    first = getpass.getpass("密码：")
    if getpass.getpass("再次输入密码：") != first:
        raise UserError("两次输入的密码不一致。")
    return first


def _cmd_demo(args: argparse.Namespace) -> int:
    from unionoffice.demo.build import build_demo_database
    from unionoffice.demo.cache import DEFAULT_SIZE

    size = args.size or DEFAULT_SIZE
    build_demo_database(args.out, size=size).dispose()
    print(f"已生成演示数据库：{args.out}（{size} 名会员）")
    return 0


def _cmd_db_upgrade(args: argparse.Namespace) -> int:
    from unionoffice.db.migrate import current_revisions

    db = open_db(args)
    print("数据库结构已是最新：", ", ".join(sorted(current_revisions(db))))
    return 0


def _cmd_db_check(args: argparse.Namespace) -> int:
    from unionoffice.db.backup import integrity_problems

    db = open_db(args, migrate=False)
    if db.sqlite_path is None:
        print("PostgreSQL 数据库由服务器自身保证完整性。")
        return 0
    problems = integrity_problems(db.sqlite_path)
    if problems:
        print("完整性检查失败：")
        for line in problems[:20]:
            print("  ", line)
        return 1
    print("完整性检查通过。")
    return 0


def _sqlite_path(args: argparse.Namespace) -> Path:
    db = open_db(args, migrate=False)
    if db.sqlite_path is None:
        raise UserError("PostgreSQL 数据库请用服务器的 pg_dump 备份。")
    return db.sqlite_path


def _cmd_db_backup(args: argparse.Namespace) -> int:
    from unionoffice.db.backup import backup_file, make_backup
    from unionoffice.foundation.paths import backups_dir

    path = _sqlite_path(args)
    if args.out:
        backup_file(path, args.out)
        target = args.out
    else:
        target = make_backup(path, backups_dir(), "manual")
    print(f"已备份到：{target}")
    return 0


def _cmd_db_restore(args: argparse.Namespace) -> int:
    from unionoffice.db.backup import restore

    path = _sqlite_path(args)
    restore(args.file, path)
    print(f"已从 {args.file} 恢复到 {path}（原文件已另存）。")
    return 0


def _cmd_db_backups(args: argparse.Namespace) -> int:
    from unionoffice.db.backup import list_backups
    from unionoffice.foundation.paths import backups_dir

    for info in list_backups(_sqlite_path(args), backups_dir()):
        print(
            f"{info.taken_at:%Y-%m-%d %H:%M:%S}  {info.reason:<10} {info.size / 1048576:7.1f} MiB  {info.path}"
        )
    return 0


def _cmd_db_copy(args: argparse.Namespace) -> int:
    from unionoffice.core.dbcopy import CopyMismatch, copy_database

    try:
        report = copy_database(args.source, args.target)
    except CopyMismatch as exc:
        _print_copy_report(exc.report)
        raise
    _print_copy_report(report)
    print(
        f"复制完成：{len(report.tables)} 张表，共 {report.rows} 行，"
        f"全部行数与校验和一致，用时 {report.seconds:.1f} 秒。"
    )
    return 0


def _print_copy_report(report: CopyReport) -> None:
    print(f"源：{report.source}")
    print(f"目标：{report.target}")
    print(f"{'表':<24}{'源行数':>10}{'目标行数':>10}  校验和（SHA-256 前 16 位）  结果")
    for t in report.tables:
        status = "一致" if t.ok else "不一致"
        print(f"{t.name:<24}{t.source_rows:>10}{t.target_rows:>10}  {t.target_checksum[:16]:<26}  {status}")


def _cmd_user_add(args: argparse.Namespace) -> int:
    """Adding an account needs an administrator's sign-in (``--user``), except the very first
    administrator of this office's database when it has no account at all."""
    from unionoffice.client.command_line import services_for, union_server_of
    from unionoffice.core.auth.contract import LIST_USERS, SAVE_USER, UserSave
    from unionoffice.foundation.contract import Empty

    if not args.user and union_server_of(args) is None:
        from sqlalchemy import func, select

        from unionoffice.core.auth.models import User
        from unionoffice.core.auth.service import create_first_admin

        db = open_db(args)
        with db.read() as s:
            empty = s.execute(select(func.count()).select_from(User)).scalar_one() == 0
        if empty:
            if args.role != "admin":
                raise UserError("数据库中还没有任何账号：第一个账号必须是管理员（--role admin）。")
            create_first_admin(db, args.username, args.name, _read_password(args))
            print(f"已新增第一个管理员 {args.username}。首次登录时会创建数据密钥并显示恢复码。")
            return 0
    _need_admin_user(args)
    services = services_for(args)
    branches = dict((name, unit_id) for unit_id, name in services.call(LIST_USERS, Empty()).branches)
    missing = [name for name in args.branch if name not in branches]
    if missing:
        raise UserError(f"找不到分工会“{missing[0]}”。")
    request = UserSave(
        args.username,
        args.name,
        args.role,
        tuple(branches[name] for name in args.branch),
        password=_read_password(args),
    )
    services.call(SAVE_USER, request)
    print(f"已新增用户 {args.username}（首次登录须修改密码）。")
    return 0


def _need_admin_user(args: argparse.Namespace) -> None:
    if not args.user:
        raise UserError("用户管理须以管理员登录：请加 --user 管理员账号（会询问密码）。")


def _admin_signed_in(args: argparse.Namespace, db: Database) -> Actor:
    """The administrator named by ``--user``; user management refuses everyone else."""
    from unionoffice.core.auth.roles import CorePerm

    _need_admin_user(args)
    actor = signed_in(args, db)
    actor.require(CorePerm.USERS_ADMIN)
    return actor


def _cmd_user_passwd(args: argparse.Namespace) -> int:
    from sqlalchemy import select

    from unionoffice.core.auth.models import User
    from unionoffice.core.auth.service import reset_password

    db = open_db(args)
    actor = _admin_signed_in(args, db)
    with db.read() as s:
        user_id = s.execute(select(User.id).where(User.username == args.username)).scalar_one_or_none()
    if user_id is None:
        raise UserError(f"找不到用户“{args.username}”。")
    reset_password(db, actor, user_id, _read_password(args))
    print(f"已重设 {args.username} 的密码（下次登录须修改）。")
    return 0


def _cmd_user_list(args: argparse.Namespace) -> int:
    from unionoffice.client.command_line import services_for
    from unionoffice.core.auth.contract import LIST_USERS
    from unionoffice.core.auth.roles import Role
    from unionoffice.foundation.contract import Empty

    _need_admin_user(args)
    for user in services_for(args).call(LIST_USERS, Empty()).users:
        state = "停用" if not user.active else ("锁定" if user.locked else "正常")
        print(f"{user.username:<16} {user.display_name:<16} {Role(user.role).label:<8} {state}")
    return 0


def _not_on_a_union_server(args: argparse.Namespace, what: str, command: str) -> None:
    """Key work belongs to the union server's key file: never done on this PC's own file while
    the office works through a server (it would change a database nobody uses)."""
    from unionoffice.client.command_line import union_server_of
    from unionoffice.core.auth.custody import server_side_message

    if union_server_of(args) is not None:
        raise UserError(server_side_message(what, command))


def _cmd_keys_recover(args: argparse.Namespace) -> int:
    from unionoffice.core.auth.service import recover_with_code

    _not_on_a_union_server(args, "用恢复码取回数据密钥", "init-keys --from-db 数据库 --recovery-code")
    db = open_db(args)
    code = getpass.getpass("恢复码：")
    password = getpass.getpass("新密码：")
    if getpass.getpass("再次输入新密码：") != password:
        raise UserError("两次输入的密码不一致。")
    recover_with_code(db, code, args.username, password)
    print(f"已用恢复码重设 {args.username} 的密码，数据密钥已交给该账号。")
    return 0


def _cmd_keys_rotate(args: argparse.Namespace) -> int:
    from unionoffice.core.auth.service import rotate_keys

    _not_on_a_union_server(args, "更换数据密钥", "rotate-keys --key-file 密钥文件 --admin 账号")
    if not args.user:
        raise UserError("更换数据密钥须以管理员登录：请加 --user 管理员账号。")
    db = open_db(args)
    password = getpass.getpass("再次输入您的密码以确认：")
    report = rotate_keys(db, signed_in(args, db), password)
    print(
        f"数据密钥已更换（{report.retired_key_id} → {report.key_id}）：重新加密 {report.values} 项、"
        f"本机附件 {report.files} 个，用时 {report.seconds:.1f} 秒；{report.holders} 个账号和恢复码已获得新密钥。"
    )
    print("旧密钥保留为只读，直到所有数据都已重新加密；其他电脑上的附件请在各自电脑上运行 keys reseal。")
    print("仍用旧密钥登录着的窗口不能再保存，需要重新登录。")
    return 0


def _cmd_keys_reseal(args: argparse.Namespace) -> int:
    from unionoffice.core import attachments
    from unionoffice.core.crypto import vault

    _not_on_a_union_server(args, "重新加密附件", "rotate-keys（服务器上的附件随之重新加密）")
    db = open_db(args)
    _admin_signed_in(args, db)
    done = attachments.reseal_all(vault.data_key())
    print(f"本机附件文件夹中 {done} 个附件已改用当前数据密钥加密。")
    return 0


def _cmd_audit_verify(args: argparse.Namespace) -> int:
    from unionoffice.client.command_line import services_for
    from unionoffice.core.audit.contract import VERIFY
    from unionoffice.foundation.contract import Empty
    from unionoffice.foundation.progress import Progress

    report = services_for(args).run_job(VERIFY, Empty(), Progress())
    if report.ok:
        pending = f"；另有 {report.pending} 条待封存（由未持审计密钥的账号写入）" if report.pending else ""
        print(f"操作日志完整：已校验 {report.checked} 条，链条未断{pending}。")
        if report.checkpoint:
            print(f"最新检查点签名（可另行保存，用于日后比对）：{report.checkpoint}")
        return 0
    print(f"操作日志已被篡改：{report.reason}（此前 {report.checked} 条完好）")
    return 1


def run(argv: list[str]) -> int:
    """Run a sub-command (the GUI is started by ``__main__`` when there is none)."""
    return dispatch(build_parser().parse_args(argv))


def dispatch(args: argparse.Namespace) -> int:
    from sqlalchemy.exc import DBAPIError

    from unionoffice.db.dialect import connection_problem_text, is_connection_problem

    try:
        return args.func(args)
    except UserError as exc:
        print(f"错误：{exc}", file=sys.stderr)
        return 2
    except DBAPIError as exc:
        if not is_connection_problem(exc):
            raise
        print(f"错误：无法连接数据库：{connection_problem_text(exc)}", file=sys.stderr)
        return 2
