"""What other modules may use of the members module (and nothing else of it).

The register's table, for joins that show a member's name or scope a query by branch; statuses;
the membership rates the dashboard charts; the register search and the permissions, for
screens that offer a member lookup.
"""

from __future__ import annotations

from unionoffice.members.labels import MemberStatus
from unionoffice.members.models import Member
from unionoffice.members.perms import MembersPerm
from unionoffice.members.reports import BranchRate, membership_rates
from unionoffice.members.search import MemberFilter, member_source

__all__ = [
    "BranchRate",
    "Member",
    "MemberFilter",
    "MemberStatus",
    "MembersPerm",
    "member_source",
    "membership_rates",
]
