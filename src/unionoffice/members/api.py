"""What other modules may use of the members module (and nothing else of it).

The register's table, for joins that show a member's name or scope a query by branch; statuses; the
membership rates the dashboard charts (``membership_rates``: now, or on a past day with that month's
headcount; ``union_rate`` totals them; ``rates_in`` counts the same inside a session, ``members_on``
and ``per_hundred`` serve the scorecard's per-100-members indicators); the register search and the
permissions, for screens that offer a member lookup: the register's list operation (``LIST``) with
its filter and columns, which another module's screen calls through the service contract like any
list; ``search_clause_on`` makes the register's search box condition on another query's columns;
status changes from the history (``status_changes``: retirements, deaths); and the six-month rule's
extension point for a dues ledger (``DUES_LAPSES``: offer an object with ``lapsed(session, on,
months)`` returning ``LapsedMember`` records, see ``members/reviews.py``); family records and the
relatives who are on the register themselves (``relatives_on_register``), for the hardship module's
household files and candidates.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from unionoffice.members.contract import LIST, BranchRate, MemberFilter, register_columns
from unionoffice.members.labels import IN_REGISTER, MemberStatus, Relation, StatusCause
from unionoffice.members.lifecycle import StatusStep, status_changes
from unionoffice.members.models import FamilyMember, Member, id_hashes
from unionoffice.members.perms import MembersPerm
from unionoffice.members.rates import members_on, membership_rates, per_hundred, rates_in, union_rate
from unionoffice.members.reviews import DUES_LAPSES, SIX_MONTHS, DuesLapses, LapsedMember
from unionoffice.members.search import member_source, search_clause_on

__all__ = [
    "DUES_LAPSES",
    "IN_REGISTER",
    "LIST",
    "SIX_MONTHS",
    "BranchRate",
    "DuesLapses",
    "FamilyMember",
    "LapsedMember",
    "Member",
    "MemberFilter",
    "MemberStatus",
    "MembersPerm",
    "Relation",
    "RelativeLink",
    "StatusCause",
    "StatusStep",
    "member_source",
    "members_on",
    "membership_rates",
    "per_hundred",
    "rates_in",
    "register_columns",
    "relatives_on_register",
    "search_clause_on",
    "status_changes",
    "union_rate",
]


@dataclass(frozen=True)
class RelativeLink:
    """A member's family record whose identity number is a member of the register too (couples
    and parents and children often work for the same company)."""

    member_id: int
    relation: Relation
    family_id: int
    relative_id: int  # the relative's own member record


def relatives_on_register(
    session: Session, member_ids: set[int] | None = None, relative_ids: set[int] | None = None
) -> list[RelativeLink]:
    """Family records matched to the register by identity number (keyed hashes: no number leaves
    the vault). ``member_ids`` limits them to these members' families, ``relative_ids`` to these
    relatives. Needs the data key."""
    families = select(FamilyMember).where(FamilyMember.id_number.isnot(None))
    if member_ids is not None:
        families = families.where(FamilyMember.member_id.in_(sorted(member_ids)))
    hashed = [(f, id_hashes(f.id_number)[0]) for f in session.execute(families).scalars() if f.id_number]
    if not hashed:
        return []
    query = select(Member.id_hash, Member.id).where(Member.id_hash.in_(sorted({h for _, h in hashed})))
    if relative_ids is not None:
        query = query.where(Member.id.in_(sorted(relative_ids)))
    found: dict[str, int] = {full: member_id for full, member_id in session.execute(query) if full}
    return [
        RelativeLink(f.member_id, Relation(f.relation), f.id, found[h])
        for f, h in hashed
        if h in found and found[h] != f.member_id
    ]
