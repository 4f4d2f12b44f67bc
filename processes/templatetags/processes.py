from django import template
from django.utils.translation import gettext as _

from core import local_formats
from core.local_times import clock, local

register = template.Library()


@register.filter
def local_date(day):
    """``3.12.2026`` (in English ``3 December 2026``)."""
    return local_formats.date(day) if day else ""


@register.filter
def local_moment_date(moment):
    """The date of a moment in Finnish time: ``3.12.2026``."""
    return local_formats.date(local(moment).date()) if moment else ""


@register.filter
def local_moment(moment):
    """``3.12.2026 klo 14.05`` in Finnish time."""
    if not moment:
        return ""
    return _("%(day)s at %(time)s") % {
        "day": local_formats.date(local(moment).date()),
        "time": clock(moment),
    }
