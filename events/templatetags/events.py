from django import template

from core import local_formats, page_cache
from core.local_times import local, slot_label
from core.structured_data import json_ld
from events import structured_data
from events.models import Event
from services.models import SupervisionForm

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


@register.simple_tag
def coming_events(count, form=None):
    """
    ``{% coming_events 3 as events %}``: the soonest events open to the public (those about
    ``form``, a form of supervision, when given), in two queries (their dates with them).
    """
    events = Event.objects.listed()
    if isinstance(form, SupervisionForm):
        if form.pk is None:  # a new form previewed before it is saved
            return []
        events = events.filter(forms=form)
    events = list(events.prefetch_related("sessions")[:count])
    for event in events:
        # A cached page showing them changes when one ends or its registration closes.
        page_cache.changes_at(event.ends_at)
        page_cache.changes_at(event.closes_at())
    return events
