"""
The days no free time is offered: Finnish public holidays and the eves that are not working
days (jouluaatto, juhannusaatto), from the ``holidays`` package's calendar of Finland.

The package computes the moving feasts (Easter and what follows it, juhannus, pyhäinpäivä) and
is kept up to date by its maintainers, so no list of dates is kept here. Staff may still open a
holiday by hand with an extra time in a calendar (booking.slots).
"""

from datetime import timedelta
from functools import lru_cache

import holidays

# The package's own version: a new release may correct a date, so cached free times name it.
CALENDAR_VERSION = holidays.__version__


@lru_cache(maxsize=8)
def _finland(year):
    # Its default categories are the days off: the public holidays and the two eves.
    return holidays.Finland(years=year, language="fi")


def holiday_name(day):
    """The Finnish name of the holiday on ``day`` ("Juhannusaatto"), or "" on a working day."""
    return _finland(day.year).get(day, "")


def is_holiday(day):
    return bool(holiday_name(day))


def holidays_between(first_day, last_day):
    """``[(date, name)]`` of the holidays from ``first_day`` to ``last_day``, both included."""
    found = []
    for year in range(first_day.year, last_day.year + 1):
        found.extend(
            (day, name) for day, name in _finland(year).items() if first_day <= day <= last_day
        )
    return sorted(found)


def coming_holidays(today, days):
    """The holidays of the ``days`` days from ``today`` on."""
    return holidays_between(today, today + timedelta(days=days))
