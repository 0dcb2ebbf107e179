"""What other modules may use of the members module (and nothing else of it).

The register's table, for joins that show a member's name or scope a query by branch; statuses;
the membership rates the dashboard charts (``membership_rates``: now, or on a past day with that
month's headcount; ``union_rate`` totals them); the register search and the permissions, for
screens that offer a member lookup: the register's list operation (``LIST``) with its filter and
columns, which another module's screen calls through the service contract like any list; and the
six-month rule's extension point for a dues ledger (``DUES_LAPSES``: offer an object with
``lapsed(session, on, months)`` returning ``LapsedMember`` records, see ``members/reviews.py``).
"""

from __future__ import annotations

from unionoffice.members.contract import LIST, BranchRate, MemberFilter, register_columns
from unionoffice.members.labels import IN_REGISTER, MemberStatus
from unionoffice.members.models import Member
from unionoffice.members.perms import MembersPerm
from unionoffice.members.rates import membership_rates, union_rate
from unionoffice.members.reviews import DUES_LAPSES, SIX_MONTHS, DuesLapses, LapsedMember
from unionoffice.members.search import member_source

__all__ = [
    "DUES_LAPSES",
    "IN_REGISTER",
    "LIST",
    "SIX_MONTHS",
    "BranchRate",
    "DuesLapses",
    "LapsedMember",
    "Member",
    "MemberFilter",
    "MemberStatus",
    "MembersPerm",
    "member_source",
    "membership_rates",
    "register_columns",
    "union_rate",
]
