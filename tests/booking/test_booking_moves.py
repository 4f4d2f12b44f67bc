"""
Moving a booking keeps the rules of booking.rules, whoever moves it: the client with their own
link, or staff in the admin. Its own time is no move; staff cannot move it onto another
booking, into the past or outside opening hours (unless they tick that they mean it), nor
bring a cancelled booking back. A refused move changes nothing and sends nothing.
"""

import re
from datetime import time, timedelta

import pytest
from django.core import mail

from booking.forms import format_time
from booking.models import BlockedDays, Booking
from booking.public_holidays import is_holiday
from booking.timefmt import HELSINKI
from tests.support.bookings import book_first_free_time, book_soonest, in_days

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("commit_at_once")]


def admin_save(staff, booking, day, clock, status="confirmed", **extra):
    """
    Save ``booking`` in the admin with its start at ``day`` ``clock`` (Finnish time), as
    confirmed on the step naming the emails (see test_booking_admin_confirmation.py).
    """
    return staff.post(
        f"/hallinta/booking/booking/{booking.pk}/change/",
        {
            "start_0": day,
            "start_1": clock,
            "status": status,
            "staff_notes": "Sovittu puhelimessa.",
            "sending_confirmed": "1",
            **extra,
        },
    )


def admin_move(staff, booking, start, **extra):
    local = start.astimezone(HELSINKI)
    return admin_save(staff, booking, local.strftime("%d.%m.%Y"), local.strftime("%H:%M"), **extra)


def errors(response):
    return re.findall(
        r'<ul class="errorlist[^"]*"[^>]*>\s*<li>(.*?)</li>', response.content.decode()
    )


def unchanged(booking):
    """``booking`` as it was: the same time, revision and link; nobody was emailed."""
    stored = Booking.objects.get(pk=booking.pk)
    return (stored.start, stored.end, stored.status, stored.sequence, stored.manage_token_hash) == (
        booking.start,
        booking.end,
        booking.status,
        booking.sequence,
        booking.manage_token_hash,
    ) and mail.outbox == []


def working_day_in(days, clock):
    """``clock`` on the first day from ``days`` ahead that is no holiday (none is offered)."""
    while is_holiday((moment := in_days(days, clock)).date()):
        days += 1
    return moment


# The client's own link -----------------------------------------------------------------------


def test_the_client_moving_to_the_booking_s_own_time_is_refused_and_nothing_is_sent(
    client, calendar
):
    booking, link = book_first_free_time(client, calendar)

    response = client.post(link + "siirra/", {"aika": format_time(booking.start)})

    assert response.status_code == 400
    assert "Varaus on jo tähän aikaan." in response.content.decode()
    assert unchanged(booking)
    assert client.get(link).status_code == 200  # the link still works


# Staff in the admin ---------------------------------------------------------------------------


def test_staff_cannot_move_a_booking_onto_an_overlapping_one(client, calendar, staff):
    first = book_soonest(client, calendar)
    second = book_soonest(client, calendar, email="toinen@example.com")
    mail.outbox.clear()

    response = admin_move(staff, second, first.start + timedelta(minutes=15))

    assert response.status_code == 200
    assert errors(response) == [
        "Työnohjaajalla on jo varaus, joka osuu päällekkäin tämän ajan kanssa."
    ]
    assert unchanged(second)


def test_staff_cannot_move_a_booking_into_the_past(client, calendar, staff):
    booking = book_soonest(client, calendar)
    mail.outbox.clear()

    response = admin_move(staff, booking, in_days(-1, time(10)))

    assert response.status_code == 200
    assert errors(response) == ["Tämä aika on jo mennyt."]
    assert unchanged(booking)


@pytest.mark.parametrize(
    ("day", "clock", "error"),
    [
        ("01.01.0001", "00:00", "Tämä aika on jo mennyt."),
        ("01.01.1900", "10:00", "Tämä aika on jo mennyt."),
        ("31.12.9999", "23:59", "Varauksen voi tehdä enintään vuoden päähän."),
    ],
)
def test_staff_get_a_finnish_error_for_a_time_at_the_ends_of_the_calendar(
    client, calendar, staff, day, clock, error
):
    booking = book_soonest(client, calendar)
    mail.outbox.clear()

    response = admin_save(staff, booking, day, clock)

    assert response.status_code == 200
    assert errors(response) == [error]
    assert unchanged(booking)


def test_outside_opening_hours_staff_must_tick_that_they_mean_it(client, calendar, staff):
    booking = book_soonest(client, calendar)
    mail.outbox.clear()
    evening = in_days(3, time(20))

    refused = admin_move(staff, booking, evening)

    assert refused.status_code == 200
    [error] = errors(refused)
    assert error.startswith("Aika on työnohjaajan aukioloaikojen ulkopuolella")
    assert "Salli aika aukioloaikojen ulkopuolelta" in error
    assert unchanged(booking)

    accepted = admin_move(staff, booking, evening, allow_outside_hours="on")

    assert accepted.status_code == 302
    moved = Booking.objects.get(pk=booking.pk)
    assert (moved.start, moved.sequence) == (evening, 1)
    assert sorted(m.subject.split(":")[0] for m in mail.outbox) == [
        "Ajanvaraus siirretty",
        "Varaus siirretty",
    ]


def test_a_blocked_day_is_outside_opening_hours(client, calendar, staff):
    booking = book_soonest(client, calendar)
    mail.outbox.clear()
    holiday = in_days(5, time(10))
    BlockedDays.objects.create(calendar=calendar, first_day=holiday.date(), last_day=holiday.date())

    response = admin_move(staff, booking, holiday)

    [error] = errors(response)
    assert error.startswith("Aika on työnohjaajan aukioloaikojen ulkopuolella")
    assert unchanged(booking)


def test_the_override_does_not_allow_an_overlap_or_the_past(client, calendar, staff):
    first = book_soonest(client, calendar)
    second = book_soonest(client, calendar, email="toinen@example.com")
    mail.outbox.clear()

    onto_first = admin_move(staff, second, first.start, allow_outside_hours="on")
    past = admin_move(staff, second, in_days(-1, time(20)), allow_outside_hours="on")

    assert errors(onto_first) == [
        "Työnohjaajalla on jo varaus, joka osuu päällekkäin tämän ajan kanssa."
    ]
    assert errors(past) == ["Tämä aika on jo mennyt."]
    assert unchanged(second)


def test_staff_cannot_bring_a_cancelled_booking_back_at_its_own_time(client, calendar, staff):
    booking = book_soonest(client, calendar)
    local = booking.start.astimezone(HELSINKI)
    day, clock = local.strftime("%d.%m.%Y"), local.strftime("%H:%M")
    assert admin_save(staff, booking, day, clock, status="cancelled").status_code == 302
    booking.refresh_from_db()
    mail.outbox.clear()

    response = admin_save(staff, booking, day, clock, status="confirmed")

    assert response.status_code == 200
    assert errors(response) == [
        "Varaus on peruttu ja asiakkaalle on kerrottu siitä; sitä ei voi enää muuttaa."
    ]
    assert unchanged(booking)


def test_staff_cannot_move_and_cancel_at_once(client, calendar, staff):
    booking = book_soonest(client, calendar)
    mail.outbox.clear()

    response = admin_move(staff, booking, booking.start + timedelta(days=1), status="cancelled")

    assert errors(response) == ["Muuta joko aikaa tai tilaa, ei molempia yhtä aikaa."]
    assert unchanged(booking)


def test_staff_can_still_write_notes_and_move_to_a_free_time_within_hours(client, calendar, staff):
    booking = book_soonest(client, calendar)
    mail.outbox.clear()
    local = booking.start.astimezone(HELSINKI)

    notes = admin_save(staff, booking, local.strftime("%d.%m.%Y"), local.strftime("%H:%M"))

    assert notes.status_code == 302
    assert Booking.objects.get(pk=booking.pk).staff_notes == "Sovittu puhelimessa."
    assert mail.outbox == []  # its own time: no move, nothing sent
    moved = admin_move(staff, booking, working_day_in(4, time(9)))
    assert moved.status_code == 302
    assert Booking.objects.get(pk=booking.pk).start == working_day_in(4, time(9))
