"""Personal-information duties (PIPL): give a member everything held about them, and anonymise a
member who has left while keeping the statistics and the money trail intact.

Both work across every module without hooks: any table with a ``member_id`` foreign key to
``members`` holds data about the person.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import String, Table, delete, func, select, update
from sqlalchemy.orm import Session

from unionoffice.core import attachments
from unionoffice.core.audit.recorder import record, record_view
from unionoffice.core.auth.actor import Actor
from unionoffice.core.auth.roles import CorePerm
from unionoffice.core.crypto.fields import open_row
from unionoffice.core.schema import load_all_models
from unionoffice.db.database import Database
from unionoffice.foundation.errors import NotFound, ValidationError
from unionoffice.foundation.i18n import translate
from unionoffice.foundation.xlsx import TEXT, Sheet, write_xlsx
from unionoffice.members.labels import MemberStatus
from unionoffice.members.models import FamilyMember, Member
from unionoffice.members.perms import MembersPerm
from unionoffice.members.service import load_member

# Who may be anonymised: people no longer in the register (保留会籍 members still are).
GONE = frozenset(status for status in MemberStatus if not status.in_register)


def _person_tables() -> list[Table]:
    return [
        table
        for table in load_all_models().sorted_tables
        if "member_id" in table.c
        and any(fk.column.table.name == "members" for fk in table.c.member_id.foreign_keys)
    ]


def _plain(value: Any) -> Any:
    if isinstance(value, (bytes, bytearray)):
        return f"<{len(value)} bytes>"
    return value


def export_person(db: Database, actor: Actor, member_id: int, target: str | Path) -> int:
    """Write one ``.xlsx`` with a sheet per kind of record about the member; returns the row count."""
    actor.require(MembersPerm.UNMASK)
    sheets = []
    with db.read(actor) as s:
        load_member(s, actor, member_id)  # out of scope looks like missing
        members = Member.__table__
        row = open_row(
            members, dict(s.execute(select(members).where(members.c.id == member_id)).one()._mapping)
        )
        sheets.append(
            Sheet(
                translate("Members", "会员信息"),
                list(row),
                [[_plain(v) for v in row.values()]],
                number_formats={"id_number": TEXT},
            )
        )
        total = 1
        for table in _person_tables():
            rows = [
                open_row(table, dict(r._mapping))
                for r in s.execute(select(table).where(table.c.member_id == member_id))
            ]
            if rows:
                sheets.append(
                    Sheet(
                        table.name[:31],
                        [c.name for c in table.columns],
                        [[_plain(r[c.name]) for c in table.columns] for r in rows],
                    )
                )
                total += len(rows)
    write_xlsx(target, sheets)
    record_view(db, actor, Member.__tablename__, member_id, translate("Members", "导出本人全部信息"))
    return total


def anonymise(db: Database, actor: Actor, member_id: int) -> None:
    """Remove what identifies a member who has left; counts, dates, branch and money stay.

    Values are overwritten with Core statements so no field-by-field audit entry repeats them;
    one entry records that the member was anonymised.
    """
    actor.require(CorePerm.USERS_ADMIN)
    with db.transaction(actor) as s:
        member = s.get(Member, member_id)
        if member is None:
            raise NotFound(translate("Members", "找不到该会员。"))
        if member.status not in GONE:
            raise ValidationError(
                translate(
                    "Members", "只能对已退会、除名、转出或去世的会员做匿名化处理；{name} 当前为“{status}”。"
                ).format(name=member.name, status=MemberStatus(member.status).label)
            )
        placeholder = translate("Members", "已匿名{id}").format(id=member_id)
        born, name = member.birth_date, member.name
        s.expunge(member)
        s.execute(
            update(Member.__table__)
            .where(Member.__table__.c.id == member_id)
            .values(
                name=placeholder,
                name_pinyin="",
                name_initials="",
                id_number="",
                id_hash=None,
                id_suffix_hash=None,
                phone=None,
                employee_no=None,
                notes=None,
                status_reason=None,
                birth_date=date(born.year, 1, 1),  # the year is kept for age statistics
            )
        )
        s.execute(delete(FamilyMember.__table__).where(FamilyMember.__table__.c.member_id == member_id))
        for table in _person_tables():
            values: dict[str, Any] = {
                c.name: "" for c in table.columns if c.info.get("sensitive") and not c.nullable
            }
            values.update({c.name: None for c in table.columns if c.info.get("sensitive") and c.nullable})
            for copied in ("name", "recipient_name"):  # copies of the name (contestants, certificates)
                if copied in table.c:
                    values[copied] = placeholder
            # The name inside other text (a certificate's printed values kept for reprints).
            for column in table.columns:
                if column.name not in values and not column.primary_key and isinstance(column.type, String):
                    values[column.name] = func.replace(column, name, placeholder)
            if values:
                s.execute(update(table).where(table.c.member_id == member_id).values(values))
        _drop_claim_attachments(s, member_id)
        record(s, "anonymise", Member.__tablename__, member_id, translate("Members", "会员信息已匿名化"))


def _drop_claim_attachments(s: Session, member_id: int) -> None:
    """Scans of a member's claims are medical documents: removed with the person."""
    tables = load_all_models().tables
    claims, files = tables.get("medical_claims"), tables.get("medical_claim_attachments")
    if claims is None or files is None:
        return
    claim_ids = select(claims.c.id).where(claims.c.member_id == member_id)
    shas = list(s.execute(select(files.c.sha256).where(files.c.claim_id.in_(claim_ids))).scalars())
    s.execute(delete(files).where(files.c.claim_id.in_(claim_ids)))

    for sha in shas:
        still_used = s.execute(select(files.c.id).where(files.c.sha256 == sha).limit(1)).first()
        if not still_used:
            attachments.path_of(sha).unlink(missing_ok=True)
