"""
A supervisor's calendar feed carries every client's details: only those who may read bookings
make its address, it is served only while they still may, and replacing a working address is
asked first.
"""

import importlib
import re

import pytest
from django.apps import apps
from django.contrib.admin import helpers
from django.contrib.auth.models import Group
from django.test import Client
from icalendar import Calendar as ICalendar

from booking.models import Calendar
from core import roles
from tests.support.bookings import book_soonest, make_calendar
from tests.support.factories import enquiry_handler, make_content_editor

pytestmark = pytest.mark.django_db

CALENDARS = "/hallinta/booking/calendar/"
FEED_ADDRESS = re.compile(r"http://testserver(/ajanvaraus/kalenteri/[\w-]+\.ics)")


@pytest.fixture
def calendar(client):
    calendar = make_calendar()
    book_soonest(client, calendar, name="Asiakas Salainen", phone="040 111 2222")
    return calendar


def logged_in(user):
    client = Client()
    client.force_login(user)
    return client


def make_feed_address(client, calendar, **extra):
    data = {"action": "regenerate_feed_address", helpers.ACTION_CHECKBOX_NAME: [calendar.pk]}
    return client.post(CALENDARS, {**data, **extra}, follow=True)


def test_a_content_editor_can_neither_make_nor_read_a_feed_address(calendar):
    editor = logged_in(make_content_editor())

    changelist = editor.get(CALENDARS)
    response = make_feed_address(editor, calendar)

    assert changelist.status_code == 200
    assert "regenerate_feed_address" not in changelist.text
    assert not FEED_ADDRESS.search(response.text)
    calendar.refresh_from_db()
    assert calendar.feed_token_hash is None


def test_a_booking_handler_makes_a_feed_address_that_serves_the_bookings(calendar):
    handler = logged_in(enquiry_handler())

    assert "regenerate_feed_address" in handler.get(CALENDARS).text
    response = make_feed_address(handler, calendar)

    feed = Client().get(FEED_ADDRESS.search(response.text)[1])
    assert feed.status_code == 200
    [event] = ICalendar.from_ical(feed.content).walk("VEVENT")
    assert "Asiakas Salainen" in str(event["DESCRIPTION"])


def test_replacing_a_working_feed_address_is_asked_first(calendar):
    handler = logged_in(enquiry_handler())
    old = FEED_ADDRESS.search(make_feed_address(handler, calendar).text)[1]

    asked = make_feed_address(handler, calendar)

    assert "vanha osoite lakkaa toimimasta" in asked.text
    assert not FEED_ADDRESS.search(asked.text)
    assert Client().get(old).status_code == 200
    confirmed = make_feed_address(handler, calendar, confirm="yes")
    new = FEED_ADDRESS.search(confirmed.text)[1]
    assert new != old
    assert Client().get(old).status_code == 404
    assert Client().get(new).status_code == 200


@pytest.mark.parametrize("revoke", ["role", "deactivate"])
def test_a_feed_stops_when_whoever_made_it_may_no_longer_read_bookings(calendar, revoke):
    user = enquiry_handler()
    address = FEED_ADDRESS.search(make_feed_address(logged_in(user), calendar).text)[1]
    assert Client().get(address).status_code == 200

    if revoke == "role":
        user.groups.remove(Group.objects.get(name=roles.ENQUIRY_HANDLERS))
    else:
        user.is_active = False
        user.save()

    response = Client().get(address)
    assert response.status_code == 404
    assert "Asiakas Salainen" not in response.text


def test_addresses_made_before_their_maker_was_recorded_are_withdrawn(calendar):
    migration = importlib.import_module(
        "booking.migrations.0005_calendar_feed_for_booking_handlers"
    )
    Calendar.objects.filter(pk=calendar.pk).update(feed_token_hash="a" * 64)

    migration.withdraw_feed_addresses(apps, None)

    calendar.refresh_from_db()
    assert calendar.feed_token_hash is None
