"""The Content Security Policy is in force, and neither the site nor the admin breaks it."""

import pytest
from playwright.sync_api import expect

from community_map.models import Statement
from tests.support.admin_browser import RECORD_VIOLATIONS, log_in_as_content_editor
from tests.support.pages import ALL_PUBLIC_PAGES


@pytest.fixture
def watched_page(desktop_page):
    """A page that records CSP violations, both as events and as console errors."""
    desktop_page.add_init_script(RECORD_VIOLATIONS)
    console_errors = []
    desktop_page.on(
        "console",
        lambda message: console_errors.append(message.text) if message.type == "error" else None,
    )
    desktop_page.console_errors = console_errors
    return desktop_page


def violations(page):
    return page.evaluate("window.__cspViolations") + [
        text for text in page.console_errors if "Content Security Policy" in text
    ]


def test_public_pages_break_no_rule_of_the_strict_policy(watched_page, site_url):
    page = watched_page
    found = {}
    map_result = "/tyoyhteisokartta/kartta/?v=" + ".".join(
        f"{pk}-{pk % 6}" for pk in Statement.objects.values_list("pk", flat=True)
    )
    for path in [*ALL_PUBLIC_PAGES, "/ei-ole/", map_result]:
        response = page.goto(site_url + path)
        assert "'unsafe-inline'" not in response.headers["content-security-policy"]
        if path == "/hyodyt/":
            page.get_by_role("button", name="Seuraava").click()  # slides.js runs
        if violations(page):
            found[path] = violations(page)

    assert found == {}


def test_staff_log_in_and_edit_under_the_policy_without_violations(watched_page, site_url):
    page = watched_page
    log_in_as_content_editor(page, site_url)
    assert violations(page) == []

    page.goto(site_url + "/hallinta/services/supervisionform/")
    expect(page.locator(".drag.handle").first).to_be_visible()
    assert violations(page) == []
    page.get_by_role("link", name="Tilannetyönohjaus").click()
    page.get_by_label("Lyhyt kuvaus (suomi)").fill("Lyhyitä interventioita kriisitilanteisiin.")
    page.get_by_role("button", name="Tallenna ja poistu").first.click()
    expect(page.locator(".messagelist")).to_contain_text("on muokattu")
    assert violations(page) == []

    page.goto(site_url + "/hallinta/services/page/")
    page.get_by_role("link", name="Tietosuojaseloste").click()
    page.get_by_role("link", name="Muokkaushistoria").click()
    expect(page.get_by_role("heading", level=1)).to_contain_text("Muokkaushistoria")
    assert violations(page) == []

    page.goto(site_url + "/palvelut/tilannetyonohjaus/")
    expect(page.get_by_text("Lyhyitä interventioita kriisitilanteisiin.").first).to_be_visible()
