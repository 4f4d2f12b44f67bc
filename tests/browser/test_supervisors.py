"""The supervisors' photo cards and profiles in real Chromium: accessible, every image loaded."""

import re

import pytest
from playwright.sync_api import expect

from supervisors import examples
from tests.support.accessibility import AXE_OPTIONS, DESKTOP, PHONE, Axe

PAGES = ["/tyonohjaajat/", "/tyonohjaajat/aino-esimerkki/", "/palvelut/ryhmatyonohjaus/"]

# For each <img>: did it load, and which file did the browser pick from the <picture>?
IMAGES_SCRIPT = """
async () => {
  const images = [...document.querySelectorAll("main img")];
  for (const image of images) {
    image.loading = "eager";
    image.scrollIntoView();
    if (!image.complete) {
      await new Promise((done) => image.addEventListener("load", done, { once: true }));
    }
  }
  return images.map((image) => ({ src: image.currentSrc, width: image.naturalWidth }));
}
"""


@pytest.fixture
def supervisors_url(site_url, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.SERVE_MEDIA = True
    examples.load()
    return site_url


@pytest.mark.parametrize("viewport", [DESKTOP, PHONE], ids=["desktop", "phone"])
def test_supervisor_pages_have_no_accessibility_violations_and_load_avif_or_webp(
    browser, supervisors_url, viewport
):
    context = browser.new_context(viewport=viewport)
    page = context.new_page()
    axe = Axe()
    reports = {}
    for path in PAGES:
        page.goto(supervisors_url + path)
        images = page.evaluate(IMAGES_SCRIPT)
        assert images, path
        for image in images:
            assert image["width"] > 0, (path, image)
            assert image["src"].endswith((".avif", ".webp")), (path, image)
        results = axe.run(page, options=AXE_OPTIONS)
        if results.violations_count:
            reports[path] = results.generate_report()
    context.close()

    assert not reports, "\n".join(f"{path}:\n{report}" for path, report in reports.items())


def test_a_visitor_goes_from_a_card_to_the_profile_and_on_to_the_contact_form(
    phone_page, supervisors_url
):
    page = phone_page
    page.goto(supervisors_url + "/tyonohjaajat/")

    page.get_by_role("link", name="Eero Esimerkki").click()
    page.get_by_role("link", name="Lähettäkää viesti työnohjaajalle Eero Esimerkki").click()

    assert (
        page.get_by_label("Työnohjaaja").evaluate("select => select.selectedOptions[0].textContent")
        == "Eero Esimerkki"
    )


def test_a_visitor_on_a_phone_filters_the_supervisors_without_javascript(browser, supervisors_url):
    context = browser.new_context(viewport=PHONE, java_script_enabled=False)
    page = context.new_page()
    page.goto(supervisors_url + "/tyonohjaajat/")

    page.get_by_label("Työkieli").select_option(label="ruotsi")
    page.get_by_role("button", name="Hakekaa työnohjaajat").click()

    # A click without JavaScript only starts the navigation: web-first assertions wait for the
    # new page to be parsed instead of reading the old or a half-loaded one.
    expect(page).to_have_url(re.compile(r"kieli=sv"))
    expect(page.locator(".person-card__link")).to_have_text(["Eero Esimerkki"])
    expect(page.get_by_text("Valintojanne vastaa 1 työnohjaaja (kaikkiaan 2).")).to_be_visible()
    page.get_by_label("Tapaa myös etänä").check()
    page.get_by_role("button", name="Hakekaa työnohjaajat").click()
    expect(page).to_have_url(re.compile(r"eta=kylla"))
    expect(page.locator(".person-card__link")).to_have_count(0)
    page.get_by_role("link", name="Kaikki työnohjaajat").click()
    expect(page.locator(".person-card__link")).to_have_count(2)
    context.close()


def test_the_filters_and_their_errors_have_no_accessibility_violations_on_a_phone(
    phone_page, supervisors_url
):
    axe = Axe()
    reports = {}
    for query in ["?kieli=sv&eta=kylla", "?muoto=yhteisotyonohjaus&eta=kylla", "?ala=ei-tallaista"]:
        phone_page.goto(supervisors_url + "/tyonohjaajat/" + query)
        results = axe.run(phone_page, options=AXE_OPTIONS)
        if results.violations_count:
            reports[query] = results.generate_report()

    assert not reports, "\n".join(f"{query}:\n{report}" for query, report in reports.items())
