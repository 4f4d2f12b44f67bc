"""Times as Finnish readers expect them: "ti 3.12. klo 14.00", always in Finnish time."""

from datetime import timedelta
from zoneinfo import ZoneInfo

from django.utils.dates import WEEKDAYS, WEEKDAYS_ABBR
from django.utils.translation import gettext as _

HELSINKI = ZoneInfo("Europe/Helsinki")


def local(moment):
    return moment.astimezone(HELSINKI)


def is_repeated(moment):
    """
    Whether the Finnish wall-clock time of ``moment`` happens twice: the hour from 3.00 to 4.00
    on the last Sunday of October, first in summer time, then again in winter time.
    """
    moment = local(moment)
    return moment.replace(fold=1 - moment.fold).utcoffset() != moment.utcoffset()


def clock(moment):
    """
    ``14.00``: the Finnish way of writing a time of day.

    A time the autumn clock change repeats says which of the two it is: ``3.00 kesäaikaa``
    (the first) or ``3.00 talviaikaa`` (an hour later).
    """
    moment = local(moment)
    text = f"{moment.hour}.{moment.minute:02d}"
    if not is_repeated(moment):
        return text
    if moment.dst():
        return _("%(time)s summer time") % {"time": text}
    return _("%(time)s winter time") % {"time": text}


def day_label(day):
    """``ti 3.12.`` for a date."""
    return f"{WEEKDAYS_ABBR[day.weekday()]} {day.day}.{day.month}."


def long_day_label(day):
    """``tiistai 3.12.2024`` for a date (a heading)."""
    return f"{str(WEEKDAYS[day.weekday()]).lower()} {day.day}.{day.month}.{day.year}"


def slot_label(moment):
    """``ti 3.12. klo 14.00`` for an aware datetime, in Finnish time."""
    return _("%(day)s at %(time)s") % {
        "day": day_label(local(moment).date()),
        "time": clock(moment),
    }


def week_label(monday):
    """
    ``Viikko 50: 7.–13.12.`` for the week starting on ``monday`` (ISO week number); a week over
    the turn of a month ``Viikko 1: 29.12.–4.1.``.
    """
    sunday = monday + timedelta(days=6)
    if monday.month == sunday.month:
        span = f"{monday.day}.–{sunday.day}.{sunday.month}."
    else:
        span = f"{monday.day}.{monday.month}.–{sunday.day}.{sunday.month}."
    return _("Week %(number)s: %(span)s") % {"number": monday.isocalendar().week, "span": span}
