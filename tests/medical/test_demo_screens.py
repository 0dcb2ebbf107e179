"""Every sub-page's opening call on the demo database, for both funds, on SQLite and PostgreSQL:
the SQL each screen runs (aggregates, string lists, grouped pages) works on both backends."""

from __future__ import annotations

from factories import actor_of

from unionoffice.foundation.contract import ListWindow
from unionoffice.medical import contract as medical
from unionoffice.medical.contract import (
    ClaimFilter,
    ClaimsOpen,
    EnrolmentFilter,
    EnrolmentOpen,
    HardshipOpen,
    LedgerOpen,
    RulesOpen,
    SchemePick,
)
from unionoffice.medical.labels import Fund

WINDOW = ListWindow(0, 200)


def test_each_screen_opens_on_the_demo_for_both_funds(demo_db, services_as) -> None:
    admin = services_as(demo_db, actor_of(demo_db, "admin"))
    first = admin.call(medical.OPEN_CLAIMS, ClaimsOpen(SchemePick(), ClaimFilter(), WINDOW))
    schemes = {(s.fund, s.year): s for s in first.choice.schemes or []}
    assert first.choice.scheme is not None and first.choice.scheme.fund == Fund.UNION
    for fund in (Fund.UNION, Fund.PROVINCE):
        scheme = schemes[(fund, 2026)]
        pick = SchemePick(scheme.id, with_schemes=False)
        claims = admin.call(medical.OPEN_CLAIMS, ClaimsOpen(pick, ClaimFilter(), WINDOW))
        assert claims.page.total and claims.choice.scheme == scheme
        enrolment = admin.call(medical.OPEN_ENROLMENT, EnrolmentOpen(pick, EnrolmentFilter(), WINDOW))
        assert enrolment.page.total and enrolment.counts is not None and enrolment.counts.enrolled
        ledger = admin.call(medical.OPEN_LEDGER, LedgerOpen(pick, WINDOW))
        assert ledger.rows[-1].fee_fen > 0 and ledger.page.total
        hardship = admin.call(medical.OPEN_HARDSHIP, HardshipOpen(pick, 0, WINDOW))
        assert hardship.page.total
        rules = admin.call(medical.OPEN_RULES, RulesOpen(pick))
        if fund == Fund.PROVINCE:
            assert rules.rules == [] and rules.eligibility and rules.products
            assert enrolment.eligibility is not None and enrolment.eligibility.max_age == 60
            assert ledger.rows[-1].remitted_fen > 0 and ledger.rows[-1].payout_fen == 0
            taken = [row for _id, row in enrolment.page.rows if row[7]]
            assert taken, "some members took an optional product"
        else:
            assert len(rules.rules) == 4
    clerk = services_as(demo_db, actor_of(demo_db, "clerk_xx"))
    mine = clerk.call(medical.OPEN_CLAIMS, ClaimsOpen(SchemePick(), ClaimFilter(), WINDOW))
    assert mine.page.total and {row[2] for _id, row in mine.page.rows} == {"心兴分工会"}
