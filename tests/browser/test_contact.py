"""On a phone, a visitor sends an enquiry about a form of supervision, fixing a mistake."""

import pytest
from playwright.sync_api import expect

from contact.models import Enquiry
from tests.support.accessibility import assert_accessible


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
    page.get_by_role("button", name="Lähettäkää viesti").click()

    summary = page.get_by_role("alert")
    expect(summary).to_contain_text("Tarkistakaa lomake")
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
    page.get_by_role("button", name="Lähettäkää viesti").click()

    expect(page).to_have_url(site_url + "/ota-yhteytta/kiitos/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Kiitos viestistänne!")
    assert_accessible(page)
    enquiry = Enquiry.objects.get()
    assert enquiry.topic_name == "Tilannetyönohjaus"
    assert enquiry.email == "asa@example.com"


def test_a_visitor_sends_the_form_answered_early_and_gzipped(desktop_page, site_url, quick_form):
    page = desktop_page
    page.goto(site_url + "/ota-yhteytta/")  # drawn by the whole stack and kept

    # Answered early this time, gzipped once around the visitor's own tokens.
    response = page.reload()
    assert response.headers.get("content-encoding") == "gzip"
    page.get_by_label("Nimi").fill("Åsa Äijälä")
    page.get_by_role("textbox", name="Sähköposti").fill("asa@example.com")
    page.get_by_label("Viesti").fill("Haluaisimme kuulla ryhmätyönohjauksesta.")
    page.get_by_role("button", name="Lähettäkää viesti").click()

    expect(page).to_have_url(site_url + "/ota-yhteytta/kiitos/")
    assert Enquiry.objects.get().email == "asa@example.com"


@pytest.mark.parametrize("width", [320, 375])
def test_the_error_state_fits_a_narrow_phone(browser, site_url, width):
    context = browser.new_context(viewport={"width": width, "height": 800}, is_mobile=True)
    page = context.new_page()
    page.goto(site_url + "/ota-yhteytta/?aihe=ryhmatyonohjaus")
    page.get_by_label("Ryhmän koko").fill("0")
    page.get_by_role("button", name="Lähettäkää viesti").click()

    expect(page.get_by_role("alert")).to_contain_text("Tarkistakaa lomake")
    assert page.evaluate("document.documentElement.scrollWidth") <= width
    assert_accessible(page)
    context.close()


def test_the_reassurance_and_phone_come_before_the_send_button(phone_page, site_url):
    page = phone_page
    page.goto(site_url + "/ota-yhteytta/")

    reassurance = page.get_by_role("complementary", name="Luottamuksellisesti")
    expect(reassurance.get_by_role("link", name="+358 40 123 4567")).to_be_visible()
    send = page.get_by_role("button", name="Lähettäkää viesti")
    assert reassurance.bounding_box()["y"] < send.bounding_box()["y"]
    expect(page.get_by_text("oikeutettuun etuumme")).to_be_visible()
    expect(page.get_by_role("checkbox")).to_have_count(0)


def test_group_size_is_asked_only_for_group_forms(desktop_page, site_url):
    page = desktop_page
    page.goto(site_url + "/ota-yhteytta/")
    topic = page.get_by_label("Työnohjauksen muoto")
    group_size = page.get_by_label("Ryhmän koko")

    expect(group_size).to_be_hidden()
    topic.select_option(label="Ryhmätyönohjaus")
    expect(group_size).to_be_visible()
    topic.select_option(label="Yksilötyönohjaus")
    expect(group_size).to_be_hidden()
    topic.select_option(label="Tilannetyönohjaus")
    expect(group_size).to_be_visible()


def test_without_javascript_group_size_is_shown_and_ignored_for_one_person(
    browser, site_url, quick_form
):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(site_url + "/ota-yhteytta/")
    page.get_by_label("Nimi").fill("Maija Meikäläinen")
    page.get_by_role("textbox", name="Sähköposti").fill("maija@example.com")
    page.get_by_label("Työnohjauksen muoto").select_option(label="Yksilötyönohjaus")
    page.get_by_label("Ryhmän koko").fill("12")
    page.get_by_label("Viesti").fill("Haluaisin yksilötyönohjausta.")
    page.get_by_role("button", name="Lähettäkää viesti").click()

    expect(page).to_have_url(site_url + "/ota-yhteytta/kiitos/")
    expect(page.get_by_role("heading", name="Mitä seuraavaksi tapahtuu")).to_be_visible()
    assert Enquiry.objects.get().group_size is None
    context.close()


def test_the_honeypot_is_invisible_and_unreachable_by_keyboard(desktop_page, site_url):
    page = desktop_page
    page.goto(site_url + "/ota-yhteytta/")

    expect(page.locator("#id_website")).to_be_hidden()
    for _ in range(60):
        page.keyboard.press("Tab")
        assert page.evaluate("document.activeElement.name") != "website"
