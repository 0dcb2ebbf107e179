"""Issue #17, acceptance: identity numbers cannot be rebuilt from what a viewer sees and exports,
nor from a raw copy of the database; no personal value survives where it should not.

The attacker here is a strong one: they know every birth date, gender and base the screens show,
and the region codes of the union's three bases (the check character then confirms a guess). The
same attack against the mask of before issue #17 (region code and last four shown) rebuilds every
number, so these tests can fail."""

from __future__ import annotations

import re
import sqlite3
from datetime import date
from pathlib import Path

import pytest
from factories import actor_of
from openpyxl import load_workbook
from sqlalchemy import select

from unionoffice.core import staging
from unionoffice.core.auth import service as auth
from unionoffice.core.auth.roles import Role
from unionoffice.db import backup
from unionoffice.foundation.contract import FileData, ListWindow
from unionoffice.foundation.identity import HIDDEN_ID, check_digit, mask_id_number
from unionoffice.foundation.xlsx import Sheet, write_xlsx
from unionoffice.medical.demo import DIAGNOSES, HOSPITALS
from unionoffice.members import reports
from unionoffice.members import service as members
from unionoffice.members.demo import REGIONS
from unionoffice.members.labels import MemberStatus
from unionoffice.members.models import Member
from unionoffice.members.privacy import anonymise
from unionoffice.members.search import MemberFilter, member_source

pytestmark = pytest.mark.sqlite_only
ALL_REGIONS = tuple(r for regions in REGIONS.values() for r in regions)


def candidates(birth: date, gender: str, shown: str, regions: tuple[str, ...] = ALL_REGIONS) -> list[str]:
    """Every valid number that fits what was seen: a birth date, a gender and the visible part of a
    masked number (its known characters at their places; "*" unknown)."""
    known = {i: ch for i, ch in enumerate(shown) if ch != "*"} if len(shown) == 18 else {}
    found = []
    for region in regions:
        if any(known.get(i, ch) != ch for i, ch in enumerate(region)):
            continue
        for seq in range(1000):
            if (seq % 2 == 1) != (gender == "M"):
                continue
            first17 = f"{region}{birth:%Y%m%d}{seq:03d}"
            number = first17 + check_digit(first17)
            if all(number[i] == ch for i, ch in known.items()):
                found.append(number)
    return found


def rebuilt(seen: dict[int, tuple[date, str, str]], truth: dict[int, str], **kw: tuple[str, ...]) -> int:
    """How many numbers the attacker pins down to exactly the true one."""
    return sum(
        1
        for mid, (birth, gender, shown) in seen.items()
        if candidates(birth, gender, shown, **kw) == [truth[mid]]
    )


def _truth(db) -> dict[int, tuple[str, date, str, str]]:  # type: ignore[no-untyped-def]
    with db.read() as s:
        return {
            m.id: (str(m.id_number), m.birth_date, m.gender, m.base or "")
            for m in s.execute(select(Member).order_by(Member.id).limit(60)).scalars()
        }


def test_the_old_mask_rebuilt_every_number_so_this_attack_is_real(demo_db):
    truth = _truth(demo_db)
    old_mask = {mid: n[:6] + "*" * 8 + n[-4:] for mid, (n, *_rest) in truth.items()}
    seen = {mid: (birth, gender, old_mask[mid]) for mid, (_n, birth, gender, _b) in truth.items()}
    assert rebuilt(seen, {m: t[0] for m, t in truth.items()}) == len(truth)
    # …and "last four" alone rebuilds most of them once the region is guessed from the base (the
    # check character tells a right guess from a wrong one): why masks now keep two.
    numbers = {m: t[0] for m, t in truth.items()}
    pinned = sum(
        1
        for mid, (n, b, g, base) in truth.items()
        if candidates(b, g, "*" * 14 + n[-4:], regions=REGIONS[base]) == [n]
    )
    assert pinned >= len(numbers) * 0.6


def test_nothing_a_viewer_sees_or_exports_rebuilds_a_number(demo_db, tmp_path):
    viewer = actor_of(demo_db, "viewer")
    assert viewer.role is Role.VIEWER
    truth = _truth(demo_db)
    numbers = {mid: t[0] for mid, t in truth.items()}
    seen: dict[int, tuple[date, str, str]] = {}
    # The register on screen, page by page.
    page = member_source(demo_db, viewer, MemberFilter()).page(ListWindow(0, 400, count=False))
    shown = {row_id: values for row_id, values in page.rows}
    # The member form.
    for mid, (_n, birth, gender, _base) in truth.items():
        detail = members.get_member(demo_db, viewer, mid)
        assert detail.id_number == HIDDEN_ID == shown[mid][2]
        assert str(birth) == shown[mid][3]  # the birth date is on screen, in full
        seen[mid] = (birth, gender, detail.id_number)
    # The register export and the birthday lists.
    out = tmp_path / "register.xlsx"
    reports.export_members(demo_db, viewer, MemberFilter(), out)
    sheet = load_workbook(out, read_only=True).worksheets[0]
    exported = [str(row[2]) for row in sheet.iter_rows(min_row=2, values_only=True)]
    assert exported and all(value == HIDDEN_ID for value in exported)
    for month in range(1, 13):
        reports.export_birthdays(demo_db, viewer, month, tmp_path / f"b{month}.xlsx")
    # Searching by an identity number's tail would be an oracle: a viewer's search ignores it.
    number = next(iter(numbers.values()))
    assert member_source(demo_db, viewer, MemberFilter(text=number[-4:])).count() == 0
    assert member_source(demo_db, viewer, MemberFilter(text=number)).count() == 0
    assert rebuilt(seen, numbers) == 0


def test_a_clerks_masked_view_rebuilds_nothing_even_with_the_region_known(demo_db, tmp_path):
    """What leaves the app masked (register, exports, import previews) shows the last two
    characters: with birth date, gender and the exact region known, about nine numbers fit."""
    admin = actor_of(demo_db, "admin")
    truth = _truth(demo_db)
    numbers = {mid: t[0] for mid, t in truth.items()}
    out = tmp_path / "masked.xlsx"
    reports.export_members(demo_db, admin, MemberFilter(), out)
    sheet = load_workbook(out, read_only=True).worksheets[0]
    masks = {str(row[2]) for row in sheet.iter_rows(min_row=2, values_only=True)}
    assert masks == {mask_id_number(n) for n in _all_numbers(demo_db)}
    seen = {mid: (b, g, mask_id_number(n)) for mid, (n, b, g, _base) in truth.items()}
    assert rebuilt(seen, numbers) == 0
    exact = {mid: (b, g, mask_id_number(n)) for mid, (n, b, g, _base) in truth.items()}
    worst = min(
        len(candidates(b, g, shown, regions=(numbers[mid][:6],))) for mid, (b, g, shown) in exact.items()
    )
    assert worst >= 8


def _all_numbers(db) -> list[str]:  # type: ignore[no-untyped-def]
    with db.read() as s:
        return [str(m.id_number) for m in s.execute(select(Member)).scalars()]


def _one_who_left_with_traces(db, everyone):  # type: ignore[no-untyped-def]
    """A member who left and who appears in other modules (a contestant, a claimant, a certificate):
    the anonymising must reach those copies too. Made to have left if nobody like that has."""
    from unionoffice.contests.models import Contestant

    with db.read() as s:
        contestants = set(s.execute(select(Contestant.member_id)).scalars())
    chosen = next((m for m in everyone if m.id in contestants), everyone[0])
    with db.transaction(None) as s:
        s.get(Member, chosen.id).status = MemberStatus.LEFT
    return chosen


def _cells(path: Path) -> list[tuple[str, str, str]]:
    """(table, column, text) of every value in the file, read with plain sqlite3 as a copy would be."""
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    out = []
    for (table,) in conn.execute("SELECT name FROM sqlite_master WHERE type='table'"):
        cursor = conn.execute(f'SELECT * FROM "{table}"')
        names = [d[0] for d in cursor.description]
        for row in cursor:
            for column, value in zip(names, row, strict=True):
                if isinstance(value, bytes):
                    value = value.decode("utf-8", "replace")
                if isinstance(value, str) and value:
                    out.append((table, column, value))
    conn.close()
    return out


MASK_WITH_DIGITS = re.compile(r"\d{6}\*{4,}|\*{4,}\d{3,}")


def test_no_personal_value_in_any_table_of_a_used_demo_database_its_backup_or_an_anonymised_trace(
    demo_db, tmp_path
):
    admin = auth.login(demo_db, "admin", "demo1234")
    with demo_db.read() as s:
        everyone = list(s.execute(select(Member)).scalars())
    numbers = [str(m.id_number) for m in everyone]
    phones = {m.phone for m in everyone if m.phone}
    births = {f"{m.birth_date:%Y%m%d}" for m in everyone}
    # A working day: edits, views of full numbers, exports, an upload left staged, an anonymising.
    active = next(m for m in everyone if m.status == MemberStatus.ACTIVE)
    gone = _one_who_left_with_traces(demo_db, everyone)
    gone_name, gone_phone, gone_number = gone.name, gone.phone, str(gone.id_number)
    with demo_db.transaction(admin) as s:
        m = s.get(Member, active.id)
        m.phone, m.notes = "13911112222", "家住幸福路 8 号，电话 13911112222"
        phones.add("13911112222")
    members.get_member(demo_db, admin, active.id)
    members.get_member(demo_db, admin, gone.id)
    reports.export_members(demo_db, admin, MemberFilter(), tmp_path / "full.xlsx", unmasked=True)
    upload = tmp_path / "new.xlsx"
    write_xlsx(upload, [Sheet("名单", ["姓名", "身份证号", "手机号"], [["新人", numbers[0], "13933334444"]])])
    staging.stage(demo_db, admin, FileData("new.xlsx", upload.read_bytes()))
    anonymise(demo_db, admin, gone.id)
    path = demo_db.sqlite_path
    demo_db.dispose()
    made = backup.make_backup(path, tmp_path / "backups", "manual")
    medical_words = {d for ds in DIAGNOSES.values() for d in ds} | {
        h for hs in HOSPITALS.values() for h in hs
    }
    for candidate in (path, made):
        cells = _cells(candidate)
        assert len(cells) > 10_000
        for table, column, text in cells:
            where = f"{table}.{column}"
            assert not any(n in text for n in numbers), where
            assert not MASK_WITH_DIGITS.search(text), where
            assert not any(word in text for word in medical_words), where
            if table != "members":  # the register's phones stay searchable; nowhere else in clear
                assert not any(p in text for p in phones), where
                assert "13933334444" not in text, where
            assert gone_name not in text and gone_number not in text, where
            if gone_phone:
                assert gone_phone not in text, where
        audit_text = "\n".join(text for table, _c, text in cells if table == "audit_log")
        assert not any(b in audit_text for b in births)
