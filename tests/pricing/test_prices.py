"""The price list at /hinnat/: two views without JavaScript, terms, and prices on form pages."""

import json
import re
from decimal import Decimal

import pytest
from django.core.cache import cache
from django.core.management import call_command
from django.test import Client

from pricing import examples
from pricing.models import PriceRow, PriceTerm
from pricing.vat import VatRate
from services.models import SiteDetails, SupervisionForm
from tests.support.admin_forms import in_finnish_fields
from tests.support.factories import make_content_editor
from tests.support.html import PageOutline

pytestmark = pytest.mark.django_db

NBSP = "\u00a0"
JSON_LD = re.compile(r'<script type="application/ld\+json">(.*?)</script>', re.S)


def make_price(**overrides):
    values = {
        "what": "Yksilötyönohjaus",
        "form": SupervisionForm.objects.get(slug="yksilotyonohjaus"),
        "unit": "istunto 90 min",
        "price": Decimal("120.00"),
        "published": True,
    }
    values.update(overrides)
    return PriceRow.objects.create(**values)


def text(response):
    return response.content.decode()


def json_ld_items(html):
    return [json.loads(block) for block in JSON_LD.findall(html)]


def test_organisations_see_the_price_without_vat_first(client):
    make_price()

    html = text(client.get("/hinnat/"))

    main = html.index(f"120,00{NBSP}€ (alv 0{NBSP}%)")
    assert main < html.index(f"120,00{NBSP}€ + alv 25,5{NBSP}% = 150,60{NBSP}€")
    assert f"150,60{NBSP}€ (sis. alv" not in html


def test_private_persons_see_the_price_with_vat_first(client):
    make_price()

    response = client.get("/hinnat/yksityishenkilo/")
    html = text(response)

    assert response.status_code == 200
    main = html.index(f"150,60{NBSP}€ (sis. alv 25,5{NBSP}%)")
    assert main < html.index(f"120,00{NBSP}€ + alv 25,5{NBSP}% = 150,60{NBSP}€")
    assert PageOutline(html).title.startswith("Hinnat yksityishenkilöille")


def test_the_views_are_plain_links_that_mark_the_current_one(client):
    organisation = text(client.get("/hinnat/"))
    private = text(client.get("/hinnat/yksityishenkilo/"))

    assert re.search(r'href="/hinnat/"\s+aria-current="page">Organisaatioille', organisation)
    assert 'href="/hinnat/yksityishenkilo/">Yksityishenkilöille' in organisation
    assert re.search(r'href="/hinnat/yksityishenkilo/"\s+aria-current="page"', private)
    # No script but the menu's enhancement, which every page has.
    scripts = organisation.replace('<script type="application/ld+json">', "").replace(
        '<script src="/static/js/nav.js" defer></script>', ""
    )
    assert "<script" not in scripts


def test_the_two_views_have_their_own_titles_and_descriptions(client):
    organisation = PageOutline(text(client.get("/hinnat/")))
    private = PageOutline(text(client.get("/hinnat/yksityishenkilo/")))

    assert organisation.title != private.title
    assert organisation.meta["description"] != private.meta["description"]
    assert organisation.h1_count == private.h1_count == 1


def test_every_shown_price_is_in_finnish_format(client):
    make_price(what="Iso ryhmä", unit="päivä", price=Decimal("1234.5"), vat_rate=VatRate.REDUCED)

    html = text(client.get("/hinnat/"))

    assert f"1{NBSP}234,50{NBSP}€ + alv 14{NBSP}% = 1{NBSP}407,33{NBSP}€" in html
    assert "1234.5" not in html
    assert not re.search(r"\d\.\d\d", html.split("</head>")[1])


def test_an_exempt_row_shows_its_reason(client):
    make_price(vat_rate=VatRate.EXEMPT, vat_note="Koulutuspalvelu, AVL 39 §.")

    html = text(client.get("/hinnat/yksityishenkilo/"))

    assert f"120,00{NBSP}€ (arvonlisäveroton)" in html
    assert "Arvonlisäveroton: Koulutuspalvelu, AVL 39 §." in html


def test_unpublished_prices_are_hidden(client):
    make_price(what="Salainen hinta", published=False)

    assert "Salainen hinta" not in text(client.get("/hinnat/"))


def test_without_prices_the_page_says_to_ask(client):
    html = text(client.get("/hinnat/"))

    assert "Hinnastoa päivitetään." in html
    assert 'href="/ota-yhteytta/"' in html


def test_terms_show_only_what_staff_entered(client):
    assert "Ehdot" not in text(client.get("/hinnat/"))
    PriceTerm.objects.create(title="Peruutusehdot", body="Peru viimeistään **kaksi** päivää ennen.")

    html = text(client.get("/hinnat/"))

    assert "<h3>Peruutusehdot</h3>" in html
    assert "<strong>kaksi</strong>" in html


def test_invoicing_details_come_from_the_site_details(client):
    details = SiteDetails.load()
    details.legal_name = "Työnohjaus Testi Oy"
    details.business_id = "1572860-0"
    details.einvoice_address = "003715728600"
    details.einvoice_operator = "Operaattori Oy (003712345678)"
    details.save()

    html = text(client.get("/hinnat/"))

    assert "Laskutustiedot" in html
    for value in ("Työnohjaus Testi Oy", "1572860-0", "003715728600", "Operaattori Oy"):
        assert value in html


@pytest.mark.parametrize("url", ["/hinnat/", "/hinnat/yksityishenkilo/"])
def test_prices_need_at_most_five_queries_cold_and_one_warm(
    client, url, django_assert_max_num_queries
):
    examples.load()
    PriceTerm.objects.create(title="Matkakulut", body="Sovitaan erikseen.")
    cache.clear()

    # Four for the page, one for the staff-managed main menu and one for the call to action:
    # does any supervisor have a free time (booking)? The last two are cached when warm.
    with django_assert_max_num_queries(6):
        assert client.get(url).status_code == 200
    with django_assert_max_num_queries(1):
        assert client.get(url).status_code == 200


def test_an_admin_edit_shows_on_the_next_request(client):
    row = make_price()
    client.get("/hinnat/")
    editor = Client()
    editor.force_login(make_content_editor())

    response = editor.post(
        f"/hallinta/pricing/pricerow/{row.pk}/change/",
        in_finnish_fields(
            PriceRow,
            {
                "what": "Yksilötyönohjaus",
                "form": str(row.form.pk),
                "unit": "istunto 60 min",
                "published": "on",
                "price": "95.00",
                "vat_rate": "25.5",
                "vat_note": "",
                "notes": "",
            },
        ),
    )

    assert response.status_code == 302
    html = text(client.get("/hinnat/"))
    assert "istunto 60 min" in html
    assert f"95,00{NBSP}€ + alv 25,5{NBSP}% = 119,23{NBSP}€" in html


def test_the_admin_refuses_a_zero_rate_without_a_note_in_finnish(client):
    editor = Client()
    editor.force_login(make_content_editor())

    response = editor.post(
        "/hallinta/pricing/pricerow/add/",
        in_finnish_fields(
            PriceRow,
            {
                "what": "Koulutus",
                "unit": "päivä",
                "price": "500",
                "vat_rate": "0",
                "published": "on",
            },
        ),
    )

    assert response.status_code == 200
    assert "Kun alv on 0 %, kirjoita arvonlisäveroperusteeseen" in text(response)
    assert not PriceRow.objects.exists()


def test_a_form_page_shows_its_lowest_published_price_from(client):
    make_price(price=Decimal("150.00"))
    make_price(price=Decimal("120.00"))
    make_price(price=Decimal("80.00"), published=False)

    html = text(client.get("/palvelut/yksilotyonohjaus/"))

    assert f"alkaen 120,00{NBSP}€ (alv 0{NBSP}%), istunto 90 min" in html
    assert f"120,00{NBSP}€ + alv 25,5{NBSP}% = 150,60{NBSP}€" in html
    assert 'href="/hinnat/"' in html


def test_a_form_without_a_price_shows_none(client):
    make_price()

    html = text(client.get("/palvelut/ryhmatyonohjaus/"))

    assert "alkaen" not in html


def test_a_form_page_offers_its_price_in_json_ld(client):
    make_price()

    items = json_ld_items(text(client.get("/palvelut/yksilotyonohjaus/")))

    [service] = [item for item in items if item["@type"] == "Service"]
    offer = service["offers"]
    assert offer["@type"] == "Offer"
    assert offer["price"] == "120.00"
    assert offer["priceCurrency"] == "EUR"
    without, including = offer["priceSpecification"]
    assert without == {
        "@type": "UnitPriceSpecification",
        "price": "120.00",
        "priceCurrency": "EUR",
        "valueAddedTaxIncluded": False,
        "unitText": "istunto 90 min",
    }
    assert including["price"] == "150.60"
    assert including["valueAddedTaxIncluded"] is True


def test_a_form_without_a_price_has_no_offer(client):
    items = json_ld_items(text(client.get("/palvelut/yksilotyonohjaus/")))

    [service] = [item for item in items if item["@type"] == "Service"]
    assert "offers" not in service


def test_prices_page_has_breadcrumbs(client):
    items = json_ld_items(text(client.get("/hinnat/yksityishenkilo/")))

    [crumbs] = [item for item in items if item["@type"] == "BreadcrumbList"]
    names = [item["name"] for item in crumbs["itemListElement"]]
    assert names == ["Etusivu", "Hinnat", "Yksityishenkilöille"]


def test_example_prices_are_marked_and_load_idempotently(client):
    call_command("load_example_content")
    call_command("load_example_content")

    rows = PriceRow.objects.filter(is_example=True)
    assert rows.count() == len(examples.PRICES)
    assert all("(esimerkki)" in row.what and "Esimerkkihinta" in row.notes for row in rows)
    html = text(client.get("/hinnat/"))
    assert "Esimerkkihinta kehityskäyttöön" in html


@pytest.mark.parametrize(
    ("path", "organisations_price", "calculation"),
    [
        ("/sv/priser/", f"1{NBSP}200,00{NBSP}€ (moms 0{NBSP}%)", f"+ moms 25,5{NBSP}% ="),
        ("/en/prices/", "€1,200.00 (VAT 0%)", "€1,200.00 + VAT 25.5% = €1,506.00"),
    ],
)
def test_prices_read_as_the_pages_language_writes_them(
    client, path, organisations_price, calculation
):
    make_price(price=Decimal("1200"))

    html = text(client.get(path))

    assert organisations_price in html
    assert calculation in html
