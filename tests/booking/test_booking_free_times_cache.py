"""
The free times are kept in the shared cache, per calendar and day (booking.slots), and are
never stale: a booking, a cancellation or a move, by the client or in the admin, and every
edit of a calendar and its opening hours show on the very next request; the minimum notice
moves on with the clock, and a new day brings its own horizon and holidays, though nothing
else changed. A warm list costs one query.
"""

from datetime import time
from unittest import mock

import pytest

from booking import availability, workflow
from booking.forms import parse_time
from booking.models import BlockedDays, Booking, ExtraTime
from booking.timefmt import HELSINKI
from core import page_cache
from tests.support.bookings import (
    TIMES,
    book_first_free_time,
    every_free_value,
    free_values,
    frozen,
    send,
)
from tests.support.factories import log_in_verified
from tests.support.html import FormFields

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("commit_at_once")]


def day_of(value):
    """The Finnish date of a free time's value (``20270302T0700Z``)."""
    return parse_time(value).astimezone(HELSINKI).date()


def test_a_warm_list_costs_one_query_and_so_does_asking_whether_any_time_is_free(
    client, calendar, django_assert_max_num_queries
):
    with django_assert_max_num_queries(10):
        cold = client.get(TIMES)
    with django_assert_max_num_queries(1):  # the open calendars; their free times are cached
        warm = client.get(TIMES)

    assert warm.content == cold.content
    page_cache.invalidate()  # a content edit: pages ask again whether any time is free
    with django_assert_max_num_queries(1):
        assert availability.has_free_times()


def test_the_clients_booking_move_and_cancellation_show_at_once(client, calendar):
    values = free_values(client)

    booking, link = book_first_free_time(client, calendar)
    assert values[0] not in free_values(client)

    moved = client.post(link + "siirra/", {"aika": values[3]})
    assert moved.status_code == 302
    after_move = free_values(client)
    assert values[0] in after_move
    assert values[3] not in after_move

    new_link = moved["Location"].split("?")[0]
    client.post(new_link + "peru/", {"vahvista": "1"})
    assert Booking.objects.get(pk=booking.pk).status == "cancelled"
    assert values[3] in free_values(client)


def test_staff_moving_cancelling_and_deleting_in_the_admin_show_at_once(client, staff, calendar):
    booking, _link = book_first_free_time(client, calendar)
    values = free_values(client)
    new_start = parse_time(values[2]).astimezone(HELSINKI)

    staff.post(
        f"/hallinta/booking/booking/{booking.pk}/change/",
        {"start_0": new_start.strftime("%d.%m.%Y"), "start_1": new_start.strftime("%H:%M"),
         "status": "confirmed", "staff_notes": "", "sending_confirmed": "1"},
    )  # fmt: skip
    after_move = free_values(client)
    assert Booking.objects.get(pk=booking.pk).start == parse_time(values[2])
    assert values[2] not in after_move

    staff.post(
        "/hallinta/booking/booking/",
        {"action": "cancel_bookings", "_selected_action": [booking.pk], "sending_confirmed": "1"},
    )
    assert Booking.objects.get(pk=booking.pk).status == "cancelled"
    assert values[2] in free_values(client)

    again = workflow.book([calendar], parse_time(values[2]), {"name": "Toinen",
                          "email": "toinen@example.com"})  # fmt: skip
    assert values[2] not in free_values(client)
    again.delete()
    assert values[2] in free_values(client)


def test_a_calendar_edit_in_the_admin_shows_at_once(client, calendar, django_user_model):
    values = every_free_value(client)
    blocked_day = day_of(values[0])
    admin = django_user_model.objects.create_superuser("paakayttaja", password="x" * 12)
    log_in_verified(client, admin)
    url = f"/hallinta/booking/calendar/{calendar.pk}/change/"
    fields = FormFields(client.get(url).content.decode(), "calendar_form").fields
    fields["meeting_minutes"] = ["60"]
    row = int(fields["blocked_days-TOTAL_FORMS"][0])
    fields["blocked_days-TOTAL_FORMS"] = [str(row + 1)]
    fields[f"blocked_days-{row}-first_day"] = [blocked_day.strftime("%d.%m.%Y")]
    fields[f"blocked_days-{row}-last_day"] = [blocked_day.strftime("%d.%m.%Y")]

    response = client.post(url, fields)

    assert response.status_code == 302, response.content.decode()[-3000:]
    client.logout()
    html = client.get(TIMES).content.decode()
    assert "60 min" in html
    assert "30 min" not in html
    after = every_free_value(client)
    assert after
    assert blocked_day not in {day_of(value) for value in after}


def test_opening_hours_changed_outside_the_admin_show_at_once(client, calendar):
    values = every_free_value(client)
    first_day, last_day = day_of(values[0]), day_of(values[-1])

    calendar.weekly_hours.filter(weekday=last_day.weekday()).delete()
    assert last_day not in {day_of(value) for value in every_free_value(client)}

    ExtraTime.objects.create(calendar=calendar, date=last_day, start=time(18), end=time(19))
    evening = {value for value in every_free_value(client) if day_of(value) == last_day}
    assert len(evening) == 2

    BlockedDays.objects.create(calendar=calendar, first_day=first_day, last_day=first_day)
    assert first_day not in {day_of(value) for value in every_free_value(client)}

    calendar.meeting_minutes = 45
    calendar.save()
    assert "45 min" in client.get(TIMES).content.decode()
    clocks = {parse_time(value).astimezone(HELSINKI).time() for value in every_free_value(client)}
    assert time(9, 45) in clocks
    assert time(9, 30) not in clocks

    calendar.is_open = False
    calendar.save()
    assert free_values(client) == []


def test_a_calendar_saved_from_a_copy_read_before_a_booking_does_not_bring_its_time_back(
    client, calendar
):
    values = free_values(client)  # in the cache for the calendar as it was read
    book_first_free_time(client, calendar)
    assert values[0] not in free_values(client)

    calendar.location = "Zoom"  # this copy was read before the booking
    calendar.save()

    assert values[0] not in free_values(client)


def test_a_free_time_inside_the_minimum_notice_disappears_on_time(
    client, calendar, django_assert_max_num_queries
):
    # Open every day 9–16 with 24 hours' notice: on Monday 1 March 2027 at 8.00 the soonest
    # time is Tuesday at 9.00, and at 9.10 no longer.
    with frozen(2027, 3, 1, 8, 0):
        soonest = free_values(client)
    assert soonest[:2] == ["20270302T0700Z", "20270302T0730Z"]

    with frozen(2027, 3, 1, 9, 10), django_assert_max_num_queries(1):  # from the cache
        later = free_values(client)

    assert later == soonest[1:]


def test_a_new_day_brings_its_horizon_and_holidays_though_nothing_else_changed(client, calendar):
    calendar.min_notice_hours = 0
    calendar.horizon_days = 6
    calendar.save()
    next_week = "?viikko=2027-12-27"

    # Monday 20 December 2027: the horizon ends on Sunday; 24–26 December are holidays.
    with frozen(2027, 12, 20, 8, 0):
        this_week = {day_of(value).day for value in free_values(client)}
        beyond = free_values(client, next_week)
    assert this_week == {20, 21, 22, 23}
    assert {day_of(value).day for value in beyond} == {20, 21, 22, 23}  # the first week again

    with frozen(2027, 12, 21, 8, 0):
        assert {day_of(value).day for value in free_values(client, next_week)} == {27}


def test_a_time_taken_while_the_form_was_sent_is_not_offered_back(client, calendar):
    values = free_values(client)  # the list is in the cache now
    real_book = workflow.book

    def someone_else_first(calendars, start, details, submission_key=None):
        real_book(calendars, start, {"name": "Nopeampi", "email": "nopea@example.com"})
        return real_book(calendars, start, details, submission_key)

    with mock.patch("booking.views.book", someone_else_first):
        response = send(client, values[0])

    html = response.content.decode()
    assert response.status_code == 409
    assert f'id="aika-{values[1]}"' in html
    assert f'id="aika-{values[0]}"' not in html
    assert values[0] not in free_values(client)
