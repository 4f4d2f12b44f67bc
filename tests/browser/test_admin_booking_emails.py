"""
In Chromium, in Finnish: staff moving a booking in its change form, and cancelling it with the
list's action, are first shown which emails go to whom, and nothing is sent until they
confirm; then each email is sent once.
"""

from email.utils import parseaddr

import pytest
from django.core import mail
from playwright.sync_api import expect

from booking.models import Booking
from booking.slots import bookable_calendars, free_slots
from booking.timefmt import HELSINKI
from booking.workflow import book
from tests.support.accessibility import AXE_OPTIONS, Axe
from tests.support.admin_browser import log_in_with_authenticator
from tests.support.bookings import booking_data, make_calendar, make_supervisor


@pytest.fixture
def booking(site_url, settings):
    """A booking whose confirmations have gone out, and a free time to move it to."""
    settings.SITE_URL = site_url
    calendar = make_calendar(make_supervisor(email="anna@example.com"), location="Teams")
    first, later = free_slots(bookable_calendars([calendar.supervisor_id]))[:2]
    details = {key: value for key, value in booking_data().items() if key != "website"}
    booked = book([calendar], first.start, details)
    mail.outbox.clear()
    booked.move_to = later.start
    return booked


def recipients():
    return sorted(parseaddr(message.to[0])[1] for message in mail.outbox)


def test_moving_and_cancelling_a_booking_are_confirmed_before_anything_is_sent(
    watched,
    site_url,
    superuser,
    booking,
):
    page = watched
    log_in_with_authenticator(page, site_url, superuser)

    # A move, saved with "save and continue": first the emails it sends are named.
    page.goto(f"{site_url}/hallinta/booking/booking/{booking.pk}/change/")
    new_start = booking.move_to.astimezone(HELSINKI)
    page.locator("input[name=start_0]").fill(new_start.strftime("%d.%m.%Y"))
    page.locator("input[name=start_1]").fill(new_start.strftime("%H:%M"))
    page.locator("input[name=_continue]").click()  # "Tallenna välillä ja jatka muokkaamista"

    expect(page.get_by_role("heading", level=1)).to_have_text(
        "Siirretäänkö varaus ja lähetetäänkö asiakkaalle sähköposti?"
    )
    expect(
        page.get_by_text("Asiakkaalle lähetetään siirtoilmoitus ja uusi kalenterikutsu.")
    ).to_be_visible()
    expect(page.locator("#content")).to_contain_text("asa@example.com")
    results = Axe().run(page, options=AXE_OPTIONS)
    assert results.violations_count == 0, results.generate_report()
    assert mail.outbox == []
    assert Booking.objects.get(pk=booking.pk).start == booking.start

    page.get_by_role("button", name="Vahvista ja lähetä").click()

    expect(page.locator("input[name=start_1]")).to_have_value(new_start.strftime("%H.%M.%S"))
    assert Booking.objects.get(pk=booking.pk).start == booking.move_to
    assert recipients() == ["anna@example.com", "asa@example.com"]

    # The list's cancel action: asked first, sent once confirmed.
    page.goto(f"{site_url}/hallinta/booking/booking/")
    page.locator(f"input[name=_selected_action][value='{booking.pk}']").check()
    page.locator("select[name=action]").select_option("cancel_bookings")
    page.locator("button[name=index]").click()

    expect(page.get_by_role("heading", level=1)).to_have_text(
        "Perutaanko varaukset ja lähetetäänkö asiakkaille sähköposti?"
    )
    expect(
        page.get_by_text("Asiakkaalle lähetetään peruutusilmoitus ja kalenterikutsun peruutus.")
    ).to_be_visible()
    assert len(mail.outbox) == 2
    assert Booking.objects.get(pk=booking.pk).is_active

    page.get_by_role("button", name="Vahvista ja lähetä").click()

    expect(page.locator(".messagelist")).to_contain_text("peruttiin")
    assert Booking.objects.get(pk=booking.pk).status == Booking.Status.CANCELLED
    assert recipients() == ["anna@example.com"] * 2 + ["asa@example.com"] * 2
    assert page.violations(page) == []
