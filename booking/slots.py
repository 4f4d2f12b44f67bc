"""
The free times of the booking calendars.

Opening hours are wall-clock times in Finland. Each window is turned into two aware instants
(its start and end on that day in Europe/Helsinki) and cut into meetings in real, absolute
time, stored as UTC. So on the last Sunday of March a window over 03.00–04.00 (which does not
exist that night) is an hour shorter and on the last Sunday of October one over 03.00–04.00
(which happens twice) an hour longer: no time is offered that does not exist, none twice,
and none is lost. Ordinary office hours are unaffected: 9.00 is 9.00 in winter and summer.

No weekly hours are offered on a Finnish public holiday or a non-working eve
(booking.public_holidays); an extra time staff add for that day is, unless the day is blocked.
"""

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from django.utils import timezone

from .models import Booking, Calendar
from .public_holidays import is_holiday
from .timefmt import HELSINKI


@dataclass(frozen=True, order=True)
class Slot:
    start: datetime
    end: datetime
    supervisor_id: int


def _instant(day, clock_time):
    """The aware UTC instant of a Finnish wall-clock time on ``day``."""
    return datetime.combine(day, clock_time, tzinfo=HELSINKI).astimezone(UTC)


def _windows(calendar, day, weekly, extras):
    if not is_holiday(day):
        for hours in weekly.get(day.weekday(), []):
            yield _instant(day, hours.start), _instant(day, hours.end)
    for extra in extras.get(day, []):
        yield _instant(day, extra.start), _instant(day, extra.end)


def _blocked(day, blocked):
    return any(span.first_day <= day <= span.last_day for span in blocked)


def _opening_hours(calendar):
    """``calendar``'s weekly hours by weekday, extra times by date, and blocked spans."""
    weekly = {}
    for hours in calendar.weekly_hours.all():
        weekly.setdefault(hours.weekday, []).append(hours)
    extras = {}
    for extra in calendar.extra_times.all():
        extras.setdefault(extra.date, []).append(extra)
    return weekly, extras, list(calendar.blocked_days.all())


def _reach(calendar, now):
    """The span ``calendar`` offers times in: from the minimum notice to its horizon's end."""
    earliest = now + timedelta(hours=calendar.min_notice_hours)
    last_day = now.astimezone(HELSINKI).date() + timedelta(days=calendar.horizon_days)
    latest = datetime.combine(last_day + timedelta(days=1), datetime.min.time(), tzinfo=HELSINKI)
    return earliest, latest


def within_reach(calendars, start, now=None):
    """
    Whether one of ``calendars`` could offer a time at ``start`` at all, free or not: no
    sooner than its minimum notice and within its horizon.
    """
    now = now or timezone.now()
    for calendar in calendars:
        earliest, latest = _reach(calendar, now)
        if earliest <= start < latest:
            return True
    return False


def within_opening_hours(calendar, start, end):
    """
    Whether ``start``–``end`` lies within one of ``calendar``'s opening windows, on a day that
    is not blocked (``calendar`` with its hours at hand, as for calendar_slots). On a public
    holiday only an extra time is an opening window.
    """
    day = start.astimezone(HELSINKI).date()
    weekly, extras, blocked = _opening_hours(calendar)
    if _blocked(day, blocked):
        return False
    return any(
        window_start <= start and end <= window_end
        for window_start, window_end in _windows(calendar, day, weekly, extras)
    )


def calendar_slots(calendar, now, bookings=()):
    """
    Every free meeting time of ``calendar`` from ``now`` (plus the minimum notice) to the
    horizon, as sorted Slots.

    ``calendar`` must have its weekly_hours, extra_times and blocked_days at hand (prefetched);
    ``bookings`` are the supervisor's active bookings, as (start, end) pairs, that may overlap.
    """
    length = calendar.meeting_length
    step = length + timedelta(minutes=calendar.buffer_minutes)
    buffer = timedelta(minutes=calendar.buffer_minutes)
    earliest, latest = _reach(calendar, now)
    today = now.astimezone(HELSINKI).date()
    last_day = today + timedelta(days=calendar.horizon_days)
    weekly, extras, blocked = _opening_hours(calendar)
    taken = sorted(bookings)

    found = set()
    day = today
    while day <= last_day:
        if not _blocked(day, blocked):
            for window_start, window_end in _windows(calendar, day, weekly, extras):
                start = window_start
                while start + length <= window_end:
                    end = start + length
                    free = start >= earliest and end <= latest
                    # A buffer keeps the time just before and after a booking free too.
                    if free and not any(
                        start < taken_end + buffer and taken_start < end + buffer
                        for taken_start, taken_end in taken
                    ):
                        found.add(Slot(start, end, calendar.supervisor_id))
                    start += step
        day += timedelta(days=1)
    return sorted(found)


def bookable_calendars(supervisor_ids=None, topic=None):
    """The open calendars (optionally of these supervisors, offering ``topic``), prefetched."""
    calendars = Calendar.objects.bookable().select_related("supervisor")
    if supervisor_ids is not None:
        calendars = calendars.filter(supervisor_id__in=supervisor_ids)
    if topic is not None:
        calendars = calendars.filter(supervisor__forms=topic)
    return calendars.prefetch_related("weekly_hours", "extra_times", "blocked_days")


def free_slots(calendars, now=None):
    """The free Slots of ``calendars``, in time order (one query for all their bookings)."""
    now = now or timezone.now()
    calendars = list(calendars)
    if not calendars:
        return []
    taken = {}
    rows = (
        Booking.objects.active()
        .filter(supervisor_id__in=[c.supervisor_id for c in calendars], end__gt=now)
        .values_list("supervisor_id", "start", "end")
    )
    for supervisor_id, start, end in rows:
        taken.setdefault(supervisor_id, []).append((start, end))
    slots = []
    for calendar in calendars:
        slots.extend(calendar_slots(calendar, now, taken.get(calendar.supervisor_id, ())))
    return sorted(slots)


def by_time(slots):
    """
    One entry per start time, with every supervisor free then: ``[(start, end, [ids])]``.

    "No preference" shows each time once; the booking goes to one of the free supervisors.
    """
    merged = {}
    for slot in slots:
        merged.setdefault((slot.start, slot.end), []).append(slot.supervisor_id)
    return [(start, end, ids) for (start, end), ids in sorted(merged.items())]


def is_free(calendar, start, now=None, exclude_booking=None):
    """Return the Slot starting at ``start`` when it is free in ``calendar``, else None."""
    now = now or timezone.now()
    bookings = Booking.objects.active().filter(supervisor_id=calendar.supervisor_id, end__gt=now)
    if exclude_booking is not None:
        bookings = bookings.exclude(pk=exclude_booking.pk)
    taken = list(bookings.values_list("start", "end"))
    for slot in calendar_slots(calendar, now, taken):
        if slot.start == start:
            return slot
    return None
