"""
Whatever time a link or a form names, the booking pages answer in Finnish with a 4xx, never a
500: a time no calendar offers (past, too soon, beyond the horizon, beyond what a date can
hold) is "not offered", a malformed one asks for a time, and nothing is booked or sent.
"""

from datetime import timedelta

import pytest
from django.core import mail
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from booking.forms import format_time
from booking.models import Booking
from tests.support.bookings import (
    book_first_free_time,
    booking_data,
    free_values,
    make_calendar,
    make_supervisor,
    started,
)

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("commit_at_once")]

BOOK = "/ajanvaraus/varaa/"


@pytest.fixture
def calendar():
    return make_calendar(make_supervisor(email="anna@example.com"), horizon_days=42)


@pytest.fixture
def client():
    """A client that gets the 500 page, as a visitor would, instead of the exception."""
    return Client(raise_request_exception=False)


def never_offered():
    """Well-formed times no calendar offers: each would be a booking nobody could have."""
    now = timezone.now().replace(second=0, microsecond=0)
    return {
        "the last minute of the year 9999": "99991231T2359Z",
        "the year 9999": "99991231T2000Z",
        "the first minute of the year 1": "00010101T0000Z",
        "far in the past": "19000101T1000Z",
        "an hour ago": format_time(now - timedelta(hours=1)),
        "within the minimum notice": format_time(now + timedelta(hours=2)),
        "beyond the horizon": format_time(now + timedelta(days=60)),
    }


MALFORMED = {
    "without a time zone": "20261203T1200",
    "with an offset": "20261203T1200+0200",
    "ISO with dashes": "2026-12-03T12:00Z",
    "hour 24": "20261231T2400Z",
    "the year 0": "00000101T0000Z",
    "month 13": "20261303T1200Z",
    "other digits": "٢٠٢٦١٢٠٣T1200Z",
    "empty": "",
}


@pytest.mark.parametrize("case", list(never_offered()))
def test_a_link_to_a_time_never_offered_is_a_finnish_404_with_free_times(client, calendar, case):
    response = client.get(BOOK, {"aika": never_offered()[case]})

    html = response.content.decode()
    assert response.status_code == 404
    assert "Tätä aikaa ei voi varata" in html
    assert 'type="radio" name="aika"' in html  # the soonest free times to choose from


@pytest.mark.parametrize("case", list(never_offered()))
def test_a_time_never_offered_is_refused_in_finnish_and_nothing_is_booked(client, calendar, case):
    response = client.post(
        reverse("booking:book"), booking_data(aika=never_offered()[case], started=started())
    )

    html = response.content.decode()
    assert response.status_code == 400
    assert "Tätä aikaa ei voi varata. Valitkaa aika listasta." in html
    assert 'type="radio"' in html
    assert not Booking.objects.exists()
    assert mail.outbox == []


@pytest.mark.parametrize("case", list(MALFORMED))
def test_a_malformed_time_asks_for_a_time(client, calendar, case):
    link = client.get(BOOK, {"aika": MALFORMED[case]})
    form = client.post(
        reverse("booking:book"), booking_data(aika=MALFORMED[case], started=started())
    )

    assert link.status_code == 302
    assert link["Location"] == reverse("booking:times")
    assert form.status_code == 400
    assert "Valitkaa aika." in form.content.decode()
    assert not Booking.objects.exists()


def test_a_free_time_with_spaces_around_it_is_booked(client, calendar):
    value = free_values(client)[0]

    response = client.post(
        reverse("booking:book"), booking_data(aika=f" {value}\n", started=started())
    )

    assert response.status_code == 302
    assert format_time(Booking.objects.get().start) == value


def test_a_taken_time_within_the_horizon_is_still_named_with_the_nearest_free_times(
    client, calendar
):
    value = free_values(client)[0]
    client.post(reverse("booking:book"), booking_data(aika=value, started=started()))

    response = client.get(BOOK, {"aika": value})

    assert response.status_code == 200
    assert "ei ole enää vapaana" in response.content.decode()


@pytest.mark.parametrize("value", ["99991231T2359Z", "00010101T0000Z", "19000101T1000Z"])
def test_moving_to_a_time_never_offered_changes_nothing(client, calendar, value):
    booking, link = book_first_free_time(client, calendar)

    response = client.post(link + "siirra/", {"aika": value})

    assert response.status_code == 400
    assert 'class="error-summary"' in response.content.decode()
    moved = Booking.objects.get()
    assert (moved.start, moved.sequence) == (booking.start, 0)
    assert mail.outbox == []


def test_the_list_ignores_a_week_beyond_what_a_date_can_hold(client, calendar):
    for week in ("9999-12-31", "0001-01-01", "2026-02-30", "x"):
        response = client.get("/ajanvaraus/", {"viikko": week})
        assert response.status_code == 200
