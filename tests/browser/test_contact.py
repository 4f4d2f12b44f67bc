"""On a phone, a visitor sends an enquiry about a form of supervision, fixing a mistake."""

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import expect

from contact.models import Enquiry
from tests.browser.test_accessibility import AXE_OPTIONS


def assert_accessible(page):
    results = Axe().run(page, options=AXE_OPTIONS)
    assert results.violations_count == 0, results.generate_report()


@pytest.fixture
def quick_form(settings):
    """Playwright fills the form faster than a person: let the time trap allow it."""
    settings.CONTACT_MIN_SECONDS = 0


def test_phone_visitor_sends_an_enquiry_after_fixing_a_missing_email(
    phone_page, site_url, quick_form
):
    page = phone_page
    page.goto(site_url + "/palvelut/tilannetyonohjaus/")
    page.get_by_role("main").get_by_role("link", name="Laita viestiä").click()

    expect(page.get_by_label("Työnohjauksen muoto").locator("option:checked")).to_have_text(
        "Tilannetyönohjaus"
    )
    assert_accessible(page)
    page.get_by_label("Nimi").fill("Åsa Äijälä")
    page.get_by_label("Viesti").fill("Työyhteisöämme on kohdannut kriisi. Voisitteko auttaa?")
    page.get_by_label("Olen lukenut").check()
    page.get_by_role("button", name="Lähetä viesti").click()

    summary = page.get_by_role("alert")
    expect(summary).to_contain_text("Tarkista lomake")
    expect(summary).to_be_focused()
    email = page.get_by_role("textbox", name="Sähköposti")
    expect(email).to_have_attribute("aria-invalid", "true")
    expect(page.locator("#id_email_error")).to_have_text("Tämä kenttä vaaditaan.")
    expect(page.get_by_label("Viesti")).to_have_value(
        "Työyhteisöämme on kohdannut kriisi. Voisitteko auttaa?"
    )
    assert_accessible(page)

    summary.get_by_role("link").first.click()
    expect(email).to_be_focused()
    email.fill("asa@example.com")
    page.get_by_label("Olen lukenut").check()
    page.get_by_role("button", name="Lähetä viesti").click()

    expect(page).to_have_url(site_url + "/ota-yhteytta/kiitos/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Kiitos viestistäsi!")
    assert_accessible(page)
    enquiry = Enquiry.objects.get()
    assert enquiry.topic_name == "Tilannetyönohjaus"
    assert enquiry.email == "asa@example.com"


def test_the_honeypot_is_invisible_and_unreachable_by_keyboard(desktop_page, site_url):
    page = desktop_page
    page.goto(site_url + "/ota-yhteytta/")

    expect(page.locator("#id_website")).to_be_hidden()
    for _ in range(60):
        page.keyboard.press("Tab")
        assert page.evaluate("document.activeElement.name") != "website"
