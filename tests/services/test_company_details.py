"""
The company details a buyer looks for (legal name, business ID, VAT registration, e-invoice
address) are shown where a buyer looks, and `check --deploy` warns while any is missing or a
placeholder.
"""

import json
import re

import pytest
from django.core.checks import run_checks

from pricing import examples as price_examples
from services import examples
from services.models import SiteDetails

pytestmark = pytest.mark.django_db

JSON_LD = re.compile(r'<script type="application/ld\+json">(.*?)</script>', re.S)
REAL = {
    "name": "Työnohjaus Testinen",
    "legal_name": "Työnohjaus Testinen Oy",
    "trading_name": "",
    "business_id": "1572860-0",
    "vat_registered": True,
    "einvoice_address": "003715728600",
    "einvoice_operator": "Operaattori Oy (003712345678)",
}


def set_details(**values):
    details = SiteDetails.load()
    for name, value in values.items():
        setattr(details, name, value)
    details.save()
    return details


def company_warnings():
    return [
        message
        for message in run_checks(include_deployment_checks=True)
        if message.id == "services.W003"
    ]


def test_the_deploy_check_is_quiet_once_every_detail_is_real():
    set_details(**REAL)

    assert company_warnings() == []


@pytest.mark.parametrize(
    "field",
    ["legal_name", "business_id", "vat_registered", "einvoice_address", "einvoice_operator"],
)
def test_the_deploy_check_warns_while_a_detail_is_empty(field):
    set_details(**{**REAL, field: None if field == "vat_registered" else ""})

    warnings = company_warnings()

    assert len(warnings) == 1
    assert warnings[0].msg.endswith(f"placeholders: {field}.")


def test_a_company_without_a_trading_name_is_complete_and_one_not_in_the_vat_register_too():
    set_details(**{**REAL, "trading_name": "", "vat_registered": False})

    assert company_warnings() == []


def test_the_deploy_check_warns_about_the_seeded_site_name_and_the_empty_details():
    warnings = company_warnings()  # as migrate leaves the site

    assert len(warnings) == 1
    assert warnings[0].msg.endswith(
        "name, legal_name, business_id, vat_registered, einvoice_address, einvoice_operator."
    )


def test_the_deploy_check_warns_about_example_details_the_trading_name_included():
    set_details(name=REAL["name"])
    examples.load()

    warnings = company_warnings()

    assert warnings[0].msg.endswith(
        "legal_name, business_id, einvoice_address, einvoice_operator, trading_name."
    )


def test_the_example_loader_fills_only_empty_details():
    set_details(vat_registered=False)

    filled = examples.load()

    details = SiteDetails.load()
    assert details.vat_registered is False
    assert "vat_registered" not in filled
    assert details.legal_name == "Työnohjaus Esimerkki Oy"
    assert details.business_id == SiteDetails.EXAMPLE_BUSINESS_ID
    assert examples.load() == []


def test_the_example_loader_leaves_a_company_with_a_legal_name_alone():
    set_details(legal_name="Oikea Yritys Oy")

    assert examples.load() == []
    assert SiteDetails.load().business_id == ""


def test_the_prices_page_shows_the_company_details_with_example_content(client):
    price_examples.load()
    examples.load()

    html = client.get("/hinnat/").content.decode()

    section = html[html.index('id="laskutustiedot"') :]
    for text in (
        "Yritys- ja laskutustiedot",
        "<dt>Yritys</dt><dd>Työnohjaus Esimerkki Oy</dd>",
        "<dt>Aputoiminimi</dt><dd>Esimerkkityönohjaus</dd>",
        f"<dt>Y-tunnus</dt><dd>{SiteDetails.EXAMPLE_BUSINESS_ID}</dd>",
        "<dt>Arvonlisäverorekisteri</dt><dd>Merkitty, ALV-numero FI12345671</dd>",
        f"<dt>Verkkolaskuosoite</dt><dd>{SiteDetails.EXAMPLE_EINVOICE_ADDRESS}</dd>",
        "<dt>Operaattori</dt><dd>Esimerkkioperaattori Oy (003799999999)</dd>",
    ):
        assert text in section


def test_a_company_outside_the_vat_register_says_so_and_has_no_vat_number(client):
    set_details(**{**REAL, "vat_registered": False})

    html = client.get("/hinnat/").content.decode()

    assert "<dt>Arvonlisäverorekisteri</dt><dd>Ei merkitty</dd>" in html
    assert "ALV-numero" not in html
    organisation = next(
        item
        for item in map(json.loads, JSON_LD.findall(client.get("/").content.decode()))
        if item.get("@type") == "ProfessionalService"
    )
    assert organisation["taxID"] == "1572860-0"
    assert "vatID" not in organisation


def test_a_company_in_the_vat_register_has_its_vat_number_in_the_json_ld(client):
    set_details(**REAL)

    html = client.get("/").content.decode()

    assert '"vatID": "FI15728600"' in html


def test_without_company_details_the_prices_page_has_no_empty_block(client):
    html = client.get("/hinnat/").content.decode()

    assert 'id="laskutustiedot"' not in html


def test_the_footer_shows_the_company_compactly_on_every_page(client):
    set_details(**{**REAL, "trading_name": "Testisen Ohjaus"})

    html = client.get("/tyootteemme/").content.decode()

    footer = html[html.index('<footer class="footer">') :]
    assert "Työnohjaus Testinen Oy (Testisen Ohjaus)" in footer
    assert "Y-tunnus: 1572860-0" in footer
    assert "Merkitty arvonlisäverorekisteriin" in footer
    assert 'href="/hinnat/#laskutustiedot">Laskutustiedot</a>' in footer


def test_the_privacy_statement_names_the_controller_with_its_trading_name(client):
    set_details(**{**REAL, "trading_name": "Testisen Ohjaus"})

    html = client.get("/tietosuoja/").content.decode()

    assert "Rekisterinpitäjä on Työnohjaus Testinen Oy." in html
    assert "Työnohjaus Testinen Oy (Testisen Ohjaus)<br>" in html
    assert "Y-tunnus: 1572860-0" in html
