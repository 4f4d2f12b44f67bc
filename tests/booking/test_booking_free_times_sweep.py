"""
The free times found by one sweep over the bookings within reach (booking.slots) are exactly
those of the plain way, every meeting time checked against every booking of the supervisor:
on random calendars (lengths, buffers, notice, horizons, overlapping windows, extra times,
blocked days, the days the clocks change) with random bookings (overlapping, of any length,
cancelled, past, beyond the horizon), computed afresh and from the cache, and `is_free`,
which books and moves, agrees with them time by time.
"""

import random
import uuid
from datetime import UTC, date, datetime, time, timedelta

import pytest

from booking.models import BlockedDays, Booking, Calendar, ExtraTime, WeeklyHours
from booking.public_holidays import is_holiday
from booking.slots import calendar_slots, free_slots, is_free
from booking.timefmt import HELSINKI
from tests.support.bookings import make_supervisor

pytestmark = pytest.mark.django_db


def plain_free_starts(calendar, now, bookings):
    """The plain way: every meeting time of the horizon against every booking (start, end)."""
    length = timedelta(minutes=calendar.meeting_minutes)
    buffer = timedelta(minutes=calendar.buffer_minutes)
    today = now.astimezone(HELSINKI).date()
    last_day = today + timedelta(days=calendar.horizon_days)
    earliest = now + timedelta(hours=calendar.min_notice_hours)
    latest = datetime.combine(last_day + timedelta(days=1), time(0), tzinfo=HELSINKI)
    weekly, extras = calendar.weekly_hours.all(), calendar.extra_times.all()
    blocked = calendar.blocked_days.all()
    found = set()
    day = today
    while day <= last_day:
        if not any(span.first_day <= day <= span.last_day for span in blocked):
            windows = [(e.start, e.end) for e in extras if e.date == day]
            if not is_holiday(day):
                windows += [(w.start, w.end) for w in weekly if w.weekday == day.weekday()]
            for opens, closes in windows:
                start = datetime.combine(day, opens, tzinfo=HELSINKI).astimezone(UTC)
                window_end = datetime.combine(day, closes, tzinfo=HELSINKI).astimezone(UTC)
                while start + length <= window_end:
                    end = start + length
                    if (
                        start >= earliest
                        and end <= latest
                        and not any(
                            start < taken_end + buffer and taken_start < end + buffer
                            for taken_start, taken_end in bookings
                        )
                    ):
                        found.add(start)
                    start += length + buffer
        day += timedelta(days=1)
    return sorted(found)


def clock(rng, earliest_hour=0, latest_hour=23):
    return time(rng.randint(earliest_hour, latest_hour), rng.choice((0, 10, 15, 30, 45)))


def window(rng):
    opens = clock(rng, 0, 20)
    closes = time(min(23, opens.hour + rng.randint(1, 6)), rng.choice((0, 20, 30, 59)))
    return opens, closes


# Mornings of ordinary days and of the Sundays the clocks change (2027: 28 March, 31 October).
MORNINGS = [date(2027, 3, 22), date(2027, 3, 27), date(2027, 10, 25), date(2027, 10, 30),
            date(2027, 6, 20), date(2027, 12, 20), date(2028, 2, 28)]  # fmt: skip


def random_calendar(rng, number):
    supervisor = make_supervisor(slug=f"ohjaaja-{number}", name=f"Ohjaaja {number}")
    calendar = Calendar.objects.create(
        supervisor=supervisor,
        meeting_minutes=rng.choice((15, 20, 30, 45, 60, 90)),
        buffer_minutes=rng.choice((0, 0, 5, 10, 15, 30)),
        min_notice_hours=rng.choice((0, 2, 24, 48)),
        horizon_days=rng.randint(1, 21),
    )
    for weekday in rng.sample(range(7), rng.randint(1, 7)):
        for _ in range(rng.randint(1, 3)):  # windows of a day may overlap
            opens, closes = window(rng)
            WeeklyHours.objects.create(calendar=calendar, weekday=weekday, start=opens, end=closes)
    return calendar


def random_rows(rng, calendar, now):
    """Extra times, blocked days and bookings around ``now``, some past, some far ahead."""
    today = now.astimezone(HELSINKI).date()
    for _ in range(rng.randint(0, 4)):
        opens, closes = window(rng)
        day = today + timedelta(days=rng.randint(-3, 25))
        ExtraTime.objects.create(calendar=calendar, date=day, start=opens, end=closes)
    for _ in range(rng.randint(0, 2)):
        first = today + timedelta(days=rng.randint(-5, 20))
        BlockedDays.objects.create(calendar=calendar, first_day=first,
                                   last_day=first + timedelta(days=rng.randint(0, 3)))  # fmt: skip
    starts = set()
    for _ in range(rng.randint(0, 80)):
        start = now + timedelta(minutes=5 * rng.randint(-4 * 288, 26 * 288))
        status = "cancelled" if rng.random() < 0.15 else "confirmed"
        if status == "confirmed" and start in starts:
            continue  # one active booking per start (the database's rule)
        starts.add(start)
        key = uuid.uuid4().hex
        Booking.objects.create(
            supervisor_id=calendar.supervisor_id, start=start,
            end=start + timedelta(minutes=rng.choice((10, 30, 45, 60, 120, 600))),
            mode="video", name="Asiakas", email="asiakas@example.com", status=status,
            manage_key=key, manage_token_hash=key,
        )  # fmt: skip


@pytest.mark.parametrize("seed", range(40))
def test_the_sweep_finds_what_checking_every_time_against_every_booking_finds(seed):
    rng = random.Random(seed)
    morning = rng.choice(MORNINGS)
    now = datetime.combine(morning, clock(rng, 0, 23), tzinfo=HELSINKI)
    calendar = random_calendar(rng, seed)
    random_rows(rng, calendar, now)
    calendar = Calendar.objects.get(pk=calendar.pk)  # as a request reads it
    bookings = list(
        Booking.objects.active()
        .filter(supervisor_id=calendar.supervisor_id)
        .values_list("start", "end")
    )
    expected = plain_free_starts(calendar, now, bookings)

    afresh = [slot.start for slot in free_slots([calendar], now)]
    cached = [slot.start for slot in free_slots([calendar], now)]
    in_memory = [slot.start for slot in calendar_slots(calendar, now, bookings)]

    assert afresh == cached == in_memory == expected
    every_time = plain_free_starts(calendar, now, [])
    for start in rng.sample(every_time, min(30, len(every_time))):
        slot = is_free(calendar, start, now)
        assert (slot is not None) == (start in expected), start


def booked(calendar, start, minutes):
    key = uuid.uuid4().hex
    return Booking.objects.create(
        supervisor_id=calendar.supervisor_id, start=start, end=start + timedelta(minutes=minutes),
        mode="video", name="Asiakas", email="asiakas@example.com", manage_key=key,
        manage_token_hash=key,
    )  # fmt: skip


def test_a_booking_just_past_the_horizon_or_just_before_the_day_keeps_its_buffer():
    # Midnight on Monday 1 March 2027; the horizon ends on Wednesday at midnight.
    now = datetime(2027, 3, 1, 0, 0, tzinfo=HELSINKI)
    calendar = Calendar.objects.create(
        supervisor=make_supervisor(), buffer_minutes=15, min_notice_hours=0, horizon_days=2
    )
    first, last = date(2027, 3, 1), date(2027, 3, 3)
    ExtraTime.objects.create(calendar=calendar, date=first, start=time(0), end=time(1))
    ExtraTime.objects.create(calendar=calendar, date=last, start=time(23, 20), end=time(23, 59))
    assert [slot.start.astimezone(HELSINKI).time() for slot in free_slots([calendar], now)] == [
        time(0, 0),
        time(23, 20),
    ]

    # Ten minutes before the day and at the very end of the horizon: each within a buffer.
    booked(calendar, datetime(2027, 2, 28, 23, 20, tzinfo=HELSINKI), 30)
    booked(calendar, datetime(2027, 3, 4, 0, 0, tzinfo=HELSINKI), 30)
    calendar = Calendar.objects.get(pk=calendar.pk)

    assert free_slots([calendar], now) == []
    assert plain_free_starts(calendar, now, Booking.objects.values_list("start", "end")) == []


def test_at_scale_the_sweep_agrees_with_checking_every_time_against_every_booking():
    rng = random.Random(2027)
    now = datetime(2027, 10, 4, 8, 0, tzinfo=HELSINKI)  # the clocks change within the horizon
    calendar = Calendar.objects.create(supervisor=make_supervisor(), buffer_minutes=10,
                                       min_notice_hours=24, horizon_days=42)  # fmt: skip
    WeeklyHours.objects.bulk_create(
        WeeklyHours(calendar=calendar, weekday=day, start=time(8), end=time(18)) for day in range(7)
    )
    starts = {now + timedelta(minutes=5 * rng.randint(-30 * 288, 90 * 288)) for _ in range(1500)}
    Booking.objects.bulk_create(
        Booking(supervisor_id=calendar.supervisor_id, start=start,
                end=start + timedelta(minutes=rng.choice((15, 30, 45, 90))), mode="video",
                name="Asiakas", email="asiakas@example.com", manage_key=str(number),
                manage_token_hash=str(number))
        for number, start in enumerate(starts)
    )  # fmt: skip
    calendar = Calendar.objects.get(pk=calendar.pk)
    bookings = list(Booking.objects.values_list("start", "end"))

    expected = plain_free_starts(calendar, now, bookings)

    assert 100 < len(expected) < len(plain_free_starts(calendar, now, []))
    assert [slot.start for slot in free_slots([calendar], now)] == expected
