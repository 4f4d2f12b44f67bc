"""The booking pages' days and weeks; a moment's own label is core.local_times'."""

from datetime import timedelta

from django.utils.translation import gettext as _

from core import local_formats
from core.local_times import HELSINKI, clock, is_repeated, local, slot_label

__all__ = [
    "HELSINKI",
    "clock",
    "day_label",
    "is_repeated",
    "local",
    "long_day_label",
    "slot_label",
    "week_label",
]

day_label = local_formats.short_day  # ``ti 3.12.``
long_day_label = local_formats.long_day  # ``tiistai 3.12.2024``: a heading


def week_label(monday):
    """
    ``Viikko 50: 7.–13.12.`` for the week starting on ``monday`` (ISO week number); a week over
    the turn of a month ``Viikko 1: 29.12.–4.1.``.
    """
    span = local_formats.day_span(monday, monday + timedelta(days=6))
    return _("Week %(number)s: %(span)s") % {"number": monday.isocalendar().week, "span": span}
