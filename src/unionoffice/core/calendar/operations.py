"""The holiday arrangement's operations (系统管理 → 节假日)."""

from __future__ import annotations

from unionoffice.core.calendar import service
from unionoffice.core.calendar.contract import SAVE_YEAR, YEAR, ByYear, CalendarEntry, YearCalendar
from unionoffice.core.services import CallContext, implements
from unionoffice.foundation.contract import Empty


@implements(YEAR)
def _year(ctx: CallContext, request: ByYear) -> YearCalendar:
    days, source = service.year_days(ctx.db, ctx.actor, request.year)
    entries = [CalendarEntry(day, holiday, name) for day, holiday, name in days]
    return YearCalendar(request.year, source is not None, source or "", entries)


@implements(SAVE_YEAR)
def _save_year(ctx: CallContext, request: YearCalendar) -> Empty:
    days = [(e.day, e.holiday, e.name) for e in request.days]
    service.save_year(ctx.db, ctx.actor, request.year, request.source, days)
    return Empty()
