"""
On a phone, with and without JavaScript, a visitor books a free first conversation, sees the
confirmation and cancels it through the link in the email, and books with their work
community map attached; every booking page has zero axe violations.
"""

import re

import pytest
from django.core import mail
from playwright.sync_api import expect

from booking.models import Booking
from tests.support.accessibility import PHONE, assert_accessible
from tests.support.bookings import make_calendar, make_supervisor
from tests.support.map_answers import answer_everything


@pytest.fixture
def bookable(site_url, settings):
    """Playwright types faster than a person; links in email point at the live server."""
    settings.CONTACT_MIN_SECONDS = 0
    settings.SITE_URL = site_url
    return make_calendar(make_supervisor(email="anna@example.com"), location="Teams")


def manage_link(site_url):
    """The link in the booking's confirmation (the first email to the client)."""
    message = next(m for m in mail.outbox if "asiakas@example.com" in m.to[0])
    return re.search(re.escape(site_url) + r"/ajanvaraus/varaus/\w+/", message.body)[0]


def book_first_free_time(page, site_url):
    page.goto(site_url + "/ajanvaraus/")
    expect(page.get_by_role("heading", level=1)).to_have_text(
        "Varatkaa maksuton tutustumiskeskustelu"
    )
    assert_accessible(page)
    first = page.locator(".booking-slot").first
    label = first.get_attribute("aria-label")
    first.click()
    expect(page.get_by_text("Valitsemanne aika")).to_be_visible()
    assert_accessible(page)
    return label


def fill_and_send(page):
    page.get_by_label("Nimi").fill("Åsa Äijälä")
    page.get_by_label("Sähköposti").fill("asiakas@example.com")
    page.get_by_label("Organisaatio").fill("Säätiö ry")
    page.get_by_label("Lyhyt viesti").fill("Haluaisimme kuulla ryhmätyönohjauksesta.")
    page.get_by_role("button", name="Varatkaa aika").click()


@pytest.mark.parametrize("javascript", [True, False], ids=["javascript", "no-javascript"])
def test_phone_visitor_books_and_cancels_through_the_emailed_link(
    browser, site_url, bookable, javascript
):
    context = browser.new_context(
        viewport=PHONE, is_mobile=True, has_touch=True, java_script_enabled=javascript
    )
    page = context.new_page()
    page.javascript_disabled = not javascript
    label = book_first_free_time(page, site_url)

    # A mistake first: only the name is given.
    page.get_by_label("Nimi").fill("Åsa Äijälä")
    page.get_by_role("button", name="Varatkaa aika").click()
    expect(page.get_by_role("alert")).to_contain_text("Tarkistakaa lomake")
    assert_accessible(page)
    fill_and_send(page)

    expect(page.get_by_role("heading", level=1)).to_have_text("Varauksenne on vahvistettu")
    assert_accessible(page)
    booking = Booking.objects.get()
    assert label.startswith("Varatkaa aika ")
    assert label.endswith(" Suomen aikaa")
    assert booking.name == "Åsa Äijälä"

    page.goto(manage_link(site_url))
    expect(page.get_by_role("heading", level=1)).to_have_text("Varauksenne")
    assert_accessible(page)
    # Cancelling asks once more, with JavaScript and without.
    page.get_by_role("link", name="Perukaa varaus").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Haluatteko varmasti perua?")
    assert_accessible(page)
    assert Booking.objects.get().status == "confirmed"
    page.get_by_role("button", name="Kyllä, perun varauksen").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Varauksenne on peruttu")
    assert_accessible(page)
    assert Booking.objects.get().status == "cancelled"

    page.goto(manage_link(site_url))
    expect(page.get_by_role("heading", level=1)).to_have_text("Varaus on peruttu")
    assert_accessible(page)
    context.close()


def test_a_time_taken_meanwhile_and_the_other_booking_pages_are_accessible(
    browser, site_url, bookable
):
    context = browser.new_context(viewport=PHONE, is_mobile=True)
    page = context.new_page()
    other = context.new_page()
    book_first_free_time(page, site_url)
    book_first_free_time(other, site_url)
    fill_and_send(other)
    expect(other.get_by_role("heading", level=1)).to_have_text("Varauksenne on vahvistettu")

    fill_and_send(page)
    expect(page.get_by_role("alert")).to_contain_text("Tämä aika ehdittiin juuri varata")
    assert_accessible(page)
    page.locator("input[name=aika]").first.check()
    page.get_by_role("button", name="Varatkaa aika").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Varauksenne on vahvistettu")

    # Moving the booking, and the link that moving retired.
    link = other.url.split("?")[0]
    other.goto(link)  # the free times as they are now
    other.get_by_label("Uusi aika (Suomen aikaa)").select_option(index=1)
    other.get_by_role("button", name="Siirtäkää varaus").click()
    expect(other.get_by_role("heading", level=1)).to_have_text("Varauksenne on siirretty")
    assert_accessible(other)
    other.goto(link)
    expect(other.get_by_role("heading", level=1)).to_have_text("Varauslinkki ei ole voimassa")
    assert_accessible(other)

    other.goto(site_url + "/ajanvaraus/?ohjaaja=ei-ketaan&muoto=ei-mitaan")
    assert_accessible(other)
    context.close()


@pytest.mark.parametrize("javascript", [True, False], ids=["javascript", "no-javascript"])
def test_a_visitor_books_a_time_with_their_map_attached(browser, site_url, bookable, javascript):
    context = browser.new_context(
        viewport=PHONE, is_mobile=True, has_touch=True, java_script_enabled=javascript
    )
    page = context.new_page()
    page.javascript_disabled = not javascript
    page.goto(site_url + "/tyoyhteisokartta/")
    answer_everything(page, lambda text: "Jokseenkin eri mieltä")
    page.get_by_role("button", name="Katsokaa karttanne").click()

    page.get_by_role("link", name="Varatkaa aika ja liittäkää kartta").click()
    expect(page.get_by_text("Työyhteisökartta liitetään varaukseen")).to_be_visible()
    assert_accessible(page)
    page.locator(".booking-slot").first.click()
    expect(page.get_by_text("Työyhteisökartta liitetään varaukseen")).to_be_visible()
    assert_accessible(page)
    fill_and_send(page)

    expect(page.get_by_role("heading", level=1)).to_have_text("Varauksenne on vahvistettu")
    summary = Booking.objects.get().map_summary
    assert "Työyhteisökartta: http" in summary
    assert "- Johtajuus: 2,0" in summary
    context.close()
