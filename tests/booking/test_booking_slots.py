"""
Free times come from the opening hours in Finnish time, stored as UTC instants: buffers,
minimum notice, the horizon, blocked days, extra times and bookings are respected, and the
days the clocks change give neither a missing nor a doubled time.
"""

import itertools
from datetime import UTC, date, datetime, time, timedelta

import pytest
from django.utils import translation

from booking.models import BlockedDays, Booking, ExtraTime
from booking.slots import calendar_slots, free_slots
from booking.timefmt import HELSINKI, slot_label
from tests.support.bookings import make_calendar

pytestmark = pytest.mark.django_db

# Monday 30 November 2026, 8.00 in Helsinki (EET, UTC+2).
MONDAY_MORNING = datetime(2026, 11, 30, 8, 0, tzinfo=HELSINKI)
TUESDAY = [(1, time(9), time(11))]


def starts(calendar, now=MONDAY_MORNING, bookings=()):
    calendar.refresh_from_db()
    return [slot.start for slot in calendar_slots(calendar, now, bookings)]


def helsinki(*args):
    return datetime(*args, tzinfo=HELSINKI)


def test_opening_hours_give_meetings_of_the_set_length_stored_in_utc():
    calendar = make_calendar(hours=TUESDAY, min_notice_hours=0, horizon_days=6)

    found = starts(calendar)

    assert found == [
        helsinki(2026, 12, 1, 9, 0),
        helsinki(2026, 12, 1, 9, 30),
        helsinki(2026, 12, 1, 10, 0),
        helsinki(2026, 12, 1, 10, 30),
    ]
    assert found[0].tzinfo == UTC
    assert found[0] == datetime(2026, 12, 1, 7, 0, tzinfo=UTC)


def test_a_buffer_keeps_time_free_between_meetings():
    calendar = make_calendar(hours=TUESDAY, min_notice_hours=0, horizon_days=6, buffer_minutes=15)

    assert starts(calendar) == [
        helsinki(2026, 12, 1, 9, 0),
        helsinki(2026, 12, 1, 9, 45),
        helsinki(2026, 12, 1, 10, 30),
    ]


def test_the_minimum_notice_hides_times_too_soon():
    calendar = make_calendar(hours=TUESDAY, min_notice_hours=2, horizon_days=6)
    now = helsinki(2026, 12, 1, 7, 30)

    assert starts(calendar, now) == [helsinki(2026, 12, 1, 9, 30), helsinki(2026, 12, 1, 10, 0),
                                     helsinki(2026, 12, 1, 10, 30)]  # fmt: skip


def test_nothing_is_offered_beyond_the_horizon():
    calendar = make_calendar(hours=TUESDAY, min_notice_hours=0, horizon_days=8)

    days = {start.astimezone(HELSINKI).date() for start in starts(calendar)}

    # Monday + 8 days reaches the next Tuesday but not the one after.
    assert days == {date(2026, 12, 1), date(2026, 12, 8)}


def test_blocked_days_have_no_times_and_extra_times_add_some():
    calendar = make_calendar(hours=TUESDAY, min_notice_hours=0, horizon_days=13)
    BlockedDays.objects.create(
        calendar=calendar, first_day=date(2026, 12, 7), last_day=date(2026, 12, 9)
    )
    ExtraTime.objects.create(
        calendar=calendar, date=date(2026, 12, 5), start=time(12), end=time(13)
    )

    days = [start.astimezone(HELSINKI).date() for start in starts(calendar)]

    assert date(2026, 12, 8) not in days
    assert days.count(date(2026, 12, 1)) == 4
    assert days.count(date(2026, 12, 5)) == 2  # the Saturday's extra hour
    assert days.count(date(2026, 12, 15)) == 0  # beyond 13 days
    assert days.count(date(2026, 12, 8)) == 0


def test_a_booked_time_and_its_buffer_are_not_offered():
    calendar = make_calendar(hours=TUESDAY, min_notice_hours=0, horizon_days=6, buffer_minutes=0)
    booked = (helsinki(2026, 12, 1, 9, 30), helsinki(2026, 12, 1, 10, 0))

    assert starts(calendar, bookings=[booked]) == [
        helsinki(2026, 12, 1, 9, 0),
        helsinki(2026, 12, 1, 10, 0),
        helsinki(2026, 12, 1, 10, 30),
    ]
    calendar.buffer_minutes = 15
    calendar.save()
    # With a buffer, the meetings right before and after would touch the booking.
    assert starts(calendar, bookings=[booked]) == [helsinki(2026, 12, 1, 10, 30)]


def test_free_slots_leave_out_active_bookings_but_not_cancelled_ones():
    calendar = make_calendar(hours=TUESDAY, min_notice_hours=0, horizon_days=6)
    start = helsinki(2026, 12, 1, 9, 0)
    half_hour = timedelta(minutes=30)
    common = {"supervisor": calendar.supervisor, "mode": "video", "name": "A",
              "email": "a@example.com"}  # fmt: skip
    Booking.objects.create(start=start, end=start + half_hour, manage_key="a",
                           manage_token_hash="a", **common)  # fmt: skip
    Booking.objects.create(start=start + half_hour, end=start + 2 * half_hour,
                           status="cancelled", manage_key="b", manage_token_hash="b",
                           **common)  # fmt: skip

    found = [slot.start for slot in free_slots([calendar], now=MONDAY_MORNING)]

    assert start not in found
    assert start + timedelta(minutes=30) in found


def _night_and_office(day):
    return [(day, time(0), time(6)), (day, time(9), time(12))]


def test_spring_forward_sunday_has_no_time_that_does_not_exist_and_loses_none():
    # Sunday 28 March 2027: at 3.00 EET the clocks jump to 4.00 EEST. It is Easter Sunday too,
    # so staff open it with extra times (weekly hours are never offered on a holiday).
    calendar = make_calendar(hours=[], min_notice_hours=0, horizon_days=3, meeting_minutes=60)
    for _weekday, start, end in _night_and_office(6):
        ExtraTime.objects.create(calendar=calendar, date=date(2027, 3, 28), start=start, end=end)
    now = helsinki(2027, 3, 27, 12, 0)

    found = [s for s in starts(calendar, now) if s.astimezone(HELSINKI).date() == date(2027, 3, 28)]

    local = [s.astimezone(HELSINKI).strftime("%H:%M%z") for s in found]
    assert local == [
        "00:00+0200", "01:00+0200", "02:00+0200", "04:00+0300", "05:00+0300",
        "09:00+0300", "10:00+0300", "11:00+0300",
    ]  # fmt: skip
    night = found[:5]
    # The night's five real hours, one after another: none missing, none doubled.
    assert [b - a for a, b in itertools.pairwise(night)] == [timedelta(hours=1)] * 4
    assert found[5] == datetime(2027, 3, 28, 6, 0, tzinfo=UTC)


def test_fall_back_sunday_offers_each_real_hour_once():
    # Sunday 25 October 2026: at 4.00 EEST the clocks go back to 3.00 EET.
    calendar = make_calendar(
        hours=_night_and_office(6), min_notice_hours=0, horizon_days=3, meeting_minutes=60
    )
    now = helsinki(2026, 10, 24, 12, 0)

    found = [
        s for s in starts(calendar, now) if s.astimezone(HELSINKI).date() == date(2026, 10, 25)
    ]

    local = [s.astimezone(HELSINKI).strftime("%H:%M%z") for s in found]
    assert local == [
        "00:00+0300", "01:00+0300", "02:00+0300", "03:00+0300", "03:00+0200", "04:00+0200",
        "05:00+0200", "09:00+0200", "10:00+0200", "11:00+0200",
    ]  # fmt: skip
    assert len(set(found)) == len(found)
    night = found[:7]
    assert [b - a for a, b in itertools.pairwise(night)] == [timedelta(hours=1)] * 6
    assert found[7] == datetime(2026, 10, 25, 7, 0, tzinfo=UTC)


def test_office_hours_are_the_same_wall_clock_times_on_both_sides_of_a_change():
    calendar = make_calendar(hours=[(5, time(9), time(10)), (0, time(9), time(10))],
                             min_notice_hours=0, horizon_days=4)  # fmt: skip
    now = helsinki(2026, 10, 23, 12, 0)

    found = starts(calendar, now)

    assert [s.astimezone(HELSINKI).strftime("%a %H:%M") for s in found] == [
        "Sat 09:00", "Sat 09:30", "Mon 09:00", "Mon 09:30",
    ]  # fmt: skip
    assert found[0].astimezone(UTC).hour == 6  # summer time, UTC+3
    assert found[2].astimezone(UTC).hour == 7  # winter time, UTC+2


def test_times_are_labelled_the_finnish_way():
    with translation.override("fi"):
        assert slot_label(datetime(2024, 12, 3, 12, 0, tzinfo=UTC)) == "ti 3.12. klo 14.00"
        assert slot_label(datetime(2025, 6, 2, 6, 30, tzinfo=UTC)) == "ma 2.6. klo 9.30"
