"""
Every public page at six widths and in both colour schemes: no sideways scrolling, a header of
one row (at most 100 px from 900 px up) and no accessibility violations (axe-core, WCAG 2.2 AA,
colour contrast included); the contact form's error state too.
"""

import pytest

from tests.browser.test_accessibility import AXE_OPTIONS
from tests.support.accessibility import Axe
from tests.support.bookings import booking_pages
from tests.support.pages import ALL_PUBLIC_PAGES

WIDTHS = [320, 375, 768, 1024, 1280, 1920]
SCHEMES = ["light", "dark"]


@pytest.fixture(scope="module")
def axe():
    return Axe()


def check(page, axe, label, problems):
    width = page.viewport_size["width"]
    overflow = page.evaluate("document.documentElement.scrollWidth") - width
    if overflow > 0:
        problems.append(f"{label}: {overflow} px wider than the screen")
    header = page.evaluate("document.querySelector('.header').getBoundingClientRect().height")
    if width >= 900 and header > 100:
        problems.append(f"{label}: header {header} px tall")
    results = axe.run(page, options=AXE_OPTIONS)
    if results.violations_count:
        problems.append(f"{label}:\n{results.generate_report()}")


@pytest.mark.parametrize("scheme", SCHEMES)
@pytest.mark.parametrize("width", WIDTHS)
def test_every_public_page_fits_and_is_accessible(browser, site_url, axe, width, scheme):
    context = browser.new_context(viewport={"width": width, "height": 900}, color_scheme=scheme)
    page = context.new_page()
    assert page.evaluate("matchMedia('(prefers-color-scheme: dark)').matches") == (scheme == "dark")
    problems = []
    for path in ALL_PUBLIC_PAGES:
        page.goto(site_url + path)
        check(page, axe, path, problems)

    # The contact form sent empty: its error messages must fit and read well too.
    page.goto(site_url + "/ota-yhteytta/")
    with page.expect_navigation():
        page.get_by_role("button", name="Lähettäkää viesti").click()
    page.wait_for_load_state()
    assert page.locator('[aria-invalid="true"]').count()
    check(page, axe, "/ota-yhteytta/ (errors)", problems)
    context.close()

    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("scheme", SCHEMES)
@pytest.mark.parametrize("width", [375, 1280])
def test_the_booking_pages_fit_and_are_accessible(browser, site_url, axe, width, scheme):
    """The free times, the form (sent empty too), a confirmation and the cancel question."""
    pages = booking_pages()
    context = browser.new_context(viewport={"width": width, "height": 900}, color_scheme=scheme)
    page = context.new_page()
    problems = []
    for path, text in pages.items():
        page.goto(site_url + path)
        assert text in page.content(), path
        check(page, axe, path, problems)

    form = next(path for path, text in pages.items() if text == "Valitsemanne aika")
    page.goto(site_url + form)
    with page.expect_navigation():
        page.get_by_role("button", name="Varatkaa aika").click()
    assert page.locator('[aria-invalid="true"]').count()
    check(page, axe, f"{form} (errors)", problems)
    context.close()

    assert not problems, "\n".join(problems)
