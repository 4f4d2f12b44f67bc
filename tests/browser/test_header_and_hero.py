"""
In Chromium: the home page's hero has at most two buttons, on one row from 1024 px up; on a
phone the header offers a call link to the published number, where the message button is on
wider screens.
"""

import pytest
from playwright.sync_api import expect

from services.models import SiteDetails


@pytest.mark.parametrize("width", [1024, 1280, 1920])
def test_the_hero_buttons_stay_on_one_row(browser, site_url, width):
    context = browser.new_context(viewport={"width": width, "height": 900})
    page = context.new_page()
    page.goto(site_url + "/")

    buttons = page.locator(".hero__actions .button")
    tops = [box["y"] for box in (button.bounding_box() for button in buttons.all())]
    context.close()

    assert 1 <= len(tops) <= 2
    assert max(tops) - min(tops) < 1, tops


def test_a_phone_visitor_can_call_from_the_header(phone_page, desktop_page, site_url):
    phone = SiteDetails.load().phone
    assert phone  # the seeded number

    phone_page.goto(site_url + "/")
    call = phone_page.locator("header").get_by_role("link", name=f"Puhelin {phone}")
    expect(call).to_be_visible()
    expect(call).to_have_attribute("href", SiteDetails.load().phone_uri)
    expect(phone_page.locator(".header__cta")).to_be_hidden()

    desktop_page.goto(site_url + "/")
    expect(desktop_page.locator(".header__call")).to_be_hidden()
    expect(desktop_page.locator(".header__cta")).to_be_visible()


def test_without_a_published_number_the_header_has_no_call_link(phone_page, site_url):
    details = SiteDetails.load()
    details.phone = ""
    details.save()

    phone_page.goto(site_url + "/")

    expect(phone_page.locator(".header__call")).to_have_count(0)


@pytest.mark.parametrize("width", [320, 375])
def test_the_phone_header_fits_the_name_and_both_buttons_side_by_side(browser, site_url, width):
    context = browser.new_context(viewport={"width": width, "height": 600})
    page = context.new_page()
    page.goto(site_url + "/")

    name, call, menu = (
        page.locator(selector).bounding_box()
        for selector in (".brand__name", ".header__call", ".menu__toggle")
    )
    context.close()

    assert name["x"] + name["width"] <= call["x"], (name, call)
    assert call["x"] + call["width"] <= menu["x"], (call, menu)
    assert menu["x"] + menu["width"] <= width
