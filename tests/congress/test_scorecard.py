"""The congress indicator of the branch scorecard and the dashboard's figures."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from tests.congress.helpers import accept_and_assign, collect, reply_and_close
from unionoffice.congress import api
from unionoffice.congress import contract as congress
from unionoffice.core.modules import extensions
from unionoffice.foundation.contract import ById


def test_on_time_share_per_branch_of_the_proposer(db, org, admin, services_as, session_id, reps):
    office = services_as(db, admin)
    q3 = date(2026, 9, 30)
    # Branch A: three due in Q3, two closed by their due date, one closed late.
    for n, closed in enumerate((date(2026, 9, 1), date(2026, 9, 30), date(2026, 10, 9))):
        saved = accept_and_assign(office, collect(office, session_id, reps[f"A00{n + 1}"], f"A{n}"), due=q3)
        reply_and_close(office, saved, replied=date(2026, 8, 1), closed=closed)
    # Branch B: one due in Q3, unanswered; one due in Q4 (not counted).
    accept_and_assign(office, collect(office, session_id, reps["B001"], "B0"), due=q3)
    accept_and_assign(office, collect(office, session_id, reps["B002"], "B1"), due=date(2026, 12, 31))

    (indicator,) = [
        i for found in extensions("scorecard.indicators") for i in found if i.key == "congress.on_time"
    ]
    assert (indicator.unit, indicator.higher_is_better) == ("%", True)
    with db.read(admin) as s:
        values = indicator.values(s, date(2026, 7, 1), q3)
        assert values == api.on_time_by_branch(s, date(2026, 7, 1), q3)
        figures = api.statistics(s, admin, date(2026, 12, 3))
    assert values == {org["branch_a"]: Decimal("66.7"), org["branch_b"]: Decimal("0.0")}
    assert figures.session == "第五届职代会第三次会议"
    assert figures.stats == office.call(congress.SESSION_STATS, ById(session_id))
    assert (figures.stats.accepted, figures.stats.closed, figures.stats.rate) == (5, 3, "60.0")
