"""Import a month's payroll of 12,000 rows end to end through the service contract (upload,
read, check against the register, compute dues, write), beside calamine's bare read of the same
file in the same run. Run::

    python bench/bench_dues.py            # 12,000 payroll rows (goal: under 2 s, issue 19)
    python bench/bench_dues.py --smoke    # a few dozen rows, to check the bench still runs

The demo register it imports into is built once into bench/out/ (gitignored).
"""

from __future__ import annotations

import shutil
import time
from datetime import date
from pathlib import Path

from common import arguments, out_dir

ARGS = arguments(__doc__ or "", size=12_000, smoke_size=40)
OUT = out_dir(ARGS.smoke)
MONTH = date(2026, 12, 1)  # after the demo's last month of dues: every line is new


def register() -> Path:
    """A demo register with at least ``size`` members on the payroll."""
    from unionoffice.db.migrate import head_revisions
    from unionoffice.demo.build import build_demo_database

    members = max(300, ARGS.size * 11 // 10)  # some have left or retired: keep enough on the payroll
    path = OUT / f"dues-{members}-{'-'.join(sorted(head_revisions()))}.sqlite"
    if not path.exists():
        build_demo_database(OUT / "building.sqlite", size=members).dispose()
        (OUT / "building.sqlite").replace(path)
    return path


def payroll_sheet(db: object, count: int) -> Path:
    """The month's payroll as finance sends it: employee number, name, basic wage."""
    import random

    from openpyxl import Workbook
    from sqlalchemy import select

    from unionoffice.members.labels import MemberStatus
    from unionoffice.members.models import Member

    with db.read() as s:  # type: ignore[attr-defined]
        people = s.execute(
            select(Member.employee_no, Member.name)
            .where(Member.status.in_([MemberStatus.ACTIVE, MemberStatus.RETAINED]))
            .order_by(Member.id)
            .limit(count)
        ).all()
    assert len(people) == count, f"the demo register has only {len(people)} members on the payroll"
    path = OUT / f"payroll-{count}.xlsx"
    if path.exists():  # written once (openpyxl takes seconds): the same members each run
        return path
    own = random.Random(19)
    book = Workbook(write_only=True)
    sheet = book.create_sheet("工资表")
    sheet.append(["2026年12月工资表"])
    sheet.append(["序号", "工号", "姓名", "基本工资"])
    for n, (number, name) in enumerate(people, start=1):
        sheet.append([n, number, name, own.randrange(300_000, 1_200_000) / 100])
    book.save(path)
    return path


def main() -> None:
    from python_calamine import CalamineWorkbook
    from sqlalchemy import func, select

    from unionoffice.client.local import LocalServices
    from unionoffice.core.auth.contract import SIGN_IN, Credentials
    from unionoffice.core.database import open_database
    from unionoffice.demo.cache import DEMO_PASSWORD
    from unionoffice.dues.contract import APPLY_PAYROLL, PLAN_PAYROLL, PayrollUpload
    from unionoffice.dues.models import DuesLine
    from unionoffice.foundation.contract import FileData
    from unionoffice.foundation.importer import ImportMode
    from unionoffice.foundation.importer.preview import ImportApply

    target = OUT / "dues-target.sqlite"
    shutil.copyfile(register(), target)
    db = open_database(f"sqlite:///{target}")
    sheet = payroll_sheet(db, ARGS.size)
    services = LocalServices(db)  # signs in as a clerk does: the data key is unwrapped by the password
    services.call(SIGN_IN, Credentials("admin", DEMO_PASSWORD))

    start = time.perf_counter()
    CalamineWorkbook.from_path(str(sheet)).get_sheet_by_index(0).to_python()
    bare = time.perf_counter() - start

    start = time.perf_counter()
    preview = services.call(PLAN_PAYROLL, PayrollUpload(MONTH, FileData(sheet.name, sheet.read_bytes())))
    planned = time.perf_counter() - start
    outcome = services.call(APPLY_PAYROLL, ImportApply(preview.upload, ImportMode.ALL_OR_NOTHING.value))
    total = time.perf_counter() - start

    assert not preview.problems, [str(p) for p in preview.problems[:5]]
    with db.read() as s:
        lines = s.execute(select(func.count()).where(DuesLine.month == MONTH)).scalar_one()
    assert outcome.inserted >= ARGS.size and lines == outcome.inserted, (outcome, lines)
    print(
        f"payroll {ARGS.size:,} rows end to end: {total:.2f} s (upload+read+check {planned:.2f} s, "
        f"write {total - planned:.2f} s, {lines:,} dues lines); calamine bare read {bare:.3f} s; "
        f"ratio {total / bare:.0f}x"
    )
    db.dispose()
    target.unlink()


if __name__ == "__main__":
    main()
