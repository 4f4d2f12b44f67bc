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

A calendar's free times are found in one sweep over its meeting times and the bookings within
reach, both sorted, and kept in the shared cache for the day under the calendar's
``free_times_version`` (``_free_starts``), which every change deciding them replaces in its
own transaction. ``is_free``, which booking and moving decide by, always asks the database.
"""

import bisect
from datetime import UTC, datetime, timedelta
from typing import NamedTuple

from django.core.cache import cache
from django.utils import timezone

from .models import LONGEST_HORIZON_DAYS, BlockedDays, Booking, Calendar, ExtraTime, WeeklyHours
from .public_holidays import CALENDAR_VERSION, is_holiday
from .timefmt import HELSINKI

# The form of the cached free times: raised whenever the code that computes them changes.
CACHE_FORMAT = 1


class Slot(NamedTuple):
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


def _grouped(weekly_hours, extra_times, blocked_days):
    """Opening hours as weekly hours by weekday, extra times by date, and blocked spans."""
    weekly = {}
    for hours in weekly_hours:
        weekly.setdefault(hours.weekday, []).append(hours)
    extras = {}
    for extra in extra_times:
        extras.setdefault(extra.date, []).append(extra)
    return weekly, extras, list(blocked_days)


def _opening_hours(calendar):
    """``calendar``'s opening hours (``_grouped``), prefetched or read now."""
    return _grouped(
        calendar.weekly_hours.all(), calendar.extra_times.all(), calendar.blocked_days.all()
    )


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


def _today(now):
    return now.astimezone(HELSINKI).date()


def _starts(calendar, opening_hours, first_day, last_day, latest):
    """
    Every meeting start in ``calendar``'s ``opening_hours`` (``_grouped``) from ``first_day``
    to ``last_day`` (Finnish dates) whose meeting ends by ``latest``: each once, in order.
    """
    length = calendar.meeting_length
    step = length + timedelta(minutes=calendar.buffer_minutes)
    weekly, extras, blocked = opening_hours
    found = set()  # a weekly window and an extra time may overlap
    day = first_day
    while day <= last_day:
        if not _blocked(day, blocked):
            for window_start, window_end in _windows(calendar, day, weekly, extras):
                start = window_start
                while start + length <= min(window_end, latest):
                    found.add(start)
                    start += step
        day += timedelta(days=1)
    return sorted(found)


def _unbooked(starts, length, buffer, bookings):
    """
    The ``starts`` (sorted) whose meeting of ``length``, with ``buffer`` before and after it,
    overlaps none of ``bookings`` ((start, end) pairs, which may overlap each other).

    One sweep over both sorted lists: a booking is taken into account once it begins (less
    its buffer) before the meeting ends; since every meeting is as long, it stays so for every
    later meeting, and a meeting is free when no booking so far reaches (with its buffer)
    past its start.
    """
    taken = sorted(bookings)
    free = []
    index, reach = 0, None
    for start in starts:
        end = start + length
        while index < len(taken) and taken[index][0] - buffer < end:
            booked_until = taken[index][1] + buffer
            reach = booked_until if reach is None else max(reach, booked_until)
            index += 1
        if reach is None or reach <= start:
            free.append(start)
    return free


def calendar_slots(calendar, now, bookings=()):
    """
    Every free meeting time of ``calendar`` from ``now`` (plus the minimum notice) to the
    horizon, as sorted Slots.

    ``bookings`` are the supervisor's active bookings, as (start, end) pairs, that may overlap;
    the opening hours are read from ``calendar`` (prefetched, or one query each).
    """
    earliest, latest = _reach(calendar, now)
    today = _today(now)
    last_day = today + timedelta(days=calendar.horizon_days)
    starts = _starts(calendar, _opening_hours(calendar), today, last_day, latest)
    starts = starts[bisect.bisect_left(starts, earliest) :]
    length = calendar.meeting_length
    buffer = timedelta(minutes=calendar.buffer_minutes)
    return [
        Slot(start, start + length, calendar.supervisor_id)
        for start in _unbooked(starts, length, buffer, bookings)
    ]


def bookable_calendars(supervisor_ids=None, topic=None):
    """The open calendars (optionally of these supervisors, offering ``topic``)."""
    calendars = Calendar.objects.bookable().select_related("supervisor")
    if supervisor_ids is not None:
        calendars = calendars.filter(supervisor_id__in=supervisor_ids)
    if topic is not None:
        calendars = calendars.filter(supervisor__forms=topic)
    return calendars


def _bookings_within_reach(calendars, since):
    """
    ``{supervisor_id: [(start, end)]}`` of the active bookings that could touch a meeting of
    ``calendars`` from ``since`` to the end of their horizons (buffers included), in one
    query: neither the past nor the bookings beyond the horizon cost anything.
    """
    buffer = timedelta(minutes=max(calendar.buffer_minutes for calendar in calendars))
    latest = max(_reach(calendar, since)[1] for calendar in calendars)
    rows = Booking.objects.active().filter(
        supervisor_id__in=[calendar.supervisor_id for calendar in calendars],
        start__lt=latest + buffer,
        end__gt=since - buffer,
    )
    taken = {}
    for supervisor_id, start, end in rows.values_list("supervisor_id", "start", "end"):
        taken.setdefault(supervisor_id, []).append((start, end))
    return taken


def _coming_opening_hours(calendars, today):
    """
    ``{calendar pk: opening hours}`` (``_grouped``) of ``calendars`` from ``today`` on, in
    three queries: past extra times and blocked days are not read.
    """
    ids = [calendar.pk for calendar in calendars]
    rows = {pk: ([], [], []) for pk in ids}
    for hours in WeeklyHours.objects.filter(calendar_id__in=ids):
        rows[hours.calendar_id][0].append(hours)
    extra_times = ExtraTime.objects.filter(
        calendar_id__in=ids,
        date__gte=today,
        date__lte=today + timedelta(days=LONGEST_HORIZON_DAYS),
    )
    for extra in extra_times:
        rows[extra.calendar_id][1].append(extra)
    for span in BlockedDays.objects.filter(calendar_id__in=ids, last_day__gte=today):
        rows[span.calendar_id][2].append(span)
    return {pk: _grouped(*hours) for pk, hours in rows.items()}


def _computed(calendars, today):
    """
    Each calendar's free meeting starts from the first hour of ``today`` to its horizon (the
    minimum notice not yet applied), as ``{calendar pk: (start, ...)}``: four queries, the
    opening hours of the coming days and the bookings within reach.
    """
    day_start = datetime.combine(today, datetime.min.time(), tzinfo=HELSINKI)
    opening_hours = _coming_opening_hours(calendars, today)
    taken = _bookings_within_reach(calendars, day_start)
    found = {}
    for calendar in calendars:
        _earliest, latest = _reach(calendar, day_start)
        last_day = today + timedelta(days=calendar.horizon_days)
        starts = _starts(calendar, opening_hours[calendar.pk], today, last_day, latest)
        buffer = timedelta(minutes=calendar.buffer_minutes)
        bookings = taken.get(calendar.supervisor_id, ())
        found[calendar.pk] = tuple(_unbooked(starts, calendar.meeting_length, buffer, bookings))
    return found


def _cache_key(calendar, today):
    return (
        f"booking-free-times:{CACHE_FORMAT}:{CALENDAR_VERSION}:{calendar.pk}:"
        f"{calendar.free_times_version}:{today.isoformat()}"
    )


def _free_starts(calendars, now):
    """
    Each calendar's free meeting starts from the first hour of ``now``'s day on, as
    ``{calendar pk: (start, ...)}``, from the cache where it has them.

    They are kept per calendar under its ``free_times_version`` and the day. The version is
    read with the calendar's row and changes in the same transaction as anything that decides
    its free times (the calendar, its hours, its supervisor's bookings): whatever is stored
    under a version was computed from rows read after that version was committed. So the
    free times are as fresh as the calendars given, and a new day (its date, its holidays)
    computes them afresh. Time passing within the day is applied by the caller (the minimum
    notice), so a cached list is exact at every request.
    """
    today = _today(now)
    keys = {calendar.pk: _cache_key(calendar, today) for calendar in calendars}
    stored = cache.get_many(list(keys.values()))
    found = {pk: stored[key] for pk, key in keys.items() if key in stored}
    missing = [calendar for calendar in calendars if calendar.pk not in found]
    if missing:
        computed = _computed(missing, today)
        # Kept until the day ends, when nothing asks for it any more.
        tomorrow = datetime.combine(today + timedelta(days=1), datetime.min.time(), HELSINKI)
        timeout = max(60, int((tomorrow - now).total_seconds()) + 60)
        cache.set_many({keys[pk]: starts for pk, starts in computed.items()}, timeout)
        found.update(computed)
    return found


def free_slots(calendars, now=None):
    """
    The free Slots of ``calendars``, in time order: from the cache (``_free_starts``), as
    fresh as the calendar rows given, no sooner than each calendar's minimum notice.
    """
    now = now or timezone.now()
    calendars = list(calendars)
    if not calendars:
        return []
    starts = _free_starts(calendars, now)
    slots = []
    for calendar in calendars:
        earliest, _latest = _reach(calendar, now)
        found = starts[calendar.pk]
        length = calendar.meeting_length
        slots.extend(
            Slot(start, start + length, calendar.supervisor_id)
            for start in found[bisect.bisect_left(found, earliest) :]
        )
    slots.sort()
    return slots


def changes_with_the_clock_at(calendars, slots, now=None):
    """
    When the free ``slots`` of ``calendars`` (as ``free_slots`` gave them at ``now``) next
    change with the clock alone, nothing edited: the first time each calendar offers passes its
    minimum notice, or a new day begins (its horizon, its holidays).
    """
    now = now or timezone.now()
    tomorrow = datetime.combine(_today(now) + timedelta(days=1), datetime.min.time(), HELSINKI)
    notice = {c.supervisor_id: timedelta(hours=c.min_notice_hours) for c in calendars}
    firsts = {}
    for slot in slots:  # in time order: each supervisor's first is their soonest
        firsts.setdefault(slot.supervisor_id, slot.start)
    return min([tomorrow, *(start - notice[who] for who, start in firsts.items())])


def any_free(calendars, now=None):
    """Whether one of ``calendars`` has a free time (as ``free_slots``, without listing them)."""
    now = now or timezone.now()
    calendars = list(calendars)
    if not calendars:
        return False
    starts = _free_starts(calendars, now)
    return any(
        starts[calendar.pk] and starts[calendar.pk][-1] >= _reach(calendar, now)[0]
        for calendar in calendars
    )


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
    """
    Return the Slot starting at ``start`` when it is free in ``calendar``, else None.

    Asks the database, never the cache: booking and moving decide by it, under the
    supervisor's lock. Only the bookings that could touch a meeting at ``start`` are read.
    """
    now = now or timezone.now()
    buffer = timedelta(minutes=calendar.buffer_minutes)
    bookings = Booking.objects.active().filter(
        supervisor_id=calendar.supervisor_id,
        start__lt=start + calendar.meeting_length + buffer,
        end__gt=start - buffer,
    )
    if exclude_booking is not None:
        bookings = bookings.exclude(pk=exclude_booking.pk)
    taken = list(bookings.values_list("start", "end"))
    for slot in calendar_slots(calendar, now, taken):
        if slot.start == start:
            return slot
    return None
