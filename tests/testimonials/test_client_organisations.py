"""
Client organisations: named only with a recorded permission, listed on the home page (and the
buyers' page, through the same include) only when one is published.
"""

import datetime
import re

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.template.loader import render_to_string
from django.test import Client
from django.utils import timezone

from images.models import Image
from images.validation import clean_image
from testimonials import examples
from testimonials.models import ClientOrganisation
from tests.support import image_files
from tests.support.admin_forms import in_finnish_fields
from tests.support.factories import make_content_editor

pytestmark = pytest.mark.django_db

HEADING = "Asiakkaitamme"


def make_organisation(**overrides):
    values = {
        "name": "Testilän kaupunki, kotihoito",
        "sector": "kunta",
        "permission_date": datetime.date(2026, 3, 2),
        "permission_way": ClientOrganisation.PermissionWay.EMAIL,
        "published": True,
    }
    values.update(overrides)
    return ClientOrganisation.objects.create(**values)


def clients_section(client, path="/"):
    html = client.get(path).content.decode()
    match = re.search(r'<section class="section clients".*?</section>', html, re.S)
    return match[0] if match else ""


def editor_client():
    editor = Client()
    editor.force_login(make_content_editor())
    return editor


def test_none_is_seeded_and_the_home_page_shows_no_empty_list(client):
    assert not ClientOrganisation.objects.exists()
    make_organisation(published=False)

    html = client.get("/").content.decode()

    assert HEADING not in html
    assert "clients__list" not in html
    assert render_to_string("testimonials/_client_organisations.html").strip() == ""


def test_publishing_needs_the_date_and_way_of_permission_in_finnish():
    organisation = ClientOrganisation(name="Testilä", published=True)

    with pytest.raises(ValidationError) as error:
        organisation.full_clean()

    assert error.value.message_dict == {
        "permission_date": ["Kirjaa luvan päivämäärä ennen julkaisua."],
        "permission_way": ["Kirjaa ennen julkaisua, miten lupa annettiin."],
    }
    organisation.published = False
    organisation.full_clean()


def test_the_way_of_permission_is_one_of_the_choices_and_the_date_not_in_the_future():
    tomorrow = timezone.localdate() + datetime.timedelta(days=1)
    organisation = ClientOrganisation(
        name="Testilä", permission_date=tomorrow, permission_way="kirjekyyhky"
    )

    with pytest.raises(ValidationError) as error:
        organisation.full_clean()

    assert error.value.message_dict["permission_date"] == [
        "Luvan päivämäärä ei voi olla tulevaisuudessa."
    ]
    assert "permission_way" in error.value.message_dict
    assert [label for _value, label in ClientOrganisation.PermissionWay.choices] == [
        "Sähköpostilla",
        "Sopimuksessa",
        "Muussa kirjallisessa asiakirjassa",
        "Suullisesti",
    ]


def test_the_database_refuses_a_published_organisation_without_permission():
    with pytest.raises(IntegrityError), transaction.atomic():
        ClientOrganisation.objects.create(name="Testilä", published=True)
    with pytest.raises(IntegrityError), transaction.atomic():
        ClientOrganisation.objects.create(
            name="Testilä", permission_date=datetime.date(2026, 1, 5), published=True
        )


def test_the_published_ones_are_listed_in_their_order_with_their_sector(client):
    make_organisation(name="Toinen yhdistys ry", sector="järjestö", order=2)
    make_organisation(name="Ensimmäinen hyvinvointialue", sector="hyvinvointialue", order=1)
    make_organisation(name="Piilotettu Oy", published=False, order=0)

    section = clients_section(client)

    assert HEADING in section
    names = re.findall(r'<span class="clients__name">([^<]+)</span>', section)
    assert names == ["Ensimmäinen hyvinvointialue", "Toinen yhdistys ry"]
    assert '<span class="clients__sector">järjestö</span>' in section
    # Nothing of how the permission was given is public.
    assert "Sähköpostilla" not in section


def test_the_public_buyers_page_lists_them_too_and_no_empty_list(client):
    assert clients_section(client, "/julkiset-hankinnat/") == ""
    make_organisation(name="Testilän hyvinvointialue", sector="hyvinvointialue")

    section = clients_section(client, "/julkiset-hankinnat/")

    assert "Testilän hyvinvointialue" in section
    assert "hyvinvointialue" in section


def test_a_logo_comes_through_the_image_library_beside_the_name(client):
    logo = Image(title="Testilän logo", alt_text="Testilän logo")
    logo.file = clean_image(image_files.upload(image_files.png(size=(300, 120)), "logo.png"))
    logo.save()
    make_organisation(logo=logo)

    section = clients_section(client)

    assert logo.file.name.rsplit(".", 1)[0] in section
    # The name is written beside it, so the logo is not announced twice.
    assert re.search(r'<img [^>]*alt=""', section)
    assert "Testilän logo" not in section


def test_an_edit_shows_on_the_next_request_to_the_cached_home_page(client):
    organisation = make_organisation()
    etag = client.get("/")["ETag"]

    organisation.name = "Uusi nimi ylläpidosta"
    organisation.save()
    response = client.get("/", headers={"If-None-Match": etag})

    assert response.status_code == 200
    assert "Uusi nimi ylläpidosta" in response.content.decode()

    organisation.delete()
    assert HEADING not in client.get("/").content.decode()


def test_the_admin_refuses_publishing_without_permission_in_finnish():
    response = editor_client().post(
        "/hallinta/testimonials/clientorganisation/add/",
        in_finnish_fields(ClientOrganisation, {"name": "Testilä", "published": "on", "order": "0"}),
    )

    assert response.status_code == 200
    html = response.content.decode()
    assert "Kirjaa luvan päivämäärä ennen julkaisua." in html
    assert "Kirjaa ennen julkaisua, miten lupa annettiin." in html
    assert not ClientOrganisation.objects.exists()


def test_a_content_editor_records_an_organisation_in_finnish(client):
    editor = editor_client()
    form = editor.get("/hallinta/testimonials/clientorganisation/add/").content.decode()
    assert "Lisää asiakasorganisaatio" in form
    assert "Sähköpostilla" in form
    assert "Suullisesti" in form

    response = editor.post(
        "/hallinta/testimonials/clientorganisation/add/",
        in_finnish_fields(
            ClientOrganisation,
            {
                "name": "Testilän kaupunki",
                "sector": "kunta",
                "permission_date": "2.3.2026",
                "permission_way": "contract",
                "permission_note": "Lupa hankintasopimuksen liitteessä.",
                "published": "on",
                "order": "0",
            },
        ),
    )

    assert response.status_code == 302
    organisation = ClientOrganisation.objects.get()
    assert organisation.permission_way == ClientOrganisation.PermissionWay.CONTRACT
    assert organisation.permission_date == datetime.date(2026, 3, 2)
    assert "Testilän kaupunki" in clients_section(client)
    assert "hankintasopimuksen" not in client.get("/").content.decode()


def test_the_publish_action_skips_organisations_without_permission():
    ready = make_organisation(published=False)
    unconsented = ClientOrganisation.objects.create(name="Ilman lupaa Oy")

    response = editor_client().post(
        "/hallinta/testimonials/clientorganisation/",
        {"action": "publish", "_selected_action": [ready.pk, unconsented.pk]},
        follow=True,
    )

    assert response.status_code == 200
    assert "1 organisaatiolla ei ole kirjattua lupaa, eikä sitä julkaistu." in (
        response.content.decode()
    )
    ready.refresh_from_db()
    unconsented.refresh_from_db()
    assert ready.published
    assert not unconsented.published


def test_the_examples_are_marked_and_plainly_made_up(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    examples.load()
    examples.load()

    organisations = ClientOrganisation.objects.all()
    assert organisations.count() == 3
    assert all(organisation.is_example for organisation in organisations)
    assert all(organisation.name.endswith("(esimerkki)") for organisation in organisations)
    assert all("ei oikeaa lupaa" in organisation.permission_note for organisation in organisations)
    assert organisations.filter(logo__isnull=False).count() == 1
