"""
The night the clocks go back (the last Sunday of October, 4.00 summer time becomes 3.00 winter
time) has two different times that both read "klo 3.00": every page, email and the admin
names which one, and the invite holds the right instant for each.
"""

import re
from datetime import UTC, date, datetime, time, timedelta

import pytest
from django.contrib.auth.models import Group, User
from django.core import mail
from django.test import Client
from django.utils import timezone, translation

from booking.forms import format_time
from booking.models import Booking, ExtraTime
from booking.timefmt import HELSINKI, slot_label
from tests.support.bookings import invite_of, make_calendar, make_supervisor, send

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("commit_at_once")]


def next_autumn_change(after):
    """The last Sunday of October after the date ``after``: the night the clocks go back."""
    year = after.year
    while True:
        last_day = date(year, 10, 31)
        sunday = last_day - timedelta(days=(last_day.weekday() - 6) % 7)
        if sunday > after:
            return sunday
        year += 1


@pytest.fixture
def night():
    """A calendar open 2.00–5.00 on the next autumn-change night, within its horizon."""
    day = next_autumn_change(timezone.localdate() + timedelta(days=1))
    calendar = make_calendar(
        make_supervisor(email="anna@example.com"), hours=[], min_notice_hours=0, horizon_days=366
    )
    ExtraTime.objects.create(calendar=calendar, date=day, start=time(2), end=time(5))
    return day


def three_o_clock(day, second):
    """3.00 on ``day`` in UTC: the first (summer time) or, with ``second``, an hour later."""
    local = datetime.combine(day, time(3), tzinfo=HELSINKI).replace(fold=int(second))
    return local.astimezone(UTC)


def event_of(message):
    [event] = invite_of(message)[1].walk("VEVENT")
    return event


def test_the_two_three_o_clocks_are_labelled_apart():
    with translation.override("fi"):
        assert slot_label(datetime(2026, 10, 24, 23, 59, tzinfo=UTC)) == "su 25.10. klo 2.59"
        assert (
            slot_label(datetime(2026, 10, 25, 0, 0, tzinfo=UTC)) == "su 25.10. klo 3.00 kesäaikaa"
        )
        assert slot_label(datetime(2026, 10, 25, 0, 59, tzinfo=UTC)) == (
            "su 25.10. klo 3.59 kesäaikaa"
        )
        assert (
            slot_label(datetime(2026, 10, 25, 1, 0, tzinfo=UTC)) == "su 25.10. klo 3.00 talviaikaa"
        )
        assert slot_label(datetime(2026, 10, 25, 2, 0, tzinfo=UTC)) == "su 25.10. klo 4.00"
        # The spring change repeats nothing.
        assert slot_label(datetime(2027, 3, 28, 0, 59, tzinfo=UTC)) == "su 28.3. klo 2.59"
        assert slot_label(datetime(2027, 3, 28, 1, 0, tzinfo=UTC)) == "su 28.3. klo 4.00"


def test_the_list_names_every_time_of_the_night_once(client, night):
    html = client.get("/ajanvaraus/", {"viikko": night.isoformat()}).content.decode()

    labels = re.findall(r'aria-label="Varatkaa aika (su [^"]+) Suomen aikaa"', html)
    buttons = re.findall(r'class="booking-slot__time">klo ([^<]+)</span>', html)
    assert labels == [
        f"su {night.day}.10. klo {clock}"
        for clock in [
            "2.00", "2.30", "3.00 kesäaikaa", "3.30 kesäaikaa", "3.00 talviaikaa",
            "3.30 talviaikaa", "4.00", "4.30",
        ]
    ]  # fmt: skip
    assert len(set(buttons)) == len(buttons) == 8
    assert "3.00 talviaikaa" in buttons


def test_the_second_three_o_clock_is_booked_shown_and_invited_as_itself(client, night):
    second = three_o_clock(night, second=True)
    label = f"su {night.day}.10. klo 3.00 talviaikaa"

    response = send(client, format_time(second))

    booking = Booking.objects.get()
    assert booking.start == second == three_o_clock(night, second=False) + timedelta(hours=1)
    page = client.get(response["Location"]).content.decode()
    assert f"{label} (Suomen aikaa)" in page
    assert f"su {night.day}.10. klo 3.00 kesäaikaa" in page  # offered as a move, apart
    assert len(mail.outbox) == 2
    for message in mail.outbox:
        assert label in message.subject
        assert label in message.body
        event = event_of(message)
        # The invite names the instant itself, not a wall-clock time a calendar must guess.
        assert event.decoded("DTSTART") == booking.start
        assert event.decoded("DTEND") == booking.end
        assert event.decoded("DTSTART").utcoffset() == timedelta(0)


def test_the_admin_names_the_second_three_o_clock(client, night):
    send(client, format_time(three_o_clock(night, second=True)))
    booking = Booking.objects.get()
    user = User.objects.create_user("kasittelija", password="x" * 12, is_staff=True)
    user.groups.add(Group.objects.get(name="Yhteydenottojen käsittelijä"))
    staff = Client()
    staff.force_login(user)

    listing = staff.get("/hallinta/booking/booking/").content.decode()
    change = staff.get(f"/hallinta/booking/booking/{booking.pk}/change/").content.decode()

    label = f"su {night.day}.10. klo 3.00 talviaikaa"
    assert label in listing
    assert label in change
