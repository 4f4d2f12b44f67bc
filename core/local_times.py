"""Moments as readers in Finland expect them: "ti 3.12. klo 14.00" (in English "Tue 3 Dec at
14:00"), always in Finnish time, whatever the reader's language."""

from zoneinfo import ZoneInfo

from django.utils.translation import gettext as _

from . import local_formats

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


def slot_label(moment):
    """``ti 3.12. klo 14.00`` for an aware datetime, in Finnish time."""
    return _("%(day)s at %(time)s") % {
        "day": local_formats.short_day(local(moment).date()),
        "time": clock(moment),
    }


def span_label(start, end):
    """``ti 3.12.2026 klo 9.00–16.00``: one session of a day (or ``… – ke 4.12. klo 12.00``)."""
    first, last = local(start), local(end)
    if first.date() == last.date():
        return _("%(day)s at %(start)s–%(end)s") % {
            "day": local_formats.short_day(first.date()),
            "start": clock(start),
            "end": clock(end),
        }
    return f"{slot_label(start)} – {slot_label(end)}"
