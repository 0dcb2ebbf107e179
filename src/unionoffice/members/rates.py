"""Membership rates: 在会 members ÷ employees, per branch union, now or on a past day.

A past day counts the register of that day (``register.register_counts``) against the headcount
recorded for that month (``headcounts.headcounts_on``), so 2024's rate uses 2024's headcount.
保留会籍 members are counted beside the rate: they are in the register but no longer employees.
"""

from __future__ import annotations

from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

from sqlalchemy import ColumnElement, select
from sqlalchemy.orm import Session

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
    where = [actor.branch_clause(OrgUnit.id)]
    if branch_id is not None:
        actor.require_branch(branch_id)
        where.append(OrgUnit.id == branch_id)
    with db.read(actor) as s:
        return rates_in(s, on, *where)


def rates_in(s: Session, on: date | None, *where: ColumnElement[bool]) -> list[BranchRate]:
    """``membership_rates`` inside the caller's session, over the branch unions ``where`` allows
    (the scorecard's membership indicator counts with it, so the two cannot disagree)."""
    units = select(OrgUnit.id, OrgUnit.name, OrgUnit.headcount).where(
        OrgUnit.kind == UnitKind.BRANCH, OrgUnit.active.is_(True), *where
    )
    counts = live_counts(s) if on is None else register_counts(s, on)
    recorded = headcounts_on(s, on or date.today())
    branches = s.execute(units.order_by(OrgUnit.sort_order, OrgUnit.id)).all()
    rates = []
    for b in branches:
        active, retained = counts.get(b.id, (0, 0))
        headcount, month = recorded.get(b.id, (b.headcount, None))
        rates.append(BranchRate(b.id, b.name, headcount, active, retained, month))
    return rates


CENT = Decimal("0.01")


def per_hundred(count: int, base: int) -> Decimal:
    """``count`` per 100 of ``base``, to 0.01 (a percentage when ``count`` is part of ``base``)."""
    return (Decimal(count) * 100 / Decimal(base)).quantize(CENT, ROUND_HALF_UP)


def rates_on(session: Session, day: date) -> list[BranchRate]:
    """``rates_in`` of every active branch union at the end of ``day``, remembered for the life of
    ``session``: the scorecard's indicators each ask for it in one read (the register's history
    walk costs about 0.15 s on 12,000 members), and a read session sees one state of the data."""
    remembered = session.info.setdefault("members.rates_on", {})
    if day not in remembered:
        remembered[day] = rates_in(session, day)
    return list(remembered[day])


def members_on(session: Session, day: date) -> dict[int, int]:
    """Branch union → 在会 members at the end of ``day`` (the denominator of per-100 indicators)."""
    return {r.branch_id: r.members for r in rates_on(session, day)}


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
