from django import template

from booking import availability

register = template.Library()


@register.simple_tag
def booking_open():
    """True when some supervisor has a free time (see booking.availability for the caching)."""
    return availability.has_free_times()
