"""The buyers' page and the supplier sheet with example content, in real Chromium."""

import io

import pytest
from playwright.sync_api import expect
from pypdf import PdfReader

from pricing import examples as price_examples
from pricing.models import PriceTerm
from services.models import SiteDetails
from supervisors import examples as supervisor_examples
from tests.support.accessibility import AXE_OPTIONS, DESKTOP, PHONE, Axe

PAGES = ["/julkiset-hankinnat/", "/julkiset-hankinnat/toimittajatiedot/"]


@pytest.fixture
def buyers_site(site_url, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    supervisor_examples.load()
    price_examples.load()
    PriceTerm.objects.create(title="Laskutus", body="Laskutamme kuukausittain verkkolaskuna.")
    details = SiteDetails.load()
    details.legal_name = "Työnohjaus Esimerkki Oy"
    details.business_id = "0737546-2"
    details.einvoice_address = "003707375462"
    details.save()
    return site_url


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("viewport", [PHONE, DESKTOP], ids=["375", "1280"])
def test_the_pages_fit_and_are_accessible(browser, buyers_site, viewport, scheme):
    context = browser.new_context(viewport=viewport, color_scheme=scheme)
    page = context.new_page()
    problems = []
    for path in PAGES:
        page.goto(buyers_site + path)
        overflow = page.evaluate("document.documentElement.scrollWidth") - viewport["width"]
        if overflow > 0:
            problems.append(f"{path}: {overflow} px wider than the screen")
        results = Axe().run(page, options=AXE_OPTIONS)
        if results.violations_count:
            problems.append(f"{path}:\n{results.generate_report()}")
    context.close()

    assert not problems, "\n".join(problems)


def test_a_buyer_opens_the_sheet_prints_it_and_downloads_the_pdf(desktop_page, buyers_site):
    page = desktop_page
    page.goto(buyers_site + "/julkiset-hankinnat/")
    page.get_by_role("link", name="Avatkaa tulostettavat toimittajatiedot").click()

    expect(page.get_by_role("heading", level=1)).to_have_text("Toimittajatiedot")
    expect(page.get_by_role("heading", name="Aino Esimerkki")).to_be_visible()
    print_button = page.get_by_role("button", name="Tulostakaa")
    expect(print_button).to_be_visible()  # shown by its script
    page.emulate_media(media="print")
    expect(print_button).to_be_hidden()
    expect(page.locator(".nav--wide")).to_be_hidden()
    page.emulate_media(media="screen")

    with page.expect_download() as download_info:
        page.get_by_role("link", name="Ladatkaa PDF-tiedostona").click()
    download = download_info.value
    assert download.suggested_filename == "toimittajatiedot-tyonohjaus.pdf"
    with open(download.path(), "rb") as file:
        reader = PdfReader(io.BytesIO(file.read()))
    text = "\n".join(pdf_page.extract_text() for pdf_page in reader.pages)
    assert "Työnohjaus Esimerkki Oy" in text
    assert "Eero Esimerkki" in text
