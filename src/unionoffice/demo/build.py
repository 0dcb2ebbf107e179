"""Deterministic demo databases: the organisation, users, then each module's own demo data.

``unionoffice --demo`` and ``unionoffice demo --out FILE`` use this; the same seed and size
always give the same database, so screenshots and benchmarks are repeatable.
"""

from __future__ import annotations

import random
from pathlib import Path

from sqlalchemy.orm import Session

from unionoffice.core.auth.grants import holds_data_key
from unionoffice.core.auth.models import User
from unionoffice.core.auth.passwords import hash_password
from unionoffice.core.auth.roles import Role
from unionoffice.core.crypto import keys
from unionoffice.core.database import open_database
from unionoffice.core.demo_context import BRANCHES, DemoContext
from unionoffice.core.modules import all_modules, load_object
from unionoffice.core.org.labels import UnitKind
from unionoffice.core.org.models import OrgUnit
from unionoffice.db.database import Database
from unionoffice.db.migrate import upgrade
from unionoffice.demo.cache import DEFAULT_SEED, DEFAULT_SIZE, DEMO_PASSWORD


def _org(session: Session) -> tuple[int, dict[str, int], dict[str, list[int]]]:
    company = OrgUnit(kind=UnitKind.COMPANY, name="集团公司工会", base=None, sort_order=0)
    session.add(company)
    session.flush()
    branch_ids: dict[str, int] = {}
    group_ids: dict[str, list[int]] = {}
    for order, (name, (base, groups)) in enumerate(BRANCHES.items(), start=1):
        branch = OrgUnit(kind=UnitKind.BRANCH, name=name, parent_id=company.id, base=base, sort_order=order)
        session.add(branch)
        session.flush()
        branch_ids[name] = branch.id
        group_ids[name] = []
        for g_order, group_name in enumerate(groups, start=1):
            group = OrgUnit(
                kind=UnitKind.GROUP, name=group_name, parent_id=branch.id, base=base, sort_order=g_order
            )
            session.add(group)
            session.flush()
            group_ids[name].append(group.id)
    return company.id, branch_ids, group_ids


def _users(session: Session, branch_ids: dict[str, int]) -> dict[str, int]:
    password_hash = hash_password(DEMO_PASSWORD)  # hashing is deliberately slow: once for all
    branches = {b.id: b for b in session.query(OrgUnit).filter(OrgUnit.kind == UnitKind.BRANCH)}
    specs = [
        ("admin", "演示管理员", Role.ADMIN, []),
        ("viewer", "工会主席（只读）", Role.VIEWER, []),
        ("clerk_xx", "心兴干事 王芳", Role.CLERK, ["心兴分工会"]),
        ("clerk_ql", "氢力干事 李强", Role.CLERK, ["氢力分工会"]),
        ("clerk_ls", "蓝色科技干事 陈静", Role.CLERK, ["蓝色科技分工会"]),
        ("clerk_hs", "黑色生态干事 马军", Role.CLERK, ["黑色生态分工会"]),
        ("reviewer", "复核员 赵敏", Role.CLERK, list(BRANCHES)),
    ]
    specs += [(f"judge{i}", f"评委{i}", Role.JUDGE, []) for i in range(1, 8)]
    ids = {}
    for username, display, role, branch_names in specs:
        user = User(username=username, display_name=display, password_hash=password_hash, role=role)
        user.branches = [branches[branch_ids[n]] for n in branch_names]
        session.add(user)
        session.flush()
        ids[username] = user.id
    return ids


def _keys(session: Session, users: dict[str, int]) -> None:
    """The demo's keys, held by the accounts whose role reads sensitive data (admin, clerks), each
    opened by the demo password: one key derivation for all of them, a shortcut only a demo takes
    (every real account has its own salt). Judges and the viewer hold no key."""
    kek = keys.derive(DEMO_PASSWORD)
    keys.setup_keys(session, users["admin"], DEMO_PASSWORD, kek=kek, reseal_files=False)
    for user in session.query(User).filter(User.id != users["admin"]):
        if holds_data_key(Role(user.role)):
            keys.new_holder(session, keys.USER, user.id, kek)


def build_demo_database(target: Path | str, size: int = DEFAULT_SIZE, seed: int = DEFAULT_SEED) -> Database:
    """Create ``target`` afresh and fill it; returns the open database."""
    path = Path(target)
    for suffix in ("", "-wal", "-shm"):
        path.with_name(path.name + suffix).unlink(missing_ok=True)
    db = open_database(f"sqlite:///{path.resolve()}")
    upgrade(db)
    with db.transaction(None) as session:
        session.info["audit_off"] = True  # demo rows are not clerk actions
        company_id, branch_ids, group_ids = _org(session)
        users = _users(session, branch_ids)
        _keys(session, users)
        ctx = DemoContext(session, random.Random(seed), size, company_id, branch_ids, group_ids, users)
        for spec in all_modules():
            if spec.demo:
                load_object(spec.demo)(ctx)
    with db.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        conn.exec_driver_sql("ANALYZE")
        conn.commit()  # the connection runs in a transaction: without this the statistics vanish
    return db
