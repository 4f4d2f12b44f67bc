"""axe-core finds no WCAG 2.2 AA violations on any public page, on a desktop or a phone."""

import pytest
from django.test import Client

from tests.support.accessibility import AXE_OPTIONS, DESKTOP, PHONE, Axe, violations_on
from tests.support.bookings import booking_pages
from tests.support.pages import ALL_PUBLIC_PAGES
from tests.support.site_urls import sitemap_paths


@pytest.fixture(scope="module")
def axe():
    return Axe()


def check_on_a_desktop_and_a_phone(browser, site_url, axe, paths, check_page=None):
    """
    axe's violations on each of ``paths`` on a desktop and on a phone, as {label: report}.
    A page is loaded once and resized, since loading and axe's script are much of the time;
    every other page is loaded at each width. ``check_page(page, path, response)`` checks
    the page as loaded.
    """
    context = browser.new_context(viewport=DESKTOP)
    page = context.new_page()
    reports = {}
    for index, path in enumerate(paths):
        viewports = [DESKTOP, PHONE] if index % 2 == 0 else [PHONE, DESKTOP]
        page.set_viewport_size(viewports[0])
        response = page.goto(site_url + path)
        if check_page is not None:
            check_page(page, path, response)
        for viewport in viewports:
            page.set_viewport_size(viewport)
            results = axe.run(page, options=AXE_OPTIONS)
            if results.violations_count:
                reports[f"{path} at {viewport['width']} px"] = results.generate_report()
    context.close()
    return reports


@pytest.mark.parametrize("half", [0, 1], ids=["first-half", "second-half"])
def test_no_public_page_has_accessibility_violations(browser, site_url, axe, half):
    reports = check_on_a_desktop_and_a_phone(
        browser, site_url, axe, list(ALL_PUBLIC_PAGES)[half::2]
    )

    assert not reports, "\n".join(f"{path}:\n{report}" for path, report in reports.items())


@pytest.mark.parametrize("viewport", [DESKTOP, PHONE], ids=["desktop", "phone"])
def test_no_booking_page_has_accessibility_violations(browser, site_url, axe, viewport):
    """The booking pages with times, a booking and a cancel question to show."""
    reports = violations_on(browser, site_url, axe, viewport, booking_pages())

    assert not reports, "\n".join(f"{path}:\n{report}" for path, report in reports.items())


# A page of each kind in Swedish and English: the language row, translated texts and forms.
def other_language_pages():
    """Every Swedish and English page of the sitemap (the supplier PDF aside)."""
    return [
        path
        for path in sitemap_paths(Client())
        if path[:4] in ("/sv/", "/en/") and not path.endswith(".pdf")
    ]


@pytest.mark.parametrize("language", ["sv", "en"])
def test_the_swedish_and_english_pages_have_no_accessibility_violations(
    browser, site_url, axe, language
):
    """Each Swedish or English page on a desktop and on a phone, in its language."""
    paths = [path for path in other_language_pages() if path.startswith(f"/{language}/")]
    assert len(paths) >= 20

    def check_page(page, path, response):
        assert response.status == 200, path
        assert page.locator("html").get_attribute("lang") == language, path

    reports = check_on_a_desktop_and_a_phone(browser, site_url, axe, paths, check_page)

    assert not reports, "\n".join(f"{path}:\n{report}" for path, report in reports.items())
