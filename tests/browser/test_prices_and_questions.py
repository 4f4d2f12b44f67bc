"""Prices (both views) and the questions, with example content, in a phone and a desktop."""

import re

import pytest
from playwright.sync_api import expect

from pricing import examples as price_examples
from pricing.models import PriceTerm
from services import examples as company_examples
from testimonials import examples as testimonial_examples
from tests.support.accessibility import AXE_OPTIONS, DESKTOP, PHONE, Axe

NBSP = "\u00a0"
VIEWPORTS = pytest.mark.parametrize("viewport", [DESKTOP, PHONE], ids=["1280", "375"])


@pytest.fixture
def filled_site(site_url):
    price_examples.load()
    testimonial_examples.load()
    company_examples.load()
    PriceTerm.objects.create(
        kind=PriceTerm.Kind.CANCELLATION,
        title="Peruutusehdot",
        body="Peruutuksista sovitaan sopimuksessa.",
    )
    return site_url


@VIEWPORTS
@pytest.mark.parametrize("path", ["/hinnat/", "/hinnat/yksityishenkilo/", "/usein-kysyttya/"])
def test_prices_and_questions_have_no_accessibility_violations(
    browser, filled_site, viewport, path
):
    context = browser.new_context(viewport=viewport, java_script_enabled=True)
    page = context.new_page()
    page.goto(filled_site + path)

    results = Axe().run(page, options=AXE_OPTIONS)

    context.close()
    assert not results.violations_count, results.generate_report()


@VIEWPORTS
def test_a_visitor_switches_between_the_price_views_without_javascript(
    browser, filled_site, viewport
):
    context = browser.new_context(viewport=viewport, java_script_enabled=False)
    page = context.new_page()
    page.goto(filled_site + "/hinnat/")
    first_price = page.locator(".price__main").first
    expect(first_price).to_have_text(f"120,00{NBSP}€ (alv 0{NBSP}%)")

    page.get_by_role("link", name=re.compile("^Yksityishenkilöille")).click()

    expect(page).to_have_url(filled_site + "/hinnat/yksityishenkilo/")
    expect(first_price).to_have_text(f"150,60{NBSP}€ (sis. alv 25,5{NBSP}%)")
    expect(page.get_by_role("heading", level=1)).to_have_text("Hinnat yksityishenkilöille")
    page.get_by_role("link", name=re.compile("^Organisaatioille")).click()
    expect(page).to_have_url(filled_site + "/hinnat/")
    context.close()


@VIEWPORTS
def test_nothing_on_the_price_list_overflows_the_screen(browser, filled_site, viewport):
    context = browser.new_context(viewport=viewport)
    page = context.new_page()
    for path in ("/hinnat/", "/hinnat/yksityishenkilo/", "/usein-kysyttya/"):
        page.goto(filled_site + path)
        scroll_width = page.evaluate("document.documentElement.scrollWidth")
        assert scroll_width <= viewport["width"], path
    context.close()
