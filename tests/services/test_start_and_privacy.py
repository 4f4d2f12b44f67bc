"""How supervision starts, confidentiality, and the privacy statement naming its controller."""

import importlib

import pytest
from django.apps import apps
from reversion.models import Version

from services import seed
from services.models import Page, SiteDetails
from tests.support.pages import FORM_SLUGS

pytestmark = pytest.mark.django_db

privacy_migration = importlib.import_module(
    "services.migrations.0008_privacy_statement_controller_and_fields"
)


def test_how_it_starts_covers_every_step(client):
    html = client.get("/nain-aloitamme/").content.decode()

    for step in ("Ensimmäinen keskustelu", "Kartoituskerta", "Työnohjaussopimus", "Istunnot"):
        assert step in html
    for agreed in ("tavoitteista", "aikataulusta", "peruutuksista", "luottamuksellisuudesta"):
        assert agreed in html
    assert "mitä työnantajalle tai muulle tilaajalle kerrotaan" in html
    assert "Arviointi" in html
    assert 'href="/luottamuksellisuus/"' in html


@pytest.mark.parametrize("slug", FORM_SLUGS)
def test_every_form_page_links_to_how_it_starts_and_to_confidentiality(client, slug):
    html = client.get(f"/palvelut/{slug}/").content.decode()

    assert 'href="/nain-aloitamme/"' in html
    assert 'href="/luottamuksellisuus/"' in html


def test_the_footer_links_the_new_pages(client):
    html = client.get("/").content.decode()

    for path in ("/hinnat/", "/nain-aloitamme/", "/usein-kysyttya/", "/luottamuksellisuus/"):
        assert f'href="{path}"' in html


def test_the_privacy_statement_names_the_controller_from_the_site_details(client):
    details = SiteDetails.load()
    details.legal_name = "Työnohjaus Testi Oy"
    details.business_id = "1572860-0"
    details.email = "tietosuoja@tyonohjaus.example"
    details.save()

    html = client.get("/tietosuoja/").content.decode()

    assert "Rekisterinpitäjä on Työnohjaus Testi Oy." in html
    assert "Y-tunnus: 1572860-0" in html
    assert 'href="mailto:tietosuoja@tyonohjaus.example"' in html
    assert "[rekisterinpitäjä]" not in html


def test_without_a_legal_name_the_site_name_is_the_controller(client):
    html = client.get("/tietosuoja/").content.decode()

    assert f"Rekisterinpitäjä on {SiteDetails.load().name}." in html


def test_the_organisation_json_ld_carries_the_legal_name(client):
    details = SiteDetails.load()
    details.legal_name = "Työnohjaus Testi Oy"
    details.save()

    html = client.get("/").content.decode()

    assert '"legalName": "Työnohjaus Testi Oy"' in html


def test_the_footer_names_the_company_and_its_service_area(client):
    details = SiteDetails.load()
    details.legal_name = "Työnohjaus Testi Oy"
    details.service_area = "Uusimaa ja etänä koko Suomi"
    details.save()

    html = client.get("/").content.decode()

    assert "Työnohjaus Testi Oy" in html
    assert "Toiminta-alue: Uusimaa ja etänä koko Suomi" in html


@pytest.mark.parametrize(
    "field",
    [
        "nimi",
        "sähköpostiosoite",
        "puhelinnumero",
        "organisaatio",
        "työnohjauksen muoto",
        "ryhmän koko",
        "toteutustapa",
        "yhteydenottotapa",
        "työnohjaaja",
        "viesti",
        "työyhteisökartan yhteenveto",
    ],
)
def test_the_privacy_statement_lists_every_field_the_contact_form_collects(client, field):
    assert field in client.get("/tietosuoja/").content.decode()


def _seeded_privacy_body():
    return next(page["body"] for page in seed.PAGES if page["slug"] == "tietosuoja")


def _previous_privacy_body():
    body = _seeded_privacy_body()
    for old, new in privacy_migration.SECTION_CHANGES:
        body = body.replace(new, old)
    return body


def test_the_migration_updates_a_statement_still_as_seeded_and_records_it():
    page = Page.objects.get(slug="tietosuoja")
    page.body = _previous_privacy_body().replace("\n", "\r\n")
    page.save()

    privacy_migration.update_privacy_statement(apps)

    page.refresh_from_db()
    assert page.body == _seeded_privacy_body()
    assert Version.objects.get_for_object(page).filter(
        revision__comment__contains="rekisterinpitäjä"
    )


def test_the_migration_keeps_a_section_staff_have_edited():
    edited = _previous_privacy_body().replace(
        "Rekisterinpitäjä on tämän sivuston ylläpitäjä.", "Rekisterinpitäjä on Oma Oy."
    )
    page = Page.objects.get(slug="tietosuoja")
    page.body = edited
    page.save()

    privacy_migration.update_privacy_statement(apps)

    page.refresh_from_db()
    assert "Rekisterinpitäjä on Oma Oy." in page.body
    assert "- ryhmän koko, jos kerrot sen" in page.body


def test_the_migration_leaves_a_statement_without_seeded_sections_alone():
    page = Page.objects.get(slug="tietosuoja")
    page.body = "Kokonaan oma teksti."
    page.save()

    privacy_migration.update_privacy_statement(apps)

    page.refresh_from_db()
    assert page.body == "Kokonaan oma teksti."
