"""
On a phone and a desktop, the first contact as a client meets it: each free time says its
length and channel; a phone call is not booked without a number, and once it is, the
confirmation, the emails and the invite name that number; the Christmas week offers nothing on
the holidays; a hospital's buyer with no preference gets the supervisor who lists healthcare,
shown before booking; cancelling asks once more. Every page has zero axe violations.
"""

import re
from datetime import date, time, timedelta

import pytest
from django.core import mail
from django.utils import timezone
from icalendar import Calendar as ICalendar
from playwright.sync_api import expect

from booking.models import Booking
from booking.timefmt import HELSINKI
from services.models import SupervisionForm
from tests.support.accessibility import DESKTOP, PHONE, assert_accessible
from tests.support.bookings import phone_and_video_calendars

VIEWPORTS = pytest.mark.parametrize("viewport", [PHONE, DESKTOP], ids=["375", "1280"])


@pytest.fixture
def calendars(site_url, settings):
    """Playwright types faster than a person; links in email point at the live server."""
    settings.CONTACT_MIN_SECONDS = 0
    settings.SITE_URL = site_url
    return phone_and_video_calendars()


@pytest.fixture
def page(browser, viewport):
    context = browser.new_context(viewport=viewport)
    yield context.new_page()
    context.close()


def fill_details(page, phone=""):
    page.get_by_label("Nimi").fill("Hanna Hoitaja")
    page.get_by_label("Sähköposti").fill("hanna@example.com")
    page.get_by_label("Puhelin").fill(phone)
    page.get_by_label("Organisaatio").fill("Esimerkin sairaala, osasto 5")


def invite_location(message):
    [part] = [a for a in message.attachments if a.get_content_type() == "text/calendar"]
    [event] = ICalendar.from_ical(part.get_payload(decode=True)).walk("VEVENT")
    return str(event["LOCATION"])


@VIEWPORTS
def test_a_phone_call_is_booked_only_with_a_number_and_then_names_it(page, site_url, calendars):
    phone, video = calendars
    video.is_open = False
    video.save()

    page.goto(site_url + "/ajanvaraus/")
    expect(page.locator(".booking-overview")).to_contain_text("30 min")
    expect(page.locator(".booking-overview")).to_contain_text("Puhelu")
    first = page.locator(".booking-slot").first
    expect(first).to_contain_text("30 min · puhelu")
    assert_accessible(page)
    first.click()
    expect(page.locator(".booking-summary")).to_contain_text("Eero Testi")
    expect(page.locator(".booking-summary")).to_contain_text("Puhelu")
    expect(page.locator(".booking-summary")).to_contain_text("Voitte perua tai siirtää")

    fill_details(page)
    page.get_by_role("button", name="Varatkaa aika").click()
    expect(page.get_by_role("alert")).to_contain_text("Antakaa puhelinnumero")
    assert_accessible(page)
    assert not Booking.objects.exists()
    assert mail.outbox == []

    page.get_by_label("Puhelin").fill("040 123 4567")
    page.get_by_role("button", name="Varatkaa aika").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Varauksenne on vahvistettu")
    named = "Puhelu – työnohjaaja soittaa numeroon 040 123 4567"
    expect(page.locator(".booking-details")).to_contain_text(named)
    assert_accessible(page)
    booking = Booking.objects.get()
    assert (booking.supervisor_id, booking.phone) == (phone.supervisor_id, "040 123 4567")
    to_client = next(m for m in mail.outbox if "hanna@example.com" in m.to[0])
    to_staff = next(m for m in mail.outbox if "eero@example.com" in m.to[0])
    for message in (to_client, to_staff):
        assert named in message.body
        assert invite_location(message) == "Puhelu numeroon 040 123 4567"


def christmas_week():
    """The Monday of the next Christmas week still wholly ahead (24.12. at least a day away)."""
    today = timezone.now().astimezone(HELSINKI).date()
    year = today.year if today < date(today.year, 12, 23) else today.year + 1
    christmas_eve = date(year, 12, 24)
    return christmas_eve - timedelta(days=christmas_eve.weekday())


@VIEWPORTS
def test_the_christmas_week_offers_no_time_on_the_holidays(page, site_url, calendars):
    for calendar in calendars:
        calendar.horizon_days = 366
        calendar.save()
        calendar.weekly_hours.update(start=time(9), end=time(12))
    monday = christmas_week()

    page.goto(f"{site_url}/ajanvaraus/?viikko={monday.isoformat()}")

    sunday = monday + timedelta(days=6)
    expect(page.locator(".booking-week__title")).to_have_text(
        re.compile(rf"^Viikko \d+: {monday.day}\.(\d+\.)?–{sunday.day}\.{sunday.month}\.$")
    )
    days = page.locator(".booking-day__title").all_inner_texts()
    assert days
    for holiday in (24, 25, 26):
        assert not [day for day in days if f" {holiday}.12." in day], days
    assert [day for day in days if " 23.12." in day]
    assert_accessible(page)


@VIEWPORTS
def test_healthcare_with_no_preference_gets_the_supervisor_who_lists_healthcare(
    page, site_url, calendars
):
    group = SupervisionForm.objects.get(slug="ryhmatyonohjaus")
    for calendar in calendars:
        calendar.supervisor.forms.add(group)  # both offer it: the sector decides
    page.goto(site_url + "/ajanvaraus/")
    expect(page.locator(".booking-slot").first).to_contain_text("puhelu")  # Eero, first in order
    page.get_by_label("Toimialanne").select_option(label="Terveydenhuolto")
    page.get_by_label("Työnohjauksen muoto").select_option(label="Ryhmätyönohjaus")
    page.get_by_role("button", name="Hakekaa ajat").click()
    expect(page.locator(".booking-slot").first).to_contain_text("30 min · videopuhelu")
    assert_accessible(page)
    page.locator(".booking-slot").first.click()

    summary = page.locator(".booking-summary")
    expect(summary).to_contain_text("Aino Testi")
    expect(summary).to_contain_text("Videopuhelu")
    expect(page.get_by_label("Toimialanne")).to_have_value("terveydenhuolto")
    assert_accessible(page)
    fill_details(page)
    page.get_by_role("button", name="Varatkaa aika").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Varauksenne on vahvistettu")

    booking = Booking.objects.get()
    assert booking.supervisor.name == "Aino Testi"
    assert booking.sector == "Terveydenhuolto"
    assert booking.topic_name == "Ryhmätyönohjaus"


@VIEWPORTS
def test_cancelling_asks_once_more(page, site_url, calendars):
    page.goto(site_url + "/ajanvaraus/")
    page.locator(".booking-slot").first.click()
    fill_details(page, phone="040 123 4567")
    page.get_by_role("button", name="Varatkaa aika").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Varauksenne on vahvistettu")

    page.get_by_role("link", name="Perukaa varaus").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Haluatteko varmasti perua?")
    assert_accessible(page)
    page.get_by_role("link", name="En, pidän varauksen").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Varauksenne")
    assert Booking.objects.get().is_active

    page.get_by_role("link", name="Perukaa varaus").click()
    page.get_by_role("button", name="Kyllä, perun varauksen").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Varauksenne on peruttu")
    assert Booking.objects.get().status == "cancelled"


@VIEWPORTS
def test_a_sector_chosen_on_the_form_shows_the_new_supervisor_before_booking(
    page, site_url, calendars
):
    page.goto(site_url + "/ajanvaraus/")
    page.locator(".booking-slot").first.click()
    expect(page.locator(".booking-summary")).to_contain_text("Eero Testi")

    page.get_by_label("Toimialanne").select_option(label="Terveydenhuolto")
    fill_details(page)
    page.get_by_role("button", name="Varatkaa aika").click()

    expect(page.get_by_role("status")).to_contain_text("Tarkistakaa työnohjaaja")
    expect(page.locator(".booking-summary")).to_contain_text("Aino Testi")
    expect(page.locator(".booking-summary")).to_contain_text("Videopuhelu")
    assert_accessible(page)
    assert not Booking.objects.exists()
    page.get_by_role("button", name="Varatkaa aika").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Varauksenne on vahvistettu")
    assert Booking.objects.get().supervisor.name == "Aino Testi"
