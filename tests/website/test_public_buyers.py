"""The page for public buyers and the supplier sheet: built from the data, as HTML and as a PDF."""

import gzip
import io
import re

import pytest
from django.core.cache import cache
from django.core.management import call_command
from pypdf import PdfReader

from navigation.menu import build as build_menu
from pricing.models import PriceRow, PriceTerm
from services.models import Page, SiteDetails, SupervisionForm
from supervisors.models import Credential, Supervisor
from tests.support.bookings import make_supervisor

pytestmark = pytest.mark.django_db

PAGE = "/julkiset-hankinnat/"
SHEET = "/julkiset-hankinnat/toimittajatiedot/"
PDF = "/julkiset-hankinnat/toimittajatiedot.pdf"
MAX_PDF_BYTES = 500 * 1024

COMPANY = {
    "legal_name": "Työnohjaus Esimerkki Oy",
    "business_id": "0737546-2",
    "einvoice_address": "003707375462",
    "einvoice_operator": "Esimerkkioperaattori Oy (003712345678)",
    "trading_name": "Esimerkin Työnohjaus",
}


@pytest.fixture
def example_content():
    """The example content of `make run`, and the company details staff enter."""
    call_command("load_example_content", verbosity=0)
    details = SiteDetails.load()
    for field, value in COMPANY.items():
        setattr(details, field, value)
    details.vat_registered = True
    details.save()
    return Supervisor.objects.published().prefetch_related("credentials", "forms", "sectors")


def pdf_text(content):
    reader = PdfReader(io.BytesIO(content))
    return "\n".join(page.extract_text() for page in reader.pages)


def one_line(text):
    return " ".join(text.split())


def test_the_buyers_page_is_in_the_menu_under_palvelut(client):
    response = client.get(PAGE)

    assert response.status_code == 200
    services = next(entry for entry in build_menu() if entry.label == "Palvelut")
    assert ("Julkiset hankinnat", PAGE) in [(child.label, child.url) for child in services.children]
    assert f'href="{PAGE}"' in response.content.decode()


def test_the_buyers_page_states_how_supervision_is_bought(client):
    html = client.get(PAGE).content.decode()

    for fact in (
        "1397/2016",
        "kansallisen kynnysarvon",
        "puitejärjestely",
        "osa-alueisiin",
        "kevennetyllä kilpailutuksella",
        "suorahankinta",
        "241/2019",
        "tilaajavastuulain",
        "60 opintopistettä",
        "STOry",
    ):
        assert fact in html
    assert 'href="/julkiset-hankinnat/toimittajatiedot/"' in html
    assert 'href="/julkiset-hankinnat/toimittajatiedot.pdf"' in html


def test_staff_edit_the_text_and_the_sheet_stays_below_it(client, example_content):
    Page.objects.filter(slug="julkiset-hankinnat").update(body="Henkilökunnan oma teksti.")

    html = client.get(PAGE).content.decode()

    assert "Henkilökunnan oma teksti." in html
    assert "Puitejärjestely ja osa-alueet" not in html
    assert html.index("Henkilökunnan oma teksti.") < html.index(COMPANY["business_id"])


def test_the_buyers_page_shows_the_company_and_who_covers_each_lot(client, example_content):
    html = client.get(PAGE).content.decode()

    for value in COMPANY.values():
        assert value in html
    for supervisor in example_content:
        assert supervisor.name in html
    lots = re.search(r'<table class="sheet-table">.*?</table>', html, re.S).group()
    assert "Yhteisötyönohjaus" in lots
    assert "Aino Esimerkki, Eero Esimerkki" in lots  # both offer group supervision


def test_the_sheet_shows_the_company_and_every_published_supervisor(client, example_content):
    html = client.get(SHEET).content.decode()

    assert "FI07375462" in html  # the VAT number of a company in the VAT register
    assert any(supervisor.supervisor_trainings for supervisor in example_content)

    for value in COMPANY.values():
        assert value in html
    for supervisor in example_content:
        assert supervisor.name in html
        assert supervisor.role in html
        for training in supervisor.supervisor_trainings:
            assert training.summary in html
        for credential in supervisor.professional_background:
            assert f"{credential.title} ({credential.issuer}, {credential.year})" in html
        if supervisor.supervising_since:
            assert f"{supervisor.supervising_since} ({supervisor.years_supervising} v" in html
        assert ("STOryn jäsen" in html) or not supervisor.story_member
        for form in supervisor.forms.all():
            assert form.name in html
        for language in supervisor.language_names:
            assert language.lower() in html


def test_the_sheet_gives_prices_without_vat_and_the_published_terms(client, example_content):
    PriceTerm.objects.create(title="Peruutukset", body="Peruutus **kaksi arkipäivää** ennen.")
    PriceTerm.objects.create(title="Luonnosehto", body="Ei vielä julkinen.", published=False)

    html = client.get(SHEET).content.decode()

    assert "120,00\xa0€" in html  # the example's price without VAT
    assert "150,60\xa0€" not in html  # never the price with VAT
    assert "25,5\xa0%" in html
    assert "Peruutukset" in html
    assert "<strong>kaksi arkipäivää</strong>" in html
    assert "Luonnosehto" not in html


def test_the_sheet_leaves_out_what_is_missing(client):
    response = client.get(SHEET)

    assert response.status_code == 200
    html = response.content.decode()
    assert "Verkkolaskuosoite" not in html
    assert "Hinnat ilman arvonlisäveroa" not in html
    assert ">Ehdot<" not in html


def test_the_pdf_is_a_valid_small_file_with_the_company_and_supervisors(client, example_content):
    response = client.get(PDF)

    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert response["Content-Disposition"] == (
        'attachment; filename="toimittajatiedot-tyonohjaus.pdf"'
    )
    assert response.content.startswith(b"%PDF-")
    assert len(response.content) < MAX_PDF_BYTES
    text = one_line(pdf_text(response.content))
    assert "Toimittajatiedot" in text
    for value in COMPANY.values():
        assert value in text
    for supervisor in example_content:
        assert supervisor.name in text
        for credential in supervisor.credentials.all():
            assert str(credential.year) in text
        for training in supervisor.supervisor_trainings:
            assert training.summary in text
        if supervisor.supervising_since:
            assert f"{supervisor.supervising_since} ({supervisor.years_supervising} v" in text
    assert "STOryn jäsen" in text
    assert "FI07375462" in text
    assert "120,00 €" in text
    reader = PdfReader(io.BytesIO(response.content))
    assert reader.metadata.title == "Toimittajatiedot: Työnohjaus Esimerkki Oy"


def test_the_pdf_fetches_nothing_and_embeds_no_font(client, example_content):
    content = client.get(PDF).content

    # The standard fonts need no file; no image, script, launch action or attachment.
    assert b"/FontFile" not in content
    assert not re.search(rb"/(JavaScript|JS|Launch|EmbeddedFile|XObject|GoToR)\b", content)


def test_the_pdf_survives_the_page_cache_and_compression(client, example_content):
    plain = client.get(PDF)
    gzipped = client.get(PDF, headers={"Accept-Encoding": "gzip"})
    again = client.get(PDF, headers={"If-None-Match": plain["ETag"]})

    assert gzipped["Content-Encoding"] == "gzip"
    assert gzipped["Content-Type"] == "application/pdf"
    assert gzip.decompress(gzipped.content) == plain.content
    assert gzipped["Content-Disposition"] == plain["Content-Disposition"]
    assert again.status_code == 304


def test_the_pdf_is_the_same_bytes_for_the_same_data(client, example_content):
    first = client.get(PDF).content
    cache.clear()

    assert client.get(PDF).content == first


def test_a_letter_the_pdf_fonts_lack_is_written_without_its_accent(client):
    make_supervisor(name="Áile Čiekča", slug="aile", published=True).forms.set(
        SupervisionForm.objects.filter(slug="yksilotyonohjaus")
    )

    assert "Áile Čiekča" in client.get(SHEET).content.decode()
    assert "Áile Ciekca" in pdf_text(client.get(PDF).content)


def test_unpublished_supervisors_never_appear(client, example_content):
    hidden = make_supervisor(name="Piilotettu Ohjaaja", slug="piilotettu", published=False)
    hidden.forms.set(SupervisionForm.objects.all())
    Credential.objects.create(supervisor=hidden, title="Salainen koulutus", year=2001)

    for url in (PAGE, SHEET):
        html = client.get(url).content.decode()
        assert "Piilotettu Ohjaaja" not in html
        assert "Salainen koulutus" not in html
    text = pdf_text(client.get(PDF).content)
    assert "Piilotettu" not in text
    assert "Salainen" not in text


def test_an_unpublished_form_is_not_offered_as_a_lot(client, example_content):
    SupervisionForm.objects.filter(slug="tilannetyonohjaus").update(published=False)

    # Only its example price, which names it, is left.
    lot = re.compile(r"Tilannetyönohjaus(?! \(esimerkki\))")
    assert not lot.search(client.get(SHEET).content.decode())
    assert not lot.search(pdf_text(client.get(PDF).content))


def test_unpublished_prices_never_appear(client, example_content):
    PriceRow.objects.filter(what__startswith="Yksilö").update(published=False)

    assert "Yksilötyönohjaus (esimerkki)" not in client.get(SHEET).content.decode()
    assert "Yksilötyönohjaus (esimerkki)" not in pdf_text(client.get(PDF).content)


def test_the_sheet_goes_with_its_page(client):
    Page.objects.filter(slug="julkiset-hankinnat").update(published=False)

    assert client.get(PAGE).status_code == 404
    assert client.get(SHEET).status_code == 404
    assert client.get(PDF).status_code == 404


def make_supervisors(count):
    forms = list(SupervisionForm.objects.all())
    for number in range(count):
        supervisor = make_supervisor(
            name=f"Ohjaaja {number}", slug=f"ohjaaja-{number}", published=True
        )
        supervisor.forms.set(forms[: number % len(forms) + 1])
        Credential.objects.create(supervisor=supervisor, title="Työnohjaajakoulutus", year=2010)
        Credential.objects.create(supervisor=supervisor, title="Sairaanhoitaja", year=2000)


@pytest.mark.parametrize(("url", "queries"), [(PAGE, 8), (SHEET, 9), (PDF, 8)])
def test_queries_do_not_grow_with_the_supervisors(
    client, url, queries, django_assert_max_num_queries
):
    # The page's own (the buyers' page: itself, the site details, the supervisors and their
    # forms; the sheet adds their credentials, the prices and the terms) and the main menu,
    # and the buyers' page's call to action asks whether any time is free to book.
    make_supervisors(12)

    with django_assert_max_num_queries(queries):
        response = client.get(url)

    assert response.status_code == 200
    text = pdf_text(response.content) if url == PDF else response.content.decode()
    assert "Ohjaaja 11" in text
