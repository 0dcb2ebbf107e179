"""Membership rates: 在会 members ÷ employees, per branch union, now or on a past day.

A past day counts the register of that day (``register.register_counts``) against the headcount
recorded for that month (``headcounts.headcounts_on``), so 2024's rate uses 2024's headcount.
保留会籍 members are counted beside the rate: they are in the register but no longer employees.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from sqlalchemy import select

from unionoffice.core.auth.actor import Actor
from unionoffice.core.org.labels import UnitKind
from unionoffice.core.org.models import OrgUnit
from unionoffice.db.database import Database
from unionoffice.foundation.i18n import translate
from unionoffice.foundation.xlsx import Sheet, write_xlsx
from unionoffice.members.contract import BranchRate, field_label
from unionoffice.members.headcounts import headcounts_on
from unionoffice.members.perms import MembersPerm
from unionoffice.members.register import live_counts, register_counts


def membership_rates(
    db: Database, actor: Actor, on: date | None = None, branch_id: int | None = None
) -> list[BranchRate]:
    """Each branch union's 在会 and 保留会籍 members and its headcount, as the register stands now
    (``on`` None) or as it stood at the end of the day ``on``, with the headcount of that month."""
    actor.require(MembersPerm.READ)
    units = select(OrgUnit.id, OrgUnit.name, OrgUnit.headcount).where(
        OrgUnit.kind == UnitKind.BRANCH, OrgUnit.active.is_(True), actor.branch_clause(OrgUnit.id)
    )
    if branch_id is not None:
        actor.require_branch(branch_id)
        units = units.where(OrgUnit.id == branch_id)
    with db.read(actor) as s:
        counts = live_counts(s) if on is None else register_counts(s, on)
        recorded = headcounts_on(s, on or date.today())
        branches = s.execute(units.order_by(OrgUnit.sort_order, OrgUnit.id)).all()
    rates = []
    for b in branches:
        active, retained = counts.get(b.id, (0, 0))
        headcount, month = recorded.get(b.id, (b.headcount, None))
        rates.append(BranchRate(b.id, b.name, headcount, active, retained, month))
    return rates


def union_rate(rates: list[BranchRate]) -> BranchRate:
    """The total of branch rates: members of branches with a headcount over their headcount."""
    headcount = sum(r.headcount or 0 for r in rates)
    members = sum(r.members for r in rates if r.headcount)
    retained = sum(r.retained for r in rates)
    return BranchRate(0, translate("Members", "合计"), headcount or None, members, retained)


def export_rates(db: Database, actor: Actor, path: str | Path, on: date | None = None) -> list[BranchRate]:
    rates = membership_rates(db, actor, on)
    total = union_rate(rates)

    def line(r: BranchRate) -> list[object]:
        month = f"{r.headcount_month.year}-{r.headcount_month.month:02d}" if r.headcount_month else ""
        return [r.branch, r.headcount, month, r.members, r.rate_text, r.retained]

    headers = [
        field_label("branch"),
        translate("Members", "职工人数"),
        translate("Members", "人数所属月份"),
        translate("Members", "在会会员"),
        translate("Members", "入会率"),
        translate("Members", "保留会籍会员"),
    ]
    title = (
        translate("Members", "入会率") if on is None else translate("Members", "{on} 入会率").format(on=on)
    )
    write_xlsx(path, [Sheet(title, headers, [line(r) for r in [*rates, total]])])
    return rates
