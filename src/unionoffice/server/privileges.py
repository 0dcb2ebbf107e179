"""Least privilege in PostgreSQL: the owner role changes the schema, the runtime role only works.

``unionoffice-server migrate`` runs as the owner role (the database's owner). After the Alembic
migrations it applies, in the same transaction, what the runtime role (the one the server runs
as) may do:

- read and write the app's tables, nothing else: it owns no table and no schema, so it cannot
  ``ALTER``, ``DROP`` or ``CREATE`` anything; ``alembic_version`` is read-only to it;
- the audit log is insert-only: ``UPDATE``, ``DELETE`` and ``TRUNCATE`` are revoked (except setting
  the hash of a *pending* entry once, which is how it is sealed into the chain), and a trigger
  refuses them for everyone (the owner must drop the trigger first, which is itself a visible act
  and is caught by the exported chain heads, ``server.audit_export``).

This is applied on every migrate, not written as an Alembic revision: the runtime role's name is
deployment configuration, SQLite has neither roles nor triggers, and re-applying it gives tables
added by later revisions their grants without anyone remembering to.
"""

from __future__ import annotations

from sqlalchemy import Connection, text

from unionoffice.foundation.errors import UserError

# Tables the runtime role may add rows to but never change (the protection work may add its
# signed checkpoints here).
INSERT_ONLY_TABLES = ("audit_log",)
READ_ONLY_TABLES = ("alembic_version",)
_GUARD_FUNCTION = "unionoffice_refuse_change"

_ROLE_NAME_CHARS = set("abcdefghijklmnopqrstuvwxyz0123456789_")


def _ident(conn: Connection, name: str) -> str:
    return conn.dialect.identifier_preparer.quote(name)


def check_role_name(name: str) -> str:
    if not name or not set(name) <= _ROLE_NAME_CHARS or name[0].isdigit():
        raise UserError(f"运行账号名“{name}”无效：只能用小写字母、数字和下划线。")
    return name


def apply(conn: Connection, runtime_role: str) -> None:
    """Grant ``runtime_role`` what the server needs and guard the insert-only tables."""
    role = _ident(conn, check_role_name(runtime_role))
    owner = conn.execute(text("SELECT current_user")).scalar_one()
    if owner == runtime_role:
        raise UserError("迁移必须用数据库的所有者账号执行，不能用服务器的运行账号。")
    exists = conn.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :r"), {"r": runtime_role}).first()
    if exists is None:
        raise UserError(
            f"数据库中没有运行账号“{runtime_role}”：请先由数据库管理员创建"
            f"（CREATE ROLE {runtime_role} LOGIN PASSWORD '…'），再执行迁移。"
        )
    statements = [
        "REVOKE CREATE ON SCHEMA public FROM PUBLIC",
        f"REVOKE ALL ON SCHEMA public FROM {role}",
        f"GRANT USAGE ON SCHEMA public TO {role}",
        f"REVOKE ALL ON ALL TABLES IN SCHEMA public FROM {role}",
        f"GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO {role}",
        f"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO {role}",
    ]
    for table in INSERT_ONLY_TABLES:
        statements.append(f"REVOKE UPDATE, DELETE, TRUNCATE ON {_ident(conn, table)} FROM {role}")
        # Sealing a pending entry (core/audit/chain.py) writes its hash once; the trigger allows
        # nothing else, so a sealed entry can never change.
        statements.append(f"GRANT UPDATE (hash) ON {_ident(conn, table)} TO {role}")
    for table in READ_ONLY_TABLES:
        statements.append(f"REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON {_ident(conn, table)} FROM {role}")
    for statement in statements:
        conn.exec_driver_sql(statement)
    _guard_insert_only(conn)


def _guard_insert_only(conn: Connection) -> None:
    # The message is concatenated, not formatted: a "%" would be taken for a bind parameter.
    conn.exec_driver_sql(
        f"""
        CREATE OR REPLACE FUNCTION {_GUARD_FUNCTION}() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            IF TG_OP = 'UPDATE' THEN
                IF OLD.hash = '' AND NEW.hash <> '' AND (to_jsonb(NEW) - 'hash') = (to_jsonb(OLD) - 'hash') THEN
                    RETURN NEW;  -- a pending entry sealed: its hash set once, nothing else
                END IF;
            END IF;
            RAISE EXCEPTION USING
                MESSAGE = TG_TABLE_NAME || ' is insert-only: ' || TG_OP || ' refused',
                ERRCODE = 'insufficient_privilege';
        END
        $$
        """
    )
    for table in INSERT_ONLY_TABLES:
        quoted = _ident(conn, table)
        rows, whole = _ident(conn, f"{table}_insert_only_rows"), _ident(conn, f"{table}_insert_only_truncate")
        conn.exec_driver_sql(f"DROP TRIGGER IF EXISTS {rows} ON {quoted}")
        conn.exec_driver_sql(
            f"CREATE TRIGGER {rows} BEFORE UPDATE OR DELETE ON {quoted} "
            f"FOR EACH ROW EXECUTE FUNCTION {_GUARD_FUNCTION}()"
        )
        conn.exec_driver_sql(f"DROP TRIGGER IF EXISTS {whole} ON {quoted}")
        conn.exec_driver_sql(
            f"CREATE TRIGGER {whole} BEFORE TRUNCATE ON {quoted} "
            f"FOR EACH STATEMENT EXECUTE FUNCTION {_GUARD_FUNCTION}()"
        )


def runtime_problems(conn: Connection) -> list[str]:
    """Why the connected role should not run the server (it could change the schema)."""
    problems = []
    superuser = conn.execute(text("SELECT rolsuper FROM pg_roles WHERE rolname = current_user")).scalar()
    if superuser:
        problems.append("以超级用户身份连接")
    owned = conn.execute(
        text(
            "SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
            "WHERE n.nspname = 'public' AND c.relowner = (SELECT oid FROM pg_roles WHERE rolname = current_user)"
        )
    ).scalar_one()
    if owned:
        problems.append(f"拥有 {owned} 张表或序列")
    if conn.execute(text("SELECT has_schema_privilege(current_user, 'public', 'CREATE')")).scalar():
        problems.append("可以在 public 模式中建表")
    return problems
