"""A visitor maps their work community, reads the map and follows it to supervision."""

import re

import pytest
from playwright.sync_api import expect

from contact.models import Enquiry
from tests.support.accessibility import assert_accessible
from tests.support.map_answers import answer_everything


@pytest.mark.parametrize("javascript", [True, False], ids=["with-js", "without-js"])
def test_visitor_maps_the_community_and_follows_a_recommendation(browser, site_url, javascript):
    context = browser.new_context(
        java_script_enabled=javascript, viewport={"width": 1280, "height": 900}
    )
    page = context.new_page()
    page.goto(site_url + "/yhteisollinen-dialogi/")
    page.get_by_role("link", name="Täyttäkää työyhteisökartta").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Työyhteisökartta")
    if javascript:
        assert_accessible(page)

    answer_everything(page, lambda text: "Täysin eri mieltä")
    page.get_by_role("button", name="Katsokaa karttanne").click()

    expect(page).to_have_url(re.compile(r"/tyoyhteisokartta/kartta/\?v=[0-9.-]+$"))
    expect(page.get_by_role("img", name="Työyhteisökartta säteittäisenä kaaviona")).to_be_visible()
    table = page.get_by_role("table")
    expect(table.get_by_role("row", name="Johtajuus")).to_contain_text("1,0")
    if javascript:
        assert_accessible(page)
    shared_address = page.url

    page.get_by_role("link", name="Esihenkilöiden työnohjaus").click()
    expect(page).to_have_url(site_url + "/palvelut/esihenkiloiden-tyonohjaus/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Esihenkilöiden työnohjaus")

    page.goto(shared_address)  # the address alone brings the same map back
    expect(page.get_by_role("row", name="Johtajuus")).to_contain_text("1,0")
    context.close()


def test_sending_the_map_to_a_supervisor_stores_it_with_the_enquiry(phone_page, site_url, settings):
    settings.CONTACT_MIN_SECONDS = 0
    page = phone_page
    page.goto(site_url + "/tyoyhteisokartta/")
    answer_everything(page, lambda text: "Jokseenkin eri mieltä")
    page.get_by_role("button", name="Katsokaa karttanne").click()

    page.get_by_role("link", name="Lähettäkää kartta työnohjaajalle").click()
    expect(page.get_by_text("Työyhteisökarttanne liitetään viestiin")).to_be_visible()
    assert_accessible(page)
    page.get_by_label("Nimi").fill("Tiimin vetäjä")
    page.get_by_role("textbox", name="Sähköposti").fill("vetaja@example.com")
    page.get_by_role("textbox", name="Viesti").fill(
        "Kävimme kartan läpi tiimissä. Voisimmeko jutella?"
    )
    page.get_by_role("button", name="Lähettäkää viesti").click()

    expect(page.get_by_role("heading", level=1)).to_have_text("Kiitos viestistänne!")
    enquiry = Enquiry.objects.get()
    assert "Työyhteisökartta: http" in enquiry.map_summary
    assert "- Johtajuus: 2,0" in enquiry.map_summary


def test_with_javascript_the_map_is_drawn_live_beside_the_questions(browser, site_url):
    context = browser.new_context(viewport={"width": 1400, "height": 1000})
    page = context.new_page()
    page.goto(site_url + "/tyoyhteisokartta/")
    preview = page.get_by_role("complementary", name="Kartta tähän mennessä")
    expect(preview).to_be_visible()
    expect(preview.get_by_role("img")).to_be_visible()
    expect(preview.locator(".map-chart__dot")).to_have_count(0)  # nothing rated yet

    sections = page.locator("section.map-dimension")
    sections.nth(0).locator("fieldset.statement").first.get_by_label("Täysin samaa mieltä").check()
    expect(preview.locator(".map-chart__dot")).to_have_count(1)
    sections.nth(5).locator("fieldset.statement").first.get_by_label("Täysin eri mieltä").check()
    expect(preview.locator(".map-chart__dot")).to_have_count(2)
    sections.nth(2).locator("fieldset.statement").first.get_by_label(
        "Ei samaa eikä eri mieltä"
    ).check()
    expect(preview.locator("polygon.map-chart__area")).to_have_count(1)
    assert_accessible(page)
    context.close()


def test_without_javascript_there_is_no_live_preview(browser, site_url):
    context = browser.new_context(
        java_script_enabled=False, viewport={"width": 1400, "height": 1000}
    )
    page = context.new_page()
    page.goto(site_url + "/tyoyhteisokartta/")

    expect(page.locator("[data-map-preview]")).to_be_hidden()
    context.close()


def test_rating_nothing_brings_the_questions_back_with_a_clear_error(desktop_page, site_url):
    page = desktop_page
    page.goto(site_url + "/tyoyhteisokartta/")
    page.get_by_role("button", name="Katsokaa karttanne").click()

    expect(page).to_have_url(re.compile(r"/tyoyhteisokartta/vastaukset/\?s\d+=0"))
    summary = page.get_by_role("alert")
    expect(summary).to_contain_text("vähintään yhteen väittämään on vastattu")
    expect(summary).to_be_focused()
    assert_accessible(page)
    summary.get_by_role("link").click()
    expect(
        page.locator("fieldset.statement").first.get_by_label("Täysin eri mieltä")
    ).to_be_in_viewport()

    answer_everything(page, lambda text: "Jokseenkin samaa mieltä")
    page.get_by_role("button", name="Katsokaa karttanne").click()
    expect(page).to_have_url(re.compile(r"/tyoyhteisokartta/kartta/\?v=[0-9.-]+$"))
    expect(page.get_by_role("row", name="Johtajuus")).to_contain_text("4,0")


@pytest.mark.parametrize("javascript", [True, False], ids=["with-js", "without-js"])
def test_each_part_of_the_questionnaire_says_where_the_visitor_is(browser, site_url, javascript):
    context = browser.new_context(java_script_enabled=javascript)
    page = context.new_page()
    page.goto(site_url + "/tyoyhteisokartta/")

    parts = page.locator(".map-dimension__progress")
    expect(parts).to_have_count(6)
    expect(parts.nth(1)).to_have_text("Osa 2 / 6")
    expect(parts.nth(5)).to_have_text("Osa 6 / 6")
    context.close()


def test_a_map_in_crisis_opens_with_where_to_get_help(phone_page, site_url):
    page = phone_page
    page.goto(site_url + "/tyoyhteisokartta/")
    answer_everything(
        page,
        lambda text: (
            "Täysin samaa mieltä" if "akuutti kriisi" in text else "Jokseenkin samaa mieltä"
        ),
    )
    page.get_by_role("button", name="Katsokaa karttanne").click()

    crisis = page.get_by_role("region", name="Tarvitsetteko apua heti?")
    expect(crisis).to_contain_text("09 2525 0111")
    expect(crisis.get_by_role("link", name="Tilannetyönohjaus")).to_be_visible()
    expect(crisis.get_by_role("link", name="+358 40 123 4567")).to_be_visible()
    first_section = page.locator("main section").first
    expect(first_section).to_have_attribute("aria-labelledby", "kriisi")
    expect(page.get_by_text("Vastauksianne ei ole tallennettu.")).to_be_visible()
    assert page.evaluate("document.documentElement.scrollWidth") <= 375
    assert_accessible(page)


def test_a_map_without_crisis_has_no_crisis_note(desktop_page, site_url):
    page = desktop_page
    page.goto(site_url + "/tyoyhteisokartta/")
    answer_everything(page, lambda text: "Jokseenkin eri mieltä")
    page.get_by_role("button", name="Katsokaa karttanne").click()

    expect(page.get_by_role("img", name="Työyhteisökartta säteittäisenä kaaviona")).to_be_visible()
    expect(page.get_by_text("09 2525 0111")).to_have_count(0)
