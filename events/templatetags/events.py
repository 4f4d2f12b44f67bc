from django import template

from core import local_formats
from core.local_times import local, slot_label
from core.structured_data import json_ld
from events import structured_data

register = template.Library()


@register.simple_tag
def event_json_ld(event, site):
    return json_ld(structured_data.event(event, site))


@register.simple_tag
def event_list_json_ld(events):
    return json_ld(structured_data.event_list(events))


@register.filter
def event_moment(moment):
    """``ti 3.12. klo 14.00`` in Finnish time."""
    return slot_label(moment) if moment else ""


@register.filter
def event_day(moment):
    """``3.12.2026``: the Finnish date of a moment."""
    return local_formats.date(local(moment).date()) if moment else ""
