"""
Whether any supervisor has a free time: decides if pages offer booking next to "Send a message".

The answer sits in pages that are cached whole, so it is computed once per content version
(`cached_content`) and the pages are refreshed when it changes: a change of opening hours is
content (a new version), and after every committed booking, cancellation or move the answer is
recomputed and, only if it flipped (the last free time was just taken, or one freed), a new
content version starts. Time passing (the last free time falling inside the minimum notice) is
caught by `send_booking_reminders`, which the timer runs every ten minutes.
"""

from django.core.cache import cache

from core import page_cache

from .slots import any_free, bookable_calendars

CACHE_NAME = "booking-has-free-times"


def _compute():
    # One query (the open calendars) and the free times each keeps in the cache
    # (booking.slots); a calendar whose free times changed computes them again (four more).
    return any_free(bookable_calendars())


def has_free_times():
    """True when some supervisor has a free time to book (cached for the content version)."""
    return page_cache.cached_content(CACHE_NAME, _compute, per_language=False)


def refresh():
    """Start a new content version if the answer pages were rendered with is no longer true."""
    shown = cache.get(page_cache.content_cache_key(CACHE_NAME, per_language=False))
    if shown is not None and shown != _compute():
        page_cache.invalidate()
        return True
    return False
