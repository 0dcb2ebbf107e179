"""Reading and keeping the holiday arrangement."""

from __future__ import annotations

from datetime import date

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from unionoffice.core.auth.actor import Actor
from unionoffice.core.auth.roles import CorePerm
from unionoffice.core.calendar.models import CalendarDay, CalendarYear
from unionoffice.core.calendar.rules import Arrangement, arrangement_of
from unionoffice.db.database import Database
from unionoffice.foundation.errors import FieldProblem, ValidationError
from unionoffice.foundation.i18n import translate


def arrangement(session: Session, first_year: int, last_year: int) -> Arrangement:
    """The arrangement of the years ``first_year`` … ``last_year`` (one more is read for notices
    that run over New Year)."""
    years = set(
        session.execute(
            select(CalendarYear.year).where(CalendarYear.year.between(first_year, last_year + 1))
        ).scalars()
    )
    rows = session.execute(
        select(CalendarDay.day, CalendarDay.holiday).where(
            CalendarDay.day >= date(first_year, 1, 1), CalendarDay.day <= date(last_year + 1, 12, 31)
        )
    )
    return arrangement_of(((day, holiday) for day, holiday in rows), years)


def year_days(db: Database, actor: Actor, year: int) -> tuple[list[tuple[date, bool, str]], str | None]:
    """The year's entered days and the source of its arrangement (None: not entered)."""
    actor.require(CorePerm.ORG_READ)
    with db.read(actor) as s:
        source = s.execute(select(CalendarYear.source).where(CalendarYear.year == year)).scalar_one_or_none()
        rows = s.execute(
            select(CalendarDay.day, CalendarDay.holiday, CalendarDay.name)
            .where(CalendarDay.day >= date(year, 1, 1), CalendarDay.day <= date(year, 12, 31))
            .order_by(CalendarDay.day)
        )
        return [(day, holiday, name) for day, holiday, name in rows], source


def save_year(db: Database, actor: Actor, year: int, source: str, days: list[tuple[date, bool, str]]) -> None:
    """Replace the year's arrangement: holidays (True) and worked weekend days (False)."""
    actor.require(CorePerm.ORG_ADMIN)
    problems = []
    for n, (day, holiday, _name) in enumerate(days, start=1):
        where = translate("Calendar", "第 {n} 行").format(n=n)
        if day.year != year:
            message = translate("Calendar", "{day} 不在 {year} 年").format(day=day, year=year)
            problems.append(FieldProblem(where, message))
        elif not holiday and day.weekday() < 5:
            problems.append(
                FieldProblem(
                    where, translate("Calendar", "{day} 是工作日，不需要登记为调休上班").format(day=day)
                )
            )
    if len({d for d, _, _ in days}) != len(days):
        problems.append(
            FieldProblem(translate("Calendar", "日期"), translate("Calendar", "同一天登记了两次"))
        )
    if problems:
        raise ValidationError(problems)
    with db.transaction(actor) as s:
        s.execute(
            delete(CalendarDay).where(
                CalendarDay.day >= date(year, 1, 1), CalendarDay.day <= date(year, 12, 31)
            )
        )
        entered = s.get(CalendarYear, year)
        if entered is None:
            s.add(CalendarYear(year=year, source=source.strip()))
        else:
            entered.source = source.strip()
        s.add_all(CalendarDay(day=day, holiday=holiday, name=name.strip()) for day, holiday, name in days)
