"""Times as readers in Finland expect them: "ti 3.12. klo 14.00" (in English "Tue 3 Dec at
14:00"), always in Finnish time."""

from datetime import timedelta
from zoneinfo import ZoneInfo

from django.utils.translation import gettext as _

from core import local_formats

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
    ``14.00``: the Finnish way of writing a time of day (``14:00`` in English).

    A time the autumn clock change repeats says which of the two it is: ``3.00 kesäaikaa``
    (the first) or ``3.00 talviaikaa`` (an hour later).
    """
    moment = local(moment)
    text = local_formats.clock(moment.hour, moment.minute)
    if not is_repeated(moment):
        return text
    if moment.dst():
        return _("%(time)s summer time") % {"time": text}
    return _("%(time)s winter time") % {"time": text}


day_label = local_formats.short_day  # ``ti 3.12.``
long_day_label = local_formats.long_day  # ``tiistai 3.12.2024``: a heading


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
    span = local_formats.day_span(monday, monday + timedelta(days=6))
    return _("Week %(number)s: %(span)s") % {"number": monday.isocalendar().week, "span": span}
