"""A visitor finds every form of supervision from the home page, on a desktop and on a phone."""

import re

import pytest
from playwright.sync_api import expect

from tests.support.pages import FORM_NAMES, FORM_SLUGS


@pytest.mark.parametrize(("slug", "name"), list(zip(FORM_SLUGS, FORM_NAMES, strict=True)))
def test_desktop_visitor_reaches_each_form_through_the_navigation(
    desktop_page, site_url, slug, name
):
    page = desktop_page
    page.goto(site_url + "/")
    nav = page.get_by_role("navigation", name="Päävalikko")
    expect(nav.get_by_role("link", name=name, exact=True)).to_be_hidden()

    nav.locator("summary", has_text="Palvelut").click()
    nav.get_by_role("link", name=name, exact=True).click()

    expect(page).to_have_url(f"{site_url}/palvelut/{slug}/")
    expect(page.get_by_role("heading", level=1)).to_have_text(name)


@pytest.mark.parametrize(("slug", "name"), list(zip(FORM_SLUGS, FORM_NAMES, strict=True)))
def test_phone_visitor_reaches_each_form_through_the_menu(phone_page, site_url, slug, name):
    page = phone_page
    page.goto(site_url + "/")
    nav = page.get_by_role("navigation", name="Päävalikko")
    expect(nav.get_by_role("link", name=name, exact=True)).to_be_hidden()

    page.get_by_text("Valikko").click()
    nav.get_by_role("link", name=name, exact=True).click()

    expect(page).to_have_url(f"{site_url}/palvelut/{slug}/")
    expect(page.get_by_role("heading", level=1)).to_have_text(name)


def test_form_page_leads_to_the_contact_page_with_its_topic(desktop_page, site_url):
    page = desktop_page
    page.goto(site_url + "/palvelut/ryhmatyonohjaus/")

    page.get_by_role("main").get_by_role("link", name="Laita viestiä").click()

    expect(page).to_have_url(re.compile(r"/ota-yhteytta/\?aihe=ryhmatyonohjaus$"))
    topic = page.get_by_label("Työnohjauksen muoto")
    expect(topic.locator("option:checked")).to_have_text("Ryhmätyönohjaus")


def test_submenus_open_without_javascript(browser, site_url):
    context = browser.new_context(
        viewport={"width": 1280, "height": 900}, java_script_enabled=False
    )
    page = context.new_page()
    page.goto(site_url + "/")
    nav = page.get_by_role("navigation", name="Päävalikko")

    nav.locator("summary", has_text="Työotteemme").click()
    nav.get_by_role("link", name="Vaikuttavuus").click()

    expect(page).to_have_url(site_url + "/vaikuttavuus/")
    context.close()


def test_one_submenu_is_open_at_a_time_and_a_click_elsewhere_closes_it(desktop_page, site_url):
    page = desktop_page
    page.goto(site_url + "/")
    nav = page.get_by_role("navigation", name="Päävalikko")
    services = nav.get_by_role("link", name="Hinnat")
    approach = nav.get_by_role("link", name="Vaikuttavuus")

    nav.locator("summary", has_text="Palvelut").click()
    expect(services).to_be_visible()
    nav.locator("summary", has_text="Työotteemme").click()
    expect(approach).to_be_visible()
    expect(services).to_be_hidden()

    page.get_by_role("heading", level=1).click()
    expect(approach).to_be_hidden()


def test_the_header_is_one_row_and_the_phone_menu_a_panel_below_it(browser, site_url):
    for width in (320, 900, 1024, 2560):
        context = browser.new_context(viewport={"width": width, "height": 800})
        page = context.new_page()
        page.goto(site_url + "/")
        height = page.evaluate("document.querySelector('.header').offsetHeight")
        if width < 1024:
            page.get_by_text("Valikko").click()
            nav = page.get_by_role("navigation", name="Päävalikko")
            expect(nav.get_by_role("link", name="Hinnat")).to_be_visible()
        assert page.evaluate("document.querySelector('.header').offsetHeight") == height
        assert height <= 100, (width, height)
        context.close()


def test_phone_layout_fits_the_screen_without_sideways_scrolling(phone_page, site_url):
    page = phone_page
    for path in ("/", "/palvelut/esihenkiloiden-tyonohjaus/", "/tietosuoja/", "/hyodyt/"):
        page.goto(site_url + path)

        overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")

        assert overflow <= 0, path


def test_a_phone_visitor_on_a_page_not_found_reaches_the_home_page_in_their_language(
    phone_page, site_url
):
    """A page not found has no other language: its language links lead home."""
    page = phone_page
    page.goto(site_url + "/sv/finns-inte/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Sidan hittades inte")

    page.get_by_role("link", name="Suomi").click()

    expect(page).to_have_url(site_url + "/")
    expect(page.get_by_role("heading", level=1)).not_to_have_text("Sivua ei löytynyt")
    assert page.evaluate("document.documentElement.lang") == "fi"
