"""A visitor finds every form of supervision from the home page, on a desktop and on a phone."""

import re

import pytest
from playwright.sync_api import expect

from tests.pages import FORM_NAMES, FORM_SLUGS


@pytest.mark.parametrize(("slug", "name"), list(zip(FORM_SLUGS, FORM_NAMES, strict=True)))
def test_desktop_visitor_reaches_each_form_through_the_navigation(
    desktop_page, site_url, slug, name
):
    page = desktop_page
    page.goto(site_url + "/")

    page.get_by_role("navigation", name="Päävalikko").get_by_role("link", name="Palvelut").click()
    expect(page).to_have_url(site_url + "/palvelut/")
    page.get_by_role("link", name=name, exact=True).click()

    expect(page).to_have_url(f"{site_url}/palvelut/{slug}/")
    expect(page.get_by_role("heading", level=1)).to_have_text(name)


@pytest.mark.parametrize(("slug", "name"), list(zip(FORM_SLUGS, FORM_NAMES, strict=True)))
def test_phone_visitor_reaches_each_form_through_the_menu(phone_page, site_url, slug, name):
    page = phone_page
    page.goto(site_url + "/")
    expect(page.get_by_role("link", name="Palvelut")).to_be_hidden()

    page.get_by_text("Valikko").click()
    page.get_by_role("navigation", name="Päävalikko").get_by_role("link", name="Palvelut").click()
    expect(page).to_have_url(site_url + "/palvelut/")
    page.get_by_role("link", name=name, exact=True).click()

    expect(page).to_have_url(f"{site_url}/palvelut/{slug}/")
    expect(page.get_by_role("heading", level=1)).to_have_text(name)


def test_form_page_leads_to_the_contact_page_with_its_topic(desktop_page, site_url):
    page = desktop_page
    page.goto(site_url + "/palvelut/ryhmatyonohjaus/")

    page.get_by_role("main").get_by_role("link", name="Laita viestiä").click()

    expect(page).to_have_url(re.compile(r"/ota-yhteytta/\?aihe=ryhmatyonohjaus$"))
    topic = page.get_by_label("Työnohjauksen muoto")
    expect(topic.locator("option:checked")).to_have_text("Ryhmätyönohjaus")


def test_phone_layout_fits_the_screen_without_sideways_scrolling(phone_page, site_url):
    page = phone_page
    for path in ("/", "/palvelut/esihenkiloiden-tyonohjaus/", "/tietosuoja/", "/hyodyt/"):
        page.goto(site_url + path)

        overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")

        assert overflow <= 0, path
