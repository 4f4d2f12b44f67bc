"""axe-core finds no WCAG 2.2 AA violations on any public page, on a desktop or a phone."""

import pytest
from django.test import Client

from tests.browser.conftest import DESKTOP, PHONE
from tests.support.accessibility import Axe
from tests.support.bookings import booking_pages
from tests.support.pages import ALL_PUBLIC_PAGES
from tests.support.site_urls import sitemap_paths

AXE_OPTIONS = {
    "runOnly": {
        "type": "tag",
        "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"],
    },
    "resultTypes": ["violations"],
}


@pytest.fixture(scope="module")
def axe():
    return Axe()


@pytest.mark.parametrize("viewport", [DESKTOP, PHONE], ids=["desktop", "phone"])
def test_no_public_page_has_accessibility_violations(browser, site_url, axe, viewport):
    context = browser.new_context(viewport=viewport)
    page = context.new_page()
    reports = {}
    for path in ALL_PUBLIC_PAGES:
        page.goto(site_url + path)
        results = axe.run(page, options=AXE_OPTIONS)
        if results.violations_count:
            reports[path] = results.generate_report()
    context.close()

    assert not reports, "\n".join(f"{path}:\n{report}" for path, report in reports.items())


@pytest.mark.parametrize("viewport", [DESKTOP, PHONE], ids=["desktop", "phone"])
def test_no_booking_page_has_accessibility_violations(browser, site_url, axe, viewport):
    """The booking pages with times, a booking and a cancel question to show."""
    pages = booking_pages()
    context = browser.new_context(viewport=viewport)
    page = context.new_page()
    reports = {}
    for path, text in pages.items():
        page.goto(site_url + path)
        assert text in page.content(), path
        results = axe.run(page, options=AXE_OPTIONS)
        if results.violations_count:
            reports[path] = results.generate_report()
    context.close()

    assert not reports, "\n".join(f"{path}:\n{report}" for path, report in reports.items())


# A page of each kind in Swedish and English: the language row, translated texts and forms.
def other_language_pages():
    """Every Swedish and English page of the sitemap (the supplier PDF aside)."""
    return [
        path
        for path in sitemap_paths(Client())
        if path[:4] in ("/sv/", "/en/") and not path.endswith(".pdf")
    ]


@pytest.mark.parametrize("viewport", [DESKTOP, PHONE], ids=["desktop", "phone"])
def test_the_swedish_and_english_pages_have_no_accessibility_violations(
    browser, site_url, axe, viewport
):
    context = browser.new_context(viewport=viewport)
    page = context.new_page()
    reports = {}
    paths = other_language_pages()
    assert len(paths) >= 40
    for path in paths:
        response = page.goto(site_url + path)
        assert response.status == 200, path
        assert page.locator("html").get_attribute("lang") == path.split("/")[1], path
        results = axe.run(page, options=AXE_OPTIONS)
        if results.violations_count:
            reports[path] = results.generate_report()
    context.close()

    assert not reports, "\n".join(f"{path}:\n{report}" for path, report in reports.items())
