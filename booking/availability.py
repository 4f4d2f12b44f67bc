"""
Whether any supervisor has a free time: decides if pages offer booking next to "Send a message".

The answer sits in pages that are cached whole, so it is kept (`core.parts`) until the calendars,
their hours or their supervisors change, and the pages are refreshed when it changes: after
every committed booking, cancellation or move the answer is recomputed and, only if it flipped
(the last free time was just taken, or one freed), every page and part is renewed. Time passing
(the last free time falling inside the minimum notice) is caught by `send_booking_reminders`,
which the timer runs every ten minutes.
"""

from core import page_cache, parts
from supervisors.models import Supervisor

from .models import BlockedDays, Booking, Calendar, ExtraTime, WeeklyHours
from .slots import any_free, bookable_calendars

CACHE_NAME = "booking-has-free-times"
KINDS = (Calendar, WeeklyHours, ExtraTime, BlockedDays, Supervisor)


def _compute():
    # One query (the open calendars) and the free times each keeps in the cache
    # (booking.slots); a calendar whose free times changed computes them again (four more).
    return any_free(bookable_calendars())


def has_free_times():
    """True when some supervisor has a free time to book (kept as the module says)."""
    return parts.cached_part(
        CACHE_NAME, KINDS, _compute, per_language=False, renewed_by_hand=(Booking,)
    )


def refresh():
    """Renew every page and part if the answer they were rendered with is no longer true."""
    shown = parts.kept(CACHE_NAME, KINDS, per_language=False)
    if shown is not None and shown != _compute():
        page_cache.invalidate()
        return True
    return False
