"""The privacy statement tells the truth about cookies and logs, and an update never overwrites
a statement staff have edited."""

import importlib

import pytest
from django.apps import apps
from reversion.models import Version

from services.models import Page

pytestmark = pytest.mark.django_db

migration = importlib.import_module("services.migrations.0005_privacy_statement_cookies_and_logs")


def test_the_statement_names_the_contact_forms_cookie_the_cookieless_map_and_masked_logs(client):
    html = client.get("/tietosuoja/").content.decode()

    assert "CSRF" in html
    assert "Työyhteisökartta ei aseta evästeitä" in html
    assert "Palvelimen lokit" in html
    assert "Sähköpostiosoitteet peitetään lokeissa" in html


def test_a_site_with_the_old_seeded_statement_gets_the_new_one_in_its_history():
    Page.objects.filter(slug="tietosuoja").update(body=migration.OLD_BODY.replace("\n", "\r\n"))

    migration.update_privacy_statement(apps)

    page = Page.objects.get(slug="tietosuoja")
    assert "## Palvelimen lokit" in page.body
    latest = Version.objects.get_for_object(page).first()
    assert "Palvelimen lokit" in latest.field_dict["body"]
    assert latest.revision.comment == "Valmisteksti päivitetty: evästeet ja palvelimen lokit"


def test_a_statement_edited_by_staff_is_left_as_it_is():
    edited = migration.OLD_BODY + "\nLisäsimme oman kappaleen.\n"
    Page.objects.filter(slug="tietosuoja").update(body=edited)

    migration.update_privacy_statement(apps)

    assert Page.objects.get(slug="tietosuoja").body == edited
