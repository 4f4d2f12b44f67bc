"""Keyboard-only visitors can skip to the content and use the navigation."""

import re

from playwright.sync_api import expect


def test_skip_link_is_the_first_stop_and_jumps_to_the_main_content(desktop_page, site_url):
    page = desktop_page
    page.goto(site_url + "/vaikuttavuus/")

    page.keyboard.press("Tab")
    skip_link = page.get_by_role("link", name="Suoraan sisältöön")
    expect(skip_link).to_be_focused()
    expect(skip_link).to_be_in_viewport()
    page.keyboard.press("Enter")

    expect(page.locator("main")).to_be_focused()
    page.keyboard.press("Tab")
    focused_inside_main = page.evaluate(
        "document.querySelector('main').contains(document.activeElement)"
    )
    assert focused_inside_main


def tab_to(page, text, limit=40):
    """Press Tab until the focused element reads ``text``."""
    for _ in range(limit):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.textContent.trim()") == text:
            return
    raise AssertionError(f"{text!r} was not reached with the Tab key")


def test_keyboard_visitor_opens_a_form_page_from_the_navigation(desktop_page, site_url):
    page = desktop_page
    page.goto(site_url + "/")

    tab_to(page, "Palvelut")  # a submenu button
    page.keyboard.press("Enter")
    page.keyboard.press("Tab")
    expect(page.locator(":focus")).to_have_text("Työnohjauksen muodot")
    page.keyboard.press("Enter")
    expect(page).to_have_url(site_url + "/palvelut/")

    tab_to(page, "Yhteisötyönohjaus")
    page.keyboard.press("Enter")
    expect(page).to_have_url(site_url + "/palvelut/yhteisotyonohjaus/")


def accessibility_node(page, name):
    """Role and properties Chromium gives screen readers for the submenu button ``name``."""
    cdp = page.context.new_cdp_session(page)
    nodes = cdp.send("Accessibility.getFullAXTree")["nodes"]
    cdp.detach()
    for node in nodes:
        if (
            node.get("name", {}).get("value") == name
            and node["role"]["value"] == "DisclosureTriangle"
            and not node.get("ignored")
        ):
            properties = {item["name"]: item["value"].get("value") for item in node["properties"]}
            return node["role"]["value"], properties
    raise AssertionError(f"{name!r} is not in the accessibility tree")


def test_a_submenu_is_an_expandable_button_that_escape_closes(desktop_page, site_url):
    page = desktop_page
    page.goto(site_url + "/")
    # A disclosure triangle: an expandable button to screen readers, announced as collapsed.
    assert accessibility_node(page, "Työotteemme")[1]["expanded"] is False

    tab_to(page, "Työotteemme")
    page.keyboard.press("Enter")
    assert accessibility_node(page, "Työotteemme")[1]["expanded"] is True
    page.keyboard.press("Tab")
    page.keyboard.press("Tab")
    expect(page.locator(":focus")).to_have_text("Vaikuttavuus")

    page.keyboard.press("Escape")

    expect(page.get_by_role("link", name="Vaikuttavuus")).to_be_hidden()
    expect(page.locator(":focus")).to_have_text("Työotteemme")


def test_phone_menu_opens_from_the_keyboard(phone_page, site_url):
    page = phone_page
    page.goto(site_url + "/")

    page.keyboard.press("Tab")  # skip link
    for language in ("Suomi", "Svenska", "English"):  # the page in another language
        page.keyboard.press("Tab")
        expect(page.locator(":focus")).to_have_text(language)
    page.keyboard.press("Tab")  # site name
    page.keyboard.press("Tab")  # the call button (the seeded number is published)
    expect(page.locator(":focus")).to_have_attribute("href", re.compile(r"^tel:"))
    page.keyboard.press("Tab")  # menu toggle
    page.keyboard.press("Enter")

    nav = page.get_by_role("navigation", name="Päävalikko")
    expect(nav.get_by_role("link", name="Työotteemme")).to_be_visible()
    page.keyboard.press("Escape")
    expect(nav.get_by_role("link", name="Työotteemme")).to_be_hidden()
    expect(page.locator(":focus")).to_contain_text("Valikko")


def test_focus_is_clearly_visible(desktop_page, site_url):
    page = desktop_page
    page.goto(site_url + "/")

    page.keyboard.press("Tab")
    page.keyboard.press("Tab")

    outline = page.evaluate("getComputedStyle(document.activeElement).outlineStyle")
    assert outline == "solid"
