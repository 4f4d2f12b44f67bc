"""Times as Finnish readers expect them: "ti 3.12. klo 14.00", always in Finnish time."""

from zoneinfo import ZoneInfo

from django.utils.dates import WEEKDAYS, WEEKDAYS_ABBR
from django.utils.translation import gettext as _

HELSINKI = ZoneInfo("Europe/Helsinki")


def local(moment):
    return moment.astimezone(HELSINKI)


def clock(moment):
    """``14.00``: the Finnish way of writing a time of day."""
    moment = local(moment)
    return f"{moment.hour}.{moment.minute:02d}"


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
